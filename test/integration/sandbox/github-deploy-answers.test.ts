import { describe, expect, it } from 'vitest';
import { pushChange, startFixture } from '../../helpers/sim-fixture.js';

describe('the simulator answers deploy calls and pull request refs as GitHub does', () => {
  it('creates a deployment status without target_url or log_url (GitHub answers "")', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const d = await bot.createDeployment({ ref: 'main', environment: 'dev', requiredContexts: [] });
    await bot.createDeploymentStatus(d.id, { state: 'in_progress' });
    await bot.createDeploymentStatus(d.id, { state: 'success', description: 'deployed' });
    const res = await fetch(`${f.sim.apiUrl}/repos/acme/gitops/deployments/${d.id}/statuses`, {
      headers: { authorization: `token ${f.tokens['gitopshq-bot']}` },
    });
    const statuses = (await res.json()) as { state: string; target_url: string; log_url: string }[];
    expect(statuses.map((s) => [s.state, s.target_url, s.log_url])).toEqual([
      ['success', '', ''],
      ['in_progress', '', ''],
    ]);
    expect(f.sim.violations).toEqual([]);
  });

  it('lists the pull requests of a merge commit whose PR has a label without a description', async () => {
    const f = await startFixture();
    const alice = f.as('dev-alice');
    const git = await f.clone('dev-alice');
    await pushChange(git, 'release/a', 'workloads/api/values/dev.yaml', 'image:\n  tag: "2.0.0"\n');
    const pr = await alice.createPullRequest({ head: 'release/a', base: 'main', title: 't', body: 'b' });
    await alice.addLabels(pr.number, ['gitopshq/release']);
    const merged = await f.as('release-erin').mergePullRequest(pr.number);
    expect((await alice.findPullRequestForMergeCommit(merged.sha))?.number).toBe(pr.number);
    expect(f.sim.violations).toEqual([]);
  });

  it('serves refs/pull/<n>/head and refs/pull/<n>/merge (head merged into base) over smart HTTP', async () => {
    const f = await startFixture();
    const alice = f.as('dev-alice');
    const git = await f.clone('dev-alice');
    const head = await pushChange(
      git,
      'release/b',
      'workloads/api/values/dev.yaml',
      'image:\n  tag: "3.0.0"\n',
    );
    // main moves on after the branch was cut: the merge ref must contain both sides.
    const other = await f.clone('rev-bob');
    const base = await pushChange(other, 'main', 'README.md', 'hello\n');
    const pr = await alice.createPullRequest({ head: 'release/b', base: 'main', title: 't', body: 'b' });

    // As actions/checkout does for a pull_request event.
    const ws = await f.clone('reader-rita');
    const r = await ws.fetch('origin', [
      `+refs/pull/${pr.number}/merge:refs/remotes/pull/${pr.number}/merge`,
      `+refs/pull/${pr.number}/head:refs/remotes/pull/${pr.number}/head`,
    ]);
    expect(r.exitCode).toBe(0);
    expect(await ws.revParse(`refs/remotes/pull/${pr.number}/head`)).toBe(head);
    const merge = `refs/remotes/pull/${pr.number}/merge`;
    const parents = (await ws.exec(['rev-list', '--parents', '-n', '1', merge])).stdout.trim().split(' ');
    expect(parents.slice(1)).toEqual([base, head]);
    expect(await ws.show(merge, 'workloads/api/values/dev.yaml')).toContain('3.0.0');
    expect(await ws.show(merge, 'README.md')).toBe('hello\n');

    // A new push moves both refs; a fetch with nothing new keeps the same merge commit.
    const mergeBefore = await ws.revParse(merge);
    await ws.fetch('origin', [`+refs/pull/${pr.number}/merge:${merge}`]);
    expect(await ws.revParse(merge)).toBe(mergeBefore);
    const head2 = await pushChange(
      git,
      'release/b',
      'workloads/api/values/dev.yaml',
      'image:\n  tag: "3.0.1"\n',
    );
    await ws.fetch('origin', [
      `+refs/pull/${pr.number}/merge:${merge}`,
      `+refs/pull/${pr.number}/head:refs/remotes/pull/${pr.number}/head`,
    ]);
    expect(await ws.revParse(`refs/remotes/pull/${pr.number}/head`)).toBe(head2);
    expect(await ws.show(merge, 'workloads/api/values/dev.yaml')).toContain('3.0.1');
  });
});
