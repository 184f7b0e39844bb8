// The deploy bundle run as a runner runs it on the push that merges a release, against the sandbox (the
// OpenAPI-checked GitHub simulator backed by real git): the release's rendered manifests land on its deploy branch
// with the release annotation, a Deployment records it, the record reads Approved -> Deploying -> Deployed; a re-run
// changes nothing; a render failure leaves the release Failed; a freeze holds the deploy; rollback restores the
// earlier manifests byte for byte and opens the values PR.
// Releases reach Approved through the record store directly (approve-gate is tested on its own).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ReleaseRecord } from '../../src/domain/model.js';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { pushEvent, workflowDispatchEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { RecordStore } from '../../src/state/record-store.js';
import { cloneSandbox, startSeededSandbox } from '../helpers/sandbox-template.js';
import { tmpDir } from '../helpers/tmp.js';

const REPO = { owner: 'acme', repo: 'gitops' };
const VALUES = 'workloads/payment-api/values/dev.yaml';
const BRANCH = 'gitopshq/deploy/dev';

interface World {
  sb: Sandbox;
  root: string;
  n: number;
}

async function world(): Promise<World> {
  const root = tmpDir('e2e-deploy-');
  const sb = await startSeededSandbox({ dir: join(root, 'sandbox') });
  onTestFinished(() => sb.close());
  return { sb, root, n: 0 };
}

function as(sb: Sandbox, login: string): OctokitGitHub {
  return new OctokitGitHub({
    token: sb.users[login] ?? '',
    baseUrl: sb.sim.apiUrl,
    repository: REPO,
    policy: { pacing: 'none' },
  });
}

async function clone(w: World, login: string): Promise<Git> {
  const dir = join(w.root, `clone-${login}-${w.n++}`);
  await cloneSandbox(w.sb, login, dir);
  const id = { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@example.com` };
  return new Git(dir, {
    env: { ...id, GIT_COMMITTER_NAME: login, GIT_COMMITTER_EMAIL: `${login}@example.com` },
  });
}

async function store(w: World): Promise<RecordStore> {
  const git = await clone(w, 'gitopshq-bot');
  return new RecordStore({ git, remote: 'origin', actor: 'gitopshq-bot' });
}

/**
 * A release PR changing dev's values (edit: the new file text), its record Approved, then merged; `config`: a change
 * of gitopshq.yaml pushed to main between the approval and the merge.
 */
async function mergedRelease(
  w: World,
  id: string,
  edit: (text: string) => string,
  config?: (text: string) => string,
): Promise<string> {
  const git = await clone(w, 'dev-alice');
  const branch = `release/${id}`;
  await git.checkout(branch, { create: true });
  const file = join(git.cwd, VALUES);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  await git.addAll();
  await git.commit(`payment-api: ${id}`);
  const pushed = await git.push('origin', [`${branch}:refs/heads/${branch}`]);
  expect(pushed.exitCode).toBe(0);
  const alice = as(w.sb, 'dev-alice');
  const pr = await alice.createPullRequest({
    head: branch,
    base: 'main',
    title: `payment-api: ${id}`,
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
    tenants: [],
    title: `payment-api: ${id}`,
    author: 'dev-alice',
    createdAt: at,
    state: 'PendingApproval',
    history: [{ state: 'PendingApproval', at, actor: 'dev-alice' }],
    changes: { updates: [{ path: 'image.tag', value: id }] },
    pullRequest: { number: pr.number, url: pr.url, branch },
    approvals: [],
  };
  await s.createRelease(record);
  await s.transitionRelease(id, 'Approved', { actor: 'gitopshq-bot', note: 'dev needs no approval' });
  if (config) {
    // A policy change of its own merged to main after the approval: deploy reads the policy from the merge's base.
    const erin = await clone(w, 'release-erin');
    const path = join(erin.cwd, 'gitopshq.yaml');
    writeFileSync(path, config(readFileSync(path, 'utf8')));
    await erin.addAll();
    await erin.commit('gitopshq.yaml: policy change');
    expect((await erin.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
  }
  const merged = await as(w.sb, 'release-erin').mergePullRequest(pr.number);
  return merged.sha;
}

/**
 * The deploy bundle on the push of `sha` to main (or, `dispatch`, on a "Run workflow" of gitopshq-deploy.yml whose
 * inputs are the step's), in a fresh full checkout of main.
 */
async function runDeploy(w: World, sha: string, inputs: Record<string, string> = {}, dispatch = false) {
  const git = await clone(w, 'gitopshq-bot');
  await git.checkout(sha);
  return runBundle({
    name: 'deploy',
    event: dispatch
      ? workflowDispatchEvent({
          ref: 'refs/heads/main',
          inputs,
          workflow: '.github/workflows/gitopshq-deploy.yml',
        })
      : pushEvent({
          ref: 'refs/heads/main',
          before: `${sha.slice(0, 39)}0`,
          after: sha,
          pusher: 'release-erin',
        }),
    workspace: git.cwd,
    inputs,
    token: w.sb.users['gitopshq-bot'],
    apiUrl: w.sb.sim.apiUrl,
    serverUrl: w.sb.sim.gitUrl,
    sha,
    ref: 'refs/heads/main',
    actor: 'release-erin',
    timeoutMs: 120_000,
  });
}

const bare = (w: World) => w.sb.sim.bare('acme', 'gitops');

async function deployFile(w: World, rev: string, path: string): Promise<string | undefined> {
  const f = await bare(w).read(rev, path);
  return f?.type === 'file' ? f.content.toString() : undefined;
}

async function deployments(w: World): Promise<{ id: number; sha: string; environment: string }[]> {
  const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/deployments`, {
    headers: { authorization: `token ${w.sb.users['rev-bob']}` },
  });
  return (await res.json()) as { id: number; sha: string; environment: string }[];
}

const states = (r: ReleaseRecord | undefined) => r?.history.map((h) => h.state);
const bump = (tag: string) => (text: string) => text.replace(/tag: .*/, `tag: "${tag}"`);

describe('deploy, through the bundle against the sandbox', () => {
  it('deploys a merged dev release, annotated, recorded, once however often it runs', async () => {
    const w = await world();
    const sha = await mergedRelease(w, 'payment-api-dev-20261130-aaaaa1', bump('2.5.0'));
    const run = await runDeploy(w, sha);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.state).toBe('Deployed');
    const commit = run.outputs['deploy-commit'] ?? '';
    expect(await bare(w).branchSha(BRANCH)).toBe(commit);
    const canary = await deployFile(w, commit, 'canary/payment-api/manifests.yaml');
    expect(canary).toContain('gitopshq.io/release: payment-api-dev-20261130-aaaaa1');
    expect(canary).toContain('2.5.0');
    for (const doc of (canary ?? '').split(/^---$/m).filter((d) => d.trim())) {
      expect(doc).toContain('gitopshq.io/release: payment-api-dev-20261130-aaaaa1');
    }
    expect(await deployFile(w, commit, 'acme/payment-api/manifests.yaml')).toBeDefined();
    expect(await deployFile(w, commit, 'globex/payment-api/manifests.yaml')).toBeDefined();

    const record = await (await store(w)).getRelease('payment-api-dev-20261130-aaaaa1');
    expect(states(record)).toEqual(['PendingApproval', 'Approved', 'Deploying', 'Deployed']);
    expect(record?.deploy).toEqual({
      commit,
      branch: BRANCH,
      deploymentId: Number(run.outputs['deployment-id']),
    });
    const ds = await deployments(w);
    expect(ds.map((d) => [d.sha, d.environment])).toEqual([[commit, 'dev']]);

    // Again: nothing changes, nothing is opened twice.
    const again = await runDeploy(w, sha);
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs['deploy-commit']).toBe(commit);
    expect(await bare(w).branchSha(BRANCH)).toBe(commit);
    expect(await deployments(w)).toHaveLength(1);
    expect(states(await (await store(w)).getRelease('payment-api-dev-20261130-aaaaa1'))).toHaveLength(4);
    expect(w.sb.sim.violations).toEqual([]);
  }, 240_000);

  it('leaves a release whose render fails at deploy time Failed, with the cause', async () => {
    const w = await world();
    const sha = await mergedRelease(w, 'payment-api-dev-20261130-bbbbb2', bump('latest'));
    const run = await runDeploy(w, sha);
    expect(run.exitCode).toBe(1);
    // The finding is annotated on the template, the step fails naming the cause.
    const errors = run.annotations.filter((a) => a.type === 'error').map((a) => a.message);
    expect(errors.join('\n')).toMatch(/uses the latest tag/);
    const record = await (await store(w)).getRelease('payment-api-dev-20261130-bbbbb2');
    expect(states(record)).toEqual(['PendingApproval', 'Approved', 'Deploying', 'Failed']);
    expect(record?.history.at(-1)?.note).toMatch(/render failed: .*latest tag/);
    expect(await bare(w).branchSha(BRANCH)).toBeUndefined();
  }, 240_000);

  it('holds the deploy of a release when a freeze began between its approval and its merge', async () => {
    const w = await world();
    const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    const freeze = (text: string) =>
      text.replace(
        'freezes:\n',
        `freezes:\n  - name: incident\n    environments: [dev]\n    timezone: UTC\n    start: "${minute(Date.now() - 60_000)}Z"\n    end: "${minute(Date.now() + 86_400_000)}Z"\n    reason: incident 42\n`,
      );
    const sha = await mergedRelease(w, 'payment-api-dev-20261130-eeeee5', bump('2.5.0'), freeze);
    const run = await runDeploy(w, sha);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.state).toBe('Approved');
    expect(run.annotations.map((a) => a.message).join('\n')).toMatch(/held: .*incident.*stays Approved/);
    const record = await (await store(w)).getRelease('payment-api-dev-20261130-eeeee5');
    expect(record?.state).toBe('Approved');
    expect(await bare(w).branchSha(BRANCH)).toBeUndefined();
    expect(await deployments(w)).toHaveLength(0);
  }, 240_000);

  it('rolls back: the earlier manifests again byte for byte, the release Rolled Back, a values PR', async () => {
    const w = await world();
    const first = await mergedRelease(w, 'payment-api-dev-20261130-ccccc3', bump('2.5.0'));
    const one = await runDeploy(w, first);
    expect(one.exitCode, one.log).toBe(0);
    const second = await mergedRelease(w, 'payment-api-dev-20261130-ddddd4', bump('2.6.0'));
    const two = await runDeploy(w, second);
    expect(two.exitCode, two.log).toBe(0);
    // A rollback goes back to a release seen Healthy (verify-health's verdict, here written directly).
    const records = await store(w);
    for (const to of ['Synced', 'Healthy'] as const) {
      await records.transitionRelease('payment-api-dev-20261130-ccccc3', to, { actor: 'gitopshq-bot' });
    }

    const main = (await bare(w).branchSha('main')) ?? '';
    const back = await runDeploy(w, main, {
      environment: 'dev',
      'rollback-to': 'payment-api-dev-20261130-ccccc3',
      reason: 'p99 latency doubled',
    });
    expect(back.exitCode, back.log).toBe(0);
    const tip = (await bare(w).branchSha(BRANCH)) ?? '';
    expect(tip).not.toBe(one.outputs['deploy-commit']);
    for (const tenant of ['canary', 'acme', 'globex']) {
      const path = `${tenant}/payment-api/manifests.yaml`;
      expect(await deployFile(w, tip, path)).toBe(
        await deployFile(w, one.outputs['deploy-commit'] ?? '', path),
      );
    }
    const bad = await (await store(w)).getRelease('payment-api-dev-20261130-ddddd4');
    expect(bad?.state).toBe('RolledBack');
    expect(bad?.rolledBackTo).toBe('payment-api-dev-20261130-ccccc3');
    // Deployed but not yet Healthy: one step to Rolled Back, no Failed in between.
    expect(states(bad)).toEqual(['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'RolledBack']);
    expect(bad?.history.at(-1)).toMatchObject({
      actor: 'release-erin',
      note: expect.stringMatching(/rolled back to .*: p99 latency doubled/),
    });

    const pr = await as(w.sb, 'rev-bob').findOpenPullRequest(
      'gitopshq/rollback/payment-api-dev-20261130-ddddd4',
    );
    expect(pr?.base.ref).toBe('main');
    const restored = await bare(w).read(pr?.head.sha ?? '', VALUES);
    expect(restored?.type === 'file' && restored.content.toString()).toContain('2.5.0');

    // Again: no second commit, no second PR.
    const again = await runDeploy(w, main, {
      environment: 'dev',
      'rollback-to': 'payment-api-dev-20261130-ccccc3',
    });
    expect(again.exitCode, again.log).toBe(0);
    expect(await bare(w).branchSha(BRANCH)).toBe(tip);
    expect(w.sb.sim.violations).toEqual([]);
  }, 240_000);

  it('run by hand: release-id deploys that release on a dispatch; both release-id and rollback-to, or neither, are refused before anything is written', async () => {
    const w = await world();
    const id = 'payment-api-dev-20261130-fffff6';
    const sha = await mergedRelease(w, id, bump('2.7.0'));
    const main = (await bare(w).branchSha('main')) ?? '';
    expect(main).toBe(sha);

    const wrong: Record<string, string>[] = [
      { environment: 'dev', 'release-id': id, 'rollback-to': id },
      { environment: 'dev' },
    ];
    for (const inputs of wrong) {
      const refused = await runDeploy(w, main, inputs, true);
      expect(refused.exitCode).toBe(1);
      const errors = refused.annotations.filter((a) => a.type === 'error').map((a) => a.message);
      expect(errors.join('\n')).toMatch(/release-id.*rollback-to/);
    }
    expect(await bare(w).branchSha(BRANCH)).toBeUndefined();
    expect((await (await store(w)).getRelease(id))?.state).toBe('Approved');

    // What create-release's dispatch after an auto-merge sends, and what a release manager types.
    const run = await runDeploy(w, main, { environment: 'dev', 'release-id': id }, true);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ 'release-id': id, environment: 'dev', state: 'Deployed' });
    expect(await bare(w).branchSha(BRANCH)).toBe(run.outputs['deploy-commit']);
    expect(states(await (await store(w)).getRelease(id))).toEqual([
      'PendingApproval',
      'Approved',
      'Deploying',
      'Deployed',
    ]);
    expect(w.sb.sim.violations).toEqual([]);
  }, 240_000);
});
