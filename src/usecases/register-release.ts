// A pull request a person opened by hand is a release too: the first step that meets it (approve-gate, or
// create-release run on it) registers it here, with a record whose change set is read from the PR's values diff.
// Shared by approve-gate and create-release (docs/architecture.md#release-lifecycle).
import { createHash } from 'node:crypto';
import { releaseOfPullRequest } from '../domain/closed-pull-request.js';
import { UserError } from '../domain/errors.js';
import { WORKLOADS_DIR } from '../domain/layout.js';
import type { ReleaseRecord, ValueUpdate } from '../domain/model.js';
import { newReleaseId } from '../domain/release-id.js';
import type { RepoSnapshot } from '../domain/repo-snapshot.js';
import { diffValues, type Values } from '../domain/values.js';
import { typeValueText } from '../domain/yaml-scalar.js';
import type { PullRequest } from '../github/port.js';
import type { RecordStorePort } from './deps.js';

/** What a PR's changed files say about the release it is. */
export interface InferredRelease {
  workload: string;
  environment: string;
  tenants: string[];
  updates: ValueUpdate[];
  /** Changes that are not value updates (templates, charts, Kustomize overlays), by file. */
  otherFiles: string[];
  /** Values the PR removed (a change set only sets values): named in the notes. */
  removed: string[];
  /** Every environment the changed files name (by their path), sorted; a base or chart change names none. */
  environmentsNamed: string[];
}

interface FileRole {
  workload: string;
  kind: 'base' | 'environment' | 'tenant' | 'other';
  environment?: string;
  tenant?: string;
}

function roleOf(path: string): FileRole | undefined {
  const parts = path.split('/');
  if (parts[0] !== WORKLOADS_DIR || parts.length < 3) return undefined;
  const workload = parts[1] ?? '';
  const rest = parts.slice(2);
  if (rest.length === 1 && rest[0] === 'values.yaml') return { workload, kind: 'base' };
  if (rest[0] === 'values' && rest.length === 2 && rest[1]?.endsWith('.yaml')) {
    return { workload, kind: 'environment', environment: rest[1].slice(0, -'.yaml'.length) };
  }
  if (rest[0] === 'values' && rest.length === 3 && rest[2]?.endsWith('.yaml')) {
    return { workload, kind: 'tenant', environment: rest[1], tenant: rest[2].slice(0, -'.yaml'.length) };
  }
  // A Kustomize overlay names its environment in its folder (overlays/<env>/...); recorded by file.
  if (rest[0] === 'overlays' && rest.length >= 3) return { workload, kind: 'other', environment: rest[1] };
  return { workload, kind: 'other' };
}

/** A value as a `path=value` update spells it: typed by YAML rules when applied, so strings that would not stay
 * strings are quoted, maps and lists become flow YAML (JSON). */
function spell(value: unknown): string {
  if (typeof value === 'string') {
    // As typed on a `path=value` line the text must read back as this very string (`2.5.0` does, `1.10` does not).
    return typeValueText(value).value === value ? value : JSON.stringify(value);
  }
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function layer(snap: RepoSnapshot | undefined, role: FileRole): Values | undefined {
  const values = snap?.workloads.get(role.workload)?.values;
  if (!values) return undefined;
  if (role.kind === 'base') return values.base;
  if (role.kind === 'environment') return values.environments[role.environment ?? ''];
  if (role.kind === 'tenant') return values.tenants[role.environment ?? '']?.[role.tenant ?? ''];
  return undefined;
}

/**
 * The release a PR's changed files describe: one workload, one environment (`environment`, else the one its files
 * name, else, for a base-layer or chart change, the first the workload runs in), the tenants whose layers changed, and the value updates of every
 * changed layer (base vs head of that layer). Throws a usage UserError when the PR is not one release.
 */
export function inferRelease(
  changedFiles: readonly string[],
  base: RepoSnapshot | undefined,
  head: RepoSnapshot,
  environment?: string,
): InferredRelease {
  const roles = changedFiles.flatMap((file) => {
    const role = roleOf(file);
    return role ? [{ file, role }] : [];
  });
  const workloads = [...new Set(roles.map((r) => r.role.workload))];
  if (workloads.length !== 1) {
    throw new UserError(
      workloads.length === 0
        ? 'this pull request changes no workload, so it is no release'
        : `a release is one workload, and this pull request changes ${workloads.length} (${workloads.join(', ')}): split it, or open it with create-release`,
      [],
      'usage',
    );
  }
  const workload = workloads[0] ?? '';
  const named = [...new Set(roles.flatMap((r) => (r.role.environment ? [r.role.environment] : [])))];
  // A change no environment owns (base values, chart): a release to the first environment it runs in, in promotion
  // order; the gate judges it by every environment's policy (approve-gate-scope.ts), deploy ships it there first.
  const env =
    environment ??
    (named.length === 1 ? named[0] : named.length === 0 ? firstEnvironment(workload, base, head) : undefined);
  if (env === undefined) {
    throw new UserError(
      named.length === 0
        ? `this pull request changes ${workload} in every environment (base values or chart), and ${workload} runs in none of gitopshq.yaml's: set the environment input (or --env) to say which one it releases to`
        : `this pull request changes ${workload} in ${named.length} environments (${named.join(', ')}): set the environment input (or --env) to say which one this gate is for`,
      [],
      'usage',
    );
  }
  // The environment a release is judged by must be one its diff changes: a prod change gated as dev is a bypass.
  if (environment !== undefined && named.length > 0 && !named.includes(environment)) {
    throw new UserError(
      `this pull request changes ${workload} in ${named.join(', ')}, not in '${environment}': a release is judged by the policy of the environment it changes, so remove the environment input (or set it to ${named.map((n) => `'${n}'`).join(' or ')})`,
      [],
      'usage',
    );
  }
  if (!head.config.environments.some((e) => e.name === env)) {
    throw new UserError(`environment '${env}' is not in gitopshq.yaml`, [], 'usage');
  }
  const tenants = new Set<string>();
  const updates = new Map<string, string>();
  const removed: string[] = [];
  const otherFiles: string[] = [];
  for (const { file, role } of roles) {
    if (role.environment !== undefined && role.environment !== env) continue;
    if (role.kind === 'other') {
      otherFiles.push(file);
      continue;
    }
    if (role.tenant) tenants.add(role.tenant);
    for (const d of diffValues(layer(base, role) ?? {}, layer(head, role) ?? {})) {
      if (d.kind === 'removed') removed.push(d.path);
      else updates.set(d.path, spell(d.b));
    }
  }
  return {
    workload,
    environment: env,
    tenants: [...tenants].sort(),
    updates: [...updates].map(([path, value]) => ({ path, value })),
    otherFiles,
    removed,
    environmentsNamed: [...named].sort(),
  };
}

/** The first environment of gitopshq.yaml (promotion order) that the workload runs in, at head or else at base. */
function firstEnvironment(
  workload: string,
  base: RepoSnapshot | undefined,
  head: RepoSnapshot,
): string | undefined {
  const runs =
    head.workloads.get(workload)?.config.environments ?? base?.workloads.get(workload)?.config.environments;
  const order = (base ?? head).config.environments.map((e) => e.name);
  return runs === undefined ? order[0] : order.find((e) => runs.includes(e));
}

/** The release id of a hand-opened PR: the same for every step that registers it, so two racing runs of the
 * gate (pull_request and pull_request_review) write one record, and the loser finds the winner's. `after`: the
 * cancelled release of a reopened PR, so its new release gets another id (as deterministic). */
export function registeredReleaseId(
  pr: PullRequest,
  workload: string,
  environment: string,
  after?: string,
): string {
  const seed = `pull-request:${pr.number}${after === undefined ? '' : `:after:${after}`}`;
  const digest = createHash('sha256').update(seed).digest();
  return newReleaseId(workload, environment, new Date(pr.createdAt), (n) => digest.subarray(0, n));
}

/** The earliest commit time of a PR's commits (when the change was first committed); undefined without any. */
export function firstCommitTime(commits: readonly { date: string }[]): string | undefined {
  let first = Number.POSITIVE_INFINITY;
  for (const c of commits) {
    const t = Date.parse(c.date);
    if (t < first) first = t;
  }
  return Number.isFinite(first) ? new Date(first).toISOString() : undefined;
}

/**
 * `firstCommitAt`: the PR's first commit (firstCommitTime), where the release's lead time starts. `inferred` is read
 * at `pr.head.sha`, which the record keeps as the commit its change set was read from (`changeSetCommit`).
 */
export function registrationRecord(
  pr: PullRequest,
  inferred: InferredRelease,
  opts: { actor: string; now: Date; firstCommitAt?: string | undefined; after?: string | undefined },
): ReleaseRecord {
  const state = pr.draft ? 'Draft' : 'PendingApproval';
  const notes: string[] = [];
  if (inferred.otherFiles.length > 0) notes.push(`Also changes: ${inferred.otherFiles.join(', ')}.`);
  if (inferred.removed.length > 0) notes.push(`Removes values: ${inferred.removed.join(', ')}.`);
  const at = opts.now.toISOString();
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id: registeredReleaseId(pr, inferred.workload, inferred.environment, opts.after),
    workload: inferred.workload,
    environment: inferred.environment,
    tenants: inferred.tenants,
    title: pr.title || `${inferred.workload}: pull request #${pr.number}`,
    ...(notes.length > 0 ? { notes: notes.join(' ') } : {}),
    author: pr.author,
    createdAt: at,
    ...(opts.firstCommitAt !== undefined ? { firstCommitAt: opts.firstCommitAt } : {}),
    state,
    history: [
      {
        state,
        at,
        actor: opts.actor,
        note:
          opts.after === undefined
            ? `registered from pull request #${pr.number}, opened by hand`
            : `registered from pull request #${pr.number}, reopened after release ${opts.after} was cancelled`,
      },
    ],
    changes: { updates: inferred.updates },
    changeSetCommit: pr.head.sha,
    pullRequest: { number: pr.number, url: pr.url, branch: pr.head.ref },
    approvals: [],
  };
}

/** The release record of a PR: the newest one naming it that was not cancelled. */
export async function findReleaseForPullRequest(
  store: Pick<RecordStorePort, 'listReleases'>,
  number: number,
): Promise<ReleaseRecord | undefined> {
  return releaseOfPullRequest(await store.listReleases(), number);
}

/**
 * Registers `pr` as a release unless a live record names it already; returns the record either way. A concurrent
 * registration of the same PR (same id) ends with the other run's record. A Cancelled record (the PR was closed
 * unmerged, then reopened) is final: the PR is registered again, as a new release.
 */
export async function registerPullRequest(
  pr: PullRequest,
  inferred: InferredRelease,
  ports: { store: Pick<RecordStorePort, 'listReleases' | 'getRelease' | 'createRelease'> },
  opts: { actor: string; now: Date; firstCommitAt?: string | undefined },
): Promise<{ record: ReleaseRecord; created: boolean }> {
  const existing = await findReleaseForPullRequest(ports.store, pr.number);
  if (existing && existing.state !== 'Cancelled') return { record: existing, created: false };
  const record = registrationRecord(pr, inferred, { ...opts, after: existing?.id });
  try {
    return { record: await ports.store.createRelease(record), created: true };
  } catch (e) {
    const raced = await ports.store.getRelease(record.id);
    if (raced) return { record: raced, created: false };
    throw e;
  }
}
