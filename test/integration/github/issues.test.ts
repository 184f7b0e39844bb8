// The issue methods of GitHubPort (verify-health's drift issue) through the real Octokit adapter against the
// simulator, with every request and response checked against GitHub's OpenAPI description.
import { describe, expect, it } from 'vitest';
import { pushChange, startFixture } from '../../helpers/sim-fixture.js';

describe('GitHubPort issues over Octokit against the simulator', () => {
  it('creates, lists by label without pull requests, updates and closes an issue', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const git = await f.clone('gitopshq-bot');
    await pushChange(git, 'gitopshq/release-1', 'workloads/api/values/dev.yaml', 'replicas: 2\n');
    const pr = await bot.createPullRequest({
      head: 'gitopshq/release-1',
      base: 'main',
      title: 'pr',
      body: '',
    });
    await bot.addLabels(pr.number, ['gitopshq-drift']);

    const issue = await bot.createIssue({ title: 'Drift in dev', body: 'first', labels: ['gitopshq-drift'] });
    // Issues and pull requests share one sequence of numbers.
    expect(issue).toEqual({
      number: pr.number + 1,
      url: `${f.sim.gitUrl}/acme/gitops/issues/${pr.number + 1}`,
      title: 'Drift in dev',
      body: 'first',
      state: 'open',
      labels: ['gitopshq-drift'],
    });
    await bot.createIssue({ title: 'unrelated', body: '' });

    // The pull request carries the label too: the issues API returns it, the adapter leaves it out.
    expect(
      (await bot.listIssues({ labels: ['gitopshq-drift'], state: 'open' })).map((i) => i.number),
    ).toEqual([issue.number]);
    const updated = await bot.updateIssue(issue.number, { body: 'second' });
    expect(updated.body).toBe('second');
    const closed = await bot.updateIssue(issue.number, { state: 'closed', body: 'gone' });
    expect([closed.state, closed.body]).toEqual(['closed', 'gone']);
    expect(await bot.listIssues({ labels: ['gitopshq-drift'], state: 'open' })).toEqual([]);
    expect(
      (await bot.listIssues({ labels: ['gitopshq-drift'], state: 'closed' })).map((i) => i.number),
    ).toEqual([issue.number]);
    expect(bot.requestsByRoute()).toMatchObject({ 'GET /repos/{owner}/{repo}/issues': 3 });
    expect(f.sim.violations).toEqual([]);
    expect(f.sim.unserved).toEqual([]);
  });
});
