// The create-release bundle (dev, auto-merge) killed right after each of its GitHub and git writes (the simulator
// performs the write, never answers it, and the runner's process dies), then run again: the end state (the release
// branch, main after the merge, the one pull request, the one record Approved, the deploy dispatched) is the
// uninterrupted run's. A run killed before its pull request carried the release id makes a new id on the re-run:
// ids are compared as `<id>`.
// Needs `npm run build`.
import { describe, expect, it } from 'vitest';
import { repositoryDispatchEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import { killAtEveryWrite } from '../helpers/kill-converge.js';
import { releaseWorld } from '../helpers/release-world.js';

const DEV = { workload: 'payment-api', environment: 'dev', updates: 'image.tag=1.6.0', 'auto-merge': 'true' };

describe('create-release killed after any one of its writes', () => {
  it('converges on a re-run to the uninterrupted end state', async () => {
    const w = await releaseWorld('e2e-kill-create-release-');
    const sb = w.sb;
    const run = async (signal?: AbortSignal) => {
      const dir = (await w.workspace()).cwd;
      return runBundle({
        name: 'create-release',
        inputs: DEV,
        event: repositoryDispatchEvent({ eventType: 'build-done', clientPayload: {} }),
        workspace: dir,
        token: sb.users['gitopshq-bot'],
        apiUrl: sb.sim.apiUrl,
        serverUrl: sb.sim.gitUrl,
        actor: 'dev-alice',
        timeoutMs: 300_000,
        ...(signal ? { signal } : {}),
      });
    };
    const result = await killAtEveryWrite({
      sim: sb.sim,
      run,
      normalize: (s) => s.replace(/payment-api-dev-\d{8}-[0-9a-f]{6}/g, '<id>'),
    });
    expect(result.referenceRun.exitCode, result.referenceRun.log).toBe(0);
    // The release branch, the PR, the record; the first preview's sticky comment and status; the first gate's
    // Approved and its status; the merge; the deploy's dispatch (a run killed after the merge dispatches it on the
    // re-run, as the end state's dispatches show).
    expect(result.writes).toBe(9);
    expect(result.reference.dispatches).toEqual([
      JSON.stringify([
        'workflow',
        'gitopshq-deploy.yml',
        'main',
        { environment: 'dev', 'release-id': '<id>' },
      ]),
    ]);
    const records = Object.values(result.reference.records) as { state: string }[];
    expect(records.map((r) => r.state)).toEqual(['Approved']);
    expect(result.reference.pulls).toMatchObject([{ merged: true, state: 'closed' }]);
    for (const c of result.cases) {
      expect(c.killed.exitCode, `killed after write ${c.write}`).toBeNull();
      expect(c.rerun.exitCode, `re-run after a kill at write ${c.write}: ${c.rerun.log}`).toBe(0);
      expect(c.state, `end state after a kill at write ${c.write}`).toEqual(result.reference);
    }
    expect(sb.sim.violations).toEqual([]);
  }, 1_200_000);
});
