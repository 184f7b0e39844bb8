// The deploy bundle with `rollback-to` killed right after each of its GitHub and git writes, then run again: the end
// state (the deploy branch's files, the Deployment and its state, the record Rolled Back, the values branch and its
// pull request on main) is the uninterrupted run's. Needs `npm run build`.
import { describe, expect, it } from 'vitest';
import { killAtEveryWrite } from '../helpers/kill-converge.js';
import { releaseWorld } from '../helpers/release-world.js';

const GOOD = 'payment-api-dev-20261130-rrrrr1';
const BAD = 'payment-api-dev-20261130-rrrrr2';

describe('rollback killed after any one of its writes', () => {
  it('converges on a re-run to the uninterrupted end state', async () => {
    const w = await releaseWorld('e2e-kill-rollback-');
    expect((await w.deploy(await w.mergedRelease(GOOD, '2.5.0'))).exitCode).toBe(0);
    expect((await w.deploy(await w.mergedRelease(BAD, '2.6.0'))).exitCode).toBe(0);
    // A rollback goes back to a release seen Healthy (verify-health's verdict, here written directly).
    const records = await w.store();
    for (const to of ['Synced', 'Healthy'] as const)
      await records.transitionRelease(GOOD, to, { actor: 'gitopshq-bot' });
    const main = (await w.sb.sim.bare('acme', 'gitops').branchSha('main')) ?? '';
    const inputs = { environment: 'dev', 'rollback-to': GOOD };
    const result = await killAtEveryWrite({ sim: w.sb.sim, run: (signal) => w.deploy(main, inputs, signal) });
    expect(result.referenceRun.exitCode, result.referenceRun.log).toBe(0);
    // The deploy commit, the Deployment, in_progress, success, Rolled Back, the values branch, its PR.
    expect(result.writes).toBe(7);
    const bad = result.reference.records[`releases/${BAD}.yaml`] as {
      state: string;
      history: { state: string }[];
    };
    expect(bad.state).toBe('RolledBack');
    expect(bad.history.map((h) => h.state).slice(-2)).toEqual(['Deployed', 'RolledBack']);
    expect(result.reference.pulls.filter((p) => (p as { state: string }).state === 'open')).toHaveLength(1);
    for (const c of result.cases) {
      expect(c.killed.exitCode, `killed after write ${c.write}`).toBeNull();
      expect(c.rerun.exitCode, `re-run after a kill at write ${c.write}: ${c.rerun.log}`).toBe(0);
      expect(c.state, `end state after a kill at write ${c.write}`).toEqual(result.reference);
    }
    expect(w.sb.sim.violations).toEqual([]);
  }, 1_200_000);
});
