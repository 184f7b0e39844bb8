// A GitOps syncer like Argo CD and Flux, reading the deploy branches (`gitopshq/deploy/<env>`, folders
// `<tenant>/<workload>/manifests.yaml`) from the sandbox's git: each new branch commit is applied to the simulated
// cluster (server-side apply, namespaces created, objects dropped from a folder pruned), and every pass refreshes an
// Argo CD Application per folder and a Flux GitRepository per branch plus a Kustomization per folder, with the
// revision applied and the resources' health, so verify-health can read either. Like Argo CD's automated sync
// without self-heal, a change made to a live object by hand is reported OutOfSync, not reverted.
import { parseAllDocuments } from 'yaml';
import {
  ARGOCD_NAMESPACE,
  argoApplicationName,
  FLUX_NAMESPACE,
  fluxKustomizationName,
  fluxSourceName,
} from '../../domain/cluster-wiring.js';
import { NO_TENANT } from '../../domain/layout.js';
import type { Git } from '../../git/git.js';
import type { KubeObject } from '../../kube/port.js';
import { applyOver } from './apply.js';
import { simHealth, worst } from './argo-health.js';
import { branchTips } from './branch-tips.js';
import type { SimClock } from './clock.js';
import {
  type AppliedResource,
  applicationObject,
  type FolderState,
  gitRepositoryObject,
  kustomizationObject,
} from './gitops-status.js';
import { kindInfo } from './kinds.js';
import { applyDefaults, KubeError, type ObjectStore } from './store.js';

export type GitOpsMode = 'argocd' | 'flux';

export interface SyncerOptions {
  store: ObjectStore;
  clock: SimClock;
  /** The bare repository holding the deploy branches. */
  git: Git;
  /** What Applications and GitRepositories name as their source. */
  repoURL: string;
  modes?: readonly GitOpsMode[];
  branchPrefix?: string;
  intervalMs?: number;
  autostart?: boolean;
  /**
   * Where a `<tenant>/<workload>` folder goes, as its Application's destination says (gitopshq.yaml
   * `tenants[].destinations`, cluster-objects.ts): the destination cluster's store (its name, for the Application),
   * and the namespace for namespaced objects that name none. Absent: every folder goes to `store`, the cluster the
   * syncer runs in.
   */
  destination?: (env: string, tenant: string | undefined) => SyncDestination;
}

export interface SyncDestination {
  store: ObjectStore;
  /** The cluster's name as registered in Argo CD; absent: the cluster the syncer runs in. */
  cluster?: string;
  namespace?: string;
}

export interface Syncer {
  pass(): Promise<void>;
  /** Failures of the syncer itself (a bug); a manifest the API server refuses is reported on its Application. */
  errors: string[];
  stop(): void;
}

const TRACKING = 'argocd.argoproj.io/tracking-id';
const MANIFEST = /^([^/]+)\/([^/]+)\/manifests\.yaml$/;

interface Desired {
  object: KubeObject;
  namespaced: boolean;
}

type Folder = FolderState & { blob: string; desired: Desired[]; store: ObjectStore };

export function startSyncer(o: SyncerOptions): Syncer {
  const prefix = o.branchPrefix ?? 'gitopshq/deploy/';
  const modes = new Set(o.modes ?? ['argocd', 'flux']);
  const errors: string[] = [];
  const tips = new Map<string, string>();
  /** `<env>/<folder>` -> what was applied and how it went. */
  const folders = new Map<string, Folder>();
  const destinationOf = (env: string, tenant: string | undefined): SyncDestination =>
    o.destination?.(env, tenant) ?? { store: o.store };
  let running: Promise<void> | undefined;

  const git = async (args: string[]) => (await o.git.exec(args)).stdout;

  async function applyFolder(
    appName: string,
    f: FolderState & { store: ObjectStore },
    desired: Desired[],
    previous: Desired[],
  ): Promise<void> {
    const problems: string[] = [];
    const shared = new Set<string>();
    // Namespaces first, as Argo CD's sync order does; CreateNamespace=true for the rest.
    const ordered = [...desired].sort(
      (a, b) => Number(b.object.kind === 'Namespace') - Number(a.object.kind === 'Namespace'),
    );
    const store = f.store;
    for (const { object, namespaced } of ordered) {
      const ns = namespaced ? object.metadata.namespace : undefined;
      try {
        if (ns && !store.get('v1', 'Namespace', undefined, ns)) {
          await store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
        }
        const current = store.get(object.apiVersion, object.kind, ns, object.metadata.name);
        const owner = current?.metadata.annotations?.[TRACKING]?.split(':')[0];
        if (owner && owner !== appName) shared.add(owner);
        if (current) await store.update(applyOver(current, object));
        else await store.create(object);
      } catch (e) {
        if (!(e instanceof KubeError)) throw e;
        problems.push(`${object.kind}/${object.metadata.name}: ${e.message}`);
      }
    }
    const keep = new Set(desired.map((d) => idOf(d.object)));
    for (const { object } of previous) {
      if (keep.has(idOf(object))) continue;
      const live = store.get(object.apiVersion, object.kind, object.metadata.namespace, object.metadata.name);
      if (live?.metadata.annotations?.[TRACKING]?.startsWith(`${appName}:`)) {
        store.delete(object.apiVersion, object.kind, object.metadata.namespace, object.metadata.name);
      }
    }
    f.error = problems.length > 0 ? problems.join('; ') : undefined;
    f.sharedWith = [...shared].sort();
  }

  function parseFolder(
    text: string,
    appName: string,
    folder: string,
    namespace: string | undefined,
  ): { desired: Desired[]; destination: string; error?: string } {
    const desired: Desired[] = [];
    let error: string | undefined;
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0) {
        error = `${folder}/manifests.yaml: ${doc.errors[0]?.message}`;
        continue;
      }
      const obj = doc.toJS() as KubeObject | null;
      if (!obj || typeof obj !== 'object') continue;
      const info = kindInfo(String(obj.apiVersion), String(obj.kind));
      if (!info) {
        error = `${folder}/manifests.yaml: ${obj.apiVersion} ${obj.kind} ${obj.metadata?.name}: the server could not find the requested resource`;
        continue;
      }
      desired.push({ object: obj, namespaced: info.namespaced });
    }
    const destination =
      namespace ??
      desired.find((d) => d.namespaced && d.object.metadata.namespace)?.object.metadata.namespace ??
      'default';
    for (const d of desired) {
      const meta = d.object.metadata;
      if (d.namespaced) meta.namespace ??= destination;
      const group = d.object.apiVersion.includes('/') ? d.object.apiVersion.split('/')[0] : '';
      meta.annotations = {
        ...meta.annotations,
        [TRACKING]: `${appName}:${group}/${d.object.kind}:${meta.namespace ?? ''}/${meta.name}`,
      };
    }
    return { desired, destination, ...(error ? { error } : {}) };
  }

  async function syncBranches(): Promise<void> {
    const branches = await branchTips(o.git, prefix);
    const now = o.clock.now();
    const seen = new Set<string>();
    for (const [branch, sha] of [...branches].sort()) {
      const env = branch.slice(prefix.length);
      if (!env || env.includes('/')) continue;
      if (tips.get(env) === sha) {
        for (const key of folders.keys()) if (key.startsWith(`${env}/`)) seen.add(key);
        continue;
      }
      const tree = await git(['ls-tree', '-r', '-z', sha]);
      for (const entry of tree.split('\0').filter(Boolean)) {
        const [meta = '', path = ''] = entry.split('\t');
        const m = path.match(MANIFEST);
        if (!m) continue;
        const blob = meta.split(' ')[2] ?? '';
        const tenant = m[1] === NO_TENANT ? undefined : m[1];
        const workload = m[2] as string;
        const folder = `${m[1]}/${workload}`;
        const key = `${env}/${folder}`;
        seen.add(key);
        const appName = argoApplicationName(env, tenant, workload);
        const prev = folders.get(key);
        if (prev && prev.blob === blob && !prev.error) {
          prev.revision = sha; // Argo CD reports the branch's HEAD as the revision of every app on it
          continue;
        }
        const dest = destinationOf(env, tenant);
        const parsed = parseFolder(await git(['cat-file', 'blob', blob]), appName, folder, dest.namespace);
        const f: Folder = {
          env,
          branch,
          folder,
          ...(tenant ? { tenant } : {}),
          workload,
          destinationNamespace: parsed.destination,
          ...(dest.cluster ? { destinationCluster: dest.cluster } : {}),
          store: dest.store,
          revision: sha,
          startedAt: now,
          finishedAt: now,
          historyId: (prev?.historyId ?? -1) + 1,
          history: prev?.history ?? [],
          sharedWith: [],
          blob,
          desired: parsed.desired,
        };
        await applyFolder(appName, f, parsed.desired, prev?.desired ?? []);
        if (parsed.error) f.error = f.error ? `${parsed.error}; ${f.error}` : parsed.error;
        f.finishedAt = o.clock.now();
        f.history = [
          ...f.history,
          {
            id: f.historyId,
            revision: sha,
            deployedAt: new Date(f.finishedAt).toISOString().replace(/\.\d+Z$/, 'Z'),
          },
        ].slice(-10);
        folders.set(key, f);
      }
      tips.set(env, sha);
    }
    // A folder gone from its branch: the ApplicationSet drops its Application, whose finalizer prunes its objects.
    for (const [key, f] of folders) {
      if (seen.has(key)) continue;
      await applyFolder(argoApplicationName(f.env, f.tenant, f.workload), f, [], f.desired);
      for (const [av, kind, ns, name] of [
        [
          'argoproj.io/v1alpha1',
          'Application',
          ARGOCD_NAMESPACE,
          argoApplicationName(f.env, f.tenant, f.workload),
        ],
        [
          'kustomize.toolkit.fluxcd.io/v1',
          'Kustomization',
          FLUX_NAMESPACE,
          fluxKustomizationName(f.env, f.tenant, f.workload),
        ],
      ] as const) {
        if (o.store.get(av, kind, ns, name)) o.store.delete(av, kind, ns, name);
      }
      folders.delete(key);
    }
  }

  async function put(next: KubeObject): Promise<void> {
    const cur = o.store.get(next.apiVersion, next.kind, next.metadata.namespace, next.metadata.name);
    if (!cur) {
      const { status, ...rest } = next;
      const created = await o.store.create(rest as KubeObject);
      if (status) await o.store.setStatus(created, status);
      return;
    }
    const { status, ...rest } = next;
    const updated = await o.store.update(applyOver(cur, rest as KubeObject));
    // Timestamps alone do not make a write: a status that only says "checked again" would wake every watcher.
    if (status && untimedStored(updated.status ?? {}) !== untimed(status))
      await o.store.setStatus(updated, status);
  }

  async function refreshStatus(): Promise<void> {
    const now = o.clock.now();
    for (const f of folders.values()) {
      const resources: AppliedResource[] = f.desired.map(({ object }) => {
        const live = f.store.get(
          object.apiVersion,
          object.kind,
          object.metadata.namespace,
          object.metadata.name,
        );
        const merged = live && applyOver(live, object);
        if (merged) applyDefaults(merged);
        const synced =
          merged !== undefined && JSON.stringify(strip(merged)) === strippedText(live as KubeObject);
        return {
          apiVersion: object.apiVersion,
          kind: object.kind,
          ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
          name: object.metadata.name,
          health: simHealth(live),
          synced,
        };
      });
      const unhealthy = resources.filter((r) => r.health.status !== 'Healthy');
      const status = worst(resources.map((r) => r.health.status));
      const first = unhealthy.find((r) => r.health.status === status);
      const health = {
        status,
        ...(first
          ? { message: `${first.kind}/${first.name}: ${first.health.message ?? first.health.status}` }
          : {}),
      };
      const images = f.desired.flatMap(({ object }) => {
        const spec = (
          object.spec as { template?: { spec?: { containers?: { image?: string }[] } } } | undefined
        )?.template?.spec;
        return (spec?.containers ?? []).map((c) => c.image ?? '').filter(Boolean);
      });
      if (modes.has('argocd')) {
        const name = argoApplicationName(f.env, f.tenant, f.workload);
        const previous = o.store.get('argoproj.io/v1alpha1', 'Application', ARGOCD_NAMESPACE, name);
        await put(applicationObject(name, f, o.repoURL, resources, health, now, images, previous));
      }
      if (modes.has('flux')) {
        const source = fluxSourceName(f.env);
        const gr = o.store.get('source.toolkit.fluxcd.io/v1', 'GitRepository', FLUX_NAMESPACE, source);
        await put(
          gitRepositoryObject(source, f.branch, f.revision, o.repoURL, gr?.metadata.generation ?? 1, now),
        );
        const name = fluxKustomizationName(f.env, f.tenant, f.workload);
        const prev = o.store.get('kustomize.toolkit.fluxcd.io/v1', 'Kustomization', FLUX_NAMESPACE, name);
        await put(
          kustomizationObject(name, f, source, resources, health, prev, prev?.metadata.generation ?? 1, now),
        );
      }
    }
  }

  const once = async () => {
    try {
      await syncBranches();
      await refreshStatus();
    } catch (e) {
      errors.push((e as Error).stack ?? String(e));
    }
  };
  const pass = async () => {
    while (running) await running;
    running = once().finally(() => {
      running = undefined;
    });
    await running;
  };
  const timer =
    o.autostart === false
      ? undefined
      : setInterval(() => {
          if (!running) void pass();
        }, o.intervalMs ?? 250);
  timer?.unref();
  return { pass, errors, stop: () => timer && clearInterval(timer) };
}

const TIME_FIELDS = new Set([
  'reconciledAt',
  'lastUpdateTime',
  'lastTransitionTime',
  'startedAt',
  'finishedAt',
  'deployedAt',
]);
const untimed = (v: unknown) => JSON.stringify(v, (k, x: unknown) => (TIME_FIELDS.has(k) ? undefined : x));

// Texts of stored objects, which are frozen: computed once per version, not on every pass over every folder.
const untimedTexts = new WeakMap<object, string>();
function untimedStored(status: Record<string, unknown>): string {
  let text = untimedTexts.get(status);
  if (text === undefined) {
    text = untimed(status);
    if (Object.isFrozen(status)) untimedTexts.set(status, text);
  }
  return text;
}
const strippedTexts = new WeakMap<KubeObject, string>();
function strippedText(live: KubeObject): string {
  let text = strippedTexts.get(live);
  if (text === undefined) {
    text = JSON.stringify(strip(live));
    if (Object.isFrozen(live)) strippedTexts.set(live, text);
  }
  return text;
}

function idOf(o: KubeObject): string {
  return `${o.apiVersion}|${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name}`;
}

/** What a sync compares: the object without server-managed metadata and status. */
function strip(o: KubeObject): unknown {
  const { resourceVersion: _r, generation: _g, uid: _u, creationTimestamp: _c, ...meta } = o.metadata;
  const { status: _s, ...rest } = o;
  return { ...rest, metadata: meta };
}
