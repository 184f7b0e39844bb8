// verify-health through the real @kubernetes/client-node adapter (loaded as the action loads it) against the
// cluster simulator's API server over HTTP. The test plays the controllers: it applies the release's objects and
// moves their status the way a rollout does. Measured: the time from the API server holding the Healthy object to
// the verdict (target: within 1 s), and the API requests one verification makes. A watch whose version the server no
// longer keeps (410 Expired) makes the verification list again and watch anew, never fail.
import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject, KubePort } from '../../../src/kube/port.js';
import {
  type KubeApiServer,
  kubeconfigFor,
  startKubeApiServer,
} from '../../../src/sandbox/kube/simulator.js';
import { ObjectStore } from '../../../src/sandbox/kube/store.js';
import { type ClusterPorts, openClusterPorts } from '../../../src/usecases/cluster-ports.js';
import { verifyHealth } from '../../../src/usecases/verify-health.js';
import { helmRelease } from '../../helpers/flux-objects.js';
import {
  COMMIT,
  deploymentManifest,
  ID,
  MemoryBranches,
  MemoryStore,
  manifestsText,
  OLD_COMMIT,
  OLD_ID,
  release,
  serviceManifest,
  silent,
} from '../../helpers/verify-fixture.js';

let server: KubeApiServer | undefined;
let cluster: ClusterPorts | undefined;

afterEach(async () => {
  await cluster?.close();
  await server?.close();
  server = undefined;
  cluster = undefined;
});

const FILE = '_/web/manifests.yaml';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup(objects?: ObjectStore) {
  server = await startKubeApiServer({ now: Date.now, ...(objects ? { store: objects } : {}) });
  await server.store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
  cluster = await openClusterPorts({ kubeconfig: kubeconfigFor(server.url, server.token) });
  const store = new MemoryStore([release(OLD_ID, 'Healthy'), release(ID, 'Deployed')]);
  const branches = new MemoryBranches();
  branches.seed(OLD_COMMIT, { [FILE]: manifestsText([deploymentManifest(OLD_ID), serviceManifest(OLD_ID)]) });
  branches.seed(COMMIT, { [FILE]: manifestsText([deploymentManifest(ID), serviceManifest(ID)]) });
  return { server, store, ports: { store: store.asPort(), branches, log: silent, ...cluster } };
}

function rollout(d: KubeObject, ready: number): Record<string, unknown> {
  const replicas = d.spec?.replicas as number;
  const done = ready >= replicas;
  return {
    observedGeneration: d.metadata.generation,
    replicas,
    updatedReplicas: ready,
    readyReplicas: ready,
    availableReplicas: ready,
    ...(done ? {} : { unavailableReplicas: replicas - ready }),
    conditions: [
      {
        type: 'Available',
        status: done ? 'True' : 'False',
        reason: done ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
      },
      { type: 'Progressing', status: 'True', reason: done ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated' },
    ],
  };
}

describe('verify-health against the cluster simulator through the real client', () => {
  it('kubernetes source: the verdict follows the rollout reaching Healthy within a second', async () => {
    const { server, store, ports } = await setup();
    const old = await server.store.create(deploymentManifest(OLD_ID));
    await server.store.setStatus(old, rollout(old, 3));
    await server.store.create(serviceManifest(OLD_ID));
    const before = server.requests.length;
    const t0 = performance.now();
    const run = verifyHealth(
      { releaseId: ID, source: 'kubernetes', timeoutMs: 20_000, autoRollback: false, actor: 'bot' },
      ports,
    );
    await sleep(300);
    // Argo CD applies the deploy commit: new annotation and image, a new generation.
    const cur = server.store.get('apps/v1', 'Deployment', 'shop', 'web') as KubeObject;
    const applied = await server.store.update({
      ...deploymentManifest(ID),
      metadata: { ...cur.metadata, annotations: deploymentManifest(ID).metadata.annotations },
    });
    const svc = server.store.get('v1', 'Service', 'shop', 'web') as KubeObject;
    await server.store.update({
      ...svc,
      metadata: { ...svc.metadata, annotations: serviceManifest(ID).metadata.annotations },
    });
    for (const ready of [1, 2]) {
      await sleep(200);
      await server.store.setStatus(applied, rollout(applied, ready));
    }
    await sleep(200);
    await server.store.setStatus(applied, rollout(applied, 3));
    const healthyAt = performance.now();
    const result = await run;
    const latency = performance.now() - healthyAt;
    const requests = server.requests.slice(before);
    console.log(
      `verify-health kubernetes: verdict ${Math.round(latency)} ms after Healthy; ${requests.length} HTTP requests ` +
        `(${result.value?.clusterCalls} port calls) over ${Math.round(performance.now() - t0)} ms`,
    );
    expect(result.outcome).toBe('succeeded');
    expect(latency).toBeLessThan(1_000);
    expect(
      store
        .get(ID)
        .history.map((h) => h.state)
        .slice(-3),
    ).toEqual(['Deployed', 'Synced', 'Healthy']);
    // Each change costs one watch and one list per kind; nothing polls on a timer.
    expect(requests.length).toBeLessThan(40);
  });

  it('argocd source through the Kubernetes API: Synced at the deploy commit, then Healthy', async () => {
    const { server, store, ports } = await setup();
    const app = await server.store.create({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'dev-web', namespace: 'argocd' },
      spec: {
        project: 'default',
        source: {
          repoURL: 'http://git/acme/gitops.git',
          targetRevision: 'gitopshq/deploy/dev',
          path: '_/web',
        },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' },
      },
    });
    const status = (sync: string, revision: string, health: string) => ({
      sync: { status: sync, revision },
      health: { status: health },
      resources: [
        {
          group: 'apps',
          version: 'v1',
          kind: 'Deployment',
          namespace: 'shop',
          name: 'web',
          status: sync,
          health: { status: health },
        },
      ],
    });
    await server.store.setStatus(app, status('Synced', OLD_COMMIT, 'Healthy'));
    const before = server.requests.length;
    const run = verifyHealth(
      { releaseId: ID, source: 'argocd', timeoutMs: 20_000, autoRollback: false, actor: 'bot' },
      ports,
    );
    await sleep(200);
    await server.store.setStatus(app, status('OutOfSync', COMMIT, 'Healthy'));
    await sleep(200);
    await server.store.setStatus(app, status('Synced', COMMIT, 'Progressing'));
    await sleep(200);
    await server.store.setStatus(app, status('Synced', COMMIT, 'Healthy'));
    const healthyAt = performance.now();
    const result = await run;
    const latency = performance.now() - healthyAt;
    const requests = server.requests.length - before;
    console.log(
      `verify-health argocd (kube API): verdict ${Math.round(latency)} ms after Healthy; ${requests} HTTP requests (${result.value?.clusterCalls} port calls)`,
    );
    expect(result.outcome).toBe('succeeded');
    expect(latency).toBeLessThan(1_000);
    expect(store.get(ID).state).toBe('Healthy');
    expect(requests).toBeLessThan(20);
  });

  it('a watch answered 410 Expired (busy cluster, old version): lists again, watches anew, reaches Healthy', async () => {
    // A compaction window of 3 changes, as etcd's: the burst below ages the verification's list out.
    const { server, store, ports } = await setup(new ObjectStore(Date.now, 3));
    const app = await server.store.create({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'dev-web', namespace: 'argocd' },
      spec: {
        project: 'default',
        destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' },
      },
    });
    const status = (sync: string, revision: string, health: string) => ({
      sync: { status: sync, revision },
      health: { status: health },
    });
    await server.store.setStatus(app, status('Synced', COMMIT, 'Progressing'));
    // Other teams' writes land between the verification's list and its watch, the first time only.
    const kube = ports.kube as KubePort;
    let burst = true;
    const busy: KubePort = {
      get: (r) => kube.get(r),
      list: (q) => kube.list(q),
      servesKind: (a, k) => kube.servesKind(a, k),
      close: () => kube.close(),
      waitForChange: async (q, o) => {
        if (burst) {
          burst = false;
          for (let i = 0; i < 5; i++) {
            await server.store.create({
              apiVersion: 'v1',
              kind: 'ConfigMap',
              metadata: { name: `noise-${i}`, namespace: 'shop' },
            });
          }
        }
        return kube.waitForChange(q, o);
      },
    };
    const lists = () => server.requests.filter((r) => r.path.endsWith('/applications')).length;
    const before = lists();
    const run = verifyHealth(
      { releaseId: ID, source: 'argocd', timeoutMs: 20_000, autoRollback: false, actor: 'bot' },
      { ...ports, kube: busy },
    );
    // The expired watch woke the loop at once: it listed again and watches from the fresh version.
    for (let i = 0; i < 250 && lists() - before < 2; i++) await sleep(10);
    expect(lists() - before).toBeGreaterThanOrEqual(2);
    await sleep(200);
    await server.store.setStatus(app, status('Synced', COMMIT, 'Healthy'));
    const healthyAt = performance.now();
    const result = await run;
    expect(result.outcome).toBe('succeeded');
    expect(performance.now() - healthyAt).toBeLessThan(1_000);
    expect(
      store
        .get(ID)
        .history.map((h) => h.state)
        .slice(-3),
    ).toEqual(['Deployed', 'Synced', 'Healthy']);
  });

  it('flux source: a HelmRelease (v2, as helm-controller writes it) released at the deploy commit is Healthy', async () => {
    const { server, store, ports } = await setup();
    const shaped = (chartVersion: string, ready: 'True' | 'Unknown') =>
      helmRelease('dev-web', {
        chartVersion,
        previous: `1.4.0+${OLD_COMMIT.slice(0, 12)}`,
        ready,
        ...(ready === 'Unknown'
          ? { releaseStatus: 'pending-upgrade', message: 'Running upgrade action' }
          : {}),
      });
    const at = `1.4.0+${COMMIT.slice(0, 12)}`;
    const { status, ...spec } = shaped(at, 'Unknown');
    // Shaped as helm-controller writes it (test/unit/domain/flux-helmrelease-sync.test.ts checks it against the CRD).
    const hr = await server.store.create(spec);
    await server.store.setStatus(hr, { ...status, observedGeneration: hr.metadata.generation });
    const run = verifyHealth(
      { releaseId: ID, source: 'flux', timeoutMs: 20_000, autoRollback: false, actor: 'bot' },
      ports,
    );
    await sleep(200);
    expect(store.get(ID).state).toBe('Deployed');
    const done = shaped(at, 'True').status as Record<string, unknown>;
    await server.store.setStatus(hr, {
      ...done,
      observedGeneration: hr.metadata.generation,
      lastAttemptedGeneration: hr.metadata.generation,
    });
    const result = await run;
    expect(result.outcome).toBe('succeeded');
    expect(
      store
        .get(ID)
        .history.map((h) => h.state)
        .slice(-3),
    ).toEqual(['Deployed', 'Synced', 'Healthy']);
    expect(server.store.refusals).toEqual([]);
  });
});
