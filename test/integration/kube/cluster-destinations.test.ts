// A tenant is a deployment target: with destinations, the cluster simulator hosts one cluster per destination name and
// its syncer applies each `<tenant>/<workload>` folder to that tenant's cluster, as Argo CD does with an Application's
// destination. Two tenants rendering the same object names in the same namespace no longer overwrite each other: both
// Applications are Synced and Healthy, each cluster holds its own tenant's objects (read through the real client-node
// adapter, one kubeconfig context per cluster), and a crashloop fault set on one cluster breaks that cluster only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Git } from '../../../src/git/git.js';
import { createClientNodeKube } from '../../../src/kube/client-node-adapter.js';
import type { KubeObject, KubePort } from '../../../src/kube/port.js';
import { type ClusterSimulator, startClusterSimulator } from '../../../src/sandbox/kube/cluster.js';
import { tmpDir } from '../../helpers/tmp.js';

const BRANCH = 'gitopshq/deploy/prod';
const CLUSTERS = { canary: 'prod-canary', acme: 'prod-acme' } as const;

const manifests = (image: string, replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: storefront}
spec:
  replicas: ${replicas}
  progressDeadlineSeconds: 30
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: app, image: "${image}"}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: web-config}
data: {A: "1"}
`;

let cluster: ClusterSimulator | undefined;
const ports: KubePort[] = [];
afterEach(async () => {
  for (const p of ports.splice(0)) await p.close();
  await cluster?.close();
});

async function deploy(root: string, folders: Record<string, string>): Promise<{ git: Git; sha: string }> {
  const bare = new Git(join(root, 'gitops.git'));
  mkdirSync(bare.cwd, { recursive: true });
  await bare.init({ bare: true });
  const work = new Git(join(root, 'work'), {
    env: {
      GIT_AUTHOR_NAME: 'bot',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'bot',
      GIT_COMMITTER_EMAIL: 'b@x',
    },
  });
  mkdirSync(work.cwd);
  await work.init();
  await work.exec(['checkout', '-b', BRANCH]);
  for (const [tenant, text] of Object.entries(folders)) {
    mkdirSync(join(work.cwd, tenant, 'web'), { recursive: true });
    writeFileSync(join(work.cwd, tenant, 'web', 'manifests.yaml'), text);
  }
  await work.exec(['add', '-A']);
  const sha = await work.commit('deploy');
  await work.exec(['push', '-q', bare.cwd, `HEAD:refs/heads/${BRANCH}`]);
  return { git: bare, sha };
}

async function until<T>(what: string, f: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('cluster simulator with destination clusters', () => {
  it('applies each tenant to its own cluster; same names never collide; a fault breaks one cluster only', async () => {
    const root = tmpDir();
    const { git, sha } = await deploy(root, {
      canary: manifests('registry.example.com/web:2.0.0', 1),
      acme: manifests('registry.example.com/web:2.0.0', 3),
    });
    cluster = await startClusterSimulator({
      speed: 40,
      clusterNames: Object.values(CLUSTERS),
      destinations: (_env, tenant) => ({
        cluster: CLUSTERS[tenant as keyof typeof CLUSTERS],
        ...(tenant === 'acme' ? { namespace: 'acme-config' } : {}),
      }),
      gitops: { git, repoURL: 'http://127.0.0.1/acme/gitops.git', modes: ['argocd'], intervalMs: 50 },
    });
    cluster.crashloop('prod-canary', '2.0.0');
    const c = cluster;
    const app = (tenant: string) =>
      c.api.store.get('argoproj.io/v1alpha1', 'Application', 'argocd', `prod-${tenant}-web`);
    const status = (o: KubeObject | undefined) =>
      o?.status as
        | { sync?: { status?: string; revision?: string }; health?: { status?: string } }
        | undefined;

    // acme: Synced at the commit and Healthy, in its own cluster, with its own replica count.
    const acme = await until('acme Healthy', () => {
      const s = status(app('acme'));
      return s?.health?.status === 'Healthy' ? s : undefined;
    });
    expect(acme.sync).toEqual(expect.objectContaining({ status: 'Synced', revision: sha }));
    expect(app('acme')?.spec).toMatchObject({ destination: { name: 'prod-acme', namespace: 'acme-config' } });
    // The canary's pods crash-loop in prod-canary only: Degraded once the 30 s progress deadline passes.
    const canary = await until('canary Degraded', () => {
      const s = status(app('canary'));
      return s?.health?.status === 'Degraded' ? s : undefined;
    });
    expect(canary.sync?.status).toBe('Synced');

    // Through the real client, one context per cluster: each holds its own tenant's objects and nothing else.
    const kube = (context?: string) => {
      const p = createClientNodeKube({
        kubeconfig: cluster?.kubeconfig ?? '',
        ...(context ? { context } : {}),
      });
      ports.push(p);
      return p;
    };
    const deployments = async (context?: string) =>
      (await kube(context).list({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'storefront' }))
        .items;
    expect((await deployments('prod-acme')).map((d) => d.spec?.replicas)).toEqual([3]);
    expect((await deployments('prod-canary')).map((d) => d.spec?.replicas)).toEqual([1]);
    expect(await deployments()).toEqual([]); // the cluster Argo CD runs in holds Applications, not the tenants' objects
    // The destination namespace goes to objects that name none (the ConfigMap), not to those that do.
    const cm = await kube('prod-acme').list({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'acme-config',
    });
    expect(cm.items.map((o) => o.metadata.name)).toEqual(['web-config']);
    const pods = await kube('prod-canary').list({ apiVersion: 'v1', kind: 'Pod', namespace: 'storefront' });
    const waiting = pods.items.map(
      (p) =>
        (p.status as { containerStatuses?: { state?: { waiting?: { reason?: string } } }[] })
          .containerStatuses?.[0]?.state?.waiting?.reason,
    );
    expect(waiting).toContain('CrashLoopBackOff');
    expect(cluster.problems()).toEqual([]);
  }, 60_000);
});
