// The delivery metrics as the dashboard's panel shows them: the report of src/domain/metrics (computeMetrics), each
// metric's value in words, its healthy range, verdict and DORA level, and its weekly series on a scale a chart
// reads (deployments a day, minutes, percent).
import {
  formatDuration,
  formatValue,
  leadFrom,
  METRIC_LABELS,
  type MetricName,
  type MetricsReport,
  type MetricUnit,
} from '../metrics/index.js';
import type { DashboardMetric } from './types.js';

/** The playbook's six, in its order, then recovery time (DORA's fourth key). */
export const PANEL_ORDER: readonly MetricName[] = [
  'deployFrequency',
  'leadTime',
  'failedDeploymentRate',
  'rollbackRate',
  'approvalLatency',
  'promotionCompletion',
  'recoveryTime',
];

const CHART: Record<MetricUnit, { unit: string; scale: (v: number) => number }> = {
  'per-day': { unit: 'deployments a day', scale: (v) => v },
  seconds: { unit: 'minutes', scale: (v) => v / 60 },
  ratio: { unit: '%', scale: (v) => v * 100 },
};

export function metricsPanel(report: MetricsReport): DashboardMetric[] {
  return PANEL_ORDER.map((name) => {
    const m = report.metrics[name];
    const chart = CHART[m.target.unit];
    const p90 = 'p90Seconds' in m && m.p90Seconds !== null ? `, p90 ${formatDuration(m.p90Seconds)}` : '';
    const median = 'medianSeconds' in m ? ' median' : '';
    // Lead time says where its clock started (the first commit, or the PR opened when the record has none).
    const from = name === 'leadTime' ? leadFrom(report.metrics.leadTime) : '';
    const metric: DashboardMetric = {
      key: name,
      label: METRIC_LABELS[name],
      value: m.value === null ? 'no data' : `${formatValue(m.value, m.target.unit)}${median}${p90}${from}`,
      target: m.target.text,
      verdict: m.verdict,
      unit: chart.unit,
      weekly: m.weekly.map((w) => ({
        week: w.weekStart,
        value: w.value === null ? null : chart.scale(w.value),
      })),
      targetValue: chart.scale(m.target.value),
      better: m.target.healthyWhen === 'above' ? 'higher' : 'lower',
    };
    if (m.dora) metric.dora = m.dora;
    return metric;
  });
}
