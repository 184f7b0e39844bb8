// Delivery metrics from the release and promotion histories alone (docs/architecture.md#delivery-metrics):
//
//   const report = computeMetrics(releases, promotions, { since, until, environment, workload, tenant, targets });
//   report.metrics.leadTime.medianSeconds, .verdict, .dora, .weekly  // one shape per metric, see types.ts
//   metricsTable(report) / metricsCsv(report) / metricsOpenMetrics(report)
//   environmentMetricsLine(releases, 'prod', now)  // deploy's and verify-health's job-summary line
export { computeMetrics, filtersOf, metricsOfFacts, weekStart } from './compute.js';
export { basisOf, leadFrom, METRIC_LABELS, metricsCsv, metricsOpenMetrics, metricsTable } from './format.js';
export { FactsBuilder } from './prepare.js';
export {
  environmentMetricsLine,
  SUMMARY_LOOKBACK_DAYS,
  SUMMARY_WINDOW_DAYS,
  summaryMayNeed,
} from './summary-line.js';
export {
  DEFAULT_TARGETS,
  doraLevel,
  formatDuration,
  formatPercent,
  formatValue,
  type MetricTargetsFile,
  parseMetricDuration,
  resolveTargets,
  targetOf,
  targetsFromFile,
  verdictOf,
} from './targets.js';
export * from './types.js';
export { DEFAULT_WINDOW_DAYS, parseWindowTime, resolveWindow } from './window.js';
