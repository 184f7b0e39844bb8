// The preview bundle run as a runner runs it, on a real pull request in the sandbox (the OpenAPI-checked GitHub
// simulator backed by real git): the comment appears once, is updated in place on the next push, redacts a
// Secret's values; a `latest` tag fails the step, the `gitopshq/preview` status and annotates the values file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { applyValueUpdates } from '../../src/domain/value-path.js';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { pullRequestEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { cloneSandbox, startSeededSandbox } from '../helpers/sandbox-template.js';
import { tmpDir } from '../helpers/tmp.js';

const REPO = { owner: 'acme', repo: 'gitops' };
const SECRET = 's3cr3t-hunter2';

async function sandbox(): Promise<{ sb: Sandbox; root: string }> {
  const root = tmpDir('e2e-preview-');
  const sb = await startSeededSandbox({ dir: join(root, 'sandbox') });
  onTestFinished(() => sb.close());
  return { sb, root };
}

function as(sb: Sandbox, login: string): OctokitGitHub {
  return new OctokitGitHub({
    token: sb.users[login] ?? '',
    baseUrl: sb.sim.apiUrl,
    repository: REPO,
    policy: { pacing: 'none' },
  });
}

async function clone(sb: Sandbox, login: string, dir: string): Promise<Git> {
  await cloneSandbox(sb, login, dir);
  return new Git(dir, {
    env: { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@example.com` },
  });
}

function edit(dir: string, file: string, updates: string[]): void {
  const path = join(dir, file);
  const parsed = updates.map((u) => {
    const i = u.indexOf('=');
    return { path: u.slice(0, i), value: u.slice(i + 1) };
  });
  writeFileSync(path, applyValueUpdates(readFileSync(path, 'utf8'), parsed, file));
}

/** The runner's checkout of the PR head with full history, as actions/checkout with fetch-depth: 0. */
async function runPreview(sb: Sandbox, root: string, number: number, action: 'opened' | 'synchronize') {
  const bot = as(sb, 'gitopshq-bot');
  const pr = await bot.getPullRequest(number);
  const workspace = join(root, `workspace-${action}-${pr.head.sha.slice(0, 7)}`);
  const git = await clone(sb, 'gitopshq-bot', workspace);
  await git.checkout(pr.head.sha);
  const event = pullRequestEvent({
    action,
    number,
    head: { ref: pr.head.ref, sha: pr.head.sha },
    base: { ref: pr.base.ref, sha: pr.base.sha },
    author: 'dev-alice',
  });
  return runBundle({
    name: 'preview',
    event,
    workspace,
    token: sb.users['gitopshq-bot'],
    apiUrl: sb.sim.apiUrl,
    serverUrl: sb.sim.gitUrl,
    sha: pr.head.sha,
    ref: `refs/pull/${number}/merge`,
    timeoutMs: 120_000,
  });
}

async function comments(sb: Sandbox, number: number): Promise<{ id: number; body: string }[]> {
  const res = await fetch(`${sb.sim.apiUrl}/repos/acme/gitops/issues/${number}/comments`, {
    headers: { authorization: `token ${sb.users['rev-bob']}`, accept: 'application/vnd.github+json' },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { id: number; body: string }[];
}

describe('preview bundle on a pull request', () => {
  it('comments once, updates in place on the next push, redacts Secrets, sets gitopshq/preview', async () => {
    const { sb, root } = await sandbox();
    const dev = await clone(sb, 'dev-alice', join(root, 'alice'));
    await dev.checkout('release/payment-api-dev', { create: true });
    edit(dev.cwd, 'workloads/payment-api/values/dev.yaml', ['image.tag="2.5.0"']);
    await dev.addAll();
    await dev.commit('payment-api: bump to 2.5.0 in dev');
    expect((await dev.push('origin', ['release/payment-api-dev'])).exitCode).toBe(0);
    const alice = as(sb, 'dev-alice');
    const pr = await alice.createPullRequest({
      head: 'release/payment-api-dev',
      base: 'main',
      title: 'payment-api: bump to 2.5.0',
      body: 'Rollback target: 2.4.x',
    });

    const first = await runPreview(sb, root, pr.number, 'opened');
    expect(first.stderr).not.toMatch(/unexpected error/);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs.changed).toBe('true');
    const targets = JSON.parse(first.outputs.targets ?? '[]') as { environment: string; tenant?: string }[];
    // values/dev.yaml touches dev only: one target per bound tenant.
    expect(targets.map((t) => `${t.environment}/${t.tenant}`).sort()).toEqual([
      'dev/acme',
      'dev/canary',
      'dev/globex',
    ]);
    expect(first.outputs.errors).toBe('0');
    let list = await comments(sb, pr.number);
    expect(list).toHaveLength(1);
    const firstId = list[0]?.id;
    expect(list[0]?.body).toContain('GitOpsHQ preview');
    expect(list[0]?.body).toContain('2.5.0');
    expect(first.summary).toContain('GitHub API requests in this step');
    let status = await as(sb, 'rev-bob').getCombinedStatus(pr.head.sha);
    expect(status.statuses.find((s) => s.context === 'gitopshq/preview')?.state).toBe('success');

    // Second push: a Secret template in the chart (affects every target) whose value comes from values.
    writeFileSync(
      join(dev.cwd, 'workloads/payment-api/templates/secret.yaml'),
      [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: {{ fullname }}-db',
        '  namespace: {{ workload.namespace }}',
        'type: Opaque',
        'stringData:',
        '  password: {{ values.dbPassword | quote }}',
        '',
      ].join('\n'),
    );
    edit(dev.cwd, 'workloads/payment-api/values.yaml', [`dbPassword=${SECRET}`]);
    await dev.addAll();
    await dev.commit('payment-api: database secret');
    expect((await dev.push('origin', ['release/payment-api-dev'])).exitCode).toBe(0);

    const second = await runPreview(sb, root, pr.number, 'synchronize');
    expect(second.exitCode, second.log).toBe(0);
    list = await comments(sb, pr.number);
    expect(list).toHaveLength(1);
    expect(list[0]?.id).toBe(firstId);
    const body = list[0]?.body ?? '';
    expect(body).toContain('Secret/payments/payment-api-db');
    expect(body).toMatch(/password: <redacted sha256:[0-9a-f]{12}>/);
    expect(body).not.toContain(SECRET);
    expect(second.summary).not.toContain(SECRET);
    expect(second.stdout).not.toContain(SECRET);
    // A base values change reaches every environment and tenant of the workload.
    expect(JSON.parse(second.outputs.targets ?? '[]')).toHaveLength(9);
    const head = (await as(sb, 'rev-bob').getPullRequest(pr.number)).head.sha;
    status = await as(sb, 'rev-bob').getCombinedStatus(head);
    expect(status.statuses.find((s) => s.context === 'gitopshq/preview')?.state).toBe('success');
    expect(sb.sim.violations).toEqual([]);
  });

  it('fails on a latest tag: failed status, non-zero exit, an annotation on the changed values line', async () => {
    const { sb, root } = await sandbox();
    const dev = await clone(sb, 'dev-alice', join(root, 'alice'));
    await dev.checkout('release/latest', { create: true });
    edit(dev.cwd, 'workloads/payment-api/values/staging.yaml', ['image.tag=latest']);
    await dev.addAll();
    await dev.commit('payment-api: latest in staging');
    expect((await dev.push('origin', ['release/latest'])).exitCode).toBe(0);
    const pr = await as(sb, 'dev-alice').createPullRequest({
      head: 'release/latest',
      base: 'main',
      title: 'payment-api: latest',
      body: '',
    });
    const run = await runPreview(sb, root, pr.number, 'opened');
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({});
    const latest = run.annotations.filter((a) => a.type === 'error' && /latest/.test(a.message));
    expect(latest.length).toBeGreaterThan(0);
    const changedLine = readFileSync(join(dev.cwd, 'workloads/payment-api/values/staging.yaml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('latest'));
    expect(latest.find((a) => a.file)).toMatchObject({
      file: 'workloads/payment-api/values/staging.yaml',
      line: changedLine + 1,
    });
    const status = await as(sb, 'rev-bob').getCombinedStatus(pr.head.sha);
    const preview = status.statuses.find((s) => s.context === 'gitopshq/preview');
    expect(preview?.state).toBe('failure');
    expect(preview?.description).toMatch(/error/);
    const [comment] = await comments(sb, pr.number);
    expect(comment?.body).toContain('### Findings');
    expect(sb.sim.violations).toEqual([]);
  });

  // Each way a change can break the rendered output fails the step and the status, and says where.
  it.each([
    {
      name: 'a template that uses a value nobody set',
      change: (dir: string) =>
        writeFileSync(
          join(dir, 'workloads/payment-api/templates/configmap.yaml'),
          `${readFileSync(join(dir, 'workloads/payment-api/templates/configmap.yaml'), 'utf8')}  region: {{ values.region }}\n`,
        ),
      message: /values\.region is undefined/,
      file: 'workloads/payment-api/templates/configmap.yaml',
    },
    {
      name: 'a Helm chart that fails to render',
      change: (dir: string) =>
        writeFileSync(
          join(dir, 'workloads/checkout-web/chart/templates/broken.yaml'),
          '{{ fail "the checkout-web chart refuses to render" }}\n',
        ),
      message: /the checkout-web chart refuses to render/,
      file: 'workloads/checkout-web/chart/templates/broken.yaml',
    },
    {
      name: 'a manifest field of the wrong type',
      change: (dir: string) => edit(dir, 'workloads/payment-api/values/prod.yaml', ['replicas=three']),
      message: /replicas/,
      file: 'workloads/payment-api/values/prod.yaml',
    },
  ])('fails on $name: failed status, exit 1, an error annotation', async ({ change, message, file }) => {
    const { sb, root } = await sandbox();
    const dev = await clone(sb, 'dev-alice', join(root, 'alice'));
    await dev.checkout('release/broken', { create: true });
    change(dev.cwd);
    await dev.addAll();
    await dev.commit('a change that breaks the render');
    expect((await dev.push('origin', ['release/broken'])).exitCode).toBe(0);
    const pr = await as(sb, 'dev-alice').createPullRequest({
      head: 'release/broken',
      base: 'main',
      title: 'broken',
      body: '',
    });
    const run = await runPreview(sb, root, pr.number, 'opened');
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.type === 'error' && message.test(a.message));
    expect(errors.length, JSON.stringify(run.annotations, null, 2)).toBeGreaterThan(0);
    expect(errors.map((a) => a.file)).toContain(file);
    const status = await as(sb, 'rev-bob').getCombinedStatus(pr.head.sha);
    expect(status.statuses.find((s) => s.context === 'gitopshq/preview')?.state).toBe('failure');
    expect(sb.sim.violations).toEqual([]);
  });
});
