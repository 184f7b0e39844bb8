// The playbook's healthy ranges (deploy frequency multiple per day, lead time under 1 hour, failed deployment rate
// under 5%, rollback rate under 2%, approval latency under 30 minutes, promotion completion above 95%) and DORA's
// performance levels. The playbook gives no range for recovery time: DORA's elite band (under 1 hour) stands in.
import type { MetricTargets } from '../model.js';
import type { DoraLevel, MetricName, MetricUnit, Target, Verdict } from './types.js';

export const DEFAULT_TARGETS: Readonly<MetricTargets> = {
  deployFrequencyPerDay: 1,
  leadTimeSeconds: 3600,
  failedDeploymentRate: 0.05,
  recoveryTimeSeconds: 3600,
  rollbackRate: 0.02,
  approvalLatencySeconds: 1800,
  promotionCompletionRate: 0.95,
};

const HOUR = 3600;
const DAY = 24 * HOUR;

/** `90s`, `30m`, `1h`, `1h30m`, `2d`: the shortest exact reading of a number of seconds. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  let rest = Math.round(seconds);
  if (rest === 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', DAY],
    ['h', HOUR],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
    if (parts.length === 2) break;
  }
  return parts.join('');
}

/** `0.05` -> `5%`, `0.955` -> `95.5%`. */
export function formatPercent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(1))}%`;
}

export function formatValue(value: number | null, unit: MetricUnit): string {
  if (value === null) return '-';
  if (unit === 'seconds') return formatDuration(value);
  if (unit === 'ratio') return formatPercent(value);
  return `${Number(value.toFixed(2))}/day`;
}

const SPEC: Record<
  MetricName,
  { key: keyof MetricTargets; healthyWhen: 'above' | 'below'; unit: MetricUnit }
> = {
  deployFrequency: { key: 'deployFrequencyPerDay', healthyWhen: 'above', unit: 'per-day' },
  leadTime: { key: 'leadTimeSeconds', healthyWhen: 'below', unit: 'seconds' },
  failedDeploymentRate: { key: 'failedDeploymentRate', healthyWhen: 'below', unit: 'ratio' },
  recoveryTime: { key: 'recoveryTimeSeconds', healthyWhen: 'below', unit: 'seconds' },
  rollbackRate: { key: 'rollbackRate', healthyWhen: 'below', unit: 'ratio' },
  approvalLatency: { key: 'approvalLatencySeconds', healthyWhen: 'below', unit: 'seconds' },
  promotionCompletion: { key: 'promotionCompletionRate', healthyWhen: 'above', unit: 'ratio' },
};

export function targetOf(name: MetricName, targets: MetricTargets): Target {
  const { key, healthyWhen, unit } = SPEC[name];
  const value = targets[key];
  return {
    value,
    healthyWhen,
    unit,
    text: `${healthyWhen === 'above' ? '>' : '<'} ${formatValue(value, unit)}`,
  };
}

export function verdictOf(value: number | null, target: Target): Verdict {
  if (value === null) return 'no-data';
  const ok = target.healthyWhen === 'above' ? value > target.value : value < target.value;
  return ok ? 'healthy' : 'unhealthy';
}

// DORA's clusters (Accelerate State of DevOps 2023), made contiguous: elite deploys on demand (daily or more),
// high between daily and weekly, medium between weekly and monthly; lead time under a day / week / month; change
// failure rate at most 5% / 10% / 15%; failed-deployment recovery under an hour / a day / a week.
const DORA_BANDS: Partial<Record<MetricName, { bounds: [number, number, number]; higherIsBetter: boolean }>> =
  {
    deployFrequency: { bounds: [1, 1 / 7, 1 / 30], higherIsBetter: true },
    leadTime: { bounds: [DAY, 7 * DAY, 30 * DAY], higherIsBetter: false },
    failedDeploymentRate: { bounds: [0.05, 0.1, 0.15], higherIsBetter: false },
    recoveryTime: { bounds: [HOUR, DAY, 7 * DAY], higherIsBetter: false },
  };

export function doraLevel(name: MetricName, value: number | null): DoraLevel | null {
  const band = DORA_BANDS[name];
  if (band === undefined || value === null) return null;
  const levels: DoraLevel[] = ['elite', 'high', 'medium'];
  for (const [i, bound] of band.bounds.entries()) {
    // Rates are "at most" (5% is elite); times are "under"; frequency is "at least".
    const within = band.higherIsBetter
      ? value >= bound
      : name === 'failedDeploymentRate'
        ? value <= bound
        : value < bound;
    if (within) return levels[i] ?? 'low';
  }
  return 'low';
}

const DURATION_UNIT: Record<string, number> = { s: 1, m: 60, h: HOUR, d: DAY };

/** gitopshq.yaml's duration (`30m`, `1h`, `2d`, or seconds as a number) in seconds; undefined when not one. */
export function parseMetricDuration(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const m = /^([1-9][0-9]*)(s|m|h|d)$/.exec(value);
  return m ? Number(m[1]) * (DURATION_UNIT[m[2] as string] as number) : undefined;
}

/** The targets as gitopshq.yaml writes them (durations as `30m`), after its schema passed. */
export interface MetricTargetsFile {
  deployFrequencyPerDay?: number;
  leadTime?: number | string;
  failedDeploymentRate?: number;
  recoveryTime?: number | string;
  rollbackRate?: number;
  approvalLatency?: number | string;
  promotionCompletionRate?: number;
}

/** Only the keys the file sets, in the model's units. */
export function targetsFromFile(file: MetricTargetsFile): Partial<MetricTargets> {
  const out: Partial<MetricTargets> = {};
  const seconds = (v: number | string | undefined) => (v === undefined ? undefined : parseMetricDuration(v));
  const set = <K extends keyof MetricTargets>(key: K, v: number | undefined) => {
    if (v !== undefined) out[key] = v;
  };
  set('deployFrequencyPerDay', file.deployFrequencyPerDay);
  set('leadTimeSeconds', seconds(file.leadTime));
  set('failedDeploymentRate', file.failedDeploymentRate);
  set('recoveryTimeSeconds', seconds(file.recoveryTime));
  set('rollbackRate', file.rollbackRate);
  set('approvalLatencySeconds', seconds(file.approvalLatency));
  set('promotionCompletionRate', file.promotionCompletionRate);
  return out;
}

export function resolveTargets(overrides: Partial<MetricTargets> | undefined): MetricTargets {
  return { ...DEFAULT_TARGETS, ...overrides };
}
