// What a pushed commit says about the pull request it merged: GitHub's merge and squash subjects, git's own merge
// subject, and the merged parent. These are only hints (the deploy asks the pull request to confirm); the tests pin
// which release each hint picks, and that a message naming no pull request picks none.
import { describe, expect, it } from 'vitest';
import {
  hintedReleases,
  mergeMessageHints,
  newestFirst,
  parseCommitObject,
} from '../../../src/domain/merge-commit.js';
import type { ReleaseRecord } from '../../../src/domain/model.js';

function release(n: number, extra: Partial<ReleaseRecord> = {}): ReleaseRecord {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id: `payment-api-dev-20261130-r${n}`,
    workload: 'payment-api',
    environment: 'dev',
    tenants: [],
    title: `payment-api: r${n}`,
    author: 'dev-alice',
    createdAt: '2026-11-30T09:00:00Z',
    state: 'Approved',
    history: [{ state: 'Approved', at: `2026-11-30T09:${String(n).padStart(2, '0')}:00.000Z`, actor: 'x' }],
    changes: { updates: [] },
    pullRequest: {
      number: 100 + n,
      url: `https://x/${100 + n}`,
      branch: `gitopshq/release/payment-api-dev-r${n}`,
    },
    approvals: [],
    ...extra,
  };
}

describe('mergeMessageHints', () => {
  it("GitHub's merge commit: the number and the merged branch (slashes kept, the owner dropped)", () => {
    expect(
      mergeMessageHints(
        'Merge pull request #42 from acme/gitopshq/release/payment-api-dev-3f09c2a1d4e7\n\npayment-api: bump',
      ),
    ).toEqual({ number: 42, branch: 'gitopshq/release/payment-api-dev-3f09c2a1d4e7' });
  });

  it("GitHub's squash commit: the number in parentheses at the end of the subject", () => {
    expect(mergeMessageHints('payment-api: bump image.tag to 2.5.0 (#42)\n\n* commit one')).toEqual({
      number: 42,
    });
  });

  it('several numbers in a squashed title: only the last, in parentheses at the end, is the pull request', () => {
    expect(mergeMessageHints('fix #3 and #4, see (#5) (#42)')).toEqual({ number: 42 });
    expect(mergeMessageHints('fix #3 and (#4) after all')).toEqual({});
  });

  it('a rebase merge (the commit as its author wrote it) or a direct push names no pull request', () => {
    expect(mergeMessageHints('payment-api: bump image.tag to 2.5.0\n\nSee #42 and (#43)')).toEqual({});
    expect(mergeMessageHints('')).toEqual({});
  });

  it("git's own merge subjects name the branch merged by hand", () => {
    expect(mergeMessageHints("Merge branch 'gitopshq/release/x' into main")).toEqual({
      branch: 'gitopshq/release/x',
    });
    expect(mergeMessageHints("Merge remote-tracking branch 'origin/gitopshq/release/x'")).toEqual({
      branch: 'origin/gitopshq/release/x',
    });
  });

  it('a number only in the body, or a merge subject with a tail, is not read as the merge', () => {
    expect(mergeMessageHints('release it\n\nMerge pull request #42 from acme/x')).toEqual({});
    expect(mergeMessageHints('Merge pull request #42 from acme/x and more')).toEqual({});
  });
});

describe('hintedReleases', () => {
  const releases = Array.from({ length: 20 }, (_, i) => release(i + 1));

  it('the number picks the release whose pull request it is; a number no release has picks none', () => {
    expect(hintedReleases({ parents: ['a'], message: 'x (#113)' }, releases).map((r) => r.id)).toEqual([
      'payment-api-dev-20261130-r13',
    ]);
    expect(hintedReleases({ parents: ['a'], message: 'x (#999)' }, releases)).toEqual([]);
  });

  it('a PR closed unmerged and reopened names a Cancelled release and a live one: number and branch pick the live one', () => {
    const cancelled = release(3, { state: 'Cancelled', id: 'payment-api-dev-20261130-old' });
    const pool = [cancelled, ...releases];
    const picked = hintedReleases(
      {
        parents: ['a', 'b'],
        message: 'Merge pull request #103 from acme/gitopshq/release/payment-api-dev-r3',
      },
      pool,
    );
    expect(picked.map((r) => r.id)).toEqual(['payment-api-dev-20261130-r3']);
  });

  it('a number and a branch of two different releases: both are candidates, the number first', () => {
    const picked = hintedReleases(
      {
        parents: ['a', 'b'],
        message: 'Merge pull request #105 from acme/gitopshq/release/payment-api-dev-r13',
      },
      releases,
    );
    expect(picked.map((r) => r.pullRequest?.number)).toEqual([105, 113]);
  });

  it('the branch of a release merged by hand (origin/…) and through GitHub name the same release', () => {
    for (const message of [
      "Merge remote-tracking branch 'origin/gitopshq/release/payment-api-dev-r7'",
      'Merge pull request #7 from fork-owner/gitopshq/release/payment-api-dev-r7',
    ]) {
      expect(hintedReleases({ parents: ['a', 'b'], message }, releases)[0]?.pullRequest?.number).toBe(107);
    }
  });

  it('an edited merge message: the merged parent is the head an approval on the record was given to', () => {
    const approved = releases.map((r, i) =>
      i === 8
        ? {
            ...r,
            approvals: [{ reviewer: 'rev-bob', state: 'APPROVED' as const, commit: 'h'.repeat(40), at: 'x' }],
          }
        : r,
    );
    expect(
      hintedReleases({ parents: ['b'.repeat(40), 'h'.repeat(40)], message: 'ship it' }, approved).map(
        (r) => r.pullRequest?.number,
      ),
    ).toEqual([109]);
    // A single-parent commit has no merged parent.
    expect(hintedReleases({ parents: ['h'.repeat(40)], message: 'ship it' }, approved)).toEqual([]);
  });

  it('one release named by every hint is one candidate', () => {
    const r = release(3, {
      approvals: [{ reviewer: 'rev-bob', state: 'APPROVED', commit: 'h'.repeat(40), at: 'x' }],
    });
    expect(
      hintedReleases(
        {
          parents: ['b', 'h'.repeat(40)],
          message: 'Merge pull request #103 from acme/gitopshq/release/payment-api-dev-r3',
        },
        [r],
      ),
    ).toEqual([r]);
  });
});

describe('newestFirst and parseCommitObject', () => {
  it('orders by the latest move, newest first', () => {
    expect(newestFirst([release(2), release(9), release(5)]).map((r) => r.pullRequest?.number)).toEqual([
      109, 105, 102,
    ]);
  });

  it('reads parents and message from a raw commit object, a signature header included', () => {
    const text = [
      'tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      `parent ${'a'.repeat(40)}`,
      `parent ${'b'.repeat(40)}`,
      'author GitHub <noreply@github.com> 1796056340 +0000',
      'committer GitHub <noreply@github.com> 1796056340 +0000',
      'gpgsig -----BEGIN PGP SIGNATURE-----',
      ' ',
      ' wsBcBAABCAAQBQJn',
      ' -----END PGP SIGNATURE-----',
      '',
      'Merge pull request #7 from acme/x',
      '',
      'payment-api: bump',
      '',
    ].join('\n');
    expect(parseCommitObject(text)).toEqual({
      parents: ['a'.repeat(40), 'b'.repeat(40)],
      message: 'Merge pull request #7 from acme/x\n\npayment-api: bump\n',
      authorTime: 1796056340,
    });
    expect(parseCommitObject('tree x\nauthor y\n\nroot commit\n')).toEqual({
      parents: [],
      message: 'root commit\n',
    });
  });
});
