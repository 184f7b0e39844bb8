// The cluster simulator assembled: the API server, the controllers and (given a repository) the GitOps syncer,
// on one simulated clock. `gitopshq sandbox up` starts one on the sandbox's acme/gitops; tests start their own with
// a faster clock.
import { IN_CLUSTER_SERVER } from '../../domain/cluster-wiring.js';
import type { TenantDestination } from '../../domain/model.js';
import type { Git } from '../../git/git.js';
import { createSimClock, type SimClock } from './clock.js';
import { type ControlLoop, startControllers } from './controllers.js';
import { kubeconfigForClusters } from './kubeconfig.js';
import type { PodTimings } from './pods.js';
import { type KubeApiServer, kubeconfigFor, startKubeApiServer } from './simulator.js';
import { ObjectStore } from './store.js';
import { type GitOpsMode, type Syncer, startSyncer } from './syncer.js';

export interface ClusterSimulator {
  api: KubeApiServer;
  /** The API server's URL (`kube` in `sandbox up`'s line). */
  url: string;
  clock: SimClock;
  controllers: ControlLoop;
  syncer?: Syncer;
  /**
   * A kubeconfig (token auth) for the API server: its current context is the cluster Argo CD and Flux run in; with
   * destination clusters, one more context per cluster, named as the cluster.
   */
  kubeconfig: string;
  /** The destination clusters by name (gitopshq.yaml `tenants[].destinations`), each with its own store. */
  clusters: ReadonlyMap<string, { store: ObjectStore; controllers: ControlLoop }>;
  /**
   * A fault: containers whose image tag is `tag` crash-loop in cluster `cluster` (a destination name, or undefined
   * for the cluster Argo CD runs in), as a release that is sound in dev and staging may crash on production's data.
   */
  crashloop(cluster: string | undefined, tag: string): void;
  /** Controller and syncer failures (a status a controller wrote that the schema refused is one): tests assert none. */
  problems(): string[];
  close(): Promise<void>;
}

export async function startClusterSimulator(opts: {
  port?: number;
  /** Simulated seconds per real second (tests: 10 or more). */
  speed?: number;
  timings?: Partial<PodTimings>;
  /** Serve requests without credentials (kubectl over plain http); see startKubeApiServer. */
  allowAnonymous?: boolean;
  /** The bare repository with the deploy branches, and the URL Applications name as their source. */
  gitops?: { git: Git; repoURL: string; modes?: readonly GitOpsMode[]; intervalMs?: number };
  /**
   * Where each tenant runs per environment (cluster-objects.ts `destinationOf`): every cluster named there that is
   * not the in-cluster server becomes a cluster of its own (store, controllers, kubeconfig context), and the syncer
   * applies a tenant's folders there, as Argo CD does with an Application's destination.
   */
  destinations?: (env: string, tenant: string | undefined) => TenantDestination;
  /** The destination clusters' names (every `cluster` `destinations` can answer), known before the first sync. */
  clusterNames?: readonly string[];
}): Promise<ClusterSimulator> {
  const clock = createSimClock({ speed: opts.speed ?? 1 });
  const store = new ObjectStore(clock.now);
  const timings = opts.timings ? { timings: opts.timings } : {};
  const clusters = new Map<string, { store: ObjectStore; controllers: ControlLoop }>();
  // A pod's status follows from its age on the simulated clock (pods.ts), so how often a control loop passes decides
  // only how soon a change shows (within 100 ms of real time), not what shows. Every cluster passes whether or not
  // anything moved, and the demo has ten (the one Argo CD runs in and nine destinations): at 25 and 50 ms these
  // passes were the largest part of the demo process's own JavaScript time (about a fifth of its CPU).
  const LOOP_MS = 100;
  for (const name of new Set(opts.clusterNames ?? [])) {
    if (name === IN_CLUSTER_SERVER) continue;
    const s = new ObjectStore(clock.now);
    clusters.set(name, {
      store: s,
      controllers: startControllers(s, clock, { ...timings, intervalMs: LOOP_MS }),
    });
  }
  const api = await startKubeApiServer({
    now: clock.now,
    store,
    clusters: new Map([...clusters].map(([n, c]) => [n, c.store])),
    allowAnonymous: opts.allowAnonymous ?? false,
    ...(opts.port !== undefined ? { port: opts.port } : {}),
  });
  // The schemas load in the background (seconds under tsx): the first sync need not pay for them, nor startup wait.
  void store.warmUp().catch(() => undefined);
  for (const c of clusters.values()) void c.store.warmUp().catch(() => undefined);
  const controllers = startControllers(store, clock, { ...timings, intervalMs: LOOP_MS });
  const destinations = opts.destinations;
  const syncer = opts.gitops
    ? startSyncer({
        store,
        clock,
        git: opts.gitops.git,
        repoURL: opts.gitops.repoURL,
        ...(opts.gitops.modes ? { modes: opts.gitops.modes } : {}),
        ...(opts.gitops.intervalMs ? { intervalMs: opts.gitops.intervalMs } : {}),
        ...(destinations
          ? {
              destination: (env: string, tenant: string | undefined) => {
                const d = destinations(env, tenant);
                const named = clusters.get(d.cluster);
                return {
                  store: named?.store ?? store,
                  ...(named ? { cluster: d.cluster } : {}),
                  ...(d.namespace ? { namespace: d.namespace } : {}),
                };
              },
            }
          : {}),
      })
    : undefined;
  return {
    api,
    url: api.url,
    clock,
    controllers,
    ...(syncer ? { syncer } : {}),
    kubeconfig:
      clusters.size > 0
        ? kubeconfigForClusters(api.url, api.token, [...clusters.keys()])
        : kubeconfigFor(api.url, api.token),
    clusters,
    crashloop: (cluster, tag) => {
      const c = cluster === undefined ? controllers : clusters.get(cluster)?.controllers;
      if (!c) throw new Error(`no cluster ${cluster} in this simulator (${[...clusters.keys()].join(', ')})`);
      c.ctx.crashTags.add(tag);
    },
    problems: () => [
      ...controllers.errors,
      ...[...clusters.values()].flatMap((c) => c.controllers.errors),
      ...(syncer?.errors ?? []),
    ],
    close: async () => {
      controllers.stop();
      for (const c of clusters.values()) c.controllers.stop();
      syncer?.stop();
      await api.close();
    },
  };
}
