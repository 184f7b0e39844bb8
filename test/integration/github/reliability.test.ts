// The HTTP policy under injected faults: retries on 5xx, honours retry-after on secondary rate limits, never
// retries a final 4xx, and counts every attempt.
import { describe, expect, it } from 'vitest';
import { OctokitGitHub } from '../../../src/github/octokit-adapter.js';
import { pushChange, startFixture } from '../../helpers/sim-fixture.js';

describe('retries and rate limits', () => {
  it('retries a 502 and counts each attempt', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    f.sim.faults.push({
      method: 'GET',
      path: /^\/repos\/acme\/gitops\/commits\/main\/status$/,
      status: 502,
      times: 2,
    });
    expect((await bot.getCombinedStatus('main')).state).toBe('pending');
    expect(bot.requestCount).toBe(3);
    expect(bot.requestsByRoute()).toEqual({ 'GET /repos/{owner}/{repo}/commits/{ref}/status': 3 });
    expect(f.sim.requests.map((r) => [r.status, r.fault ?? false])).toEqual([
      [502, true],
      [502, true],
      [200, false],
    ]);
  });

  it('gives up after three retries of a 5xx', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    f.sim.faults.push({ path: /\/commits\/main\/status$/, status: 500, times: 10 });
    await expect(bot.getCombinedStatus('main')).rejects.toMatchObject({ status: 500 });
    expect(bot.requestCount).toBe(4);
  });

  it('waits out a secondary rate limit (403 + retry-after) and retries', async () => {
    const f = await startFixture();
    const warnings: string[] = [];
    const bot = new OctokitGitHub({
      token: f.tokens['gitopshq-bot'] ?? '',
      baseUrl: f.sim.apiUrl,
      repository: { owner: 'acme', repo: 'gitops' },
      policy: { pacing: 'none' },
      warn: (m) => warnings.push(m),
    });
    const main = (await f.sim.bare('acme', 'gitops').branchSha('main')) ?? '';
    f.sim.faults.push({ method: 'POST', path: /\/statuses\//, status: 403, times: 1 });
    const status = await bot.createCommitStatus(main, { state: 'success', context: 'gitopshq/approval' });
    expect(status.state).toBe('success');
    expect(bot.requestCount).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit .*retrying after 1s/)]);
  });

  it('stops after three secondary-rate-limit retries', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    f.sim.faults.push({ method: 'GET', path: /\/commits\/main\/status$/, status: 403, times: 10 });
    await expect(bot.getCombinedStatus('main')).rejects.toMatchObject({ status: 403 });
    expect(bot.requestCount).toBe(4);
  });

  it('does not retry a final 404', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    f.sim.faults.push({ method: 'GET', path: /\/pulls\/1$/, status: 404, times: 5 });
    await expect(bot.getPullRequest(1)).rejects.toMatchObject({ status: 404 });
    expect(bot.requestCount).toBe(1);
  });

  it('retries a 404 on what it created moments ago (read-after-write lag), and only that', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const main = (await f.sim.bare('acme', 'gitops').branchSha('main')) ?? '';
    const d = await bot.createDeployment({ ref: main, environment: 'dev' });
    f.sim.faults.push({ method: 'POST', path: /\/deployments\/\d+\/statuses$/, status: 404, times: 2 });
    await bot.createDeploymentStatus(d.id, { state: 'success' });
    const statuses = f.sim.store.repo('acme', 'gitops')?.deployments.find((x) => x.id === d.id)?.statuses;
    expect(statuses?.map((s) => s.state)).toEqual(['success']);

    // Another client did not create it: a 404 is an answer, not lag.
    const other = f.as('gitopshq-bot');
    f.sim.faults.push({ method: 'POST', path: /\/deployments\/\d+\/statuses$/, status: 404, times: 1 });
    await expect(other.createDeploymentStatus(d.id, { state: 'failure' })).rejects.toMatchObject({
      status: 404,
    });
    expect(other.requestCount).toBe(1);
  });

  it('a 404 on a pull request it opened moments ago is lag: its reads, comments and labels are retried', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot', { pacing: 'none', retryBaseMs: 20 });
    await pushChange(await f.clone('gitopshq-bot'), 'lagging', 'README.md', 'changed\n');
    const pr = await bot.createPullRequest({ head: 'lagging', base: 'main', title: 'Lag', body: '' });
    const n = pr.number;
    for (const [method, path] of [
      ['GET', `/pulls/${n}`],
      ['GET', `/pulls/${n}/commits`],
      ['GET', `/pulls/${n}/reviews`],
      ['GET', `/issues/${n}/comments`],
      ['POST', `/issues/${n}/labels`],
    ] as const) {
      f.sim.faults.push({ method, path: new RegExp(`^/repos/acme/gitops${path}$`), status: 404, times: 1 });
    }
    expect((await bot.getPullRequest(n)).title).toBe('Lag');
    expect((await bot.listPullRequestCommits(n)).length).toBe(1);
    expect(await bot.listReviews(n)).toEqual([]);
    expect((await bot.upsertStickyComment(n, 'preview', 'rendered')).created).toBe(true);
    expect(await bot.addLabels(n, ['break-glass'])).toEqual(['break-glass']);
    expect(f.sim.faults.map((x) => x.times)).toEqual([0, 0, 0, 0, 0]);
    // One comment, one label: each retry met nothing of its failed first attempt.
    const pulls = f.sim.store.repo('acme', 'gitops')?.pulls ?? [];
    expect(pulls.find((p) => p.number === n)?.labels).toEqual(['break-glass']);

    // A pull request this client did not open: its 404 is an answer.
    const other = f.as('gitopshq-bot', { pacing: 'none', retryBaseMs: 20 });
    f.sim.faults.push({ method: 'GET', path: new RegExp(`/pulls/${n}$`), status: 404, times: 1 });
    await expect(other.getPullRequest(n)).rejects.toMatchObject({ status: 404 });
  });

  it('a pull request created though its answer was lost: the retry returns it, no second one, no error', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot', { pacing: 'none', retryBaseMs: 20 });
    await pushChange(await f.clone('gitopshq-bot'), 'feature', 'README.md', 'changed\n');
    // GitHub creates it, the answer never arrives (a timeout, a proxy's 502), the client retries.
    f.sim.faults.push({ method: 'POST', path: /\/pulls$/, status: 502, drop: true, performed: true });
    const pr = await bot.createPullRequest({ head: 'feature', base: 'main', title: 'Feature', body: '' });
    const pulls = f.sim.store.repo('acme', 'gitops')?.pulls ?? [];
    expect(pulls.map((p) => [p.number, p.head, p.state])).toEqual([[pr.number, 'feature', 'open']]);
    expect(pr).toMatchObject({ title: 'Feature', head: { ref: 'feature' }, base: { ref: 'main' } });
    // A pull request that existed before (not this call's) is still an error for a different base.
    await expect(
      bot.createPullRequest({ head: 'feature', base: 'other', title: 'x', body: '' }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
