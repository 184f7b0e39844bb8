// Objects Argo CD leaves out of an Application's health (argo-cd controller/health.go): a Helm or Argo CD hook, which
// runs around the sync and is usually deleted once it succeeds (`hook-delete-policy: hook-succeeded`), and anything
// annotated `argocd.argoproj.io/ignore-healthcheck: "true"`. With source kubernetes, verify-health judges every
// rendered object: before, a deleted migration hook read as Missing and the release never turned Healthy.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/port.js';
import { verifyHealth } from '../../../src/usecases/verify-health.js';
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
  OLD_ID,
  release,
  serviceManifest,
  silent,
} from '../../helpers/verify-fixture.js';

const FILE = '_/web/manifests.yaml';

function withAnnotations(o: KubeObject, annotations: Record<string, string>): KubeObject {
  return { ...o, metadata: { ...o.metadata, annotations: { ...o.metadata.annotations, ...annotations } } };
}

/** A migration Job as `helm template` prints it and the generator annotates it for Argo CD. */
function migrationHook(): KubeObject {
  return withAnnotations(
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'web-migrate', namespace: 'shop', annotations: {} },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'm:1' }] } } },
    },
    {
      'helm.sh/hook': 'pre-upgrade',
      'helm.sh/hook-delete-policy': 'hook-succeeded',
      'argocd.argoproj.io/hook': 'PreSync',
      'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded',
    },
  );
}

function setup(extra: KubeObject[]) {
  const kube = new FakeKube();
  const store = new MemoryStore([
    release(OLD_ID, 'Healthy'),
    release(ID, 'Deployed', { pullRequest: { number: 3, url: 'u', branch: 'b' } }),
  ]);
  const branches = new MemoryBranches();
  branches.seed(COMMIT, { [FILE]: manifestsText([deploymentManifest(ID), serviceManifest(ID), ...extra]) });
  kube.put(liveDeployment(deploymentManifest(ID), { generation: 2, observed: 2, ready: 3 }));
  kube.put(serviceManifest(ID));
  const ports = { store: store.asPort(), branches, kube, github: new MemoryGitHub(), log: silent };
  return { store, ports };
}

const request = {
  releaseId: ID,
  source: 'kubernetes' as const,
  timeoutMs: 1_500,
  autoRollback: false,
  actor: 'gitopshq-bot',
};

describe('verify-health (kubernetes source) leaves out what Argo CD leaves out of health', () => {
  it('a hook deleted after it succeeded does not keep the release from Healthy', async () => {
    const { store, ports } = setup([migrationHook()]);
    const result = await verifyHealth(request, ports);
    expect(result.outcome).toBe('succeeded');
    expect(store.get(ID).state).toBe('Healthy');
  });

  it('nor does a Degraded object annotated ignore-healthcheck; the same object without it fails the release', async () => {
    const canary = withAnnotations(
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'smoke', namespace: 'shop', annotations: {} },
      },
      { 'gitopshq.io/release': ID },
    );
    const failed = {
      ...canary,
      status: { conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] },
    };
    const ignored = withAnnotations(canary, { 'argocd.argoproj.io/ignore-healthcheck': 'true' });
    const quiet = setup([ignored]);
    (quiet.ports.kube as FakeKube).put(
      withAnnotations(failed, { 'argocd.argoproj.io/ignore-healthcheck': 'true' }),
    );
    expect((await verifyHealth(request, quiet.ports)).outcome).toBe('succeeded');

    const loud = setup([canary]);
    (loud.ports.kube as FakeKube).put(failed);
    const result = await verifyHealth(request, loud.ports);
    expect(result.outcome).toBe('failed');
    expect(loud.store.get(ID).state).toBe('Failed');
  });
});
