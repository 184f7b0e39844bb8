// Auth answers as GitHub gives them, and the OpenAPI check catching a simulator that drifts.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startFixture } from '../../helpers/sim-fixture.js';
import { tmpDir } from '../../helpers/tmp.js';

const run = promisify(execFile);

async function call(apiUrl: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      ...(token !== undefined ? { authorization: `token ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as { message?: string }) : undefined };
}

describe('auth as GitHub enforces it', () => {
  it('answers no token, a bad token and a read-only token the way GitHub does', async () => {
    const f = await startFixture();
    const main = await f.sim.bare('acme', 'gitops').branchSha('main');
    const status = { state: 'success', context: 'gitopshq/approval' };
    const cases: [string, string, string | undefined, unknown, number, string][] = [
      ['private repo, no token', 'GET', undefined, undefined, 404, 'Not Found'],
      ['/user, no token', 'GET /user', undefined, undefined, 401, 'Requires authentication'],
      ['bad token', 'GET', 'ghs_not-a-token', undefined, 401, 'Bad credentials'],
      [
        'read-only token writing',
        'POST status',
        f.tokens['reader-rita'],
        status,
        403,
        'Resource not accessible by integration',
      ],
    ];
    for (const [name, what, token, body, expectedStatus, message] of cases) {
      const [method = 'GET', path] =
        what === 'GET /user'
          ? ['GET', '/user']
          : what === 'POST status'
            ? ['POST', `/repos/acme/gitops/statuses/${main}`]
            : ['GET', '/repos/acme/gitops'];
      const res = await call(f.sim.apiUrl, method, path ?? '', token, body);
      expect([name, res.status, res.body?.message]).toEqual([name, expectedStatus, message]);
    }
    // The same read-only token may read, and the writer may write.
    expect((await call(f.sim.apiUrl, 'GET', '/repos/acme/gitops', f.tokens['reader-rita'])).status).toBe(200);
    expect(
      (await call(f.sim.apiUrl, 'POST', `/repos/acme/gitops/statuses/${main}`, f.tokens['dev-alice'], status))
        .status,
    ).toBe(201);
    // Through the adapter the 403 surfaces with its status, not retried.
    await expect(
      f.as('reader-rita').createCommitStatus(main ?? '', { state: 'success', context: 'x' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(f.sim.requests.filter((r) => r.user === 'reader-rita' && r.method === 'POST').length).toBe(2);
    expect(f.sim.violations).toEqual([]);
  });

  it('guards git over HTTP with the same tokens', async () => {
    const f = await startFixture();
    const dir = tmpDir('gh-git-');
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    const clone = (url: string, to: string) => run('git', ['clone', '-q', url, join(dir, to)], { env });
    await expect(clone(`${f.sim.gitUrl}/acme/gitops.git`, 'anon')).rejects.toThrow(
      /Authentication failed|could not read Username/,
    );
    await expect(
      clone(f.cloneUrl('dev-alice').replace(f.tokens['dev-alice'] ?? '', 'wrong'), 'bad'),
    ).rejects.toThrow(/Authentication failed/);
    await clone(f.cloneUrl('reader-rita'), 'rita');
    await run('git', ['-C', join(dir, 'rita'), 'commit', '-q', '--allow-empty', '-m', 'x'], {
      env: {
        ...env,
        GIT_AUTHOR_NAME: 'r',
        GIT_AUTHOR_EMAIL: 'r@x',
        GIT_COMMITTER_NAME: 'r',
        GIT_COMMITTER_EMAIL: 'r@x',
      },
    });
    await expect(
      run('git', ['-C', join(dir, 'rita'), 'push', '-q', 'origin', 'HEAD:refs/heads/rita'], { env }),
    ).rejects.toThrow(/403|denied/);
    expect(await f.sim.bare('acme', 'gitops').branchSha('rita')).toBeUndefined();
  });
});

describe('OpenAPI checking', () => {
  it('catches a response field of the wrong type and names the operation', async () => {
    const f = await startFixture();
    const git = await f.clone('dev-alice');
    const { pushChange } = await import('../../helpers/sim-fixture.js');
    await pushChange(git, 'feature', 'a.txt', 'a\n');
    const alice = f.as('dev-alice', { pacing: 'none', retries: 0 });
    const pr = await alice.createPullRequest({ head: 'feature', base: 'main', title: 't', body: '' });
    f.sim.tampers.push({
      method: 'GET',
      path: /\/pulls\/\d+$/,
      mutate: (body) => ({ ...(body as object), number: String(pr.number) }),
    });
    const err = await alice.getPullRequest(pr.number).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 500 });
    expect((err as Error).message).toMatch(/OpenAPI violation in the 200 response of pulls\/get/);
    expect(f.sim.violations).toEqual([
      expect.objectContaining({
        operation: 'pulls/get',
        direction: 'response',
        path: `/repos/acme/gitops/pulls/${pr.number}`,
        error: expect.stringMatching(/\/number must be integer/),
      }),
    ]);
  });

  it('catches a request that does not match the description', async () => {
    const f = await startFixture();
    const res = await call(f.sim.apiUrl, 'POST', '/repos/acme/gitops/pulls', f.tokens['dev-alice'], {
      head: 42,
      base: 'main',
    });
    expect(res.status).toBe(500);
    expect(res.body?.message).toMatch(/request of pulls\/create .*body\/head must be string/);
    expect(f.sim.violations.map((v) => [v.operation, v.direction])).toEqual([['pulls/create', 'request']]);
  });

  it('reports endpoints it does not serve instead of pretending', async () => {
    const f = await startFixture();
    const res = await call(f.sim.apiUrl, 'GET', '/repos/acme/gitops/releases', f.tokens['dev-alice']);
    expect(res.status).toBe(404);
    expect(f.sim.unserved).toEqual(['GET /repos/acme/gitops/releases']);
  });
});
