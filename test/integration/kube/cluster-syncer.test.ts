// The cluster simulator's GitOps syncer, read through the real client-node adapter: a deploy-branch commit is
// applied and its Application reports that commit as its sync revision and turns Healthy; a crashloop image makes
// it Degraded once the progress deadline passes (Flux: HealthCheckFailed, lastAppliedRevision unchanged); an object
// dropped from the folder is pruned; a manifest the API server refuses fails the sync, naming the field.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Git } from '../../../src/git/git.js';
import { createClientNodeKube } from '../../../src/kube/client-node-adapter.js';
import type { KubeObject, KubePort } from '../../../src/kube/port.js';
import { branchTips } from '../../../src/sandbox/kube/branch-tips.js';
import { type ClusterSimulator, startClusterSimulator } from '../../../src/sandbox/kube/cluster.js';
import { tmpDir } from '../../helpers/tmp.js';

const BRANCH = 'gitopshq/deploy/dev';

function manifests(image: string, opts: { configMap?: boolean; replicas?: unknown } = {}): string {
  const docs = [
    `apiVersion: v1
kind: Service
metadata: {name: web, namespace: storefront}
spec: {selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}`,
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: storefront, annotations: {gitopshq.io/release: r1}}
spec:
  replicas: ${JSON.stringify(opts.replicas ?? 2)}
  progressDeadlineSeconds: 30
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: app, image: "${image}"}]}`,
  ];
  if (opts.configMap !== false)
    docs.push(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web-config, namespace: storefront}\ndata: {A: "1"}',
    );
  return `${docs.join('\n---\n')}\n`;
}

let cluster: ClusterSimulator | undefined;
let kube: KubePort | undefined;
afterEach(async () => {
  await kube?.close();
  await cluster?.close();
});

async function setup() {
  const root = tmpDir();
  const bare = new Git(join(root, 'gitops.git'));
  mkdirSync(join(root, 'gitops.git'));
  await bare.init({ bare: true });
  const work = new Git(join(root, 'work'), {
    env: {
      GIT_AUTHOR_NAME: 'bot',
      GIT_AUTHOR_EMAIL: 'bot@example.com',
      GIT_COMMITTER_NAME: 'bot',
      GIT_COMMITTER_EMAIL: 'bot@example.com',
    },
  });
  mkdirSync(join(root, 'work'));
  await work.init();
  await work.exec(['checkout', '-b', BRANCH]);
  const commit = async (content: string | undefined, message: string) => {
    const dir = join(root, 'work', 'canary', 'web');
    if (content === undefined) rmSync(dir, { recursive: true, force: true });
    else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'manifests.yaml'), content);
    }
    await work.exec(['add', '-A']);
    const sha = await work.commit(message, { allowEmpty: true });
    await work.exec(['push', '-q', join(root, 'gitops.git'), `HEAD:refs/heads/${BRANCH}`]);
    return sha;
  };
  cluster = await startClusterSimulator({
    speed: 20,
    gitops: { git: bare, repoURL: 'http://127.0.0.1/acme/gitops.git', intervalMs: 50 },
  });
  kube = createClientNodeKube({ kubeconfig: cluster.kubeconfig });
  return { commit, bare };
}

const APP = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  name: 'dev-canary-web',
  namespace: 'argocd',
};
const KS = {
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
  name: 'dev-canary-web',
  namespace: 'flux-system',
};

/** Waits through the port (list, judge, watch from the list) until `ok` holds for the object, or fails after 15 s. */
async function until(ref: typeof APP, ok: (o: KubeObject) => boolean): Promise<KubeObject> {
  const port = kube as KubePort;
  const deadline = Date.now() + 15_000;
  const query = { apiVersion: ref.apiVersion, kind: ref.kind, namespace: ref.namespace };
  for (;;) {
    const list = await port.list(query);
    const o = list.items.find((i) => i.metadata.name === ref.name);
    if (o && ok(o)) return o;
    if (Date.now() > deadline) throw new Error(`timed out; last seen: ${JSON.stringify(o?.status)}`);
    await port.waitForChange([{ query, resourceVersion: list.resourceVersion }], { timeoutMs: 2000 });
  }
}

type AppStatus = {
  sync: { status: string; revision: string };
  health: { status: string; message?: string };
  operationState: { phase: string; message: string };
};
const app = (o: KubeObject) => o.status as unknown as AppStatus;
type KsStatus = {
  lastAppliedRevision?: string;
  lastAttemptedRevision?: string;
  conditions: { type: string; status: string; reason: string; message: string }[];
};
const ks = (o: KubeObject) => o.status as unknown as KsStatus;

describe('cluster simulator syncer', () => {
  it('applies deploy-branch commits and reports their revision and health as Argo CD and Flux do', async () => {
    const { commit } = await setup();
    const sha1 = await commit(manifests('registry.example.com/web:1.0.0'), 'deploy r1');
    const started = Date.now();
    const healthy = await until(
      APP,
      (o) => app(o).sync.revision === sha1 && app(o).health.status === 'Healthy',
    );
    console.log(`commit to Application Healthy: ${Date.now() - started} ms at clock speed 40`);
    expect(app(healthy)).toMatchObject({
      sync: { status: 'Synced', revision: sha1 },
      operationState: { phase: 'Succeeded' },
    });
    expect(healthy.spec).toMatchObject({
      source: { targetRevision: BRANCH, path: 'canary/web' },
      destination: { namespace: 'storefront' },
    });
    const k1 = await until(KS, (o) => ks(o).lastAppliedRevision === `${BRANCH}@sha1:${sha1}`);
    expect(ks(k1).conditions[0]).toMatchObject({
      type: 'Ready',
      status: 'True',
      reason: 'ReconciliationSucceeded',
    });
    const deployment = await kube?.get({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'storefront',
    });
    expect(deployment?.metadata.annotations?.['gitopshq.io/release']).toBe('r1');
    expect(deployment?.status).toMatchObject({ observedGeneration: 1, availableReplicas: 2 });

    // A crashlooping image: Progressing, then Degraded once its 30 s progress deadline passes; Flux keeps r1 applied.
    const sha2 = await commit(manifests('registry.example.com/web:crashloop'), 'deploy r2');
    const degraded = await until(
      APP,
      (o) => app(o).sync.revision === sha2 && app(o).health.status === 'Degraded',
    );
    expect(app(degraded).health.message).toContain('progress deadline');
    const k2 = await until(KS, (o) => ks(o).conditions[0]?.reason === 'HealthCheckFailed');
    expect(ks(k2)).toMatchObject({
      lastAttemptedRevision: `${BRANCH}@sha1:${sha2}`,
      lastAppliedRevision: `${BRANCH}@sha1:${sha1}`,
    });
    const pods = await kube?.list({ apiVersion: 'v1', kind: 'Pod', namespace: 'storefront' });
    const waiting = pods?.items.flatMap((p) =>
      (
        (p.status?.containerStatuses ?? []) as {
          state: { waiting?: { reason: string } };
          restartCount: number;
        }[]
      ).filter((c) => c.state.waiting),
    );
    expect(waiting?.[0]?.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(waiting?.[0]?.restartCount).toBeGreaterThan(0);

    // A fix without the ConfigMap: healthy again, and the ConfigMap is pruned.
    const sha3 = await commit(manifests('registry.example.com/web:1.0.1', { configMap: false }), 'deploy r3');
    await until(APP, (o) => app(o).sync.revision === sha3 && app(o).health.status === 'Healthy');
    expect(
      await kube?.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'web-config', namespace: 'storefront' }),
    ).toBeUndefined();

    // Drift: a hand edit of a live object makes the Application OutOfSync (no self-heal), at the same revision.
    const svc = cluster?.api.store.get('v1', 'Service', 'storefront', 'web') as KubeObject;
    await cluster?.api.store.update({
      ...svc,
      spec: { ...svc.spec, ports: [{ port: 81, targetPort: 8080 }] },
    });
    const drifted = await until(APP, (o) => app(o).sync.status === 'OutOfSync');
    expect(app(drifted).sync.revision).toBe(sha3);
    expect(cluster?.problems()).toEqual([]);
  });

  it('fails the sync of a manifest the API server refuses, naming the field, and deletes a removed folder', async () => {
    const { commit } = await setup();
    const sha = await commit(
      manifests('registry.example.com/web:1.0.0', { replicas: 'two' }),
      'bad replicas',
    );
    const failed = await until(
      APP,
      (o) => app(o).sync.revision === sha && app(o).operationState.phase === 'Failed',
    );
    expect(app(failed).operationState.message).toContain('spec.replicas');
    expect(app(failed).sync.status).toBe('OutOfSync');
    expect(
      await kube?.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'storefront' }),
    ).toBeUndefined();
    // The Service went in; removing the folder removes the Application and what it applied.
    await until(APP, () => true);
    await commit(undefined, 'remove canary/web');
    const deadline = Date.now() + 10_000;
    while ((await kube?.get(APP)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await kube?.get(APP)).toBeUndefined();
    expect(
      await kube?.get({ apiVersion: 'v1', kind: 'Service', name: 'web', namespace: 'storefront' }),
    ).toBeUndefined();
    expect(cluster?.problems()).toEqual([]);
  });

  it('reads the deploy branch tips from ref files as git does, packed or loose', async () => {
    const { commit, bare } = await setup();
    const sha1 = await commit(manifests('registry.example.com/web:1.0.0'), 'one');
    await bare.exec(['branch', 'gitopshq/deploy/prod', sha1]);
    await bare.exec(['branch', 'unrelated', sha1]);
    await bare.exec(['pack-refs', '--all']);
    const sha2 = await commit(manifests('registry.example.com/web:1.0.1'), 'two');
    const tips = await branchTips(bare, 'gitopshq/deploy/');
    expect(Object.fromEntries(tips)).toEqual({ [BRANCH]: sha2, 'gitopshq/deploy/prod': sha1 });
  });
});
