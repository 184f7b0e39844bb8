// A weekly trend as a small hand-built SVG bar chart: no library to bundle, nothing fetched, readable at 320 px, and
// described for screen readers (role img, a title and a description that states the numbers, not just the shape).
import { escapeHtml } from '../domain/markdown.js';

export interface ChartSpec {
  /** Unique within the page: the id of the title and description elements. */
  id: string;
  title: string;
  unit: string;
  points: readonly { week: string; value: number | null }[];
  target?: number;
  better: 'higher' | 'lower';
}

const W = 320;
const H = 128;
const PAD = { left: 40, right: 8, top: 10, bottom: 22 };

/** 1234.5 -> `1235`, 12.34 -> `12.3`, 0.5 -> `0.5`: enough digits to tell bars apart, no more. */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 100) return String(Math.round(n));
  if (abs >= 10) return String(Math.round(n * 10) / 10);
  return String(Math.round(n * 100) / 100);
}

export function weeklyChart(spec: ChartSpec): string {
  const { points } = spec;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = Math.max(...values, spec.target ?? 0, 0) || 1;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(points.length, 1);
  const bar = Math.max(2, slot * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const out: string[] = [];
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  out.push(
    `<svg class="chart" role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">${escapeHtml(spec.title)}</title>`,
    `<desc id="${descId}">${escapeHtml(describe(spec, values))}</desc>`,
    // Axes: the baseline and the top of the scale, labelled in the unit.
    `<line class="axis" x1="${PAD.left}" y1="${y(0)}" x2="${W - PAD.right}" y2="${y(0)}"/>`,
    `<text class="tick" x="${PAD.left - 4}" y="${y(0)}" text-anchor="end" dominant-baseline="middle">0</text>`,
    `<text class="tick" x="${PAD.left - 4}" y="${y(max)}" text-anchor="end" dominant-baseline="middle">${formatNumber(max)}</text>`,
  );
  points.forEach((p, i) => {
    const x = PAD.left + i * slot + (slot - bar) / 2;
    if (p.value === null) {
      out.push(
        `<rect class="bar-none" x="${x.toFixed(1)}" y="${y(0) - 2}" width="${bar.toFixed(1)}" height="2"><title>week of ${escapeHtml(p.week)}: no data</title></rect>`,
      );
      return;
    }
    const top = y(p.value);
    out.push(
      `<rect class="bar" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${bar.toFixed(1)}" height="${(y(0) - top).toFixed(1)}"><title>week of ${escapeHtml(p.week)}: ${formatNumber(p.value)} ${escapeHtml(spec.unit)}</title></rect>`,
    );
  });
  if (spec.target !== undefined) {
    const ty = y(spec.target).toFixed(1);
    out.push(
      `<line class="target" x1="${PAD.left}" y1="${ty}" x2="${W - PAD.right}" y2="${ty}"/>`,
      `<text class="tick" x="${W - PAD.right}" y="${Number(ty) - 3}" text-anchor="end">target ${formatNumber(spec.target)}</text>`,
    );
  }
  const first = points[0]?.week;
  const last = points.at(-1)?.week;
  if (first) {
    out.push(`<text class="tick" x="${PAD.left}" y="${H - 6}">${escapeHtml(first)}</text>`);
  }
  if (last && last !== first) {
    out.push(
      `<text class="tick" x="${W - PAD.right}" y="${H - 6}" text-anchor="end">${escapeHtml(last)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

function describe(spec: ChartSpec, values: readonly number[]): string {
  const n = spec.points.length;
  if (values.length === 0) return `No data in the ${n} weeks shown.`;
  const latest = [...spec.points].reverse().find((p) => p.value !== null);
  const parts = [
    `${n} weeks from ${spec.points[0]?.week} to ${spec.points.at(-1)?.week}, in ${spec.unit}.`,
    `Lowest ${formatNumber(Math.min(...values))}, highest ${formatNumber(Math.max(...values))}.`,
  ];
  if (latest?.value != null) parts.push(`Latest (week of ${latest.week}): ${formatNumber(latest.value)}.`);
  if (spec.target !== undefined) {
    parts.push(`Target: ${spec.better === 'higher' ? 'at least' : 'under'} ${formatNumber(spec.target)}.`);
  }
  return parts.join(' ');
}
