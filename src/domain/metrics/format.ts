// The metrics report as a person reads it (a table), as CSV for spreadsheets, and as Prometheus text exposition
// (also valid OpenMetrics: it ends with `# EOF`) for a Pushgateway or a node-exporter textfile collector.
import { formatDuration, formatValue } from './targets.js';
import { METRIC_NAMES, type MetricName, type Metrics, type MetricsReport } from './types.js';

export const METRIC_LABELS: Record<MetricName, string> = {
  deployFrequency: 'Deploy frequency',
  leadTime: 'Lead time to Healthy',
  failedDeploymentRate: 'Failed deployment rate',
  recoveryTime: 'Failed-deployment recovery time',
  rollbackRate: 'Rollback rate',
  approvalLatency: 'Approval latency',
  promotionCompletion: 'Promotion completion rate',
};

const p90 = (s: number | null) => (s === null ? '' : `, p90 ${formatDuration(s)}`);

/** Where the lead times started, in words: the first commit, the PR opened, or how many of each. */
export function leadFrom(m: Metrics['leadTime']): string {
  if (m.count === 0) return '';
  if (m.from === 'first-commit') return ', from the first commit';
  if (m.from === 'pr-opened') return ', from PR opened (no first commit recorded)';
  return `, from the first commit (${m.fromCounts.firstCommit}) or PR opened (${m.fromCounts.prOpened})`;
}

/** What each value stands on, in words. */
export function basisOf(name: MetricName, m: Metrics): string {
  switch (name) {
    case 'deployFrequency':
      return `${m.deployFrequency.deployments} deployments`;
    case 'leadTime':
      return `${m.leadTime.count} releases${p90(m.leadTime.p90Seconds)}${leadFrom(m.leadTime)}`;
    case 'failedDeploymentRate': {
      const x = m.failedDeploymentRate;
      return `${x.failed} of ${x.finished} finished${x.inFlight > 0 ? `, ${x.inFlight} in flight` : ''}`;
    }
    case 'recoveryTime': {
      const x = m.recoveryTime;
      return `${x.count} recovered${p90(x.p90Seconds)}${x.unrecovered > 0 ? `, ${x.unrecovered} not yet` : ''}`;
    }
    case 'rollbackRate':
      return `${m.rollbackRate.rolledBack} of ${m.rollbackRate.finished} finished`;
    case 'approvalLatency': {
      const x = m.approvalLatency;
      return `${x.count} approvals${p90(x.p90Seconds)}${x.waiting > 0 ? `, ${x.waiting} waiting` : ''}`;
    }
    case 'promotionCompletion': {
      const x = m.promotionCompletion;
      return `${x.completed} completed, ${x.halted} halted, ${x.inProgress} in progress`;
    }
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
  return rows
    .map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  '))
    .join('\n');
}

export function metricsTable(report: MetricsReport): string {
  const { window, filters } = report;
  const scope = Object.entries(filters)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const head = `Delivery metrics ${window.since} .. ${window.until} (${Number(window.days.toFixed(2))} days${scope ? `; ${scope}` : ''})`;
  const rows = METRIC_NAMES.map((name) => {
    const m = report.metrics[name];
    return [
      METRIC_LABELS[name],
      formatValue(m.value, m.target.unit),
      m.target.text,
      m.verdict,
      m.dora ?? '-',
      basisOf(name, report.metrics),
    ];
  });
  const lines = [head, '', table([['METRIC', 'VALUE', 'TARGET', 'VERDICT', 'DORA', 'BASIS'], ...rows])];
  const byEnv = Object.entries(report.metrics.deployFrequency.byEnvironment);
  if (byEnv.length > 1) {
    lines.push('', 'Deployments by environment:');
    for (const [env, x] of byEnv)
      lines.push(`  ${env}: ${x.deployments} (${formatValue(x.perDay, 'per-day')})`);
  }
  if (report.records.clockSkewCorrections > 0) {
    lines.push(
      '',
      `${report.records.clockSkewCorrections} history entries were stamped before the entry they follow (clocks out of step); they count from the earlier entry's time.`,
    );
  }
  return lines.join('\n');
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function metricsCsv(report: MetricsReport): string {
  const header = [
    'metric',
    'value',
    'unit',
    'target',
    'healthy_when',
    'verdict',
    'dora',
    'count',
    'since',
    'until',
  ];
  const rows = METRIC_NAMES.map((name) => {
    const m = report.metrics[name];
    const count = m.weekly.reduce((n, w) => n + w.count, 0);
    return [
      name,
      m.value === null ? '' : String(m.value),
      m.target.unit,
      String(m.target.value),
      m.target.healthyWhen,
      m.verdict,
      m.dora ?? '',
      String(count),
      report.window.since,
      report.window.until,
    ];
  });
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function labelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labels(pairs: Record<string, string | undefined>): string {
  const set = Object.entries(pairs).filter((e): e is [string, string] => e[1] !== undefined);
  return set.length === 0 ? '' : `{${set.map(([k, v]) => `${k}="${labelValue(v)}"`).join(',')}}`;
}

function num(v: number): string {
  return Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
}

export function metricsOpenMetrics(report: MetricsReport): string {
  const { metrics: m, filters } = report;
  const scope = { environment: filters.environment, workload: filters.workload, tenant: filters.tenant };
  const out: string[] = [];
  const family = (
    name: string,
    help: string,
    samples: [Record<string, string | undefined>, number | null][],
  ) => {
    const present = samples.filter((s): s is [Record<string, string | undefined>, number] => s[1] !== null);
    if (present.length === 0) return;
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const [l, v] of present) out.push(`${name}${labels(l)} ${num(v)}`);
  };
  family('gitopshq_deploy_frequency_per_day', 'Moves into Deploying per day over the window.', [
    [scope, m.deployFrequency.perDay],
    ...Object.entries(m.deployFrequency.byEnvironment)
      .filter(() => filters.environment === undefined)
      .map(([env, x]): [Record<string, string | undefined>, number] => [
        { ...scope, environment: env },
        x.perDay,
      ]),
  ]);
  family('gitopshq_deployments', 'Moves into Deploying in the window.', [
    [scope, m.deployFrequency.deployments],
  ]);
  family('gitopshq_lead_time_seconds', 'First commit (else PR opened) to first Healthy, by quantile.', [
    [{ ...scope, quantile: '0.5' }, m.leadTime.medianSeconds],
    [{ ...scope, quantile: '0.9' }, m.leadTime.p90Seconds],
  ]);
  family('gitopshq_failed_deployment_ratio', 'Finished deployments that reached Failed.', [
    [scope, m.failedDeploymentRate.rate],
  ]);
  family('gitopshq_recovery_time_seconds', 'Failed to the next Healthy in that environment and workload.', [
    [{ ...scope, quantile: '0.5' }, m.recoveryTime.medianSeconds],
    [{ ...scope, quantile: '0.9' }, m.recoveryTime.p90Seconds],
  ]);
  family('gitopshq_rollback_ratio', 'Finished deployments later Rolled Back.', [
    [scope, m.rollbackRate.rate],
  ]);
  family('gitopshq_approval_latency_seconds', 'First Pending Approval to first Approved, by quantile.', [
    [{ ...scope, quantile: '0.5' }, m.approvalLatency.medianSeconds],
    [{ ...scope, quantile: '0.9' }, m.approvalLatency.p90Seconds],
  ]);
  family('gitopshq_promotion_completion_ratio', 'Completed / (completed + halted) promotions.', [
    [scope, m.promotionCompletion.rate],
  ]);
  family('gitopshq_promotions_in_progress', 'Promotions still in progress at the window end.', [
    [scope, m.promotionCompletion.inProgress],
  ]);
  family(
    'gitopshq_metric_target',
    'The healthy threshold of each metric, in its unit.',
    METRIC_NAMES.map((n) => [{ ...scope, metric: n }, m[n].target.value]),
  );
  family(
    'gitopshq_metric_healthy',
    '1 when the metric is within its healthy range, 0 when not (absent without data).',
    METRIC_NAMES.map((n) => [
      { ...scope, metric: n },
      m[n].verdict === 'no-data' ? null : Number(m[n].verdict === 'healthy'),
    ]),
  );
  out.push('# EOF');
  return `${out.join('\n')}\n`;
}
