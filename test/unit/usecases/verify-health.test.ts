// verify-health with an in-memory cluster whose objects change over time: a watch wakes the loop and the verdict
// follows the change at once; Synced means the deploy commit exactly; a timeout or a lasting Degraded fails the
// release with the report of what and why; auto-rollback puts the earlier release back; the API calls of one
// verification are counted. Drift and the drift issue: verify-health-drift.test.ts.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/port.js';
import { type VerifyHealthRequest, verifyHealth } from '../../../src/usecases/verify-health.js';
import { FakeKube } from '../../helpers/fake-kube.js';
import {
  COMMIT,
  deploymentManifest,
  ID,
  liveDeployment,
  MemoryBranches,
  MemoryGitHub,
  MemoryStore,
  manifestsText,
  OLD_COMMIT,
  OLD_ID,
  release,
  serviceManifest,
  silent,
} from '../../helpers/verify-fixture.js';

const FILE = '_/web/manifests.yaml';

function application(sync: string, revision: string, health: string, message?: string): KubeObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'dev-web', namespace: 'argocd', generation: 4 },
    spec: { project: 'default', destination: { namespace: 'shop' } },
    status: {
      sync: { status: sync, revision },
      health: { status: health, ...(message ? { message } : {}) },
      operationState: { phase: 'Succeeded' },
      resources: [
        {
          group: 'apps',
          version: 'v1',
          kind: 'Deployment',
          namespace: 'shop',
          name: 'web',
          status: sync,
          health: { status: health, ...(message ? { message } : {}) },
        },
      ],
    },
  };
}

function setup(state: 'Deployed' | 'Synced' = 'Deployed', extra: { rollbackTarget?: string } = {}) {
  const kube = new FakeKube();
  const store = new MemoryStore([
    release(OLD_ID, 'Healthy'),
    release(ID, state, {
      rollbackTarget: extra.rollbackTarget,
      pullRequest: { number: 3, url: 'u', branch: 'b' },
    }),
  ]);
  const branches = new MemoryBranches();
  branches.seed(OLD_COMMIT, { [FILE]: manifestsText([deploymentManifest(OLD_ID), serviceManifest(OLD_ID)]) });
  branches.seed(COMMIT, { [FILE]: manifestsText([deploymentManifest(ID), serviceManifest(ID)]) });
  const github = new MemoryGitHub();
  return {
    kube,
    store,
    branches,
    github,
    ports: { store: store.asPort(), branches, kube, github, log: silent },
  };
}

const req = (over: Partial<VerifyHealthRequest> = {}): VerifyHealthRequest => ({
  releaseId: ID,
  source: 'argocd',
  timeoutMs: 5_000,
  autoRollback: false,
  actor: 'gitopshq-bot',
  ...over,
});

const later = (ms: number, fn: () => void) =>
  new Promise<void>((r) =>
    setTimeout(() => {
      fn();
      r();
    }, ms),
  );

describe('verify-health, argocd source through the Kubernetes API', () => {
  it('waits for Synced at the deploy commit, then Healthy; the verdict follows the change at once', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('Synced', OLD_COMMIT, 'Healthy'));
    const run = verifyHealth(req(), ports);
    await later(60, () => kube.put(application('OutOfSync', COMMIT, 'Healthy')));
    await later(60, () => kube.put(application('Synced', COMMIT, 'Progressing', 'Waiting for rollout')));
    await later(20, () => expect(store.get(ID).state).toBe('Synced'));
    let healthyAt = 0;
    await later(60, () => {
      kube.put(application('Synced', COMMIT, 'Healthy'));
      healthyAt = performance.now();
    });
    const result = await run;
    const latency = performance.now() - healthyAt;
    expect(result.outcome).toBe('succeeded');
    expect(latency).toBeLessThan(100);
    const rec = store.get(ID);
    expect(rec.history.map((h) => h.state).slice(-3)).toEqual(['Deployed', 'Synced', 'Healthy']);
    expect(rec.health).toMatchObject({ status: 'Healthy', source: 'argocd', drift: false });
    if (result.outcome !== 'succeeded') throw new Error('unreachable');
    expect(result.value).toMatchObject({ status: 'Healthy', state: 'Healthy', drift: false });
    // 4 observations (one list each) and 3 watches that woke on the writes: nothing polls in between.
    expect(kube.calls).toEqual({ get: 0, list: 4, waitForChange: 3, servesKind: 0 });
    expect(result.value.clusterCalls).toBe(7);
  });

  it('Synced at another commit is not Synced: the release stays Deployed and fails at the timeout', async () => {
    const { kube, store, github, ports } = setup();
    kube.put(application('Synced', OLD_COMMIT, 'Healthy'));
    const result = await verifyHealth(req({ timeoutMs: 300 }), ports);
    expect(result.outcome).toBe('failed');
    const rec = store.get(ID);
    expect(rec.state).toBe('Failed');
    expect(rec.health?.message).toMatch(/not synced after 300ms/);
    expect(rec.health?.message).toContain(`waiting for ${COMMIT.slice(0, 7)}`);
    expect(rec.health?.status).toBe('Progressing');
    expect(github.deploymentStatuses).toEqual([
      expect.objectContaining({ id: 7, state: 'failure', description: expect.stringContaining('unhealthy') }),
    ]);
    // Nothing changed, so the only calls are the first list, one watch to the deadline, and the last list.
    expect(kube.totalCalls).toBeLessThanOrEqual(4);
  });

  it('GitHub refusing the failure status leaves the release Deployed, so a re-run verifies it again', async () => {
    const { kube, store, github, ports } = setup();
    kube.put(application('Synced', OLD_COMMIT, 'Healthy'));
    const refuse = github.createDeploymentStatus.bind(github);
    github.createDeploymentStatus = async () => {
      throw Object.assign(new Error('Server Error'), { status: 502 });
    };
    await expect(verifyHealth(req({ timeoutMs: 100 }), ports)).rejects.toThrow('Server Error');
    // The record never claims Failed while GitHub shows the deployment a success.
    expect(store.get(ID).state).toBe('Deployed');
    github.createDeploymentStatus = refuse;
    const again = await verifyHealth(req({ timeoutMs: 100 }), ports);
    expect(again.outcome).toBe('failed');
    expect(store.get(ID).state).toBe('Failed');
    expect(github.deploymentStatuses.map((d) => d.state)).toEqual(['failure']);
  });

  it('a Degraded verdict that lasts past its grace fails before the timeout, with the reason', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('Synced', COMMIT, 'Degraded', 'Deployment "web" exceeded its progress deadline'));
    const t0 = Date.now();
    const result = await verifyHealth(req({ timeoutMs: 10_000, degradedGraceMs: 150 }), ports);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(result.outcome).toBe('failed');
    if (result.outcome !== 'failed') throw new Error('unreachable');
    expect(result.error.message).toContain('exceeded its progress deadline');
    expect(
      store
        .get(ID)
        .history.map((h) => h.state)
        .slice(-2),
    ).toEqual(['Synced', 'Failed']);
    expect(store.get(ID).health?.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'Deployment', name: 'web', status: 'Degraded' }),
      ]),
    );
  });

  it('a Degraded blip that recovers within the grace is not a failure', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('Synced', COMMIT, 'Degraded', 'pod restarted'));
    const run = verifyHealth(req({ degradedGraceMs: 2_000 }), ports);
    await later(80, () => kube.put(application('Synced', COMMIT, 'Healthy')));
    expect((await run).outcome).toBe('succeeded');
    expect(store.get(ID).state).toBe('Healthy');
  });

  it('auto-rollback: the unhealthy release is rolled back to its target, manifests restored byte for byte', async () => {
    const { kube, store, branches, github, ports } = setup('Deployed', { rollbackTarget: OLD_ID });
    kube.put(application('Synced', COMMIT, 'Degraded', 'back-off restarting failed container'));
    const result = await verifyHealth(req({ autoRollback: true, degradedGraceMs: 50 }), ports);
    expect(result.outcome).toBe('failed');
    if (result.outcome !== 'failed' || !result.value) throw new Error('unreachable');
    expect(result.value.state).toBe('RolledBack');
    expect(result.value.rollback).toMatchObject({ releaseId: ID, to: OLD_ID, state: 'RolledBack' });
    expect(store.get(ID)).toMatchObject({ state: 'RolledBack', rolledBackTo: OLD_ID });
    const tip = await branches.tip('gitopshq/deploy/dev');
    const [restored] = await branches.readFiles(tip ?? '', [FILE]);
    const [before] = await branches.readFiles(OLD_COMMIT, [FILE]);
    expect(restored).toBe(before);
    // The failed release's Deployment fails; the rollback's commit gets its own, in progress then success.
    expect(github.deploymentStatuses.map((s) => s.state)).toEqual(['failure', 'in_progress', 'success']);
  });

  it('auto-rollback that GitHub failed: the release stays Failed, and a re-run finishes the rollback', async () => {
    const { kube, store, github, ports } = setup('Deployed', { rollbackTarget: OLD_ID });
    kube.put(application('Synced', COMMIT, 'Degraded', 'back-off restarting failed container'));
    const create = github.createDeployment.bind(github);
    github.createDeployment = async () => {
      throw Object.assign(new Error('Not Found'), { status: 404 });
    };
    await expect(verifyHealth(req({ autoRollback: true, degradedGraceMs: 50 }), ports)).rejects.toThrow(
      'Not Found',
    );
    expect(store.get(ID).state).toBe('Failed');
    github.createDeployment = create;
    const again = await verifyHealth(req({ autoRollback: true, degradedGraceMs: 50 }), ports);
    expect(again.value?.rollback).toMatchObject({ releaseId: ID, to: OLD_ID, state: 'RolledBack' });
    expect(store.get(ID)).toMatchObject({ state: 'RolledBack', rolledBackTo: OLD_ID });
    // Without auto-rollback a Failed release is still refused: there is nothing left to verify.
    const plain = await verifyHealth(req(), ports);
    expect(plain.outcome === 'failed' && plain.error.message).toMatch(/is RolledBack: only a Deployed/);
  });

  it('auto-rollback stopped before its values pull request: a re-run opens it, the release stays Rolled Back', async () => {
    const { kube, store, github, ports } = setup('Deployed', { rollbackTarget: OLD_ID });
    kube.put(application('Synced', COMMIT, 'Degraded', 'back-off restarting failed container'));
    const get = github.getPullRequest.bind(github);
    github.getPullRequest = async () => {
      throw Object.assign(new Error('Not Found'), { status: 404 });
    };
    const target = store.get(OLD_ID);
    store.records = store.records.map((r) =>
      r.id === OLD_ID ? { ...target, pullRequest: { number: 3, url: 'u', branch: 'release/x' } } : r,
    );
    await expect(verifyHealth(req({ autoRollback: true, degradedGraceMs: 50 }), ports)).rejects.toThrow(
      'Not Found',
    );
    expect(store.get(ID).state).toBe('RolledBack');
    expect(github.pulls).toEqual([]);
    github.getPullRequest = get;
    const again = await verifyHealth(req({ autoRollback: true, degradedGraceMs: 50 }), ports);
    expect(again.value?.rollback).toMatchObject({ releaseId: ID, to: OLD_ID, state: 'RolledBack' });
    // The values step ran again (this fixture has no main to restore onto; faults-verify-health opens the PR).
    expect(again.value?.rollback?.note).toBe('branch main not found');
    expect(store.get(ID)).toMatchObject({ state: 'RolledBack', rolledBackTo: OLD_ID });
  });

  it('a promoted release that fails halts its promotion: no later wave starts from it', async () => {
    const { kube, store, ports } = setup('Deployed', { rollbackTarget: OLD_ID });
    const promotionId = 'web-staging-to-dev-20261130-eeeeee';
    store.records = store.records.map((r) => (r.id === ID ? { ...r, promotion: promotionId } : r));
    store.promotions = [
      {
        apiVersion: 'gitopshq.io/v1',
        kind: 'Promotion',
        id: promotionId,
        source: 'web-staging-20261129-ffffff',
        from: 'staging',
        to: 'dev',
        actor: 'release-erin',
        createdAt: '2026-11-30T08:00:00.000Z',
        state: 'InProgress',
        waves: [
          { wave: 0, tenants: ['canary'], releases: [ID] },
          { wave: 1, tenants: ['acme'], releases: [] },
        ],
        history: [{ state: 'InProgress', at: '2026-11-30T08:00:00.000Z', actor: 'release-erin' }],
      },
    ];
    kube.put(application('Synced', COMMIT, 'Degraded', 'back-off restarting failed container'));
    const result = await verifyHealth(req({ autoRollback: true, degradedGraceMs: 20 }), ports);
    if (result.outcome !== 'failed' || !result.value) throw new Error('expected a failure');
    expect(result.value.releases[0]?.promotionHalted).toBe(promotionId);
    expect(store.promotions[0]?.state).toBe('Failed');
    expect(store.promotions[0]?.history.at(-1)?.note).toMatch(/is Rolled Back; halted, no later tenant/);
    // Exactly one promotion write: the halt.
    expect(store.writes.filter((w) => w.startsWith('promotion'))).toEqual([
      `promotion ${promotionId} -> Failed`,
    ]);
  });

  it('auto-rollback without any earlier Healthy release leaves the release Failed and says why', async () => {
    const { kube, store, ports } = setup();
    store.records = store.records.filter((r) => r.id === ID);
    kube.put(application('Synced', COMMIT, 'Degraded', 'crash'));
    const result = await verifyHealth(req({ autoRollback: true, degradedGraceMs: 10 }), ports);
    if (result.outcome !== 'failed' || !result.value) throw new Error('expected a failure');
    expect(result.value.state).toBe('Failed');
    expect(result.value.rollback?.note).toMatch(/no rollback target/);
  });

  it('auto-rollback never undoes a later release that replaced the failed one meanwhile', async () => {
    const { kube, store, branches, ports } = setup('Deployed', { rollbackTarget: OLD_ID });
    const newer = release('web-dev-20261130-dddddd', 'Deployed');
    newer.history = newer.history.map((h) => ({ ...h, at: h.at.replace('T09', 'T11') }));
    store.records.push(newer);
    kube.put(application('Synced', COMMIT, 'Degraded', 'crash'));
    const tip = await branches.tip('gitopshq/deploy/dev');
    const result = await verifyHealth(req({ autoRollback: true, degradedGraceMs: 10 }), ports);
    if (result.outcome !== 'failed' || !result.value) throw new Error('expected a failure');
    expect(result.value.state).toBe('Failed');
    expect(result.value.rollback?.note).toBe(
      `${ID} no longer runs (web-dev-20261130-dddddd does): no automatic rollback`,
    );
    expect(await branches.tip('gitopshq/deploy/dev')).toBe(tip);
  });

  it('fetches the deploy branch when the checkout lacks the deploy commit', async () => {
    const { kube, store, branches, ports } = setup();
    const fetched: string[] = [];
    let have = false;
    const shallow = Object.assign(Object.create(branches) as MemoryBranches, {
      list: async (commit: string) => {
        if (!have) throw new Error(`fatal: not a tree object: ${commit}`);
        return branches.list(commit);
      },
      tip: async (branch: string) => {
        fetched.push(branch);
        have = true;
        return branches.tip(branch);
      },
    });
    kube.put(application('Synced', COMMIT, 'Healthy'));
    expect((await verifyHealth(req(), { ...ports, branches: shallow })).outcome).toBe('succeeded');
    expect(fetched).toEqual(['gitopshq/deploy/dev']);
    expect(store.get(ID).state).toBe('Healthy');
  });

  it('a missing Application is reported as Missing at the timeout', async () => {
    const { store, ports } = setup();
    const result = await verifyHealth(req({ timeoutMs: 100 }), ports);
    expect(result.outcome).toBe('failed');
    expect(store.get(ID).health?.resources?.[0]).toMatchObject({
      kind: 'Application',
      name: 'dev-web',
      status: 'Missing',
    });
  });
});

describe('verify-health, argocd source through the Argo CD REST API (no watch: capped backoff)', () => {
  it('polls with a growing interval until Healthy', async () => {
    const { store, ports } = setup();
    const sleeps: number[] = [];
    let calls = 0;
    const argocd = {
      async getApplication(name: string) {
        calls++;
        expect(name).toBe('dev-web');
        return calls < 4
          ? application('OutOfSync', COMMIT, 'Missing')
          : application('Synced', COMMIT, 'Healthy');
      },
    };
    const result = await verifyHealth(req(), {
      ...ports,
      kube: undefined,
      argocd,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
    });
    expect(result.outcome).toBe('succeeded');
    expect(sleeps).toEqual([250, 500, 1000]);
    expect(store.get(ID).state).toBe('Healthy');
    if (result.outcome === 'succeeded') expect(result.value.clusterCalls).toBe(4);
  });
});

describe('verify-health, flux source', () => {
  function kustomization(applied: string, ready: 'True' | 'False' | 'Unknown', observed = 2): KubeObject {
    return {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'dev-web', namespace: 'flux-system', generation: 2 },
      spec: {
        interval: '1m',
        path: './_/web',
        prune: true,
        sourceRef: { kind: 'GitRepository', name: 'gitopshq-dev' },
      },
      status: {
        observedGeneration: observed,
        lastAppliedRevision: `gitopshq/deploy/dev@sha1:${applied}`,
        lastAttemptedRevision: `gitopshq/deploy/dev@sha1:${applied}`,
        conditions: [
          {
            type: 'Ready',
            status: ready,
            reason: ready === 'True' ? 'ReconciliationSucceeded' : 'Progressing',
            message: `Applied revision: ${applied}`,
          },
        ],
      },
    };
  }

  it('Ready at the current generation with lastAppliedRevision at the deploy commit is Healthy', async () => {
    const { kube, store, ports } = setup();
    kube.put(kustomization(OLD_COMMIT, 'True'));
    const run = verifyHealth(req({ source: 'flux' }), ports);
    await later(40, () => kube.put(kustomization(COMMIT, 'True', 1)));
    await later(40, () => expect(store.get(ID).state).toBe('Deployed'));
    await later(10, () => kube.put(kustomization(COMMIT, 'True')));
    expect((await run).outcome).toBe('succeeded');
    expect(
      store
        .get(ID)
        .history.map((h) => h.state)
        .slice(-2),
    ).toEqual(['Synced', 'Healthy']);
  });
});

describe('verify-health, kubernetes source', () => {
  it('every rendered object live with the release annotation and healthy; one list per kind', async () => {
    const { kube, store, ports } = setup();
    kube.put(liveDeployment(deploymentManifest(OLD_ID), { generation: 1, observed: 1, ready: 3 }));
    kube.put(serviceManifest(OLD_ID));
    const run = verifyHealth(req({ source: 'kubernetes' }), ports);
    await later(40, () => {
      kube.put(serviceManifest(ID));
      kube.put(liveDeployment(deploymentManifest(ID), { generation: 2, observed: 1, ready: 3 }));
    });
    await later(40, () =>
      kube.put(liveDeployment(deploymentManifest(ID), { generation: 2, observed: 2, ready: 1 })),
    );
    await later(40, () =>
      kube.put(liveDeployment(deploymentManifest(ID), { generation: 2, observed: 2, ready: 3 })),
    );
    const result = await run;
    expect(result.outcome).toBe('succeeded');
    expect(store.get(ID).state).toBe('Healthy');
    // Discovery once per kind, then two lists (Deployment, Service) per observation.
    expect(kube.calls.servesKind).toBe(2);
    expect(kube.calls.list % 2).toBe(0);
    expect(kube.calls.get).toBe(0);
  });

  it('a crash-looping pod fails the release after the grace, long before the progress deadline, saying why', async () => {
    const { kube, store, ports } = setup();
    kube.put(liveDeployment(deploymentManifest(ID), { generation: 2, observed: 2, ready: 2 }));
    kube.put(serviceManifest(ID));
    const pod = (name: string, waiting?: string): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'shop', labels: { app: 'web', 'pod-template-hash': '7f9' } },
      spec: {
        restartPolicy: 'Always',
        containers: [{ name: 'app', image: 'registry.example/web:crashloop' }],
      },
      status: {
        phase: 'Running',
        conditions: [
          { type: 'Initialized', status: 'True' },
          {
            type: 'Ready',
            status: waiting ? 'False' : 'True',
            ...(waiting ? { reason: 'ContainersNotReady' } : {}),
          },
          { type: 'ContainersReady', status: waiting ? 'False' : 'True' },
          { type: 'PodScheduled', status: 'True' },
        ],
        containerStatuses: [
          {
            name: 'app',
            ready: !waiting,
            restartCount: waiting ? 6 : 0,
            image: 'registry.example/web:crashloop',
            imageID: '',
            state: waiting
              ? { waiting: { reason: waiting, message: 'back-off 5m0s restarting failed container' } }
              : { running: { startedAt: '2026-11-30T10:00:00Z' } },
            lastState: waiting ? { terminated: { exitCode: 1, reason: 'Error' } } : {},
          },
        ],
      },
    });
    kube.put(pod('web-7f9-a'));
    kube.put(pod('web-7f9-b'));
    const run = verifyHealth(req({ source: 'kubernetes', timeoutMs: 10_000, degradedGraceMs: 200 }), ports);
    await later(50, () => kube.put(pod('web-7f9-c', 'CrashLoopBackOff')));
    const result = await run;
    if (result.outcome !== 'failed') throw new Error('expected a failure');
    expect(result.error.message).toContain('pod web-7f9-c container app: CrashLoopBackOff');
    expect(store.get(ID).state).toBe('Failed');
    expect(store.get(ID).health?.resources?.map((r) => `${r.kind} ${r.name} ${r.status}`)).toEqual([
      'Deployment web Progressing',
      'Pod web-7f9-c Degraded',
    ]);
  });

  it('an object still annotated with the previous release keeps the release from Synced', async () => {
    const { kube, store, ports } = setup();
    kube.put(liveDeployment(deploymentManifest(ID), { generation: 2, observed: 2, ready: 3 }));
    kube.put(serviceManifest(OLD_ID));
    const result = await verifyHealth(req({ source: 'kubernetes', timeoutMs: 150 }), ports);
    expect(result.outcome).toBe('failed');
    expect(store.get(ID).state).toBe('Failed');
    expect(store.get(ID).health?.resources).toEqual([
      expect.objectContaining({
        kind: 'Service',
        status: 'Progressing',
        message: `Service/shop/web runs release ${OLD_ID}, not ${ID} yet`,
      }),
    ]);
  });

  it('refuses a release that was never deployed, and a source without its credentials', async () => {
    const { ports, store } = setup();
    store.records.push(release('web-dev-20261130-cccccc', 'Approved', { deploy: undefined }));
    const notDeployed = await verifyHealth(req({ releaseId: 'web-dev-20261130-cccccc' }), ports);
    expect(notDeployed.outcome === 'failed' && notDeployed.error).toMatchObject({
      kind: 'usage',
      message: expect.stringContaining('is Approved'),
    });
    const noKube = await verifyHealth(req({ source: 'flux' }), { ...ports, kube: undefined });
    expect(noKube.outcome === 'failed' && noKube.error.message).toBe('the flux source needs a kubeconfig');
  });
});
