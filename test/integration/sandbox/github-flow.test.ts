import { describe, expect, it } from 'vitest';
import { latestOpinions } from '../../../src/domain/reviews.js';
import { pushChange, startFixture } from '../../helpers/sim-fixture.js';

describe('a person follows a release through the simulated GitHub', () => {
  it('clones over HTTP, opens a PR, gets a review on the right commit, pushes again, merges', async () => {
    const f = await startFixture();
    const alice = f.as('dev-alice');
    const bob = f.as('rev-bob');
    const git = await f.clone('dev-alice');
    const first = await pushChange(
      git,
      'release/api-1.1',
      'workloads/api/values/dev.yaml',
      'image:\n  tag: "1.1.0"\n',
    );

    const pr = await alice.createPullRequest({
      head: 'release/api-1.1',
      base: 'main',
      title: 'api: update 1.1.0',
      body: 'notes',
    });
    expect(pr.head.sha).toBe(first);
    expect(pr.author).toBe('dev-alice');
    expect(pr.mergeable).toBe(true);
    expect((await bob.findOpenPullRequest('release/api-1.1'))?.number).toBe(pr.number);

    // rev-bob reviews through the REST API as a person would (the port only reads reviews).
    const res = await fetch(`${f.sim.apiUrl}/repos/acme/gitops/pulls/${pr.number}/reviews`, {
      method: 'POST',
      headers: { authorization: `token ${f.tokens['rev-bob']}`, 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'APPROVE', body: 'lgtm' }),
    });
    expect(res.status).toBe(200);
    const reviews = await alice.listReviews(pr.number);
    expect(reviews.map((r) => [r.reviewer, r.state, r.commitId])).toEqual([['rev-bob', 'APPROVED', first]]);

    const second = await pushChange(
      git,
      'release/api-1.1',
      'workloads/api/values/dev.yaml',
      'image:\n  tag: "1.1.1"\n',
    );
    const moved = await alice.getPullRequest(pr.number);
    expect(moved.head.sha).toBe(second);
    // The approval stays attached to the commit it was given on.
    expect(latestOpinions(await alice.listReviews(pr.number))[0]?.commit).toBe(first);
    expect((await alice.listPullRequestCommits(pr.number)).map((c) => c.sha)).toEqual([first, second]);
    expect((await alice.listPullRequestCommits(pr.number))[0]?.author).toBe('dev-alice');
    expect(await alice.listPullRequestFiles(pr.number)).toEqual([
      { filename: 'workloads/api/values/dev.yaml', status: 'modified', additions: 1, deletions: 1 },
    ]);

    const merged = await f.as('release-erin').mergePullRequest(pr.number, { sha: second });
    const main = await f.sim.bare('acme', 'gitops').branchSha('main');
    expect(main).toBe(merged.sha);
    const mergeCommit = await f.sim.bare('acme', 'gitops').commit(merged.sha);
    expect(mergeCommit?.parents[1]).toBe(second);
    const show = await f.sim.bare('acme', 'gitops').read(merged.sha, 'workloads/api/values/dev.yaml');
    expect(show?.type === 'file' && show.content.toString()).toContain('1.1.1');

    const after = await alice.getPullRequest(pr.number);
    expect([after.state, after.merged, after.mergeCommitSha, after.head.sha]).toEqual([
      'closed',
      true,
      merged.sha,
      second,
    ]);
    expect((await alice.findPullRequestForMergeCommit(merged.sha))?.number).toBe(pr.number);
    expect(f.sim.violations).toEqual([]);
    expect(f.sim.unserved).toEqual([]);
  });
});
