// Whether Argo CD or Flux runs exactly the deploy commit (docs/architecture.md#health). The deploy commit names what
// an environment should run, so "Synced" is a comparison of revisions, never "the tool says Synced at some commit".
// Pure: the live Application or Kustomization in, a verdict out.
import type { LiveObject } from './health/index.js';
import type { HealthStatus } from './model.js';

export interface SyncVerdict {
  /** The tool has applied the deploy commit (Argo CD: sync status Synced at it; Flux: Ready and applied it). */
  synced: boolean;
  /** The revision the tool reports, when it reports one. */
  revision?: string;
  /**
   * The tool applied the deploy commit before but no longer matches it (Argo CD OutOfSync at the same revision):
   * someone changed the cluster by hand.
   */
  drifted: boolean;
  /** Objects the tool lists as out of sync (Argo CD's `status.resources`). */
  outOfSync: { kind: string; name: string; namespace?: string }[];
  /** The tool's own health verdict, when it gives one (Argo CD `status.health`, Flux's Ready condition). */
  health?: HealthStatus;
  message: string;
}

const SHA = /([0-9a-f]{40})$/;
const HEALTH: ReadonlySet<string> = new Set([
  'Healthy',
  'Progressing',
  'Degraded',
  'Suspended',
  'Missing',
  'Unknown',
]);

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

const short = (sha: string | undefined) => (sha === undefined ? 'no revision' : sha.slice(0, 7));

/** The commit in a revision as Argo CD or Flux spell it: `abc...`, `main@sha1:abc...`, `main/abc...`. */
export function commitOf(revision: string | undefined): string | undefined {
  return revision === undefined ? undefined : SHA.exec(revision)?.[1];
}

/**
 * An Argo CD Application against the deploy commit. `sameContent(rev)`: whether another revision carries the same
 * manifests for this Application (a later deploy of another workload moved the branch); absent, only the exact
 * commit counts.
 */
export function argoSyncVerdict(
  app: LiveObject | undefined,
  deployCommit: string,
  sameContent: (revision: string) => boolean = () => false,
): SyncVerdict {
  const none = { drifted: false, outOfSync: [] };
  if (!app) return { synced: false, ...none, message: 'Application not found' };
  const status = record(app.status);
  const sync = record(status.sync);
  const sources = Array.isArray(sync.revisions) ? sync.revisions.filter((r) => typeof r === 'string') : [];
  const revision = commitOf(text(sync.revision) ?? (sources[0] as string | undefined));
  const syncStatus = text(sync.status) ?? 'Unknown';
  const healthText = text(record(status.health).status);
  const health = healthText && HEALTH.has(healthText) ? (healthText as HealthStatus) : undefined;
  const atCommit = revision !== undefined && (revision === deployCommit || sameContent(revision));
  const outOfSync = (Array.isArray(status.resources) ? status.resources : [])
    .map(record)
    .filter((r) => r.status === 'OutOfSync')
    .map((r) => ({
      kind: String(r.kind ?? ''),
      name: String(r.name ?? ''),
      ...(text(r.namespace) ? { namespace: String(r.namespace) } : {}),
    }));
  const phase = text(record(status.operationState).phase);
  const base = { ...(revision ? { revision } : {}), ...(health ? { health } : {}), outOfSync };
  if (atCommit && syncStatus === 'Synced') {
    return { ...base, synced: true, drifted: false, message: `Synced at ${short(revision)}` };
  }
  if (atCommit && syncStatus === 'OutOfSync' && phase !== 'Running') {
    const what = outOfSync.map((r) => `${r.kind}/${r.name}`).join(', ');
    return {
      ...base,
      synced: false,
      drifted: true,
      message: `OutOfSync at the deploy commit ${short(revision)}${what ? `: ${what}` : ''}`,
    };
  }
  return {
    ...base,
    synced: false,
    drifted: false,
    message: `${syncStatus} at ${short(revision)}, waiting for ${short(deployCommit)}${phase ? ` (sync ${phase})` : ''}`,
  };
}

function conditionOf(obj: LiveObject, type: string): Record<string, unknown> | undefined {
  const list = Array.isArray(obj.status?.conditions) ? obj.status.conditions : [];
  return list.map(record).find((c) => c.type === type);
}

/**
 * A Flux Kustomization (or HelmRelease) against the deploy commit: Ready at the current generation, with
 * lastAppliedRevision at the commit. Flux reconciles drift away by itself, so a Flux object never reports drift.
 */
export function fluxSyncVerdict(
  obj: LiveObject | undefined,
  deployCommit: string,
  sameContent: (revision: string) => boolean = () => false,
): SyncVerdict {
  const none = { drifted: false, outOfSync: [] };
  if (!obj) return { synced: false, ...none, message: 'not found' };
  const status = record(obj.status);
  const applied = commitOf(text(status.lastAppliedRevision));
  const attempted = commitOf(text(status.lastAttemptedRevision));
  const generation = obj.metadata.generation;
  const observed = status.observedGeneration;
  const ready = conditionOf(obj, 'Ready');
  const matches = (r: string | undefined) => r !== undefined && (r === deployCommit || sameContent(r));
  const base = { ...none, ...(applied ? { revision: applied } : {}) };
  if (typeof generation === 'number' && (typeof observed !== 'number' || observed < generation)) {
    return { ...base, synced: false, message: `generation ${generation} not observed yet` };
  }
  const why = String(ready?.message ?? ready?.reason ?? '');
  if (matches(applied) && ready?.status === 'True') {
    return { ...base, synced: true, health: 'Healthy', message: `Ready at ${short(applied)}` };
  }
  if (matches(applied) || matches(attempted)) {
    // The commit was tried: Ready False is the apply or health check failing on it, not a wait for the source.
    if (ready?.status === 'False') {
      return {
        ...base,
        synced: matches(applied),
        health: 'Degraded',
        message: `not Ready at ${short(attempted ?? applied)}: ${why}`,
      };
    }
    return {
      ...base,
      synced: matches(applied),
      health: 'Progressing',
      message: `reconciling ${short(attempted ?? applied)}`,
    };
  }
  return {
    ...base,
    synced: false,
    message: `applied ${short(applied)}, waiting for ${short(deployCommit)}${ready?.status === 'False' ? ` (${why})` : ''}`,
  };
}

/**
 * The commit in a HelmRelease's chart version: a chart built from a Git source with `reconcileStrategy: Revision`
 * carries the source commit (its first 12 hex digits) as SemVer build metadata, `1.2.3+a1b2c3d4e5f6`. A chart from a
 * Helm or OCI repository carries none: its version says nothing about a deploy commit.
 */
export function chartVersionCommit(version: string | undefined): string | undefined {
  const meta = version?.split('+')[1];
  return meta !== undefined && /^[0-9a-f]{7,40}$/.test(meta) ? meta : undefined;
}

/**
 * A Flux HelmRelease (helm.toolkit.fluxcd.io/v2) against the deploy commit, or undefined when its chart version ties
 * to no commit (then the Kustomization that applied it says whether the commit is applied). Applied means the newest
 * Helm release, `status.history[0]`, is `deployed` with a chart version built from the deploy commit; attempted,
 * `status.lastAttemptedRevision` is. Ready at the current generation (and `lastAttemptedGeneration`, when set) as for
 * a Kustomization; a failed install or upgrade of the commit is Degraded with Flux's reason.
 */
export function fluxHelmReleaseSyncVerdict(
  hr: LiveObject,
  deployCommit: string,
  sameContent: (commit: string) => boolean = () => false,
): SyncVerdict | undefined {
  const status = record(hr.status);
  const history = Array.isArray(status.history) ? status.history.map(record) : [];
  const latest = history[0];
  const attemptedVersion = text(status.lastAttemptedRevision);
  const latestVersion = text(latest?.chartVersion);
  const attempted = chartVersionCommit(attemptedVersion);
  const latestCommit = chartVersionCommit(latestVersion);
  if (attempted === undefined && latestCommit === undefined) return undefined;
  const applied = latest?.status === 'deployed' ? latestCommit : undefined;
  const matches = (c: string | undefined) =>
    c !== undefined && (deployCommit.startsWith(c) || sameContent(c));
  const none = { drifted: false, outOfSync: [] };
  const base = { ...none, ...(applied ? { revision: applied } : {}) };
  const generation = hr.metadata.generation;
  const observed = status.observedGeneration;
  const tried = status.lastAttemptedGeneration;
  if (
    typeof generation === 'number' &&
    (typeof observed !== 'number' ||
      observed < generation ||
      (typeof tried === 'number' && tried < generation))
  ) {
    return { ...base, synced: false, message: `generation ${generation} not observed yet` };
  }
  const ready = conditionOf(hr, 'Ready');
  const why = String(ready?.message ?? ready?.reason ?? '');
  const release = latest
    ? `Helm release v${String(latest.version ?? '?')} (${latestVersion})`
    : 'no Helm release';
  if (matches(applied) && ready?.status === 'True') {
    return { ...base, synced: true, health: 'Healthy', message: `Ready: ${release} deployed` };
  }
  if (matches(attempted) || matches(applied)) {
    if (ready?.status === 'False') {
      return {
        ...base,
        synced: matches(applied),
        health: 'Degraded',
        message: `not Ready at ${attemptedVersion ?? latestVersion}: ${why}`,
      };
    }
    return {
      ...base,
      synced: false,
      health: 'Progressing',
      message: `installing or upgrading to ${attemptedVersion ?? latestVersion}${why ? `: ${why}` : ''}`,
    };
  }
  return {
    ...base,
    synced: false,
    message: `${release}, waiting for a chart built from ${short(deployCommit)}`,
  };
}
