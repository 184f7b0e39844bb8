// approve-gate on closed pull requests, through the OpenAPI-checked GitHub simulator with the real Octokit adapter,
// real git and the record store on the state branch: a release PR closed without merging cancels its release (from
// Pending Approval and from Approved, history naming who closed it), a merged one and one GitHub says is open are
// left alone whatever the event said, a PR that was never a release writes nothing, a reopened PR becomes a new
// release, and the board stops listing the cancelled one. The promotion case: a wave whose PR was closed unmerged
// is opened again by the next promote.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { writeDashboard } from '../../../src/usecases/dashboard.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import {
  localDeployBranches,
  localPorts,
  localRecordStore,
  localReleaseSource,
} from '../../../src/usecases/local-ports.js';
import { promoteFixture, WEDNESDAY } from '../../helpers/promote-fixture.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';
import { tmpDir } from '../../helpers/tmp.js';

const SLOW = 300_000;

/** dev-alice opens a PR by hand on `branch`: a values change of `env`, or (`env` undefined) a README change only. */
async function openPr(w: ReleaseWorld, branch: string, env?: string): Promise<number> {
  const git = await w.clone('dev-alice');
  await git.checkout(branch, { create: true });
  if (env) {
    const file = `workloads/payment-api/values/${env}.yaml`;
    const full = join(git.cwd, file);
    writeFileSync(
      full,
      applyValueUpdates(readFileSync(full, 'utf8'), [{ path: 'image.tag', value: '"9.9.9"' }], file),
    );
  } else {
    writeFileSync(join(git.cwd, 'NOTES.md'), 'not a release\n');
  }
  await git.addAll();
  await git.commit(`${branch}: change`);
  expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
  const pr = await w
    .as('dev-alice')
    .createPullRequest({ head: branch, base: 'main', title: branch, body: '' });
  return pr.number;
}

/** The gate as the action runs it: a fresh checkout, the record store on it, the bot's token. */
async function gate(w: ReleaseWorld, number: number, opts: { actor?: string; eventAction?: string } = {}) {
  const ws = await w.workspace();
  const actor = opts.actor ?? 'gitopshq-bot';
  const store = await localRecordStore(ws.cwd, { remote: 'origin', actor });
  const { checkout } = localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' });
  return runGate(
    { pullRequest: number, actor, ...(opts.eventAction ? { eventAction: opts.eventAction } : {}) },
    { github: w.as('gitopshq-bot'), checkout, store, log: silentLogger },
  );
}

async function gated(w: ReleaseWorld, number: number, eventAction?: string) {
  const r = await gate(w, number, eventAction ? { eventAction } : {});
  if (r.kind !== 'gated' || r.result.value === undefined)
    throw new Error(`expected a gate report: ${r.kind}`);
  return r.result.value;
}

async function closedRun(w: ReleaseWorld, number: number, actor: string) {
  const r = await gate(w, number, { actor, eventAction: 'closed' });
  if (r.kind !== 'closed') throw new Error('expected the closed path');
  return r.report;
}

async function state(w: ReleaseWorld) {
  const store = await w.store();
  const tip = await store.refresh();
  return { tip, records: tip ? await store.listReleases() : [] };
}

async function approvalStatuses(w: ReleaseWorld, number: number): Promise<number> {
  const pr = await w.as('rev-bob').getPullRequest(number);
  const combined = await w.as('rev-bob').getCombinedStatus(pr.head.sha);
  return combined.statuses.filter((s) => s.context === 'gitopshq/approval').length;
}

async function awaiting(w: ReleaseWorld): Promise<number> {
  const clone = await w.clone('rev-bob');
  const r = await writeDashboard({
    repo: clone.cwd,
    out: join(tmpDir('closed-board-'), 'site'),
    cache: false,
  });
  if (r.outcome !== 'succeeded') throw new Error('dashboard failed');
  return r.value.board.awaiting;
}

describe('approve-gate on closed release pull requests (simulator)', () => {
  it(
    'closed unmerged from Pending Approval and from Approved: Cancelled, with who closed it; reopened: a new release',
    async () => {
      const w = await releaseWorld('gate-closed-');
      const prod = await openPr(w, 'release/by-hand-prod', 'prod');
      const dev = await openPr(w, 'release/by-hand-dev', 'dev');
      const prodGate = await gated(w, prod);
      const devGate = await gated(w, dev);
      // prod needs two approvals; dev none, so its release is Approved at once.
      expect(prodGate.state).toBe('PendingApproval');
      expect(devGate.state).toBe('Approved');
      expect(await awaiting(w)).toBe(1);

      // An event saying "closed" while GitHub says open (stale, or forged): nothing is cancelled.
      const stale = await gate(w, prod, { actor: 'dev-mallory', eventAction: 'closed' });
      expect(stale.kind).toBe('gated');
      expect((await state(w)).records.find((r) => r.id === prodGate.releaseId)?.state).toBe(
        'PendingApproval',
      );

      for (const n of [prod, dev]) await w.as('dev-alice').updatePullRequest(n, { state: 'closed' });
      const statuses = await approvalStatuses(w, prod);
      const p = await closedRun(w, prod, 'dev-alice');
      const d = await closedRun(w, dev, 'rev-carol');
      expect(p).toMatchObject({ verdict: 'cancel', cancelled: true, state: 'Cancelled', recordWrites: 1 });
      expect(d).toMatchObject({ verdict: 'cancel', cancelled: true, state: 'Cancelled' });
      expect(p.message).toMatch(
        /^pull request #\d+ closed without merging: release \S+ Pending Approval -> Cancelled$/,
      );
      // No `gitopshq/approval` on a closed pull request.
      expect(await approvalStatuses(w, prod)).toBe(statuses);
      const after = await state(w);
      const histories = Object.fromEntries(
        after.records.map((r) => [r.id, r.history.map((h) => `${h.state} by ${h.actor}: ${h.note ?? ''}`)]),
      );
      expect(histories[prodGate.releaseId ?? '']?.slice(1)).toEqual([
        `Cancelled by dev-alice: pull request #${prod} closed without merging`,
      ]);
      expect(histories[devGate.releaseId ?? '']?.slice(-2)).toEqual([
        expect.stringMatching(/^Approved by gitopshq-bot: /),
        `Cancelled by rev-carol: pull request #${dev} closed without merging`,
      ]);
      // The board no longer waits for the cancelled release.
      expect(await awaiting(w)).toBe(0);

      // A second closed run (a re-run) changes nothing.
      const again = await closedRun(w, prod, 'dev-alice');
      expect(again).toMatchObject({ verdict: 'keep', cancelled: false, state: 'Cancelled' });
      expect((await state(w)).tip).toBe(after.tip);

      // Reopened: Cancelled is final, so the pull request is registered again as a new release.
      await w.as('dev-alice').updatePullRequest(prod, { state: 'open' });
      const reopened = await gated(w, prod, 'reopened');
      expect(reopened).toMatchObject({ registered: true, state: 'PendingApproval' });
      expect(reopened.releaseId).not.toBe(prodGate.releaseId);
      const mine = (await state(w)).records.filter((r) => r.pullRequest?.number === prod);
      expect(mine.map((r) => [r.id, r.state]).sort()).toEqual(
        [
          [prodGate.releaseId, 'Cancelled'],
          [reopened.releaseId, 'PendingApproval'],
        ].sort(),
      );
      expect(mine.find((r) => r.id === reopened.releaseId)?.history[0]?.note).toBe(
        `registered from pull request #${prod}, reopened after release ${prodGate.releaseId} was cancelled`,
      );
      expect(await awaiting(w)).toBe(1);

      // The dev PR reopened and merged: deploy finds its new release, never the Cancelled one the PR also names.
      await w.as('dev-alice').updatePullRequest(dev, { state: 'open' });
      const devAgain = await gated(w, dev, 'reopened');
      expect(devAgain).toMatchObject({ registered: true, state: 'Approved' });
      const merge = await w.as('release-erin').mergePullRequest(dev);
      const ws = await w.workspace();
      const deployed = await deploy(
        { sha: merge.sha, actor: 'release-erin' },
        {
          github: w.as('gitopshq-bot'),
          store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'release-erin' }),
          log: silentLogger,
          source: localReleaseSource(ws.cwd),
          branches: localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
        },
      );
      expect(deployed.outcome === 'succeeded' && deployed.value.releaseId).toBe(devAgain.releaseId);
      const byId = new Map((await state(w)).records.map((r) => [r.id, r.state]));
      expect(byId.get(devAgain.releaseId ?? '')).toBe('Deployed');
      expect(byId.get(devGate.releaseId ?? '')).toBe('Cancelled');
    },
    SLOW,
  );

  it(
    'merged, or never a release: nothing is written and no status is set',
    async () => {
      const w = await releaseWorld('gate-closed-merged-');
      const dev = await openPr(w, 'release/merged-dev', 'dev');
      const devGate = await gated(w, dev);
      expect(devGate.state).toBe('Approved');
      await w.as('release-erin').mergePullRequest(dev);
      const notes = await openPr(w, 'notes-only');
      await w.as('dev-alice').updatePullRequest(notes, { state: 'closed' });
      const before = await state(w);
      const statuses = await approvalStatuses(w, dev);

      const merged = await closedRun(w, dev, 'release-erin');
      expect(merged).toMatchObject({ verdict: 'merged', merged: true, cancelled: false, state: 'Approved' });
      expect(merged.message).toMatch(
        /was merged: deploy moves release \S+ \(Approved\) from the merge; the gate writes nothing$/,
      );
      const none = await closedRun(w, notes, 'dev-alice');
      expect(none).toMatchObject({ verdict: 'no-release', cancelled: false, recordWrites: 0 });
      expect(none.releaseId).toBeUndefined();

      expect((await state(w)).tip).toBe(before.tip);
      expect(await approvalStatuses(w, dev)).toBe(statuses);
    },
    SLOW,
  );

  it(
    'a promotion wave whose PR was closed unmerged: its release is Cancelled, and promote opens the wave again',
    async () => {
      const f = await promoteFixture();
      const first = await f.run({});
      if (first.outcome !== 'succeeded') throw new Error('the canary wave did not open');
      const wave = first.value.opened;
      expect(wave?.state).toBe('PendingApproval');
      await f.github('release-erin').updatePullRequest(wave?.pullRequestNumber ?? 0, { state: 'closed' });

      const store = await localRecordStore(f.git.cwd, { remote: 'origin', actor: 'release-erin' });
      const r = await runGate(
        { pullRequest: wave?.pullRequestNumber ?? 0, actor: 'release-erin', eventAction: 'closed' },
        {
          github: f.github('gitopshq-bot'),
          checkout: localPorts(f.git.cwd).checkout,
          store,
          log: silentLogger,
        },
        { now: () => WEDNESDAY },
      );
      expect(r.kind === 'closed' && r.report).toMatchObject({ verdict: 'cancel', state: 'Cancelled' });

      // The promotion does not wait for a release that will never merge: the canary wave is opened again.
      const again = await f.run({});
      if (again.outcome !== 'succeeded') throw new Error(`promote again: ${JSON.stringify(again)}`);
      expect(again.value.promotionId).toBe(first.value.promotionId);
      expect(again.value.wave).toMatchObject({ wave: 0, tenants: ['canary'] });
      expect(again.value.opened?.releaseId).not.toBe(wave?.releaseId);
      expect(again.value.opened?.pullRequestNumber).not.toBe(wave?.pullRequestNumber);
      expect(again.value.opened?.state).toBe('PendingApproval');
      const promotion = await f.store.getPromotion(first.value.promotionId ?? '');
      expect(promotion?.state).toBe('InProgress');
      expect(promotion?.waves.map((x) => [x.wave, x.releases])).toEqual([
        [0, [wave?.releaseId]],
        [0, [again.value.opened?.releaseId]],
      ]);
    },
    SLOW,
  );

  for (const gateOnReopen of [true, false]) {
    it(
      `a promotion wave PR closed, then reopened${gateOnReopen ? '' : ' (its reopened run dropped)'}: the next promote links a new release into the wave`,
      async () => {
        const f = await promoteFixture();
        const first = await f.run({});
        if (first.outcome !== 'succeeded') throw new Error('the canary wave did not open');
        const number = first.value.opened?.pullRequestNumber ?? 0;
        const cancelled = first.value.opened?.releaseId;
        const gateAs = async (actor: string, eventAction: string) => {
          const store = await localRecordStore(f.git.cwd, { remote: 'origin', actor });
          return runGate(
            { pullRequest: number, actor, eventAction },
            {
              github: f.github('gitopshq-bot'),
              checkout: localPorts(f.git.cwd).checkout,
              store,
              log: silentLogger,
            },
            { now: () => WEDNESDAY },
          );
        };
        await f.github('release-erin').updatePullRequest(number, { state: 'closed' });
        expect((await gateAs('release-erin', 'closed')).kind).toBe('closed');
        await f.github('release-erin').updatePullRequest(number, { state: 'open' });
        let registered: string | undefined;
        if (gateOnReopen) {
          const reopened = await gateAs('release-erin', 'reopened');
          const fresh = reopened.kind === 'gated' ? reopened.result.value : undefined;
          expect(fresh).toMatchObject({ registered: true, state: 'PendingApproval' });
          registered = fresh?.releaseId;
        }

        // promote finds the reopened pull request on the wave's branch; its release is a live one, never the
        // Cancelled one its body still names.
        const again = await f.run({});
        if (again.outcome !== 'succeeded') throw new Error(`promote again: ${JSON.stringify(again)}`);
        const live = again.value.opened?.releaseId;
        expect(again.value.opened).toMatchObject({ pullRequestNumber: number, state: 'PendingApproval' });
        expect(live).not.toBe(cancelled);
        if (registered) expect(live).toBe(registered);
        const promotion = await f.store.getPromotion(first.value.promotionId ?? '');
        expect(promotion?.waves.map((x) => x.releases)).toEqual([[cancelled], [live]]);
        expect(await f.store.getRelease(live ?? '')).toMatchObject({
          state: 'PendingApproval',
          promotion: first.value.promotionId,
          tenants: ['canary'],
        });
        expect((await f.store.getRelease(cancelled ?? ''))?.state).toBe('Cancelled');
      },
      SLOW,
    );
  }
});
