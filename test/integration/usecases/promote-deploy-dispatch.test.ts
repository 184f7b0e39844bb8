// promote's wave merged by the target's auto-merge is deployed through a dispatch (its merge, made with
// GITHUB_TOKEN, starts no workflow), and a re-run converges: a run killed after the merge, before the dispatch, is
// re-run, finds its wave open with the release still Approved and dispatches it then; once the deploy began, a
// re-run dispatches nothing. Through the OpenAPI-checked GitHub simulator, the real Octokit adapter and real git.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOY_WORKFLOW } from '../../../src/usecases/deploy-dispatch.js';
import { type PromoteFixture, promoteFixture } from '../../helpers/promote-fixture.js';

const dispatches = (f: PromoteFixture) => f.sim.store.repo('acme', 'gitops')?.dispatches ?? [];

/** prod as an environment that needs nobody's approval and merges on its own (pushed to main, checked out). */
async function prodAutoMerges(f: PromoteFixture): Promise<void> {
  const file = join(f.git.cwd, 'gitopshq.yaml');
  const before = readFileSync(file, 'utf8');
  const after = before.replace(
    / {2}- name: prod\n {4}approvals:\n(?: {6}.*\n)+/,
    '  - name: prod\n    approvals:\n      required: 0\n    deploy:\n      autoMerge: true\n',
  );
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  await f.git.addAll();
  await f.git.commit('prod merges on its own');
  expect((await f.git.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
}

describe('promote: the deploy after a wave auto-merged', () => {
  it('a run killed after the merge, before the dispatch: the re-run dispatches the wave; after the deploy began it dispatches nothing', async () => {
    const f = await promoteFixture();
    await prodAutoMerges(f);
    // The merge is the last write before the dispatch: a run without dispatch leaves what a kill there leaves.
    const killed = await f.run({ to: 'prod' });
    expect(killed.outcome, JSON.stringify(killed)).toBe('succeeded');
    const id = killed.value?.opened?.releaseId ?? '';
    expect(killed.value?.opened).toMatchObject({ state: 'Approved' });
    expect(killed.value?.opened?.deployDispatch).toBeUndefined();
    expect(dispatches(f)).toEqual([]);

    const again = await f.run({ to: 'prod', deployWorkflow: DEFAULT_DEPLOY_WORKFLOW });
    expect(again.outcome, JSON.stringify(again)).toBe('succeeded');
    expect(again.value?.unchanged).toBe(true);
    expect(again.value?.opened?.deployDispatch).toMatchObject({ dispatched: true, ref: 'main' });
    expect(dispatches(f).map((d) => [d.workflow, d.inputs])).toEqual([
      [DEFAULT_DEPLOY_WORKFLOW, { environment: 'prod', 'release-id': id }],
    ]);

    await f.moveTo(id, 'Deploying');
    const later = await f.run({ to: 'prod', deployWorkflow: DEFAULT_DEPLOY_WORKFLOW });
    expect(later.value?.opened).toMatchObject({ releaseId: id, state: 'Deploying' });
    expect(later.value?.opened?.deployDispatch).toBeUndefined();
    expect(dispatches(f)).toHaveLength(1);
    expect(f.sim.violations).toEqual([]);
  }, 240_000);
});
