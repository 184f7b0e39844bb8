// What verify-health looks at, per source (docs/architecture.md#health): one observation is "is the deploy commit
// applied, how healthy is it, what drifted", plus what to watch for the next change. Each observation lists kinds,
// never gets object by object, so its API calls grow with the kinds in a release, not with its objects or tenants.
import { argoApplicationName } from '../domain/cluster-wiring.js';
import { describeDrift, manifestDrift } from '../domain/drift.js';
import { assessHealth, healthExemption, worstStatus } from '../domain/health/index.js';
import { HEALTH_STATUSES, type HealthStatus, type ResourceHealth } from '../domain/model.js';
import { argoSyncVerdict, type SyncVerdict } from '../domain/sync-verdict.js';
import type { ArgoCdApiPort, KindQuery, KubeObject, KubePort, ListResult } from '../kube/port.js';
import { CLUSTER_PREFIX, CLUSTER_SCOPED } from '../render/normalize.js';
import { RELEASE_ANNOTATION } from './deploy.js';

/** One `<tenant>/<workload>` folder of the deploy commit, with its objects when the source needs them. */
export interface VerifyTarget {
  tenant?: string;
  workload: string;
  /** `<tenant>/<workload>/manifests.yaml` on the deploy branch. */
  file: string;
  manifests: KubeObject[];
}

export interface Observation {
  /** Every target runs the deploy commit (or, for `kubernetes`, every object carries the release). */
  synced: boolean;
  /** The worst status of everything judged (meaningful once synced). */
  status: HealthStatus;
  message: string;
  drift: boolean;
  /** What is not Healthy, or drifted; Healthy objects are counted, not listed. */
  resources: ResourceHealth[];
  checked: number;
  /** What to watch for the next change; absent: the source cannot be watched (the Argo CD REST API), poll. */
  watch?: { query: KindQuery; resourceVersion: string }[];
}

export interface ObserveContext {
  releaseId: string;
  environment: string;
  deployCommit: string;
  targets: readonly VerifyTarget[];
  /** Whether a revision other than the deploy commit carries the same manifests for `file`. */
  sameContent(revision: string, file: string): Promise<boolean>;
  /** The release was Synced (or Healthy) before: an Application OutOfSync at its commit now is drift. */
  wasSynced: boolean;
}

export interface Observer {
  observe(): Promise<Observation>;
}

export const ARGO_APPLICATION = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' } as const;
export const FLUX_KUSTOMIZATION = {
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
} as const;

const label = (o: { kind: string; name: string; namespace?: string }) =>
  o.namespace ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`;

/** Revisions another deploy moved the branch to, checked once each: whether they carry this target's manifests. */
export async function contentMatcher(ctx: ObserveContext, revisions: (string | undefined)[], file: string) {
  const same = new Set<string>();
  for (const r of revisions) {
    if (r && r !== ctx.deployCommit && (await ctx.sameContent(r, file))) same.add(r);
  }
  return (r: string) => same.has(r);
}

export function summarize(parts: { synced: boolean; verdicts: SyncVerdict[]; names: string[] }): string {
  const waiting = parts.verdicts
    .map((v, i) => (v.synced ? undefined : `${parts.names[i]}: ${v.message}`))
    .filter((x): x is string => x !== undefined);
  return parts.synced ? `${parts.names.length} synced at the deploy commit` : waiting.join('; ');
}

/** Argo CD Applications, read as Kubernetes objects (one list) or through the Argo CD REST API (one get each). */
export function argoObserver(
  ctx: ObserveContext,
  from: { kube: KubePort; namespace: string } | { api: ArgoCdApiPort; namespace?: string },
): Observer {
  const names = ctx.targets.map((t) => argoApplicationName(ctx.environment, t.tenant, t.workload));
  let seenSynced = ctx.wasSynced;
  return {
    async observe() {
      let apps: (KubeObject | undefined)[];
      let watch: Observation['watch'];
      if ('kube' in from) {
        const query: KindQuery = { ...ARGO_APPLICATION, namespace: from.namespace };
        const list = await from.kube.list(query);
        apps = names.map((n) => list.items.find((a) => a.metadata.name === n));
        watch = [{ query, resourceVersion: list.resourceVersion }];
      } else {
        const opts = from.namespace ? { appNamespace: from.namespace } : undefined;
        apps = await Promise.all(names.map((n) => from.api.getApplication(n, opts)));
      }
      const verdicts: SyncVerdict[] = [];
      for (const [i, app] of apps.entries()) {
        const rev = (app?.status?.sync as { revision?: string } | undefined)?.revision;
        const same = await contentMatcher(ctx, [rev], ctx.targets[i]?.file ?? '');
        verdicts.push(argoSyncVerdict(app, ctx.deployCommit, same));
      }
      // Drifted after it was Synced still runs the deploy commit: a health verdict, plus the drift.
      const synced = verdicts.every((v) => v.synced || (v.drifted && seenSynced));
      const resources: ResourceHealth[] = [];
      const statuses: HealthStatus[] = [];
      let drift = false;
      for (const [i, app] of apps.entries()) {
        const v = verdicts[i] as SyncVerdict;
        const name = names[i] as string;
        if (!app) {
          statuses.push('Missing');
          resources.push({
            ...ARGO_APPLICATION,
            name,
            status: 'Missing',
            message: `Application ${name} not found`,
          });
          continue;
        }
        const own = assessHealth(app);
        const status = worstStatus([own.status, ...(v.health ? [v.health] : [])]);
        statuses.push(status);
        const driftHere = v.drifted && seenSynced;
        drift ||= driftHere;
        for (const r of appResources(app, driftHere))
          if (r.status !== 'Healthy' || r.drift) resources.push(r);
        if (status !== 'Healthy' || driftHere) {
          resources.push({
            ...ARGO_APPLICATION,
            name,
            ...(app.metadata.namespace ? { namespace: app.metadata.namespace } : {}),
            status,
            message: driftHere ? `drift: ${v.message}` : own.status === status ? own.message : v.message,
            ...(driftHere ? { drift: true } : {}),
          });
        }
      }
      if (synced) seenSynced = true;
      const status = worstStatus(statuses);
      return {
        synced,
        status,
        message: synced
          ? `${names.length} Application(s) synced, ${status}`
          : summarize({ synced, verdicts, names }),
        drift,
        resources,
        checked: apps.length,
        ...(watch ? { watch } : {}),
      };
    },
  };
}

/** The objects an Application lists with their health (Argo CD's own per-resource assessment). */
function appResources(app: KubeObject, drifted: boolean): ResourceHealth[] {
  const list = Array.isArray(app.status?.resources) ? app.status.resources : [];
  return list.flatMap((raw): ResourceHealth[] => {
    const r = raw as {
      kind?: string;
      name?: string;
      namespace?: string;
      status?: string;
      health?: { status?: string; message?: string };
    };
    if (!r.kind || !r.name || !r.health?.status) return [];
    // A status this version does not know (a newer Argo CD) is Unknown, never a value the record schema refuses.
    const status: HealthStatus = (HEALTH_STATUSES as readonly string[]).includes(r.health.status)
      ? (r.health.status as HealthStatus)
      : 'Unknown';
    return [
      {
        kind: r.kind,
        name: r.name,
        ...(r.namespace ? { namespace: r.namespace } : {}),
        status,
        message: r.health.message ?? `${r.kind.toLowerCase()} ${r.name}: ${status}`,
        ...(drifted && r.status === 'OutOfSync' ? { drift: true } : {}),
      },
    ];
  });
}

interface Wanted {
  manifest: KubeObject;
  group: string;
}

function namespaceOf(m: KubeObject): string | undefined {
  if (CLUSTER_SCOPED.has(m.kind) || (!m.metadata.namespace && CLUSTER_PREFIX.test(m.kind))) return undefined;
  return m.metadata.namespace || undefined;
}

/**
 * Every rendered object of the release, live: it exists, carries the release annotation deploy stamped, is judged
 * by the health rules, and matches its manifest in the fields the manifest sets. One list per (kind, namespace).
 */
export function kubernetesObserver(ctx: ObserveContext, kube: KubePort): Observer {
  const groups = new Map<string, KindQuery>();
  const wanted: Wanted[] = [];
  for (const t of ctx.targets) {
    for (const m of t.manifests) {
      // Hooks and ignore-healthcheck objects are not part of the workload's health, as in Argo CD.
      if (healthExemption(m)) continue;
      const query: KindQuery = { apiVersion: m.apiVersion, kind: m.kind };
      const ns = namespaceOf(m);
      if (ns) query.namespace = ns;
      const group = `${query.apiVersion} ${query.kind} ${query.namespace ?? ''}`;
      groups.set(group, query);
      wanted.push({ manifest: m, group });
    }
  }
  const served = new Map<string, boolean>();
  return {
    async observe() {
      const lists = new Map<string, ListResult>();
      const skipped = new Set<string>();
      await Promise.all(
        [...groups].map(async ([group, query]) => {
          const kindKey = `${query.apiVersion} ${query.kind}`;
          if (!served.has(kindKey)) served.set(kindKey, await kube.servesKind(query.apiVersion, query.kind));
          if (!served.get(kindKey)) skipped.add(group);
          else lists.set(group, await kube.list(query));
        }),
      );
      const resources: ResourceHealth[] = [];
      const statuses: HealthStatus[] = [];
      let synced = true;
      let drift = false;
      let behind = 0;
      for (const { manifest: m, group } of wanted) {
        if (skipped.has(group)) continue;
        const id = {
          apiVersion: m.apiVersion,
          kind: m.kind,
          name: m.metadata.name,
          ...(namespaceOf(m) ? { namespace: namespaceOf(m) } : {}),
        };
        const live = lists
          .get(group)
          ?.items.find(
            (o) =>
              o.metadata.name === m.metadata.name && (!id.namespace || o.metadata.namespace === id.namespace),
          );
        if (!live) {
          synced = false;
          statuses.push('Missing');
          resources.push({ ...id, status: 'Missing', message: `${label(id)} does not exist in the cluster` });
          continue;
        }
        const runs = live.metadata.annotations?.[RELEASE_ANNOTATION];
        if (runs !== ctx.releaseId) {
          synced = false;
          behind++;
          statuses.push('Progressing');
          resources.push({
            ...id,
            status: 'Progressing',
            message: `${label(id)} runs ${runs ? `release ${runs}` : 'no gitopshq release'}, not ${ctx.releaseId} yet`,
          });
          continue;
        }
        const verdict = assessHealth(live);
        statuses.push(verdict.status);
        const fields = manifestDrift(m, live);
        if (fields.length > 0) drift = true;
        if (verdict.status !== 'Healthy' || fields.length > 0) {
          const shown = fields.slice(0, 3).map((f) => describeDrift(f, m.kind === 'Secret'));
          const more = fields.length > 3 ? ` (+${fields.length - 3} more)` : '';
          resources.push({
            ...id,
            status: verdict.status,
            message:
              fields.length > 0 ? `${verdict.message}; drift: ${shown.join('; ')}${more}` : verdict.message,
            ...(fields.length > 0 ? { drift: true } : {}),
          });
        }
      }
      // A workload still rolling out: its pods say why (CrashLoopBackOff long before the progress deadline).
      const podWatch = synced ? await explainPods(kube, wanted, resources, statuses) : [];
      const status = worstStatus(statuses);
      const checked = statuses.length;
      const notes = skipped.size > 0 ? ` (not served, not checked: ${[...skipped].join(', ')})` : '';
      return {
        synced,
        status,
        message: synced
          ? `${checked} object(s) carry ${ctx.releaseId}, ${status}${notes}`
          : `${behind} object(s) do not run ${ctx.releaseId} yet, ${statuses.filter((s) => s === 'Missing').length} missing${notes}`,
        drift,
        resources,
        checked,
        watch: [
          ...[...lists].map(([group, list]) => ({
            query: groups.get(group) as KindQuery,
            resourceVersion: list.resourceVersion,
          })),
          ...podWatch,
        ],
      };
    },
  };
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
const POD = { apiVersion: 'v1', kind: 'Pod' } as const;

/**
 * The pods of each workload that is not Healthy yet, judged by the rules: one list per workload (its manifest's
 * selector), only while something rolls out. A Degraded pod makes the verdict Degraded, so a crash loop fails the
 * release after the grace period instead of at the progress deadline.
 */
async function explainPods(
  kube: KubePort,
  wanted: readonly Wanted[],
  resources: ResourceHealth[],
  statuses: HealthStatus[],
): Promise<{ query: KindQuery; resourceVersion: string }[]> {
  const watch: { query: KindQuery; resourceVersion: string }[] = [];
  const seen = new Set<string>();
  for (const { manifest: m } of wanted) {
    const ns = namespaceOf(m);
    const labels = (m.spec?.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels;
    const pending = resources.some(
      (r) => r.kind === m.kind && r.name === m.metadata.name && r.status !== 'Healthy',
    );
    if (!WORKLOADS.has(m.kind) || !ns || !labels || !pending) continue;
    const labelSelector = Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join(',');
    if (seen.has(`${ns} ${labelSelector}`)) continue;
    seen.add(`${ns} ${labelSelector}`);
    const query: KindQuery = { ...POD, namespace: ns, labelSelector };
    const list = await kube.list(query);
    watch.push({ query, resourceVersion: list.resourceVersion });
    for (const pod of list.items) {
      const v = assessHealth(pod);
      if (v.status === 'Healthy') continue;
      statuses.push(v.status);
      resources.push({
        ...POD,
        kind: 'Pod',
        name: pod.metadata.name,
        namespace: ns,
        status: v.status,
        message: v.message,
      });
    }
  }
  return watch;
}
