// INTERIM: a small local computation of the six delivery metrics for the dashboard's panel, written while the real
// metrics module (src/domain/metrics, issue 11 item 1) was not yet on main. It follows the design's definitions (a
// deployment is a move into Deploying, a retry counts again; approval latency runs from the first Pending Approval
// to the first Approved; promotion completion is completed / (completed + halted)) with the playbook's healthy
// ranges, but not gitopshq.yaml's `metrics.targets`, DORA levels or clock-skew handling. Replace the call in
// src/usecases/dashboard.ts with computeMetrics and delete this file once src/domain/metrics lands.
import type { PromotionRecord, ReleaseRecord, ReleaseState } from '../model.js';
import type { DashboardMetric } from './types.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const firstAt = (r: ReleaseRecord, state: ReleaseState) => {
  const at = r.history.find((h) => h.state === state)?.at;
  return at === undefined ? undefined : Date.parse(at);
};

function minutes(ms: number | null): string {
  if (ms === null) return 'no data';
  const m = ms / 60_000;
  return m < 120 ? `${Math.round(m)} min` : `${(m / 60).toFixed(1)} h`;
}
const percent = (r: number | null) => (r === null ? 'no data' : `${(r * 100).toFixed(1)}%`);

/** Twelve weeks ending at `now`: each metric's value over them, and week by week. */
export function interimMetrics(
  releases: readonly ReleaseRecord[],
  promotions: readonly PromotionRecord[],
  now: Date,
  weeks = 12,
): DashboardMetric[] {
  const until = now.getTime();
  const since = until - weeks * WEEK;
  const weekOf = (t: number) => Math.floor((t - since) / WEEK);
  const starts = Array.from({ length: weeks }, (_, i) =>
    new Date(since + i * WEEK).toISOString().slice(0, 10),
  );
  const perWeek = () => Array.from({ length: weeks }, () => [] as number[]);
  const deploys = perWeek();
  const failed = perWeek();
  const rolledBack = perWeek();
  const lead = perWeek();
  const approval = perWeek();
  const inWindow = (t: number) => t >= since && t < until;
  for (const r of releases) {
    for (const h of r.history) {
      const t = Date.parse(h.at);
      if (!inWindow(t)) continue;
      if (h.state === 'Deploying') deploys[weekOf(t)]?.push(1);
      if (h.state === 'Failed') failed[weekOf(t)]?.push(1);
      if (h.state === 'RolledBack') rolledBack[weekOf(t)]?.push(1);
    }
    const healthy = firstAt(r, 'Healthy');
    if (healthy !== undefined && inWindow(healthy)) {
      lead[weekOf(healthy)]?.push(healthy - Date.parse(r.createdAt));
    }
    const asked = firstAt(r, 'PendingApproval');
    const approved = firstAt(r, 'Approved');
    if (asked !== undefined && approved !== undefined && inWindow(approved)) {
      approval[weekOf(approved)]?.push(Math.max(0, approved - asked));
    }
  }
  const done = perWeek();
  const halted = perWeek();
  for (const p of promotions) {
    const end = p.history.find((h) => h.state === 'Completed' || h.state === 'Failed');
    if (!end || !inWindow(Date.parse(end.at))) continue;
    (end.state === 'Completed' ? done : halted)[weekOf(Date.parse(end.at))]?.push(1);
  }
  const count = (xs: number[][]) => xs.reduce((n, w) => n + w.length, 0);
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  const series = (f: (i: number) => number | null) => starts.map((week, i) => ({ week, value: f(i) }));
  const judge = (v: number | null, ok: (v: number) => boolean) =>
    v === null ? ('no-data' as const) : ok(v) ? ('healthy' as const) : ('unhealthy' as const);

  const perDay = count(deploys) / (weeks * 7);
  const leadMs = median(lead.flat());
  const failRate = ratio(count(failed), count(deploys));
  const rollbackRate = ratio(count(rolledBack), count(deploys));
  const approvalMs = median(approval.flat());
  const completion = ratio(count(done), count(done) + count(halted));
  const rateSeries = (num: number[][], den: number[][]) =>
    series((i) => {
      const d = den[i]?.length ?? 0;
      return d === 0 ? null : ((num[i]?.length ?? 0) / d) * 100;
    });
  const medianSeries = (xs: number[][]) =>
    series((i) => {
      const m = median(xs[i] ?? []);
      return m === null ? null : m / 60_000;
    });
  return [
    {
      key: 'deployFrequency',
      label: 'Deploy frequency',
      value: `${perDay.toFixed(2)} / day`,
      target: 'multiple per day (≥ 1 / day)',
      verdict: count(deploys) === 0 ? 'no-data' : perDay >= 1 ? 'healthy' : 'unhealthy',
      unit: 'deployments a day',
      weekly: series((i) => (deploys[i]?.length ?? 0) / 7),
      targetValue: 1,
      better: 'higher',
    },
    {
      key: 'leadTime',
      label: 'Lead time (PR opened to Healthy)',
      value: `${minutes(leadMs)}${leadMs === null ? '' : ' median'}`,
      target: 'under 1 h',
      verdict: judge(leadMs, (v) => v < 3_600_000),
      unit: 'minutes',
      weekly: medianSeries(lead),
      targetValue: 60,
      better: 'lower',
    },
    {
      key: 'failedDeploymentRate',
      label: 'Failed deployment rate',
      value: percent(failRate),
      target: 'under 5%',
      verdict: judge(failRate, (v) => v < 0.05),
      unit: '%',
      weekly: rateSeries(failed, deploys),
      targetValue: 5,
      better: 'lower',
    },
    {
      key: 'rollbackRate',
      label: 'Rollback rate',
      value: percent(rollbackRate),
      target: 'under 2%',
      verdict: judge(rollbackRate, (v) => v < 0.02),
      unit: '%',
      weekly: rateSeries(rolledBack, deploys),
      targetValue: 2,
      better: 'lower',
    },
    {
      key: 'approvalLatency',
      label: 'Approval latency',
      value: `${minutes(approvalMs)}${approvalMs === null ? '' : ' median'}`,
      target: 'under 30 min',
      verdict: judge(approvalMs, (v) => v < 1_800_000),
      unit: 'minutes',
      weekly: medianSeries(approval),
      targetValue: 30,
      better: 'lower',
    },
    {
      key: 'promotionCompletion',
      label: 'Promotion completion rate',
      value: percent(completion),
      target: 'above 95%',
      verdict: judge(completion, (v) => v > 0.95),
      unit: '%',
      weekly: series((i) => {
        const d = (done[i]?.length ?? 0) + (halted[i]?.length ?? 0);
        return d === 0 ? null : ((done[i]?.length ?? 0) / d) * 100;
      }),
      targetValue: 95,
      better: 'higher',
    },
  ];
}
