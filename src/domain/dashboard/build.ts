// The records, the config and the metrics shaped into what the dashboard shows (docs/architecture.md#dashboard):
// one pass over the releases builds the board, the environment x tenant matrix and the embedded release views.
import type {
  ApprovalPolicy,
  ChangeSet,
  PromotionRecord,
  ReleaseRecord,
  ReleaseState,
  TenantConfig,
} from '../model.js';
import { waveSkipText } from '../promotion-override.js';
import { type ApprovalNeeds, approvalNeeds } from './approval-needs.js';

const needsOf = (n: ApprovalNeeds) => ({ needs: n.needs, needsFrom: n.from });

import type {
  BoardItem,
  DashboardData,
  DashboardMetric,
  MatrixEntry,
  MorningBoard,
  PromotionView,
  ReleaseView,
} from './types.js';

export interface DashboardInput {
  environments: readonly { name: string; approvals: ApprovalPolicy }[];
  tenants: readonly TenantConfig[];
  /** Each workload's bound tenants: a release that names none reaches all of them. */
  workloads: readonly { name: string; tenants: readonly string[] }[];
  releases: readonly ReleaseRecord[];
  promotions: readonly PromotionRecord[];
  metrics: DashboardMetric[];
  metricsWindow?: { since: string; until: string };
  stateBranch: string;
  repository?: string;
  now: Date;
}

const IN_FLIGHT: ReadonlySet<ReleaseState> = new Set(['Deploying', 'Deployed', 'Synced']);
/** States whose manifests may still run, so a drift report on them still matters. */
const RUNNING: ReadonlySet<ReleaseState> = new Set(['Deployed', 'Synced', 'Healthy', 'Failed']);

/** What a release ships, as people name it: the chart version, an image tag, else its first update. */
export function versionOf(changes: ChangeSet): string {
  if (changes.chartVersion) return `chart ${changes.chartVersion}`;
  const tag = changes.updates.find((u) => /(^|\.)tag$/i.test(u.path));
  if (tag) return tag.value;
  const first = changes.updates[0];
  if (!first) return '-';
  const more = changes.updates.length > 1 ? ` (+${changes.updates.length - 1})` : '';
  return `${first.path}=${first.value}${more}`;
}

/** The latest time the release entered `state`, or undefined. */
function lastEntered(r: ReleaseRecord, state: ReleaseState): string | undefined {
  for (let i = r.history.length - 1; i >= 0; i--) {
    const h = r.history[i];
    if (h?.state === state) return h.at;
  }
  return undefined;
}

const changedAt = (r: ReleaseRecord) => r.history.at(-1)?.at ?? r.createdAt;

export function releaseView(r: ReleaseRecord): ReleaseView {
  const v: ReleaseView = {
    id: r.id,
    w: r.workload,
    e: r.environment,
    t: r.tenants,
    title: r.title,
    author: r.author,
    created: r.createdAt,
    state: r.state,
    changed: changedAt(r),
    version: versionOf(r.changes),
    history: r.history.map((h) => (h.note ? [h.state, h.at, h.actor, h.note] : [h.state, h.at, h.actor])),
    approvals: r.approvals.map((a) =>
      a.comment ? [a.reviewer, a.state, a.at, a.comment] : [a.reviewer, a.state, a.at],
    ),
  };
  if (r.pullRequest) v.pr = { number: r.pullRequest.number, url: r.pullRequest.url };
  if (r.deploy) v.commit = r.deploy.commit;
  if (r.health) {
    const { status, message, checkedAt, drift, source, resources } = r.health;
    v.health = { status, message, checkedAt, drift, source, ...(resources ? { resources } : {}) };
  }
  if (r.rollbackTarget) v.rollbackTarget = r.rollbackTarget;
  if (r.rolledBackTo) v.rolledBackTo = r.rolledBackTo;
  if (r.promotedFrom) v.promotedFrom = r.promotedFrom;
  if (r.promotion) v.promotion = r.promotion;
  return v;
}

function boardItem(r: ReleaseRecord, since: string, detail?: string): BoardItem {
  const item: BoardItem = {
    id: r.id,
    title: r.title,
    workload: r.workload,
    environment: r.environment,
    state: r.state,
    since,
  };
  if (detail) item.detail = detail;
  return item;
}

function failureCause(r: ReleaseRecord): string {
  const entry = [...r.history].reverse().find((h) => h.state === 'Failed');
  const parts = [entry?.note, r.health && r.health.status !== 'Healthy' ? r.health.message : undefined];
  const cause = [...new Set(parts.filter((p): p is string => Boolean(p)))].join('; ');
  return cause || 'no cause recorded';
}

function driftDetail(r: ReleaseRecord): string {
  const drifted = (r.health?.resources ?? []).filter((x) => x.drift).map((x) => `${x.kind}/${x.name}`);
  return drifted.length > 0 ? `drifted: ${drifted.join(', ')}` : (r.health?.message ?? 'drift detected');
}

/** Code-unit order: ISO times and ids sort correctly by it, and it is far cheaper than localeCompare at 10,000. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = <T extends { since: string }>(a: T, b: T) => cmp(b.since, a.since);

function promotionViews(
  promotions: readonly PromotionRecord[],
  byId: ReadonlyMap<string, ReleaseRecord>,
): PromotionView[] {
  return promotions
    .filter((p) => p.state === 'InProgress')
    .sort((a, b) => cmp(b.createdAt, a.createdAt))
    .map((p) => ({
      id: p.id,
      source: p.source,
      from: p.from,
      to: p.to,
      actor: p.actor,
      created: p.createdAt,
      waves: p.waves.map((w) => ({
        wave: w.wave,
        tenants: w.tenants,
        releases: w.releases.map((id) => ({ id, state: byId.get(id)?.state ?? ('missing' as const) })),
        ...(w.skippedWaves ? { skipped: waveSkipText(w.skippedWaves) } : {}),
      })),
    }));
}

export function buildDashboard(input: DashboardInput): DashboardData {
  const policies = new Map(input.environments.map((e) => [e.name, e.approvals]));
  const bound = new Map(input.workloads.map((w) => [w.name, w.tenants]));
  const byId = new Map(input.releases.map((r) => [r.id, r]));
  const board: MorningBoard = { awaiting: [], deploying: [], failed: [], drift: [], promotions: [] };
  const running = new Map<string, MatrixEntry>();
  const envs = new Set(input.environments.map((e) => e.name));
  const tenants = new Set([...input.tenants].sort((a, b) => a.wave - b.wave).map((t) => t.name));
  const workloads = new Set(input.workloads.map((w) => w.name));

  for (const r of input.releases) {
    envs.add(r.environment);
    workloads.add(r.workload);
    if (r.state === 'PendingApproval') {
      board.awaiting.push({
        id: r.id,
        title: r.title,
        workload: r.workload,
        environment: r.environment,
        author: r.author,
        since: lastEntered(r, 'PendingApproval') ?? r.createdAt,
        ...needsOf(approvalNeeds(policies.get(r.environment), r)),
      });
    }
    if (IN_FLIGHT.has(r.state)) board.deploying.push(boardItem(r, changedAt(r)));
    if (r.state === 'Failed') board.failed.push(boardItem(r, changedAt(r), failureCause(r)));
    if (r.health?.drift && RUNNING.has(r.state)) {
      board.drift.push(boardItem(r, r.health.checkedAt, driftDetail(r)));
    }
    const deployed = lastEntered(r, 'Deploying');
    if (deployed === undefined) continue;
    const targets = r.tenants.length > 0 ? r.tenants : (bound.get(r.workload) ?? []);
    for (const tenant of targets.length > 0 ? targets : ['']) {
      const key = `${r.environment}\u0000${tenant}\u0000${r.workload}`;
      const seen = running.get(key);
      if (seen && (seen.since > deployed || (seen.since === deployed && seen.id > r.id))) continue;
      const entry: MatrixEntry = {
        env: r.environment,
        tenant,
        workload: r.workload,
        id: r.id,
        version: versionOf(r.changes),
        state: r.state,
        since: deployed,
      };
      if (r.rolledBackTo) entry.rolledBackTo = r.rolledBackTo;
      running.set(key, entry);
    }
  }
  board.awaiting.sort((a, b) => cmp(a.since, b.since));
  board.deploying.sort(newestFirst);
  board.failed.sort(newestFirst);
  board.drift.sort(newestFirst);
  board.promotions = promotionViews(input.promotions, byId);

  const matrix = [...running.values()];
  for (const m of matrix) tenants.add(m.tenant);
  const tenantList = [...tenants];
  // The tenant-less column goes last, after the configured tenants in wave order.
  if (tenants.has('')) tenantList.push(...tenantList.splice(tenantList.indexOf(''), 1));
  matrix.sort((a, b) => cmp(a.env, b.env) || cmp(a.tenant, b.tenant) || cmp(a.workload, b.workload));
  const releases = [...input.releases]
    .sort((a, b) => cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id))
    .map(releaseView);
  const data: DashboardData = {
    generatedAt: input.now.toISOString(),
    stateBranch: input.stateBranch,
    environments: [...envs],
    tenants: tenantList,
    workloads: [...workloads].sort(),
    board,
    matrix,
    releases,
    metrics: input.metrics,
    counts: { releases: input.releases.length, promotions: input.promotions.length },
  };
  if (input.repository) data.repository = input.repository;
  if (input.metricsWindow) data.metricsWindow = input.metricsWindow;
  return data;
}
