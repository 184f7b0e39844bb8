import { describe, expect, it } from 'vitest';
import {
  changeSetCommit,
  headMovedSinceChangeSet,
  notesUpdatedFrom,
  refreshedTitle,
  sameUpdates,
} from '../../../src/domain/change-set-refresh.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('a release change set following its pull request', () => {
  it('the head moved: on a push event, when the marker names another commit, or a commit is newer than the record', () => {
    const record = { createdAt: '2026-11-24T10:00:00Z' };
    const old = ['2026-11-24T09:00:00Z'];
    expect(
      headMovedSinceChangeSet({ eventAction: 'synchronize', headSha: A, record, commitDates: old }),
    ).toBe(true);
    expect(headMovedSinceChangeSet({ headSha: A, record, commitDates: old })).toBe(false);
    expect(
      headMovedSinceChangeSet({ headSha: A, record, commitDates: [...old, '2026-11-24T11:00:00Z'] }),
    ).toBe(true);
    const marked = { ...record, notes: notesUpdatedFrom('Also changes: x.', A) };
    expect(
      headMovedSinceChangeSet({ headSha: A, record: marked, commitDates: ['2030-01-01T00:00:00Z'] }),
    ).toBe(false);
    expect(headMovedSinceChangeSet({ headSha: B, record: marked, commitDates: old })).toBe(true);
  });

  it('the marker replaces an earlier one, keeping the rest of the notes', () => {
    const once = notesUpdatedFrom('Also changes: x.', A);
    expect(once).toBe(`Also changes: x. Change set updated from commit ${A}.`);
    expect(notesUpdatedFrom(once, B)).toBe(`Also changes: x. Change set updated from commit ${B}.`);
    expect(changeSetCommit(notesUpdatedFrom(undefined, B))).toBe(B);
    expect(changeSetCommit('no marker')).toBeUndefined();
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
