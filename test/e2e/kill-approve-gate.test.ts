// The approve-gate bundle on a prod release PR opened by hand (it registers the release, sets the approval status
// and moves the record to Approved) killed right after each of its GitHub and git writes, then run again: the end
// state (the one record and its history, the status on the head, the PR) is the uninterrupted run's.
// Needs `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../src/domain/value-path.js';
import { pullRequestReviewEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import { killAtEveryWrite } from '../helpers/kill-converge.js';
import { releaseWorld } from '../helpers/release-world.js';
import { review } from '../helpers/sim-fixture.js';

const VALUES = 'workloads/payment-api/values/prod.yaml';

describe('approve-gate killed after any one of its writes', () => {
  it('converges on a re-run to the uninterrupted end state', async () => {
    const w = await releaseWorld('e2e-kill-gate-');
    // No freeze, whenever this runs (the example's weekend freeze would otherwise decide).
    const erin = await w.clone('release-erin');
    const config = join(erin.cwd, 'gitopshq.yaml');
    const text = readFileSync(config, 'utf8');
    const start = text.indexOf('\nfreezes:\n');
    const end = text.indexOf('\n# Checks every rendered manifest');
    expect(start).toBeGreaterThan(0);
    writeFileSync(config, `${text.slice(0, start)}\nfreezes: []\n${text.slice(end)}`);
    await erin.addAll();
    await erin.commit('no freezes for this test');
    expect((await erin.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);

    const alice = await w.clone('dev-alice');
    await alice.checkout('release/payment-api-prod', { create: true });
    const values = join(alice.cwd, VALUES);
    writeFileSync(
      values,
      applyValueUpdates(readFileSync(values, 'utf8'), [{ path: 'image.tag', value: '"2.5.0"' }], VALUES),
    );
    await alice.addAll();
    await alice.commit('payment-api: bump image.tag to 2.5.0 in prod');
    expect((await alice.push('origin', ['release/payment-api-prod'])).exitCode).toBe(0);
    const pr = await w.as('dev-alice').createPullRequest({
      head: 'release/payment-api-prod',
      base: 'main',
      title: 'payment-api: bump image.tag to 2.5.0',
      body: 'prod release',
    });
    const fixture = { sim: w.sb.sim, tokens: w.sb.users } as Parameters<typeof review>[0];
    await review(fixture, 'rev-bob', pr.number, 'APPROVE', 'ok');
    await review(fixture, 'sre-dave', pr.number, 'APPROVE', 'ok from sre');

    const head = pr.head;
    const run = async (signal?: AbortSignal) => {
      const git = await w.workspace();
      await git.checkout(head.sha);
      return runBundle({
        name: 'approve-gate',
        inputs: { 'pull-request': String(pr.number) },
        event: pullRequestReviewEvent({
          reviewer: 'sre-dave',
          state: 'approved',
          pullRequest: { number: pr.number, head, base: pr.base, author: 'dev-alice' },
        }),
        workspace: git.cwd,
        token: w.sb.users['gitopshq-bot'],
        apiUrl: w.sb.sim.apiUrl,
        serverUrl: w.sb.sim.gitUrl,
        sha: head.sha,
        ref: `refs/pull/${pr.number}/merge`,
        actor: 'gitopshq-bot',
        timeoutMs: 300_000,
        ...(signal ? { signal } : {}),
      });
    };
    const result = await killAtEveryWrite({
      sim: w.sb.sim,
      run,
      normalize: (s) => s.replace(/payment-api-prod-\d{8}-[0-9a-f]{6}/g, '<id>'),
    });
    expect(result.referenceRun.exitCode, result.referenceRun.log).toBe(0);
    expect(result.referenceRun.outputs).toMatchObject({ approved: 'true', state: 'Approved' });
    expect(result.writes).toBeGreaterThanOrEqual(2);
    const records = Object.values(result.reference.records) as { state: string }[];
    expect(records.map((r) => r.state)).toEqual(['Approved']);
    expect(Object.values(result.reference.statuses)).toMatchObject([{ state: 'success' }]);
    for (const c of result.cases) {
      expect(c.killed.exitCode, `killed after write ${c.write}`).toBeNull();
      expect(c.rerun.exitCode, `re-run after a kill at write ${c.write}: ${c.rerun.log}`).toBe(0);
      expect(c.state, `end state after a kill at write ${c.write}`).toEqual(result.reference);
    }
    expect(w.sb.sim.violations).toEqual([]);
  }, 1_200_000);
});
