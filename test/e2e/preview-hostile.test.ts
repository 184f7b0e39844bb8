// The preview bundle on a pull request whose templates attack the runner (docs/architecture.md#untrusted-input):
// preview renders every pull request, a fork's or a branch's, in the isolated renderer (dist/render-child), so
// the path is the same for both. Reading /etc/passwd through nunjucks' constructor escape and through a link,
// starting a process and opening a socket each become an error annotation on the file that tried, the step
// fails, and the runner is untouched. The loops and the memory bomb, which take the time limit to stop, are in
// test/integration/render/isolation.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { defaultChildEntry } from '../../src/render/isolation.js';
import { pullRequestEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import { startSandbox } from '../../src/sandbox/sandbox.js';
import { tmpDir } from '../helpers/tmp.js';

const REPO = { owner: 'acme', repo: 'gitops' };
const childEntry = defaultChildEntry() ?? 'dist/render-child/index.js';
const js = (code: string) => `{{ range.constructor(${JSON.stringify(code)})() }}`;
const cm = (name: string, body: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  v: "${body}"\n`;

describe('preview bundle on a hostile pull request', () => {
  it('annotates each attempt on its file, fails the step, and leaves the runner untouched', async () => {
    const root = tmpDir('e2e-hostile-');
    const sb = await startSandbox({ dir: join(root, 'sandbox') });
    onTestFinished(() => sb.close());
    let connections = 0;
    const server = createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as { port: number }).port;
    const pwned = join(tmpdir(), `gitopshq-pwned-e2e-${process.pid}`);
    const as = (login: string) =>
      new OctokitGitHub({
        token: sb.users[login] ?? '',
        baseUrl: sb.sim.apiUrl,
        repository: REPO,
        policy: { pacing: 'none' },
      });

    const dir = join(root, 'mallory');
    await new Git(dirname(dir)).clone(sb.cloneUrl('dev-alice'), dir);
    const dev = new Git(dir, {
      env: { GIT_AUTHOR_NAME: 'mallory', GIT_AUTHOR_EMAIL: 'mallory@example.com' },
    });
    await dev.checkout('hostile', { create: true });
    const templates = join(dir, 'workloads/payment-api/templates');
    const hostile = {
      'read.yaml': js("return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
      'spawn.yaml': js(`return process.mainModule.require('child_process').execSync('touch ${pwned}')`),
      'socket.yaml': js(`return process.mainModule.require('net').connect(${port},'127.0.0.1')`),
    };
    for (const [file, body] of Object.entries(hostile))
      writeFileSync(join(templates, file), cm(file.split('.')[0] ?? 'x', body));
    symlinkSync('/etc/passwd', join(dir, 'workloads/checkout-web/chart/templates/passwd.yaml'));
    await dev.addAll();
    await dev.commit('harmless-looking change');
    expect((await dev.push('origin', ['hostile'])).exitCode).toBe(0);
    const pr = await as('dev-alice').createPullRequest({
      head: 'hostile',
      base: 'main',
      title: 'tidy',
      body: '',
    });

    const workspace = join(root, 'workspace');
    const git = await new Git(dirname(workspace))
      .clone(sb.cloneUrl('gitopshq-bot'), workspace)
      .then(() => new Git(workspace));
    await git.checkout(pr.head.sha);
    const run = await runBundle({
      name: 'preview',
      event: pullRequestEvent({
        action: 'opened',
        number: pr.number,
        head: { ref: pr.head.ref, sha: pr.head.sha },
        base: { ref: pr.base.ref, sha: pr.base.sha },
        author: 'dev-alice',
      }),
      workspace,
      token: sb.users['gitopshq-bot'],
      apiUrl: sb.sim.apiUrl,
      serverUrl: sb.sim.gitUrl,
      sha: pr.head.sha,
      ref: `refs/pull/${pr.number}/merge`,
      timeoutMs: 180_000,
    });

    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.type === 'error');
    const files = errors.map((a) => a.file);
    // Annotations stop at GitHub's ten per step; the comment's report names every file.
    expect(files).toContain('workloads/checkout-web/chart/templates/passwd.yaml');
    expect(files).toContain('workloads/payment-api/templates/read.yaml');
    const res = await fetch(`${sb.sim.apiUrl}/repos/acme/gitops/issues/${pr.number}/comments`, {
      headers: { authorization: `token ${sb.users['rev-bob']}`, accept: 'application/vnd.github+json' },
    });
    const comments = (await res.json()) as { body: string }[];
    expect(comments).toHaveLength(1);
    for (const file of Object.keys(hostile)) {
      expect(comments[0]?.body).toContain(`workloads/payment-api/templates/${file}`);
    }
    expect(comments[0]?.body).toContain('workloads/checkout-web/chart/templates/passwd.yaml');
    for (const text of [JSON.stringify(comments), run.stdout, run.stderr])
      expect(text).not.toContain('root:x:0:0');
    expect(existsSync(pwned)).toBe(false);
    expect(connections).toBe(0);
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(workspace) || l.includes(childEntry));
    expect(left).toEqual([]);
    expect(sb.sim.violations).toEqual([]);
  });
});
