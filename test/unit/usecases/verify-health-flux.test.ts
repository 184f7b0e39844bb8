// verify-health's flux source with a HelmRelease beside (or instead of) the target's Kustomization: a HelmRelease
// whose chart is built from the deploy branch must have released the deploy commit; a chart from a Helm repository is
// judged for health while the Kustomization says the commit is applied; a cluster without the HelmRelease kind costs
// no HelmRelease call at all.
import { describe, expect, it } from 'vitest';
import { type VerifyHealthRequest, verifyHealth } from '../../../src/usecases/verify-health.js';
import { FakeKube } from '../../helpers/fake-kube.js';
import { helmRelease, kustomization } from '../../helpers/flux-objects.js';
import {
  COMMIT,
  deploymentManifest,
  ID,
  MemoryBranches,
  MemoryGitHub,
  MemoryStore,
  manifestsText,
  OLD_COMMIT,
  OLD_ID,
  release,
  silent,
} from '../../helpers/verify-fixture.js';

const FILE = '_/web/manifests.yaml';
const AT = `1.4.0+${COMMIT.slice(0, 12)}`;
const BEFORE = `1.4.0+${OLD_COMMIT.slice(0, 12)}`;

function setup() {
  const kube = new FakeKube();
  const store = new MemoryStore([release(OLD_ID, 'Healthy'), release(ID, 'Deployed')]);
  const branches = new MemoryBranches();
  branches.seed(OLD_COMMIT, { [FILE]: manifestsText([deploymentManifest(OLD_ID)]) });
  branches.seed(COMMIT, { [FILE]: manifestsText([deploymentManifest(ID)]) });
  return {
    kube,
    store,
    ports: { store: store.asPort(), branches, kube, github: new MemoryGitHub(), log: silent },
  };
}

const req = (over: Partial<VerifyHealthRequest> = {}): VerifyHealthRequest => ({
  releaseId: ID,
  source: 'flux',
  timeoutMs: 5_000,
  autoRollback: false,
  actor: 'gitopshq-bot',
  ...over,
});

const later = (ms: number, fn: () => void) => new Promise<void>((r) => setTimeout(() => r(fn()), ms));

describe('verify-health, flux source with a HelmRelease', () => {
  it('a HelmRelease alone: Synced and Healthy once it released a chart built from the deploy commit', async () => {
    const { kube, store, ports } = setup();
    kube.put(helmRelease('dev-web', { chartVersion: BEFORE, ready: 'True' }));
    const run = verifyHealth(req(), ports);
    await later(40, () =>
      kube.put(
        helmRelease('dev-web', {
          chartVersion: AT,
          previous: BEFORE,
          releaseStatus: 'pending-upgrade',
          ready: 'Unknown',
          message: 'Running upgrade action',
        }),
      ),
    );
    await later(40, () => expect(store.get(ID).state).toBe('Deployed'));
    await later(10, () =>
      kube.put(helmRelease('dev-web', { chartVersion: AT, previous: BEFORE, ready: 'True' })),
    );
    const result = await run;
    expect(result.outcome).toBe('succeeded');
    expect(
      store
        .get(ID)
        .history.map((h) => h.state)
        .slice(-3),
    ).toEqual(['Deployed', 'Synced', 'Healthy']);
  });

  it('a failed upgrade of the deploy commit fails the release with helm-controller’s reason', async () => {
    const { kube, store, ports } = setup();
    const message = `Helm upgrade failed for release shop/web with chart web@${AT}: context deadline exceeded`;
    kube.put(
      helmRelease('dev-web', {
        chartVersion: AT,
        previous: BEFORE,
        ready: 'False',
        reason: 'UpgradeFailed',
        message,
      }),
    );
    kube.put(kustomization('dev-web', COMMIT, 'True'));
    const result = await verifyHealth(req({ degradedGraceMs: 20 }), ports);
    if (result.outcome !== 'failed') throw new Error(`expected a failure: ${result.outcome}`);
    expect(result.error.message).toContain('context deadline exceeded');
    expect(store.get(ID).state).toBe('Failed');
    expect(store.get(ID).health?.resources).toContainEqual(
      expect.objectContaining({ kind: 'HelmRelease', name: 'dev-web', status: 'Degraded' }),
    );
  });

  it('a chart from a Helm repository: the Kustomization says the commit is applied, the HelmRelease its health', async () => {
    const { kube, store, ports } = setup();
    kube.put(kustomization('dev-web', COMMIT, 'True'));
    kube.put(
      helmRelease('dev-web', {
        chartVersion: '6.5.4',
        ready: 'False',
        reason: 'InstallFailed',
        message:
          'Helm install failed for release shop/web with chart web@6.5.4: timed out waiting for the condition',
      }),
    );
    const result = await verifyHealth(req({ degradedGraceMs: 20 }), ports);
    if (result.outcome !== 'failed') throw new Error(`expected a failure: ${result.outcome}`);
    // Synced (the Kustomization applied the commit), then Failed on the HelmRelease's health.
    expect(
      store
        .get(ID)
        .history.map((h) => h.state)
        .slice(-2),
    ).toEqual(['Synced', 'Failed']);

    // Healthy once helm-controller installed it.
    const again = setup();
    again.kube.put(kustomization('dev-web', COMMIT, 'True'));
    again.kube.put(helmRelease('dev-web', { chartVersion: '6.5.4', ready: 'True' }));
    expect((await verifyHealth(req(), again.ports)).outcome).toBe('succeeded');
    expect(again.store.get(ID).state).toBe('Healthy');
  });

  it('a cluster without the HelmRelease kind: Kustomizations only, and no HelmRelease list', async () => {
    const { kube, store, ports } = setup();
    kube.unserved.add('helm.toolkit.fluxcd.io/v2 HelmRelease');
    kube.put(kustomization('dev-web', COMMIT, 'True'));
    const result = await verifyHealth(req(), ports);
    expect(result.outcome).toBe('succeeded');
    expect(store.get(ID).state).toBe('Healthy');
    // One discovery, one list of Kustomizations.
    expect(kube.calls).toEqual({ get: 0, list: 1, waitForChange: 0, servesKind: 1 });
  });

  it('neither object: Missing, named, and the release fails at its timeout', async () => {
    const { store, ports } = setup();
    const result = await verifyHealth(req({ timeoutMs: 100 }), ports);
    if (result.outcome !== 'failed') throw new Error(`expected a failure: ${result.outcome}`);
    expect(result.error.message).toContain('no Kustomization or HelmRelease dev-web found');
    expect(store.get(ID).state).toBe('Failed');
  });
});
