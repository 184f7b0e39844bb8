// The delivery dashboard's data (docs/architecture.md#dashboard): what `gitopshq dashboard` shapes from the release
// and promotion records, the config and the metrics, before src/dashboard writes it as a page. Pure types.
import type { HealthStatus, ReleaseState, ResourceHealth } from '../model.js';

/** One of the delivery metrics as the page shows it: already judged, with its weekly series for the trend chart. */
export interface DashboardMetric {
  /** The key of `gitopshq metrics --output json` (`deployFrequency`, `leadTime`, ...). */
  key: string;
  label: string;
  /** The value as a person reads it (`3.2 / day`, `42 min`, `1.5%`), or `no data`. */
  value: string;
  /** The healthy range (`≥ 1 / day`, `< 1 h`). */
  target: string;
  verdict: 'healthy' | 'unhealthy' | 'no-data';
  /** DORA's performance level where DORA defines one (`elite`, `high`, ...). */
  dora?: string;
  /** What the weekly values count, for the chart's axis (`deployments / day`, `minutes`, `%`). */
  unit: string;
  /** One point per week, oldest first; null: no data that week. */
  weekly: { week: string; value: number | null }[];
  /** The target as a number on the chart's scale (drawn as a dashed line); absent: none. */
  targetValue?: number;
  /** Whether bigger is better (deploys, completion) or worse (lead time, failure rate): words the chart's summary. */
  better: 'higher' | 'lower';
}

/** A history entry as the page embeds it: [state, ISO time, actor, note]. Tuples keep 10,000 releases small. */
export type TimelineEntry = [state: ReleaseState, at: string, actor: string, note?: string];
/** An approval as embedded: [reviewer, APPROVED | CHANGES_REQUESTED, ISO time, comment]. */
export type ApprovalEntry = [reviewer: string, state: string, at: string, comment?: string];

/** A release as the page's list and timeline read it (short keys: the page carries every release). */
export interface ReleaseView {
  id: string;
  /** Workload, environment, tenants ([] for the workload's tenant-less or every-tenant layer). */
  w: string;
  e: string;
  t: string[];
  title: string;
  author: string;
  created: string;
  state: ReleaseState;
  /** The last state change (ISO). */
  changed: string;
  /** What the release ships, as a person names it: an image tag, a chart version, else its first update. */
  version: string;
  history: TimelineEntry[];
  approvals: ApprovalEntry[];
  pr?: { number: number; url: string };
  commit?: string;
  health?: {
    status: HealthStatus;
    message: string;
    checkedAt: string;
    drift: boolean;
    source: string;
    resources?: ResourceHealth[];
  };
  rollbackTarget?: string;
  rolledBackTo?: string;
  promotedFrom?: string;
  promotion?: string;
}

export interface AwaitingItem {
  id: string;
  title: string;
  workload: string;
  environment: string;
  author: string;
  /** When it entered Pending Approval (the latest time). */
  since: string;
  /** What the environment's policy still needs, as short phrases (`1 more approval`, `an approval from team sre`). */
  needs: string[];
  /** `gate`: what approve-gate recorded at its latest verdict (exact); `estimate`: read from the record's approvals. */
  needsFrom: 'gate' | 'estimate';
}

export interface BoardItem {
  id: string;
  title: string;
  workload: string;
  environment: string;
  state: ReleaseState;
  since: string;
  /** Failed: why (the Failed entry's note, the health verdict); drift: the drifted objects. */
  detail?: string;
}

export interface PromotionView {
  id: string;
  source: string;
  from: string;
  to: string;
  actor: string;
  created: string;
  waves: {
    wave: number;
    tenants: string[];
    releases: { id: string; state: ReleaseState | 'missing' }[];
    /** Set when the wave went before earlier waves on purpose (promote's skip-waves): who, why, what. */
    skipped?: string;
  }[];
}

export interface MorningBoard {
  awaiting: AwaitingItem[];
  deploying: BoardItem[];
  failed: BoardItem[];
  drift: BoardItem[];
  promotions: PromotionView[];
}

/** What one workload runs in one environment for one tenant: its latest release that started deploying there. */
export interface MatrixEntry {
  env: string;
  /** `''` for a workload without tenants. */
  tenant: string;
  workload: string;
  id: string;
  version: string;
  state: ReleaseState;
  /** When its latest deploy started (ISO): the age is measured from here. */
  since: string;
  rolledBackTo?: string;
}

export interface DashboardData {
  generatedAt: string;
  stateBranch: string;
  /** `owner/name` when known, for the page title. */
  repository?: string;
  environments: string[];
  /** Tenants in wave order, then `''` when some workload has none. */
  tenants: string[];
  workloads: string[];
  board: MorningBoard;
  matrix: MatrixEntry[];
  /** Newest first. */
  releases: ReleaseView[];
  metrics: DashboardMetric[];
  /** The window the metrics were computed over (ISO instants). */
  metricsWindow?: { since: string; until: string };
  counts: { releases: number; promotions: number };
}
