// The cluster simulator assembled: the API server, the controllers and (given a repository) the GitOps syncer,
// on one simulated clock. `gitopshq sandbox up` starts one on the sandbox's acme/gitops; tests start their own with
// a faster clock.
import type { Git } from '../../git/git.js';
import { createSimClock, type SimClock } from './clock.js';
import { type ControlLoop, startControllers } from './controllers.js';
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
  /** A kubeconfig (token auth) for the API server. */
  kubeconfig: string;
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
}): Promise<ClusterSimulator> {
  const clock = createSimClock({ speed: opts.speed ?? 1 });
  const store = new ObjectStore(clock.now);
  const api = await startKubeApiServer({
    now: clock.now,
    store,
    allowAnonymous: opts.allowAnonymous ?? false,
    ...(opts.port !== undefined ? { port: opts.port } : {}),
  });
  // The schemas load in the background (seconds under tsx): the first sync need not pay for them, nor startup wait.
  void store.warmUp().catch(() => undefined);
  const controllers = startControllers(store, clock, {
    ...(opts.timings ? { timings: opts.timings } : {}),
    intervalMs: 25,
  });
  const syncer = opts.gitops
    ? startSyncer({
        store,
        clock,
        git: opts.gitops.git,
        repoURL: opts.gitops.repoURL,
        ...(opts.gitops.modes ? { modes: opts.gitops.modes } : {}),
        ...(opts.gitops.intervalMs ? { intervalMs: opts.gitops.intervalMs } : {}),
      })
    : undefined;
  return {
    api,
    url: api.url,
    clock,
    controllers,
    ...(syncer ? { syncer } : {}),
    kubeconfig: kubeconfigFor(api.url, api.token),
    problems: () => [...controllers.errors, ...(syncer?.errors ?? [])],
    close: async () => {
      controllers.stop();
      syncer?.stop();
      await api.close();
    },
  };
}
