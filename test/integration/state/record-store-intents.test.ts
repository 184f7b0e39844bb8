// A write beaten by a write to ANOTHER record lands through an intent (src/state/intent-write.ts): its commit is
// published under refs/gitopshq/pending/ and folded onto the new tip by one atomic push, instead of re-reading and
// queueing again; an intent whose own record moved on is never folded.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RecordStore } from '../../../src/state/record-store.js';
import { StateBranch } from '../../../src/state/state-branch.js';
import { type Intent, StateIntents } from '../../../src/state/state-intents.js';
import { tmpDir } from '../../helpers/tmp.js';
import { cloneOf, makeRemote, sampleRelease } from './record-store-fixtures.js';

const FAST = { baseMs: 1, maxMs: 5 };

test('a write beaten by another record lands through an intent: its own commit, nothing left pending', {
  timeout: 120_000,
}, async () => {
  const dir = tmpDir();
  const url = await makeRemote(dir);
  const ours = await cloneOf(url, join(dir, 'ours'));
  const store = new RecordStore({ git: ours, remote: 'origin', actor: 'dev-alice', backoff: FAST });
  const rival = new RecordStore({
    git: await cloneOf(url, join(dir, 'rival')),
    remote: 'origin',
    actor: 'rev-bob',
  });
  const a = sampleRelease({ id: 'api-prod-20261130-00000a' });
  const b = sampleRelease({ id: 'api-prod-20261130-00000b' });
  await new RecordStore({ git: ours, remote: 'origin', actor: 'dev-alice' }).createRelease(a);

  let calls = 0;
  await store.updateRelease(
    a.id,
    async (r) => {
      calls++;
      // The rival writes ANOTHER record while we compute: our push loses, our record is unchanged.
      if (calls === 1) await rival.createRelease(b);
      return { ...r, notes: 'ours' };
    },
    'ours: notes',
  );

  // The mutation ran once: the lost commit was landed as it was, not recomputed.
  expect(calls).toBe(1);
  expect(store.stats).toMatchObject({ retries: 1, writes: 1 });
  const readerGit = await cloneOf(url, join(dir, 'reader'));
  const reader = new RecordStore({ git: readerGit, remote: 'origin' });
  const all = await reader.listReleases();
  expect(all.map((r) => [r.id, r.notes]).sort()).toEqual([
    [a.id, 'ours'],
    [b.id, undefined],
  ]);
  // One commit per write, ours with our author and message, and no intent left behind on the remote.
  const log = await readerGit.exec(['log', '--format=%an|%s', 'refs/gitopshq/fetched/gitopshq/state']);
  expect(log.stdout.trim().split('\n')).toEqual([
    'dev-alice|ours: notes',
    `rev-bob|release ${b.id}: created (Draft)`,
    `dev-alice|release ${a.id}: created (Draft)`,
  ]);
  const pending = await ours.exec(['ls-remote', 'origin', 'refs/gitopshq/*']);
  expect(pending.stdout.trim()).toBe('');
});

test('an intent is folded only while its record is byte for byte what its writer read', async () => {
  const dir = tmpDir();
  const git = await cloneOf(await makeRemote(dir), join(dir, 'c'));
  const intents = new StateIntents(
    new StateBranch({ git, remote: 'origin', branch: 'gitopshq/state' }),
    'origin',
  );
  const now = Date.now();
  const intent = (ref: string, path: string, base: string | undefined, blob: string, at = now): Intent => ({
    ref,
    commit: 'c'.repeat(40),
    path,
    base,
    blob,
    author: 'dev-alice <a@b> 1 +0000',
    message: 'm',
    at,
  });
  const x = 'releases/x.yaml';
  const y = 'releases/y.yaml';
  const tipBlobs = new Map<string, string | undefined>([
    [x, 'b1'],
    [y, undefined],
  ]);
  const todo = intents.applicable(
    [
      intent('r1', x, 'b1', 'b2'), // applies: x is still b1
      intent('r2', x, 'b1', 'b3', now + 1), // same record, same base, later: x is b2 by then, never folded
      intent('r3', y, undefined, 'b4'), // a create of a file still absent
      intent('r4', y, 'b0', 'b5'), // read a y that is not there: stale
      intent('r5', 'releases/z.yaml', undefined, 'b6', now - 16 * 60_000), // expired (a writer killed mid-way)
    ],
    tipBlobs,
    now + 2,
  );
  expect(todo.map((i) => i.ref)).toEqual(['r1', 'r3']);
});
