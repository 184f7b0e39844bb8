// verify-health on a schedule (an environment, no release) catches up a release its post-deploy run never verified:
// one still Deployed whose Application is Synced at the deploy commit and Healthy moves Deployed -> Synced -> Healthy;
// a lasting Degraded fails it (and rolls it back when asked) as a post-deploy run would; one still rolling out within
// its timeout, counted from its deploy, is left undecided for its own run; a run that moved it first wins.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/port.js';
import type { Clock } from '../../../src/usecases/deps.js';
import { type VerifyHealthRequest, verifyHealth } from '../../../src/usecases/verify-health.js';
import { FakeKube } from '../../helpers/fake-kube.js';
import {
  COMMIT,
  deploymentManifest,
  ID,
  MemoryBranches,
  MemoryGitHub,
  MemoryStore,
  manifestsText,
  NOW,
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
    },
  };
}

/** Real time, shifted to the fixture's NOW (the release was deployed at 09:03, 57 minutes before). */
function clockAtNow(): Clock {
  const t0 = Date.now();
  return { now: () => new Date(NOW.getTime() + (Date.now() - t0)) };
}

function setup(state: 'Deployed' | 'Synced' = 'Deployed') {
  const kube = new FakeKube();
  const store = new MemoryStore([release(OLD_ID, 'Healthy'), release(ID, state, { rollbackTarget: OLD_ID })]);
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

const scheduled = (over: Partial<VerifyHealthRequest> = {}): VerifyHealthRequest => ({
  environment: 'dev',
  source: 'argocd',
  timeoutMs: 10 * 60_000,
  autoRollback: false,
  actor: 'gitopshq-bot',
  ...over,
});

const states = (store: MemoryStore, id: string) => store.get(id).history.map((h) => h.state);

describe('verify-health on a schedule, a release its post-deploy run never verified', () => {
  it('Synced at the deploy commit and Healthy: moves Deployed -> Synced -> Healthy, the run succeeds', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('Synced', COMMIT, 'Healthy'));
    const result = await verifyHealth(scheduled(), ports, clockAtNow());
    expect(result.outcome).toBe('succeeded');
    expect(states(store, ID).slice(-3)).toEqual(['Deployed', 'Synced', 'Healthy']);
    expect(store.get(ID).health).toMatchObject({ status: 'Healthy', source: 'argocd' });
    if (result.outcome !== 'succeeded') throw new Error('unreachable');
    expect(result.value).toMatchObject({ status: 'Healthy', state: 'Healthy' });
    // The Healthy release before it is not the running one: untouched.
    expect(store.writes.filter((w) => w.startsWith(OLD_ID))).toEqual([]);
  });

  it('a Synced release that is Healthy now moves to Healthy', async () => {
    const { kube, store, ports } = setup('Synced');
    kube.put(application('Synced', COMMIT, 'Healthy'));
    expect((await verifyHealth(scheduled(), ports, clockAtNow())).outcome).toBe('succeeded');
    expect(store.get(ID).state).toBe('Healthy');
    expect(store.writes).toEqual([`${ID} -> Healthy`]);
  });

  it('a lasting Degraded fails it and auto-rollback puts the earlier release back, as after a deploy', async () => {
    const { kube, store, github, ports } = setup();
    kube.put(application('Synced', COMMIT, 'Degraded', 'back-off restarting failed container'));
    const result = await verifyHealth(
      scheduled({ autoRollback: true, degradedGraceMs: 30 }),
      ports,
      clockAtNow(),
    );
    if (result.outcome !== 'failed' || !result.value)
      throw new Error(`expected a failure: ${result.outcome}`);
    expect(result.error.message).toContain('back-off restarting failed container');
    expect(states(store, ID).slice(-4)).toEqual(['Deployed', 'Synced', 'Failed', 'RolledBack']);
    expect(result.value).toMatchObject({ state: 'RolledBack', rollback: { to: OLD_ID } });
    expect(github.deploymentStatuses).toContainEqual(expect.objectContaining({ id: 7, state: 'failure' }));
  });

  it('a Degraded blip that recovers within the grace is Healthy, not Failed', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('Synced', COMMIT, 'Degraded', 'pod restarted'));
    const run = verifyHealth(scheduled({ degradedGraceMs: 2_000 }), ports, clockAtNow());
    setTimeout(() => kube.put(application('Synced', COMMIT, 'Healthy')), 50);
    expect((await run).outcome).toBe('succeeded');
    expect(store.get(ID).state).toBe('Healthy');
  });

  it('still rolling out within its timeout from the deploy: left undecided, the state stays, the run passes', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('Synced', COMMIT, 'Progressing', 'Waiting for rollout to finish'));
    const started = performance.now();
    const result = await verifyHealth(scheduled({ timeoutMs: 2 * 3_600_000 }), ports, clockAtNow());
    // No wait for a rollout: the post-deploy run (or the next schedule) judges it.
    expect(performance.now() - started).toBeLessThan(500);
    if (result.outcome !== 'succeeded') throw new Error(`expected success: ${result.outcome}`);
    expect(result.value.releases[0]).toMatchObject({ releaseId: ID, undecided: true, status: 'Progressing' });
    // Synced at the deploy commit is a fact already: recorded; Healthy is not.
    expect(store.get(ID).state).toBe('Synced');
    expect(store.get(ID).health?.status).toBe('Progressing');
  });

  it('still not synced past its timeout from the deploy: Failed, saying how long after the deploy', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('OutOfSync', OLD_COMMIT, 'Healthy'));
    const result = await verifyHealth(scheduled({ timeoutMs: 10 * 60_000 }), ports, clockAtNow());
    if (result.outcome !== 'failed') throw new Error(`expected a failure: ${result.outcome}`);
    expect(result.error.message).toMatch(/not synced 57m after its deploy \(timeout 10m\)/);
    expect(store.get(ID).state).toBe('Failed');
  });

  it('another run moved the release first: its state is kept, nothing fails on the race', async () => {
    const { kube, store, ports } = setup();
    kube.put(application('Synced', COMMIT, 'Healthy'));
    // The post-deploy run moves it to Synced just before this run's own move lands.
    const racing = Object.assign(Object.create(store) as MemoryStore, {
      transitionRelease: async (...args: Parameters<MemoryStore['transitionRelease']>) => {
        if (store.get(ID).state === 'Deployed') {
          await store.transitionRelease(ID, 'Synced', { actor: 'post-deploy' });
        }
        return store.transitionRelease(...args);
      },
    });
    const result = await verifyHealth(scheduled(), { ...ports, store: racing.asPort() }, clockAtNow());
    expect(result.outcome).toBe('succeeded');
    expect(states(store, ID).slice(-2)).toEqual(['Deployed', 'Synced']);
    expect(store.get(ID).history.at(-1)?.actor).toBe('post-deploy');
  });
});
