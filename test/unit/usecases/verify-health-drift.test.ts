// Drift: a live object that differs from its manifest in a field the manifest sets (fields the API server adds are
// not drift), or an Application OutOfSync at the deploy commit after it was Synced, is reported on the release; on a
// schedule (an environment, no release) one issue per environment is opened, updated only when the drift changes,
// and closed when the drift is gone.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/port.js';
import { DRIFT_LABEL, driftMarker } from '../../../src/usecases/drift-issue.js';
import { runningReleases, verifyHealth } from '../../../src/usecases/verify-health.js';
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

function setup() {
  const kube = new FakeKube();
  const store = new MemoryStore([release(OLD_ID, 'Healthy'), release(ID, 'Healthy')]);
  const branches = new MemoryBranches();
  branches.seed(OLD_COMMIT, { [FILE]: manifestsText([deploymentManifest(OLD_ID)]) });
  branches.seed(COMMIT, { [FILE]: manifestsText([deploymentManifest(ID), serviceManifest(ID)]) });
  const github = new MemoryGitHub();
  // What the API server returns: the manifest plus defaults, a uid, a status.
  kube.put(liveDeployment(deploymentManifest(ID), { generation: 2, observed: 2, ready: 3 }));
  kube.put({
    ...serviceManifest(ID),
    spec: { ...serviceManifest(ID).spec, clusterIP: '10.0.0.7', type: 'ClusterIP' },
  });
  return { kube, store, github, ports: { store: store.asPort(), branches, kube, github, log: silent } };
}

const scheduled = {
  environment: 'dev',
  source: 'kubernetes' as const,
  timeoutMs: 1_000,
  autoRollback: false,
  actor: 'gitopshq-bot',
};

describe('verify-health drift', () => {
  it('the running releases of an environment: the newest deployed per workload', () => {
    const { store } = setup();
    expect(runningReleases(store.records, 'dev').map((r) => r.id)).toEqual([ID]);
    expect(runningReleases(store.records, 'prod')).toEqual([]);
  });

  it('fields the API server adds are not drift; a hand-edited replica count is, on the release record', async () => {
    const { kube, store, ports } = setup();
    const clean = await verifyHealth({ ...scheduled, releaseId: ID }, ports);
    expect(clean.outcome === 'succeeded' && clean.value).toMatchObject({ status: 'Healthy', drift: false });

    kube.put(liveDeployment(deploymentManifest(ID), { generation: 3, observed: 3, ready: 5, replicas: 5 }));
    const drifted = await verifyHealth({ ...scheduled, releaseId: ID }, ports);
    if (drifted.outcome !== 'succeeded') throw new Error(`expected success, got ${drifted.outcome}`);
    expect(drifted.value.drift).toBe(true);
    const rec = store.get(ID);
    // Healthy stays Healthy (no transition leaves it but Rolled Back); the drift is recorded with its health.
    expect(rec.state).toBe('Healthy');
    expect(rec.health).toMatchObject({ drift: true, status: 'Healthy' });
    expect(rec.health?.resources).toEqual([
      expect.objectContaining({
        kind: 'Deployment',
        name: 'web',
        drift: true,
        message: expect.stringContaining('drift: spec.replicas: want 3, live 5'),
      }),
    ]);
  });

  it('on a schedule: one issue per environment, opened, updated only when the drift changes, then closed', async () => {
    const { kube, github, ports } = setup();
    const none = await verifyHealth(scheduled, ports);
    expect(none.outcome === 'succeeded' && none.value.driftIssue).toEqual({ action: 'none' });
    expect(github.issueCalls).toEqual({ list: 1, create: 0, update: 0 });

    kube.put(liveDeployment(deploymentManifest(ID), { generation: 3, observed: 3, ready: 4, replicas: 4 }));
    const opened = await verifyHealth(scheduled, ports);
    expect(opened.outcome === 'succeeded' && opened.value.driftIssue).toMatchObject({
      action: 'opened',
      number: 100,
    });
    const issue = github.issues[0];
    expect(issue?.labels).toEqual([DRIFT_LABEL]);
    expect(issue?.title).toBe('Drift in dev: the cluster differs from the deploy branch');
    expect(issue?.body).toContain(driftMarker('dev'));
    expect(issue?.body).toContain(`release \`${ID}\``);
    expect(issue?.body).toContain('spec.replicas: want 3, live 4');

    const again = await verifyHealth(scheduled, ports);
    expect(again.outcome === 'succeeded' && again.value.driftIssue).toMatchObject({
      action: 'unchanged',
      number: 100,
    });

    kube.patch({ apiVersion: 'v1', kind: 'Service', name: 'web', namespace: 'shop' }, (s) => {
      (s.spec as { selector: Record<string, string> }).selector = { app: 'other' };
    });
    const updated = await verifyHealth(scheduled, ports);
    expect(updated.outcome === 'succeeded' && updated.value.driftIssue).toMatchObject({
      action: 'updated',
      number: 100,
    });
    expect(github.issues[0]?.body).toContain('spec.selector.app: want "web", live "other"');

    kube.put(liveDeployment(deploymentManifest(ID), { generation: 4, observed: 4, ready: 3 }));
    kube.put(serviceManifest(ID));
    const closed = await verifyHealth(scheduled, ports);
    expect(closed.outcome === 'succeeded' && closed.value.driftIssue).toMatchObject({
      action: 'closed',
      number: 100,
    });
    expect(github.issues.map((i) => i.state)).toEqual(['closed']);
    expect(github.issueCalls).toEqual({ list: 5, create: 1, update: 2 });
  });

  it('another environment has its own issue', async () => {
    const { kube, github, ports } = setup();
    github.issues.push({
      number: 9,
      url: 'u',
      title: 'prod',
      body: driftMarker('prod'),
      state: 'open',
      labels: [DRIFT_LABEL],
    });
    kube.put(liveDeployment(deploymentManifest(ID), { generation: 3, observed: 3, ready: 4, replicas: 4 }));
    const r = await verifyHealth(scheduled, ports);
    expect(r.outcome === 'succeeded' && r.value.driftIssue).toMatchObject({ action: 'opened', number: 101 });
  });

  it('argocd: an Application OutOfSync at the deploy commit after it was Synced is drift', async () => {
    const { kube, store, ports } = setup();
    const app = (sync: string): KubeObject => ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'dev-web', namespace: 'argocd' },
      status: {
        sync: { status: sync, revision: COMMIT },
        health: { status: 'Healthy' },
        resources: [
          {
            group: 'apps',
            version: 'v1',
            kind: 'Deployment',
            namespace: 'shop',
            name: 'web',
            status: sync,
            health: { status: 'Healthy' },
          },
          {
            version: 'v1',
            kind: 'Service',
            namespace: 'shop',
            name: 'web',
            status: 'Synced',
            health: { status: 'Healthy' },
          },
        ],
      },
    });
    kube.put(app('OutOfSync'));
    const r = await verifyHealth({ ...scheduled, source: 'argocd' }, ports);
    if (r.outcome !== 'succeeded') throw new Error(r.outcome);
    expect(r.value.drift).toBe(true);
    expect(store.get(ID).health?.resources).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'web', drift: true }),
      expect.objectContaining({
        kind: 'Application',
        name: 'dev-web',
        drift: true,
        message: expect.stringContaining('OutOfSync at the deploy commit'),
      }),
    ]);
  });
});
