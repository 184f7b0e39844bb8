// The one metrics line deploy and verify-health add to their job summary: the environment's deploy frequency and
// failed deployment rate over the last 7 days, each with its verdict.
import type { MetricTargets, ReleaseRecord } from '../model.js';
import { computeMetrics } from './compute.js';
import { formatPercent, formatValue } from './targets.js';

export const SUMMARY_WINDOW_DAYS = 7;
/** How long before the window a release may have been opened and still deploy inside it (a slow approval). */
export const SUMMARY_LOOKBACK_DAYS = 30;

const DATED_ID = /-(\d{4})(\d{2})(\d{2})-[0-9a-f]{6}$/;

/**
 * Whether a release file is worth reading for the summary line of `environment` at `now`, judged from its id alone
 * (`<workload>-<env>-<YYYYMMDD>-<hex>`, the date it was opened), so a deploy reads dozens of files, not the whole
 * branch. Ids of another shape are always read; computeMetrics filters exactly afterwards.
 */
export function summaryMayNeed(id: string, environment: string, now: Date): boolean {
  const m = DATED_ID.exec(id);
  if (!m) return true;
  if (!id.slice(0, m.index).endsWith(`-${environment}`)) return false;
  const opened = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return opened >= now.getTime() - (SUMMARY_WINDOW_DAYS + SUMMARY_LOOKBACK_DAYS + 1) * 86_400_000;
}

export function environmentMetricsLine(
  releases: readonly ReleaseRecord[],
  environment: string,
  now: Date,
  targets?: Partial<MetricTargets>,
): string {
  const since = new Date(now.getTime() - SUMMARY_WINDOW_DAYS * 86_400_000);
  const { deployFrequency: df, failedDeploymentRate: fr } = computeMetrics(releases, [], {
    since,
    until: now,
    environment,
    ...(targets ? { targets } : {}),
  }).metrics;
  const rate =
    fr.rate === null
      ? 'failed rate: no finished deployment yet'
      : `failed rate ${formatPercent(fr.rate)} (${fr.failed} of ${fr.finished}, ${fr.verdict}: ${fr.target.text})`;
  const inFlight = fr.inFlight > 0 ? `, ${fr.inFlight} in flight` : '';
  return (
    `Metrics for ${environment}, last ${SUMMARY_WINDOW_DAYS} days: ${df.deployments} deployment${df.deployments === 1 ? '' : 's'} ` +
    `(${formatValue(df.perDay, 'per-day')}, ${df.verdict}: ${df.target.text}), ${rate}${inFlight}`
  );
}
