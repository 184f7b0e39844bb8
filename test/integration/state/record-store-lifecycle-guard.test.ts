// The lifecycle cannot be bypassed through the store: the old route (updateRelease setting `state` and appending
// to `history` by hand, as the demo once did) is refused and writes nothing; a state and its data land in one
// commit only through transitionRelease; a release cannot be created in a later state.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IllegalTransitionError, LifecycleBypassError } from '../../../src/domain/lifecycle.js';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { RecordStore } from '../../../src/state/record-store.js';
import { tmpDir } from '../../helpers/tmp.js';
import { cloneOf, makeRemote, newGit, sampleRelease } from './record-store-fixtures.js';

const BRANCH = 'gitopshq/state';

async function setup() {
  const dir = tmpDir();
  const url = await makeRemote(dir);
  const store = new RecordStore({ git: await cloneOf(url, join(dir, 'checkout')), remote: 'origin' });
  const release = sampleRelease();
  await store.createRelease(release);
  await store.transitionRelease(release.id, 'PendingApproval', { actor: 'dev-alice', note: 'PR #7 ready' });
  const tip = async () =>
    (await newGit('/').exec(['ls-remote', url, `refs/heads/${BRANCH}`])).stdout.slice(0, 40);
  /** Commits on the remote's state branch since `since`. */
  const commitsSince = async (since: string) => {
    const check = await cloneOf(url, join(dir, `check-${Math.random().toString(36).slice(2)}`));
    const r = await check.exec(['rev-list', '--count', `${since}..origin/${BRANCH}`]);
    return Number(r.stdout.trim());
  };
  return { store, id: release.id, tip, commitsSince };
}

const approval = {
  reviewer: 'rev-bob',
  state: 'APPROVED',
  commit: 'abc1234',
  at: '2026-11-26T10:05:00.000Z',
} as const;

describe('updateRelease cannot change the state', () => {
  test('the old route to Approved (state and a hand-made history entry) is refused; nothing is written', async () => {
    const { store, id, tip } = await setup();
    const before = await tip();
    const bypass = store.updateRelease(
      id,
      (r) => ({
        ...r,
        approvals: [approval],
        state: 'Approved',
        history: [...r.history, { state: 'Approved', at: new Date().toISOString(), actor: 'rev-bob' }],
      }),
      `release ${id}: PendingApproval -> Approved`,
    );
    await expect(bypass).rejects.toBeInstanceOf(LifecycleBypassError);
    await expect(bypass).rejects.toThrow(/changes only through transitionRelease.*nothing was written/);
    expect(await tip()).toBe(before);
    const stored = await store.getRelease(id);
    expect(stored?.state).toBe('PendingApproval');
    expect(stored?.approvals).toEqual([]);
  });

  test.each<[string, (r: ReleaseRecord) => ReleaseRecord]>([
    ['the state alone', (r) => ({ ...r, state: 'Approved' })],
    [
      'a history entry appended, state kept',
      (r) => ({ ...r, history: [...r.history, { ...r.history[0]! }] }),
    ],
    ['the history truncated', (r) => ({ ...r, history: r.history.slice(0, 1), state: 'Draft' })],
    ['an entry rewritten', (r) => ({ ...r, history: r.history.map((h) => ({ ...h, actor: 'mallory' })) })],
    ['the history reordered', (r) => ({ ...r, history: [...r.history].reverse() })],
  ])('%s is refused', async (_, mutate) => {
    const { store, id, tip } = await setup();
    const before = await tip();
    await expect(store.updateRelease(id, mutate, 'bypass')).rejects.toBeInstanceOf(LifecycleBypassError);
    expect(await tip()).toBe(before);
  });

  test('other fields still update', async () => {
    const { store, id } = await setup();
    const updated = await store.updateRelease(id, (r) => ({ ...r, notes: 'more' }), 'notes');
    expect(updated.notes).toBe('more');
    expect(updated.state).toBe('PendingApproval');
  });
});

describe('transitionRelease: the state and its data in one write', () => {
  test('Approved and the approvals seen land in one commit', async () => {
    const { store, id, tip, commitsSince } = await setup();
    const before = await tip();
    const approved = await store.transitionRelease(id, 'Approved', {
      actor: 'rev-bob',
      note: '1 approval seen',
      patch: { approvals: [approval] },
    });
    expect(await commitsSince(before)).toBe(1);
    const stored = await store.getRelease(id);
    expect(stored).toEqual(approved);
    expect(stored?.state).toBe('Approved');
    expect(stored?.approvals).toEqual([approval]);
    expect(stored?.history.map((h) => `${h.state}:${h.actor}`)).toEqual([
      'Draft:dev-alice',
      'PendingApproval:dev-alice',
      'Approved:rev-bob',
    ]);
  });

  test('a patch function sees the moved record; one that touches state or history is refused', async () => {
    const { store, id, tip } = await setup();
    const approved = await store.transitionRelease(id, 'Approved', {
      actor: 'rev-bob',
      patch: (r) => ({ ...r, notes: `approved from ${r.history.at(-2)?.state} as ${r.state}` }),
    });
    expect(approved.notes).toBe('approved from PendingApproval as Approved');
    const before = await tip();
    const sneaky = store.transitionRelease(id, 'Deploying', {
      actor: 'gitopshq-bot',
      patch: (r) => ({ ...r, state: 'Healthy' }),
    });
    await expect(sneaky).rejects.toBeInstanceOf(LifecycleBypassError);
    const doubled = store.transitionRelease(id, 'Deploying', {
      actor: 'gitopshq-bot',
      patch: (r) => ({ ...r, history: [...r.history, { ...r.history.at(-1)!, state: 'Deployed' }] }),
    });
    await expect(doubled).rejects.toBeInstanceOf(LifecycleBypassError);
    expect(await tip()).toBe(before);
    expect((await store.getRelease(id))?.state).toBe('Approved');
  });

  test('an illegal move is still an IllegalTransitionError', async () => {
    const { store, id } = await setup();
    await expect(store.transitionRelease(id, 'Healthy', { actor: 'x' })).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
  });
});

describe('createRelease', () => {
  test.each<[string, Partial<ReleaseRecord>]>([
    [
      'in a later state with a made-up history',
      {
        state: 'Approved',
        history: [
          { state: 'Draft', at: '2026-11-26T10:00:00.000Z', actor: 'dev-alice' },
          { state: 'PendingApproval', at: '2026-11-26T10:01:00.000Z', actor: 'dev-alice' },
          { state: 'Approved', at: '2026-11-26T10:02:00.000Z', actor: 'dev-alice' },
        ],
      },
    ],
    ['with a history that does not match its state', { state: 'PendingApproval' }],
    [
      'with two entries',
      {
        state: 'PendingApproval',
        history: [
          { state: 'Draft', at: '2026-11-26T10:00:00.000Z', actor: 'dev-alice' },
          { state: 'PendingApproval', at: '2026-11-26T10:01:00.000Z', actor: 'dev-alice' },
        ],
      },
    ],
  ])('refuses a release %s', async (_, overrides) => {
    const dir = tmpDir();
    const url = await makeRemote(dir);
    const store = new RecordStore({ git: await cloneOf(url, join(dir, 'checkout')), remote: 'origin' });
    await expect(store.createRelease(sampleRelease(overrides))).rejects.toBeInstanceOf(LifecycleBypassError);
    expect(await store.refresh()).toBeUndefined();
  });

  test('accepts one ready for review at once', async () => {
    const dir = tmpDir();
    const url = await makeRemote(dir);
    const store = new RecordStore({ git: await cloneOf(url, join(dir, 'checkout')), remote: 'origin' });
    const ready = sampleRelease({
      state: 'PendingApproval',
      history: [{ state: 'PendingApproval', at: '2026-11-26T10:00:00.000Z', actor: 'dev-alice' }],
    });
    expect((await store.createRelease(ready)).state).toBe('PendingApproval');
  });
});
