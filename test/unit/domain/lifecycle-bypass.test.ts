// lifecycleBypass: the rule the record store applies to every release write. Each row is a write someone could try;
// the expected verdict is written by hand.
import { describe, expect, it } from 'vitest';
import { lifecycleBypass, transition } from '../../../src/domain/lifecycle.js';
import type { HistoryEntry, ReleaseState } from '../../../src/domain/model.js';

const e = (state: ReleaseState, actor = 'dev-alice', at = '2026-11-26T10:00:00.000Z'): HistoryEntry => ({
  state,
  at,
  actor,
});
const rec = (state: ReleaseState, ...history: HistoryEntry[]) => ({ state, history });

const pending = rec(
  'PendingApproval',
  e('Draft'),
  e('PendingApproval', 'dev-alice', '2026-11-26T10:01:00.000Z'),
);
const approved = transition(pending, 'Approved', 'rev-bob', 'ok', new Date('2026-11-26T10:02:00.000Z'));

describe('a new record', () => {
  it.each([
    ['Draft with its entry', rec('Draft', e('Draft')), true],
    ['PendingApproval with its entry', rec('PendingApproval', e('PendingApproval')), true],
    ['Approved with its entry', rec('Approved', e('Approved')), false],
    [
      'Healthy with a legal-looking path',
      rec('Healthy', e('Draft'), e('PendingApproval'), e('Healthy')),
      false,
    ],
    ['an entry of another state', rec('PendingApproval', e('Draft')), false],
    ['two entries', rec('PendingApproval', e('Draft'), e('PendingApproval')), false],
    ['no entry', rec('Draft'), false],
  ])('%s: allowed=%s', (_, after, allowed) => {
    expect(lifecycleBypass(undefined, after) === undefined).toBe(allowed);
  });
});

describe('an update (no transition)', () => {
  it.each([
    ['nothing of the lifecycle changed', pending, true],
    ['the state changed', { ...pending, state: 'Approved' as const }, false],
    ['the state and one entry, as transition() would', approved, false],
    [
      'an entry appended, state kept',
      rec('PendingApproval', ...pending.history, e('PendingApproval')),
      false,
    ],
    ['the last entry removed', rec('PendingApproval', e('Draft')), false],
    [
      'a note added to an entry',
      rec('PendingApproval', e('Draft'), { ...pending.history[1], note: 'x' } as HistoryEntry),
      false,
    ],
    [
      'the time of an entry changed',
      rec(
        'PendingApproval',
        { ...e('Draft'), at: '2020-01-01T00:00:00.000Z' },
        pending.history[1] as HistoryEntry,
      ),
      false,
    ],
  ])('%s: allowed=%s', (_, after, allowed) => {
    expect(lifecycleBypass(pending, after) === undefined).toBe(allowed);
  });
});

describe('a transition', () => {
  it.each([
    ['exactly transition()', approved, 'Approved', true],
    ['an illegal move, even if well formed', transition(pending, 'Approved', 'x'), 'Healthy', false],
    ['a state other than the one asked for', { ...approved, state: 'Cancelled' as const }, 'Approved', false],
    ['two entries appended', rec('Approved', ...approved.history, e('Approved')), 'Approved', false],
    ['an entry for another state', rec('Approved', ...pending.history, e('Cancelled')), 'Approved', false],
    [
      'an earlier entry rewritten',
      { ...approved, history: approved.history.map((h) => ({ ...h, actor: 'm' })) },
      'Approved',
      false,
    ],
  ] as const)('%s: allowed=%s', (_, after, to, allowed) => {
    expect(lifecycleBypass(pending, after, to) === undefined).toBe(allowed);
  });

  it('says why, naming the states', () => {
    expect(lifecycleBypass(pending, { ...pending, state: 'Approved' })).toMatch(
      /changes only through transitionRelease \('Pending Approval' \(PendingApproval\) -> 'Approved'/,
    );
    expect(lifecycleBypass(pending, approved, 'Healthy')).toMatch(/illegal release transition/);
  });
});
