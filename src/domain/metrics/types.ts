// The shapes of the delivery metrics (docs/architecture.md#delivery-metrics): what computeMetrics returns, what the
// CLI prints as JSON, and what the dashboard draws. Every metric carries its headline `value`, the `target` it is
// judged against, the `verdict`, the DORA performance level where DORA defines one, and a weekly series for trends.
import type { MetricTargets } from '../model.js';

export type { MetricTargets };

export const METRIC_NAMES = [
  'deployFrequency',
  'leadTime',
  'failedDeploymentRate',
  'recoveryTime',
  'rollbackRate',
  'approvalLatency',
  'promotionCompletion',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export type Verdict = 'healthy' | 'unhealthy' | 'no-data';
/** DORA's performance clusters; null where DORA defines none (approval latency, rollback rate, promotions). */
export type DoraLevel = 'elite' | 'high' | 'medium' | 'low';
export type MetricUnit = 'per-day' | 'seconds' | 'ratio';

export interface Target {
  /** The threshold, in the metric's unit. */
  value: number;
  /** Healthy strictly above (`above`) or strictly below (`below`) the threshold. */
  healthyWhen: 'above' | 'below';
  unit: MetricUnit;
  /** As a person reads it: `> 1/day`, `< 1h`, `< 5%`, `> 95%`. */
  text: string;
}

/** One week of a trend: the metric over [weekStart, weekStart + 7 d) clipped to the window; null without data. */
export interface WeekPoint {
  /** The Monday (UTC) the week starts on, `YYYY-MM-DD`. */
  weekStart: string;
  value: number | null;
  /** How many observations the value stands on (deployments, releases, incidents, promotions). */
  count: number;
}

export interface Judged {
  /** The headline figure in `target.unit`: per day, the median in seconds, or a ratio 0..1; null without data. */
  value: number | null;
  target: Target;
  verdict: Verdict;
  dora: DoraLevel | null;
  weekly: WeekPoint[];
}

export interface Durations {
  medianSeconds: number | null;
  p90Seconds: number | null;
  count: number;
}

export interface DeployFrequency extends Judged {
  perDay: number;
  perWeek: number;
  /** Moves into Deploying in the window (a retry counts again). */
  deployments: number;
  byEnvironment: Record<string, { deployments: number; perDay: number }>;
  /** Every UTC day of the window, oldest first. */
  daily: { date: string; deployments: number }[];
}

export interface LeadTime extends Judged, Durations {
  /**
   * Where the clock started: a release's first commit (`firstCommitAt`: the source commit, or the PR's first
   * commit) when its record knows it, else its createdAt (the PR opened). `mixed`: some of each, counted in
   * `fromCounts`; with no lead time in the window, `pr-opened`.
   */
  from: 'first-commit' | 'pr-opened' | 'mixed';
  fromCounts: { firstCommit: number; prOpened: number };
  byEnvironment: Record<string, Durations>;
}

export interface FailedDeploymentRate extends Judged {
  rate: number | null;
  failed: number;
  deployments: number;
  /** Deployments with an outcome (Healthy or Failed) by the window's end: the rate's denominator. */
  finished: number;
  /** Deployments still between Deploying and Healthy at the window's end: counted apart. */
  inFlight: number;
}

export interface RecoveryTime extends Judged, Durations {
  /** Failures in the window with no later Healthy in that environment and workload by the window's end. */
  unrecovered: number;
}

export interface RollbackRate extends Judged {
  rate: number | null;
  rolledBack: number;
  deployments: number;
  finished: number;
}

export interface ApprovalLatency extends Judged, Durations {
  /** Releases in Pending Approval at the window's end, never approved yet. */
  waiting: number;
  byEnvironment: Record<string, Durations>;
  /** By each team the release's environment policy requires. */
  byTeam: Record<string, Durations>;
}

export interface PromotionCompletion extends Judged {
  rate: number | null;
  completed: number;
  /** Promotion state Failed: a wave failed or was rolled back. */
  halted: number;
  inProgress: number;
  cancelled: number;
}

export interface Metrics {
  deployFrequency: DeployFrequency;
  leadTime: LeadTime;
  failedDeploymentRate: FailedDeploymentRate;
  recoveryTime: RecoveryTime;
  rollbackRate: RollbackRate;
  approvalLatency: ApprovalLatency;
  promotionCompletion: PromotionCompletion;
}

export interface MetricsFilters {
  environment?: string;
  workload?: string;
  tenant?: string;
}

export interface MetricsQuery extends MetricsFilters {
  since: Date;
  until: Date;
  /** Overrides of the playbook's healthy ranges (gitopshq.yaml `metrics.targets`). */
  targets?: Partial<MetricTargets>;
  /** The teams each environment's approval policy requires (gitopshq.yaml), for approval latency by team. */
  requiredTeams?: Record<string, readonly string[]>;
}

export interface MetricsReport {
  window: { since: string; until: string; days: number };
  filters: MetricsFilters;
  metrics: Metrics;
  /** Records read, and history entries whose time ran behind the entry before them (clamped to it). */
  records: { releases: number; promotions: number; clockSkewCorrections: number };
}
