import { describe, expect, it } from 'vitest';
import {
  headMovedSinceChangeSet,
  markedCommit,
  notesWithoutMarker,
  refreshedTitle,
  sameUpdates,
} from '../../../src/domain/change-set-refresh.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const CREATED = '2026-11-24T10:00:00Z';
const OLD = ['2026-11-24T09:00:00Z'];
const NEWER = [...OLD, '2026-11-24T11:00:00Z'];

describe('a release change set following its pull request', () => {
  it('with changeSetCommit: the head moved exactly when it is another commit, whatever the event and the dates', () => {
    const record = { createdAt: CREATED, changeSetCommit: A };
    for (const eventAction of [undefined, 'synchronize', 'opened', 'submitted', 'labeled']) {
      // A push event on the commit already read (a re-run) is no move; a review after a dropped push run is one.
      expect(headMovedSinceChangeSet({ eventAction, headSha: A, record, commitDates: NEWER })).toBe(false);
      expect(headMovedSinceChangeSet({ eventAction, headSha: B, record, commitDates: OLD })).toBe(true);
    }
    // Exact: an abbreviation of the commit is not the commit (GitHub answers full ids).
    expect(headMovedSinceChangeSet({ headSha: A.slice(0, 7), record, commitDates: OLD })).toBe(true);
    // The field wins over an old marker naming another commit.
    const both = { ...record, notes: `Change set updated from commit ${B}.` };
    expect(headMovedSinceChangeSet({ headSha: A, record: both, commitDates: OLD })).toBe(false);
  });

  it('without it (a record written before the field): a push event, else the marker, else a newer commit', () => {
    const record = { createdAt: CREATED };
    expect(
      headMovedSinceChangeSet({ eventAction: 'synchronize', headSha: A, record, commitDates: OLD }),
    ).toBe(true);
    expect(headMovedSinceChangeSet({ headSha: A, record, commitDates: OLD })).toBe(false);
    expect(headMovedSinceChangeSet({ headSha: A, record, commitDates: NEWER })).toBe(true);
    const marked = { ...record, notes: `Also changes: x. Change set updated from commit ${A.slice(0, 12)}.` };
    expect(
      headMovedSinceChangeSet({ headSha: A, record: marked, commitDates: ['2030-01-01T00:00:00Z'] }),
    ).toBe(false);
    expect(headMovedSinceChangeSet({ headSha: B, record: marked, commitDates: OLD })).toBe(true);
  });

  it("an older record's marker is read, and taken out of the notes leaving what a person wrote", () => {
    expect(markedCommit(`Fixes the refund rounding. Change set updated from commit ${A}.`)).toBe(A);
    expect(markedCommit('Fixes the refund rounding.')).toBeUndefined();
    expect(markedCommit(undefined)).toBeUndefined();
    expect(notesWithoutMarker(`Also changes: x. Change set updated from commit ${A}.`)).toBe(
      'Also changes: x.',
    );
    expect(notesWithoutMarker(`Change set updated from commit ${A}. Then more.`)).toBe('Then more.');
    expect(notesWithoutMarker(`Change set updated from commit ${A}.`)).toBeUndefined();
  });

  it('compares updates as applied: order and quoting do not matter, values do', () => {
    const a = [
      { path: 'image.tag', value: '"2.5.0"' },
      { path: 'replicas', value: '3' },
    ];
    expect(
      sameUpdates(a, [
        { path: 'replicas', value: '3' },
        { path: 'image.tag', value: '2.5.0' },
      ]),
    ).toBe(true);
    expect(
      sameUpdates(a, [
        { path: 'replicas', value: '3' },
        { path: 'image.tag', value: '2.5.1' },
      ]),
    ).toBe(false);
    expect(
      sameUpdates(a, [
        { path: 'replicas', value: '"3"' },
        { path: 'image.tag', value: '2.5.0' },
      ]),
    ).toBe(false);
    expect(sameUpdates(a, a.slice(1))).toBe(false);
  });

  it("regenerates a title gitopshq wrote (keeping a promotion's suffix), keeps a person's", () => {
    const changes = { updates: [{ path: 'image.tag', value: '2.5.0' }] };
    const after = [{ path: 'image.tag', value: '2.5.1' }];
    const generated = refreshedTitle(
      { workload: 'payment-api', changes, title: 'payment-api: bump image.tag to 2.5.0' },
      after,
    );
    expect(generated).toBe('payment-api: bump image.tag to 2.5.1');
    expect(
      refreshedTitle(
        {
          workload: 'payment-api',
          changes,
          title: 'payment-api: bump image.tag to 2.5.0 in prod, wave 1: 2 tenant(s)',
        },
        after,
      ),
    ).toBe('payment-api: bump image.tag to 2.5.1 in prod, wave 1: 2 tenant(s)');
    expect(refreshedTitle({ workload: 'payment-api', changes, title: 'Ship the payment fix' }, after)).toBe(
      'Ship the payment fix',
    );
  });
});
