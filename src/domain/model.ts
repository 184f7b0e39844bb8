// The shapes of every file in the user's GitOps repository (docs/architecture.md#state-repo-layout). The JSON Schemas
// in schemas/ are the authority on what a valid file is; these types describe a file after it has passed its schema
// and had its defaults applied (see src/state/repo.ts). Pure types: no I/O, no imports of ours.

/** gitopshq.yaml on the main branch. */
export interface GitopshqConfig {
  apiVersion: 'gitopshq.io/v1';
  kind: 'Config';
  /** In promotion order: a release is promoted from environments[i] to environments[i + 1]. */
  environments: EnvironmentConfig[];
  tenants: TenantConfig[];
  freezes: FreezeWindow[];
  render: RenderSettings;
  /** The branch that holds releases/ and promotions/ (default `gitopshq/state`). */
  stateBranch: string;
  /** Delivery-metric settings; absent: the playbook's healthy ranges (src/domain/metrics/targets.ts). */
  metrics?: MetricsSettings;
}

/**
 * The healthy range of each delivery metric: healthy strictly above (deploy frequency, promotion completion) or
 * strictly below (the rest) the threshold. Durations in seconds, rates as ratios 0..1.
 */
export interface MetricTargets {
  deployFrequencyPerDay: number;
  leadTimeSeconds: number;
  failedDeploymentRate: number;
  recoveryTimeSeconds: number;
  rollbackRate: number;
  approvalLatencySeconds: number;
  promotionCompletionRate: number;
}

export interface MetricsSettings {
  /** Only the targets gitopshq.yaml overrides; the rest keep their defaults. */
  targets: Partial<MetricTargets>;
}

export interface EnvironmentConfig {
  name: string;
  approvals: ApprovalPolicy;
  deploy: DeploySettings;
  /** Render settings that replace gitopshq.yaml's `render` ones for this environment (absent: none). */
  render?: { apiVersions?: string[] };
}

export interface ApprovalPolicy {
  /** Distinct approving reviewers needed (0: no approval needed). */
  required: number;
  /** Each listed team (slug) must have at least one approving member. */
  teams: string[];
  /** When true, an approval from a CODEOWNERS owner of every changed file is needed. */
  codeowners: boolean;
  /** Whether the release author's own approval counts (GitHub forbids it on PRs anyway; this also covers dispatch). */
  allowSelfApproval: boolean;
  /** A new commit pushed after an approval dismisses it (the approval was for other content). */
  dismissStaleApprovals: boolean;
}

export interface DeploySettings {
  /** Branch that receives the rendered manifests (default `gitopshq/deploy/<env>`). */
  branch: string;
  /** Merge the release PR without waiting for a person when the policy needs no approval. */
  autoMerge: boolean;
}

export interface TenantConfig {
  name: string;
  /** Promotion waves go in ascending order, wave 0 (by convention the canary wave) first; default 0. */
  wave: number;
  /**
   * Canary tenants lead their wave (listed first, reported as its canaries, see promotion-plan.ts). A wave is one
   * PR, so a canary promoted before everyone else needs a wave of its own: wave 0.
   */
  canary: boolean;
  /**
   * Where the tenant's targets run, per environment (gitopshq.yaml `destinations`); an environment not listed uses
   * DEFAULT_DESTINATION (the cluster Argo CD or Flux runs in). A tenant is a deployment target: see the README.
   */
  destinations?: Record<string, TenantDestination>;
}

export interface TenantDestination {
  /** An API server URL (`https://...`) or a cluster name as registered in Argo CD (Flux: a kubeconfig secret). */
  cluster: string;
  /** The namespace objects that name none go to; absent: the workload's namespace. */
  namespace?: string;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface FreezeWindow {
  name: string;
  /** Environments this freeze blocks (empty: all). */
  environments: string[];
  /** IANA time zone in which `start`/`end` and `weekly` are read, e.g. `Europe/Berlin`. */
  timezone: string;
  /** A one-off window: local date-times `2026-12-24T00:00`, or instants `2026-12-24T00:00Z` (freeze-schedule.ts). */
  start?: string;
  end?: string;
  /**
   * A recurring window. One span a week when `from` and `to` name a day (`fri 18:00` to `mon 07:00`); otherwise a
   * daily window on each of `days`, from `from` to `to` (local `HH:MM`; `to` <= `from` wraps past midnight).
   */
  weekly?: { days?: Weekday[]; from: string; to: string };
  reason?: string;
  breakGlass: BreakGlassRule;
}

/** The only way past a freeze: a PR label plus an approval from one of the teams; always recorded. */
export interface BreakGlassRule {
  allowed: boolean;
  label: string;
  teams: string[];
}

export interface RenderSettings {
  /** Kubernetes minor version whose schemas validate built-in kinds, e.g. `1.33`. */
  kubernetesVersion: string;
  policies: RenderPolicies;
  /** Extra API versions the clusters serve (Helm's --api-versions); absent: none. */
  apiVersions?: string[];
}

export interface RenderPolicies {
  forbidLatestTag: boolean;
  requireResourceLimits: boolean;
  forbidPrivileged: boolean;
}

/** workloads/<name>/workload.yaml on the main branch. */
export interface WorkloadConfig {
  apiVersion: 'gitopshq.io/v1';
  kind: 'Workload';
  name: string;
  namespace: string;
  source: WorkloadSource;
  /** Tenants this workload is deployed to; empty means one target per environment with no tenant. */
  tenants: string[];
  /** Environments this workload runs in (default: every environment of gitopshq.yaml). */
  environments: string[];
  /** How the render becomes deployable output; absent: the defaults (`hooks: keep`). */
  render?: WorkloadRender;
}

/** `keep`: Helm hooks stay, with the Argo CD hook annotations Argo CD maps them to; `drop`: they are removed. */
export type HookMode = 'keep' | 'drop';

export interface WorkloadRender {
  hooks?: HookMode;
}

export type WorkloadSource = TemplateSource | HelmSource | KustomizeSource;

/** The built-in chart format: a folder of nunjucks templates. */
export interface TemplateSource {
  type: 'template';
  /** Folder relative to the workload folder (default `templates`). */
  path: string;
}

export interface HelmSource {
  type: 'helm';
  /** A chart folder relative to the workload folder, a chart name in `repository`, or an `oci://` reference. */
  chart: string;
  /** An https chart repository URL, when `chart` is a name in it (http only on the loopback: a local test repository). */
  repository?: string;
  /** Chart version (required for repository and OCI charts). */
  version?: string;
  /** Per-environment chart version overrides: `{ prod: 1.1.0 }`. */
  versions: Record<string, string>;
  /** Helm release name (default: the workload name). */
  releaseName?: string;
}

export interface KustomizeSource {
  type: 'kustomize';
  /** Overlay folder per environment relative to the workload folder; `{env}` is replaced (default `overlays/{env}`). */
  overlay: string;
  /** Overlay folders named differently from their environment: `{ prod: overlays/production }`; wins over `overlay`. */
  overlays?: Record<string, string>;
}

/**
 * The nine lifecycle states of docs/architecture.md#release-lifecycle, plus Cancelled for a release whose PR
 * closed unmerged.
 */
export const RELEASE_STATES = [
  'Draft',
  'PendingApproval',
  'Approved',
  'Deploying',
  'Deployed',
  'Synced',
  'Healthy',
  'Failed',
  'RolledBack',
  'Cancelled',
] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

export interface HistoryEntry {
  state: ReleaseState;
  /** ISO 8601 UTC timestamp. */
  at: string;
  actor: string;
  note?: string;
}

/** One update of a release's change set: a dotted path in the environment's (or tenant's) values layer. */
export interface ValueUpdate {
  path: string;
  /** The value as written by the user (`1.10`, `"1.10"`, `true`); typed by YAML rules when applied. */
  value: string;
}

export interface ChangeSet {
  updates: ValueUpdate[];
  /** For chart upgrades: the new chart version for this environment. */
  chartVersion?: string;
}

export interface ApprovalSeen {
  reviewer: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED';
  commit: string;
  at: string;
  /** The review's body, as the reviewer wrote it (absent when empty). */
  comment?: string;
}

/** releases/<id>.yaml on the state branch. */
export interface ReleaseRecord {
  apiVersion: 'gitopshq.io/v1';
  kind: 'Release';
  id: string;
  workload: string;
  environment: string;
  /** Tenants this release targets (empty: the workload's tenant-less target, or all bound tenants via base layer). */
  tenants: string[];
  title: string;
  notes?: string;
  author: string;
  createdAt: string;
  /**
   * When the change was first committed: the source commit's time when the pipeline that asked for the release
   * passed one, else the first commit of the release's pull request. Lead time starts here (else at createdAt, the
   * PR opened); absent on records written before it was kept.
   */
  firstCommitAt?: string;
  state: ReleaseState;
  history: HistoryEntry[];
  changes: ChangeSet;
  /**
   * The pull request's head commit `changes` was read from (create-release's commit, the hand-opened PR's head, or
   * the head approve-gate re-read it at): the gate re-reads the change set when the PR's head is another commit.
   * Absent on records written before it was kept (docs/architecture.md#compatibility): the gate then goes by the
   * older clues, and writes it when it re-reads.
   */
  changeSetCommit?: string;
  /** Release id to roll back to if this one misbehaves (the last Healthy release of the same target). */
  rollbackTarget?: string;
  /** Set with the move to Rolled Back: the release whose manifests replaced this one's (see rollback-target.ts). */
  rolledBackTo?: string;
  pullRequest?: { number: number; url: string; branch: string };
  approvals: ApprovalSeen[];
  /**
   * Every environment whose policy judges the release, its own first, when its pull request changes more than its
   * own environment's layer (base values, chart, workload.yaml: a layer every environment of the workload shares).
   * Written by approve-gate; absent: only `environment`'s policy (docs/architecture.md#release-lifecycle).
   */
  affects?: string[];
  /**
   * What approve-gate found missing at its latest verdict, in words (src/domain/approval-missing.ts); empty when it
   * approved. Written whenever it changes; absent until a gate judged the release (or on records that predate it).
   */
  approvalMissing?: string[];
  /** Set by promote: the release this one was promoted from, and the promotion record. */
  promotedFrom?: string;
  promotion?: string;
  deploy?: { commit: string; deploymentId?: number; branch: string };
  /**
   * Set when the approval gate was passed through a freeze by break-glass. `occurrences`: the freeze occurrences it
   * broke (deploy holds for any other freeze in force, and for a later occurrence of the same freeze); `freezes`:
   * their names. A record written before occurrences were kept breaks no freeze (break-glass.ts).
   */
  breakGlass?: BreakGlassRecord;
  /** Set by verify-health: its latest verdict on the running release. */
  health?: ReleaseHealth;
}

/** One occurrence of a freeze, as a release's break-glass record keeps it. `until` absent: no end within a year. */
export interface FreezeOccurrence {
  freeze: string;
  from: string;
  until?: string;
}

/** The break-glass part of a release record (ReleaseRecord.breakGlass; break-glass.ts reads and writes it). */
export interface BreakGlassRecord {
  actor: string;
  at: string;
  reason: string;
  /** The freezes broken, by name (for people; `occurrences` is what deploy reads). */
  freezes?: string[];
  occurrences?: FreezeOccurrence[];
}

/** The six health statuses of Argo CD's assessment (docs/architecture.md#health); the worst wins an aggregate. */
export const HEALTH_STATUSES = [
  'Healthy',
  'Progressing',
  'Degraded',
  'Suspended',
  'Missing',
  'Unknown',
] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export type HealthSource = 'argocd' | 'flux' | 'kubernetes';

export interface ResourceHealth {
  apiVersion?: string;
  kind: string;
  name: string;
  namespace?: string;
  status: HealthStatus;
  message: string;
  /** The live object differs from the deployed manifest. */
  drift?: boolean;
}

export interface ReleaseHealth {
  status: HealthStatus;
  source: HealthSource;
  checkedAt: string;
  message: string;
  drift: boolean;
  /** Objects that are not Healthy, or that drifted. */
  resources?: ResourceHealth[];
}

export type PromotionState = 'InProgress' | 'Completed' | 'Failed' | 'Cancelled';

/**
 * A wave opened before earlier waves were complete and Healthy, on purpose (promote's `skip-waves` input, see
 * promotion-override.ts): who, when, why, the permission that allowed it, and what was not yet verified.
 */
export interface WaveSkip {
  actor: string;
  at: string;
  reason: string;
  /** The actor's repository permission when the wave opened (admin or maintain). */
  permission: string;
  /** Each earlier wave that was not complete and Healthy, with its tenants not yet Healthy. */
  waves: { wave: number; tenants: string[] }[];
}

/** promotions/<id>.yaml on the state branch. */
export interface PromotionRecord {
  apiVersion: 'gitopshq.io/v1';
  kind: 'Promotion';
  id: string;
  /** The Healthy release being promoted. */
  source: string;
  from: string;
  to: string;
  actor: string;
  createdAt: string;
  state: PromotionState;
  waves: { wave: number; tenants: string[]; releases: string[]; skippedWaves?: WaveSkip }[];
  history: { state: PromotionState; at: string; actor: string; note?: string }[];
  /** Set when a wave was opened during a freeze by break-glass; the gate still needs the freeze's approval. */
  breakGlass?: { actor: string; at: string; reason: string; freezes: string[] };
}
