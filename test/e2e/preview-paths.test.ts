// The preview bundle on pull requests that reach outside the workload folder: a change to a shared Kustomize
// base shows every overlay it alters; an error main already had is marked "already on base" and does not fail;
// a values file that links out of the repository is refused, and the outside content is not in the comment.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { pullRequestEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { cloneSandbox, startSeededSandbox } from '../helpers/sandbox-template.js';
import { tmpDir } from '../helpers/tmp.js';

const REPO = { owner: 'acme', repo: 'gitops' };
const MARKER = 'OUTSIDE-MARKER-e2e-5c1d';

async function sandbox(): Promise<{ sb: Sandbox; root: string }> {
  const root = tmpDir('e2e-preview-paths-');
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
  return new Git(dir, { env: { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@example.com` } });
}

function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

async function runPreview(sb: Sandbox, root: string, number: number) {
  const pr = await as(sb, 'gitopshq-bot').getPullRequest(number);
  const workspace = join(root, `workspace-${number}`);
  const git = await clone(sb, 'gitopshq-bot', workspace);
  await git.checkout(pr.head.sha);
  return runBundle({
    name: 'preview',
    event: pullRequestEvent({
      action: 'opened',
      number,
      head: { ref: pr.head.ref, sha: pr.head.sha },
      base: { ref: pr.base.ref, sha: pr.base.sha },
      author: 'dev-alice',
    }),
    workspace,
    token: sb.users['gitopshq-bot'],
    apiUrl: sb.sim.apiUrl,
    serverUrl: sb.sim.gitUrl,
    sha: pr.head.sha,
    ref: `refs/pull/${number}/merge`,
    timeoutMs: 120_000,
  });
}

async function comment(sb: Sandbox, number: number): Promise<string> {
  const res = await fetch(`${sb.sim.apiUrl}/repos/acme/gitops/issues/${number}/comments`, {
    headers: { authorization: `token ${sb.users['rev-bob']}`, accept: 'application/vnd.github+json' },
  });
  const list = (await res.json()) as { body: string }[];
  expect(list).toHaveLength(1);
  return list[0]?.body ?? '';
}

async function previewStatus(sb: Sandbox, sha: string) {
  const status = await as(sb, 'rev-bob').getCombinedStatus(sha);
  return status.statuses.find((s) => s.context === 'gitopshq/preview');
}

const deployment = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: podinfo\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: podinfo}\n  template:\n    metadata:\n      labels: {app: podinfo}\n    spec:\n      containers:\n        - name: podinfo\n          image: ghcr.io/stefanprodan/podinfo:6.7.0\n          resources:\n            limits: {cpu: 100m, memory: 64Mi}\n`;

async function openPr(sb: Sandbox, dev: Git, branch: string, message: string) {
  await dev.addAll();
  await dev.commit(message);
  expect((await dev.push('origin', [branch])).exitCode).toBe(0);
  return as(sb, 'dev-alice').createPullRequest({ head: branch, base: 'main', title: message, body: '' });
}

describe('preview bundle: paths outside the workload folder, and findings already on base', () => {
  it('a shared base change shows every overlay; an old error is marked and passes; a link out is refused', async () => {
    const { sb, root } = await sandbox();
    const dev = await clone(sb, 'dev-alice', join(root, 'alice'));
    // main: a kustomize workload on a shared base, and a latest tag in staging that nobody fixed yet.
    write(dev.cwd, {
      'shared/podinfo-base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'shared/podinfo-base/deployment.yaml': deployment(1),
      'workloads/podinfo/workload.yaml':
        'apiVersion: gitopshq.io/v1\nkind: Workload\nname: podinfo\nnamespace: podinfo\nsource:\n  type: kustomize\nenvironments: [dev, prod]\n',
      'workloads/podinfo/overlays/dev/kustomization.yaml':
        'namespace: podinfo\nresources:\n  - ../../../../shared/podinfo-base\n',
      'workloads/podinfo/overlays/prod/kustomization.yaml':
        'namespace: podinfo\nresources:\n  - ../../../../shared/podinfo-base\nreplicas:\n  - name: podinfo\n    count: 3\n',
    });
    const staging = join(dev.cwd, 'workloads/payment-api/values/staging.yaml');
    writeFileSync(staging, readFileSync(staging, 'utf8').replace(/^ {2}tag: .*$/m, '  tag: latest'));
    await dev.addAll();
    await dev.commit('podinfo on a shared base; latest in staging');
    expect((await dev.push('origin', ['HEAD:main'])).exitCode).toBe(0);

    await dev.checkout('change/base', { create: true });
    write(dev.cwd, { 'shared/podinfo-base/deployment.yaml': deployment(2).replace('6.7.0', '6.7.1') });
    writeFileSync(staging, `${readFileSync(staging, 'utf8')}replicas: 4\n`);
    const pr = await openPr(sb, dev, 'change/base', 'podinfo 6.7.1; more staging replicas');
    const run = await runPreview(sb, root, pr.number);
    expect(run.exitCode, run.stderr).toBe(0);
    const targets = JSON.parse(run.outputs.targets ?? '[]') as { workload: string; environment: string }[];
    expect(targets.filter((t) => t.workload === 'podinfo').map((t) => t.environment)).toEqual([
      'dev',
      'prod',
    ]);
    expect(JSON.parse(run.outputs.summary ?? '{}')).toMatchObject({ errors: 3, newErrors: 0 });
    const body = await comment(sb, pr.number);
    expect(body).toContain('| dev | — | podinfo | changed |');
    expect(body).toContain('| prod | — | podinfo | changed |');
    expect(body).toContain('3 errors (all already on base)');
    expect(body).toContain(
      'uses the latest tag: pin a version (render.policies.forbidLatestTag) (already on base) |',
    );
    expect((await previewStatus(sb, pr.head.sha))?.state).toBe('success');

    // A pull request whose values file links to a file of the runner.
    const outside = join(root, 'runner-secret.yaml');
    writeFileSync(outside, `image:\n  tag: ${MARKER}\n`);
    await dev.checkout('main');
    await dev.exec(['pull', '-q', 'origin', 'main']);
    await dev.checkout('change/leak', { create: true });
    symlinkSync(outside, join(dev.cwd, 'workloads/payment-api/values/prod/globex.yaml'));
    const leak = await openPr(sb, dev, 'change/leak', 'globex values');
    const refused = await runPreview(sb, root, leak.number);
    expect(refused.exitCode).toBe(1);
    const leakBody = await comment(sb, leak.number);
    expect(leakBody).toContain(
      'workloads/payment-api/values/prod/globex.yaml is a symbolic link to a path outside the repository',
    );
    expect(leakBody).not.toContain(MARKER);
    expect(refused.stdout + refused.stderr).not.toContain(MARKER);
    expect((await previewStatus(sb, leak.head.sha))?.state).toBe('failure');
    expect(sb.sim.violations).toEqual([]);
  });
});
