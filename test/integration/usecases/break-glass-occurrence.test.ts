// Break-glass opens the freeze occurrence it was granted in, never a later one of the same name, through the
// OpenAPI-checked GitHub simulator with the real Octokit adapter, real git and the record store on the state branch.
// The example repository's `weekend` freeze holds prod from Friday 18:00 to Monday 07:00 Berlin; a prod release
// passes the gate one Saturday by break-glass (label plus an sre approval), is re-approved on the Wednesday (the
// break-glass lapses), is merged, and its deploy the next Saturday holds: the weekend it broke is over.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import {
  localDeployBranches,
  localPorts,
  localRecordStore,
  localReleaseSource,
} from '../../../src/usecases/local-ports.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const SLOW = 300_000;
const SATURDAY = new Date('2026-11-28T12:00:00Z');
const WEDNESDAY = new Date('2026-12-02T12:00:00Z');
const NEXT_SATURDAY = new Date('2026-12-05T12:00:00Z');
const at = (d: Date) => ({ now: () => d });

async function review(w: ReleaseWorld, login: string, pr: number, body: string): Promise<void> {
  const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/pulls/${pr}/reviews`, {
    method: 'POST',
    headers: { authorization: `token ${w.sb.users[login]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'APPROVE', body }),
  });
  expect(res.status).toBe(200);
}

async function gate(w: ReleaseWorld, number: number, when: Date) {
  const ws = await w.workspace();
  const store = await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
  const { checkout } = localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' });
  const run = await runGate(
    { pullRequest: number, actor: 'gitopshq-bot' },
    { github: w.as('gitopshq-bot'), checkout, store, log: silentLogger },
    at(when),
  );
  if (run.kind !== 'gated' || run.result.value === undefined) throw new Error('expected a gate report');
  return run.result.value;
}

async function release(w: ReleaseWorld, id: string) {
  const store = await w.store();
  await store.refresh();
  return (await store.listReleases()).find((r) => r.id === id);
}

describe('break-glass and the freeze occurrence (simulator)', () => {
  it(
    'broken one weekend, re-approved midweek, merged: the next weekend holds the deploy',
    async () => {
      const w = await releaseWorld('break-glass-occurrence-');
      const git = await w.clone('dev-alice');
      const branch = 'release/hotfix-prod';
      await git.checkout(branch, { create: true });
      const file = 'workloads/payment-api/values/prod.yaml';
      const full = join(git.cwd, file);
      writeFileSync(
        full,
        applyValueUpdates(readFileSync(full, 'utf8'), [{ path: 'image.tag', value: '"9.9.9"' }], file),
      );
      await git.addAll();
      await git.commit('payment-api: hotfix to prod');
      expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
      const dev = w.as('dev-alice');
      const pr = (await dev.createPullRequest({ head: branch, base: 'main', title: branch, body: '' }))
        .number;
      await dev.addLabels(pr, ['break-glass']);
      await review(w, 'rev-bob', pr, 'tag checked');
      await review(w, 'sre-dave', pr, 'INC-42: card payments down, ship now');

      const saturday = await gate(w, pr, SATURDAY);
      expect(saturday).toMatchObject({ approved: true, state: 'Approved' });
      const id = saturday.releaseId ?? '';
      expect((await release(w, id))?.breakGlass).toEqual({
        actor: 'sre-dave',
        at: expect.any(String),
        reason: 'INC-42: card payments down, ship now',
        freezes: ['weekend'],
        occurrences: [
          { freeze: 'weekend', from: '2026-11-27T17:00:00.000Z', until: '2026-11-30T06:00:00.000Z' },
        ],
      });

      // Midweek: not frozen, the gate still passes; the break-glass lapses and leaves the record.
      const wednesday = await gate(w, pr, WEDNESDAY);
      expect(wednesday).toMatchObject({ approved: true, state: 'Approved' });
      expect((await release(w, id))?.breakGlass).toBeUndefined();

      const merge = await w.as('release-erin').mergePullRequest(pr);
      const ws = await w.workspace();
      const ports = {
        github: w.as('gitopshq-bot'),
        store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'release-erin' }),
        log: silentLogger,
        source: localReleaseSource(ws.cwd),
        branches: localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
      };
      const held = await deploy({ sha: merge.sha, actor: 'release-erin' }, ports, at(NEXT_SATURDAY));
      expect(held.outcome).toBe('pending');
      expect(held.outcome === 'pending' && held.reason).toMatch(
        /^deploy of \S+ held: frozen until Mon 07:00 Europe\/Berlin \(weekend\)\. The release stays Approved/,
      );
      expect((await release(w, id))?.state).toBe('Approved');
    },
    SLOW,
  );
});
