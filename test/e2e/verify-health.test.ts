// The verify-health bundle run as a runner runs it after a deploy, against the sandbox (the OpenAPI-checked GitHub
// simulator backed by real git) and the cluster simulator, reached through the real client-node adapter with the
// kubeconfig input. The test plays Argo CD: it applies the deploy commit's manifests to the cluster and moves the
// Deployments' status as a rollout does. The release reads Deployed -> Synced -> Healthy; a rollout that never
// becomes ready is Failed at the timeout with the reason annotated, its outputs set all the same for `if: failure()`
// steps; the summary carries the environment's metrics line; the kubeconfig never shows in the log.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { ReleaseRecord } from '../../src/domain/model.js';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import type { KubeObject } from '../../src/kube/port.js';
import { pushEvent, workflowDispatchEvent } from '../../src/sandbox/events/index.js';
import { type KubeApiServer, kubeconfigFor, startKubeApiServer } from '../../src/sandbox/kube/simulator.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { RecordStore } from '../../src/state/record-store.js';
import { cloneSandbox, startSeededSandbox } from '../helpers/sandbox-template.js';
import { tmpDir } from '../helpers/tmp.js';

const REPO = { owner: 'acme', repo: 'gitops' };
const VALUES = 'workloads/payment-api/values/dev.yaml';

interface World {
  sb: Sandbox;
  kube: KubeApiServer;
  root: string;
  n: number;
}

async function world(): Promise<World> {
  const root = tmpDir('e2e-verify-');
  const sb = await startSeededSandbox({ dir: join(root, 'sandbox') });
  onTestFinished(() => sb.close());
  const kube = await startKubeApiServer({ now: Date.now });
  onTestFinished(() => kube.close());
  return { sb, kube, root, n: 0 };
}

const as = (sb: Sandbox, login: string) =>
  new OctokitGitHub({
    token: sb.users[login] ?? '',
    baseUrl: sb.sim.apiUrl,
    repository: REPO,
    policy: { pacing: 'none' },
  });

async function clone(w: World, login: string): Promise<Git> {
  const dir = join(w.root, `clone-${login}-${w.n++}`);
  await cloneSandbox(w.sb, login, dir);
  const id = { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@example.com` };
  return new Git(dir, {
    env: { ...id, GIT_COMMITTER_NAME: login, GIT_COMMITTER_EMAIL: `${login}@example.com` },
  });
}

async function store(w: World): Promise<RecordStore> {
  return new RecordStore({ git: await clone(w, 'gitopshq-bot'), remote: 'origin', actor: 'gitopshq-bot' });
}

/** A dev release merged, Approved, then deployed by the deploy bundle; returns its deploy commit. */
async function deployed(w: World, id: string, tag: string): Promise<string> {
  const git = await clone(w, 'dev-alice');
  const branch = `release/${id}`;
  await git.checkout(branch, { create: true });
  const file = join(git.cwd, VALUES);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/tag: .*/, `tag: "${tag}"`));
  await git.addAll();
  await git.commit(`payment-api: ${id}`);
  expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
  const pr = await as(w.sb, 'dev-alice').createPullRequest({
    head: branch,
    base: 'main',
    title: id,
    body: '',
  });
  const s = await store(w);
  const at = new Date().toISOString();
  const record: ReleaseRecord = {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'payment-api',
    environment: 'dev',
    tenants: ['acme'],
    title: id,
    author: 'dev-alice',
    createdAt: at,
    state: 'PendingApproval',
    history: [{ state: 'PendingApproval', at, actor: 'dev-alice' }],
    changes: { updates: [{ path: 'image.tag', value: tag }] },
    pullRequest: { number: pr.number, url: pr.url, branch },
    approvals: [],
  };
  await s.createRelease(record);
  await s.transitionRelease(id, 'Approved', { actor: 'gitopshq-bot' });
  const sha = (await as(w.sb, 'release-erin').mergePullRequest(pr.number)).sha;
  const checkout = await clone(w, 'gitopshq-bot');
  await checkout.checkout(sha);
  const run = await runBundle({
    name: 'deploy',
    event: pushEvent({
      ref: 'refs/heads/main',
      before: `${sha.slice(0, 39)}0`,
      after: sha,
      pusher: 'release-erin',
    }),
    workspace: checkout.cwd,
    token: w.sb.users['gitopshq-bot'],
    apiUrl: w.sb.sim.apiUrl,
    serverUrl: w.sb.sim.gitUrl,
    sha,
    ref: 'refs/heads/main',
    actor: 'release-erin',
    timeoutMs: 120_000,
  });
  expect(run.exitCode, run.log).toBe(0);
  return run.outputs['deploy-commit'] ?? '';
}

/** Argo CD's part: every object of the acme folder at the deploy commit, applied to the cluster. */
async function apply(w: World, commit: string): Promise<KubeObject[]> {
  const f = await w.sb.sim.bare('acme', 'gitops').read(commit, 'acme/payment-api/manifests.yaml');
  const text = f?.type === 'file' ? f.content.toString() : '';
  const objects = parseAllDocuments(text).map((d) => d.toJS() as KubeObject);
  const out: KubeObject[] = [];
  for (const o of objects) {
    const ns = o.metadata.namespace;
    if (ns && !w.kube.store.get('v1', 'Namespace', undefined, ns)) {
      await w.kube.store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    }
    out.push(await w.kube.store.create(o));
  }
  return out;
}

/** A Deployment controller's status: `ready` of the desired replicas up to date and available. */
function rollout(d: KubeObject, ready: number): Record<string, unknown> {
  const replicas = (d.spec?.replicas as number | undefined) ?? 1;
  const done = ready >= replicas;
  return {
    observedGeneration: d.metadata.generation,
    replicas,
    updatedReplicas: ready,
    readyReplicas: ready,
    availableReplicas: ready,
    conditions: [
      { type: 'Available', status: done ? 'True' : 'False', reason: 'MinimumReplicasAvailable' },
      { type: 'Progressing', status: 'True', reason: done ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated' },
    ],
  };
}

async function runVerify(w: World, inputs: Record<string, string>) {
  const checkout = await clone(w, 'gitopshq-bot');
  return runBundle({
    name: 'verify-health',
    event: workflowDispatchEvent({
      ref: 'refs/heads/main',
      inputs: {},
      workflow: '.github/workflows/gitopshq-verify-health.yml',
    }),
    workspace: checkout.cwd,
    inputs: { source: 'kubernetes', kubeconfig: kubeconfigFor(w.kube.url, w.kube.token), ...inputs },
    token: w.sb.users['gitopshq-bot'],
    apiUrl: w.sb.sim.apiUrl,
    serverUrl: w.sb.sim.gitUrl,
    actor: 'release-erin',
    timeoutMs: 120_000,
  });
}

describe('verify-health, through the bundle against the sandbox and the cluster simulator', () => {
  it('a deployed release that rolls out is Synced then Healthy; one that never gets ready is Failed', async () => {
    const w = await world();
    const id = 'payment-api-dev-20261130-ccccc1';
    const commit = await deployed(w, id, '2.6.0');
    const objects = await apply(w, commit);
    const deployments = objects.filter((o) => o.kind === 'Deployment');
    expect(deployments.length).toBeGreaterThan(0);
    for (const d of deployments) await w.kube.store.setStatus(d, rollout(d, 0));

    const verifying = runVerify(w, { 'release-id': id, timeout: '60s' });
    await new Promise((r) => setTimeout(r, 1_500));
    for (const d of deployments) await w.kube.store.setStatus(d, rollout(d, 99));
    const run = await verifying;
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'healthy', state: 'Healthy', drift: 'false' });
    const report = JSON.parse(run.outputs.report ?? '{}') as {
      releases: { releaseId: string }[];
      clusterCalls: number;
    };
    expect(report.releases.map((r) => r.releaseId)).toEqual([id]);
    expect(run.summary).toContain(`\`${id}\` in dev: **Healthy**`);
    // The metrics line deploy's summary has: this environment's last 7 days.
    expect(run.summary).toMatch(/Metrics for dev, last 7 days: 1 deployment .*failed rate 0%/);
    const rec = await (await store(w)).getRelease(id);
    expect(rec?.history.map((h) => h.state).slice(-3)).toEqual(['Deployed', 'Synced', 'Healthy']);
    expect(rec?.health).toMatchObject({ status: 'Healthy', source: 'kubernetes', drift: false });
    // The kubeconfig is a secret: its token never shows in the log the runner displays.
    expect(run.log).not.toContain(w.kube.token);
    expect(run.masked.join('\n')).toContain(w.kube.token);

    const id2 = 'payment-api-dev-20261130-ccccc2';
    const commit2 = await deployed(w, id2, '2.7.0');
    const f = await w.sb.sim.bare('acme', 'gitops').read(commit2, 'acme/payment-api/manifests.yaml');
    for (const o of parseAllDocuments(f?.type === 'file' ? f.content.toString() : '').map(
      (d) => d.toJS() as KubeObject,
    )) {
      const cur = w.kube.store.get(o.apiVersion, o.kind, o.metadata.namespace, o.metadata.name) as KubeObject;
      const next = await w.kube.store.update({
        ...o,
        metadata: { ...cur.metadata, annotations: o.metadata.annotations },
      });
      if (o.kind === 'Deployment') await w.kube.store.setStatus(next, rollout(next, 0));
    }
    const bad = await runVerify(w, { 'release-id': id2, timeout: '3s' });
    expect(bad.exitCode).toBe(1);
    // A failed verification sets its outputs too: an `if: failure()` step reads the verdict and the report.
    expect(bad.outputs).toMatchObject({ status: 'progressing', state: 'Failed', drift: 'false' });
    const badReport = JSON.parse(bad.outputs.report ?? '{}') as { releases: { releaseId: string }[] };
    expect(badReport.releases.map((r) => r.releaseId)).toEqual([id2]);
    expect(bad.summary).toContain(`\`${id2}\` in dev: **Progressing**, Failed`);
    expect(bad.summary).toMatch(/Metrics for dev, last 7 days: 2 deployments .*failed rate 50% \(1 of 2/);
    const error = bad.annotations.find((a) => a.type === 'error')?.message ?? '';
    expect(error).toMatch(/not Healthy after 3s: Progressing: deployment payment-api: rollout in progress/);
    const rec2 = await (await store(w)).getRelease(id2);
    expect(rec2?.state).toBe('Failed');
    expect(rec2?.health?.resources?.[0]).toMatchObject({ kind: 'Deployment', status: 'Progressing' });
    expect(w.sb.sim.violations).toEqual([]);
  }, 300_000);
});
