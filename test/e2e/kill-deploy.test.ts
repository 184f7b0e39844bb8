// The deploy bundle killed right after each of its GitHub and git writes (the simulator performs the write, never
// answers it, and the runner's process dies), then run again: the end state (the record on the state branch, the
// deploy branch's files, the Deployment and the state it shows) is the uninterrupted run's. Needs `npm run build`.
import { describe, expect, it } from 'vitest';
import { killAtEveryWrite } from '../helpers/kill-converge.js';
import { releaseWorld } from '../helpers/release-world.js';

describe('deploy killed after any one of its writes', () => {
  it('converges on a re-run to the uninterrupted end state', async () => {
    const w = await releaseWorld('e2e-kill-deploy-');
    const sha = await w.mergedRelease('payment-api-dev-20261130-kkkkk1', '2.5.0');
    const result = await killAtEveryWrite({ sim: w.sb.sim, run: (signal) => w.deploy(sha, {}, signal) });
    expect(result.referenceRun.exitCode, result.referenceRun.log).toBe(0);
    // Deploying, the deploy commit, the Deployment, in_progress, success, Deployed.
    expect(result.writes).toBe(6);
    const record = result.reference.records['releases/payment-api-dev-20261130-kkkkk1.yaml'] as {
      history: { state: string }[];
    };
    expect(record.history.map((h) => h.state)).toEqual([
      'PendingApproval',
      'Approved',
      'Deploying',
      'Deployed',
    ]);
    expect(result.reference.deployments).toHaveLength(1);
    for (const c of result.cases) {
      expect(c.killed.exitCode, `killed after write ${c.write}`).toBeNull();
      expect(c.rerun.exitCode, `re-run after a kill at write ${c.write}: ${c.rerun.log}`).toBe(0);
      expect(c.state, `end state after a kill at write ${c.write}`).toEqual(result.reference);
    }
    expect(w.sb.sim.violations).toEqual([]);
  }, 1_200_000);
});
