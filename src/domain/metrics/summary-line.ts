// The one metrics line deploy and verify-health add to their job summary: the environment's deploy frequency and
// failed deployment rate over the last 7 days, each with its verdict.
import type { MetricTargets, ReleaseRecord } from '../model.js';
import { computeMetrics } from './compute.js';
import { formatPercent, formatValue } from './targets.js';

export const SUMMARY_WINDOW_DAYS = 7;

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
