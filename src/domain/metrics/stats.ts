// Median and 90th percentile as the tests compute them by hand: the median of an even count is the mean of the
// two middle values; p90 is the nearest-rank value (the ceil(0.9 n)-th smallest), always an observed value.
import type { Durations } from './types.js';

export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
}

/** Median, p90 and count of durations in milliseconds, reported in seconds. */
export function durations(ms: number[]): Durations {
  const sorted = ms.map((x) => x / 1000).sort((a, b) => a - b);
  return { medianSeconds: median(sorted), p90Seconds: nearestRank(sorted, 0.9), count: sorted.length };
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
