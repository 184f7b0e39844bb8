// promote's GitHub API budget, asserted through the simulator's request log: a wave of 200 tenants makes the same
// calls as a wave of 2 (find the wave branch's open pull request, open it), because the tenants' layers are one
// commit on one branch and one pull request. The count is printed for the closing note.
import { describe, expect, it } from 'vitest';
import type { PromoteValue } from '../../../src/usecases/promote.js';
import { promoteFixture } from '../../helpers/promote-fixture.js';

const SLOW = 300_000;

function opened(r: Awaited<ReturnType<Awaited<ReturnType<typeof promoteFixture>>['run']>>): PromoteValue {
  if (r.outcome !== 'succeeded') {
    throw new Error(`expected success: ${r.outcome === 'failed' ? r.error.message : r.reason}`);
  }
  return r.value;
}

describe('promote API calls', () => {
  it(
    'a wave of 200 tenants makes the same GitHub API calls as a wave of 2',
    async () => {
      const counts: Record<number, string[]> = {};
      for (const extra of [0, 198]) {
        const f = await promoteFixture({ extra });
        const canary = opened(await f.run({}));
        await f.moveTo(canary.opened?.releaseId ?? '', 'Healthy');
        const before = f.apiCalls().length;
        const wave = opened(await f.run({}));
        counts[extra + 2] = f.apiCalls().slice(before);
        expect(wave.wave?.tenants).toHaveLength(extra + 2);
        expect(wave.matrix.include).toHaveLength(extra + 2);
        const files = await f.github('rev-bob').listPullRequestFiles(wave.opened?.pullRequestNumber ?? 0);
        expect(files.length).toBe(Math.min(extra + 2, 300));
      }
      // Look for the open PR of the wave's branch, open it, then its first preview and gate (a PR opened with
      // GITHUB_TOKEN starts no workflow): nothing per tenant. Commit SHAs differ between the two runs.
      const routes = (calls: string[] | undefined) =>
        (calls ?? []).map((c) => c.replace(/\?.*$/, '').replace(/[0-9a-f]{40}/g, '<sha>'));
      expect(routes(counts[200])).toEqual(routes(counts[2]));
      expect(routes(counts[2])).toEqual([
        'GET /repos/acme/gitops/pulls',
        'POST /repos/acme/gitops/pulls',
        // the first preview: the PR, its comments, the sticky comment, the status
        'GET /repos/acme/gitops/pulls/2',
        'GET /repos/acme/gitops/issues/2/comments',
        'POST /repos/acme/gitops/issues/2/comments',
        'POST /repos/acme/gitops/statuses/<sha>',
        // the first gate: the PR, commits, reviews, the head's statuses, the status (no approval yet, so who pushed
        // is not asked: it only ever discounts an approval)
        'GET /repos/acme/gitops/pulls/2',
        'GET /repos/acme/gitops/pulls/2/commits',
        'GET /repos/acme/gitops/pulls/2/reviews',
        'GET /repos/acme/gitops/commits/<sha>/status',
        'POST /repos/acme/gitops/statuses/<sha>',
      ]);
      console.log(
        `GitHub API calls per promote run: 2 tenants ${counts[2]?.length}, 200 tenants ${counts[200]?.length}`,
      );
    },
    2 * SLOW,
  );
});
