// What a closed release pull request does to its release, decided from GitHub's answer for the pull request.
import { describe, expect, it } from 'vitest';
import {
  type ClosedFacts,
  decideClosedPullRequest,
  releaseOfPullRequest,
} from '../../../src/domain/closed-pull-request.js';
import { RELEASE_STATES, type ReleaseState } from '../../../src/domain/model.js';

const closed: ClosedFacts = { number: 7, state: 'closed', merged: false, mergedAt: null };
const rel = (state: ReleaseState) => ({ id: 'payment-api-prod-20261124-a1b2c3', state });

describe('decideClosedPullRequest', () => {
  it('cancels a release before Deploying, with a note naming the pull request', () => {
    for (const state of ['Draft', 'PendingApproval', 'Approved'] as const) {
      expect(decideClosedPullRequest(closed, rel(state))).toEqual({
        kind: 'cancel',
        note: 'pull request #7 closed without merging',
        message: expect.stringMatching(
          /^pull request #7 closed without merging: release \S+ .+ -> Cancelled$/,
        ),
      });
    }
  });

  it('keeps every release from Deploying on, and an already Cancelled one, saying why', () => {
    const kept = RELEASE_STATES.filter((s) => !['Draft', 'PendingApproval', 'Approved'].includes(s));
    expect(kept).toHaveLength(7);
    for (const state of kept) {
      const v = decideClosedPullRequest(closed, rel(state));
      expect(v.kind, state).toBe('keep');
      expect(v.message).toMatch(
        state === 'Cancelled' ? /already Cancelled$/ : /only a release before Deploying/,
      );
    }
  });

  it("a merged pull request is deploy's, whatever its release state; `merged_at` alone is enough", () => {
    for (const pr of [
      { ...closed, merged: true, mergedAt: '2026-11-24T10:00:00Z' },
      { ...closed, merged: false, mergedAt: '2026-11-24T10:00:00Z' },
    ]) {
      const v = decideClosedPullRequest(pr, rel('Approved'));
      expect(v.kind).toBe('merged');
      expect(v.message).toMatch(/was merged: deploy moves release .* \(Approved\)/);
    }
  });

  it('an open pull request (the event was stale or forged) and a pull request without a release change nothing', () => {
    expect(decideClosedPullRequest({ ...closed, state: 'open' }, rel('PendingApproval')).kind).toBe('open');
    expect(decideClosedPullRequest(closed, undefined)).toEqual({
      kind: 'no-release',
      message: 'pull request #7 closed without merging; it is no release: nothing to record',
    });
  });
});

describe('releaseOfPullRequest', () => {
  const r = (id: string, state: ReleaseState, createdAt: string, number = 7) => ({
    id,
    state,
    createdAt,
    pullRequest: { number },
  });

  it('a PR closed unmerged and reopened: its live release, in any listing order; else its newest Cancelled one', () => {
    const cancelled = r('a', 'Cancelled', '2026-11-24T10:00:00Z');
    const live = r('b', 'Approved', '2026-11-25T10:00:00Z');
    const other = r('c', 'PendingApproval', '2026-11-26T10:00:00Z', 8);
    expect(releaseOfPullRequest([live, cancelled, other], 7)?.id).toBe('b');
    expect(releaseOfPullRequest([cancelled, live, other], 7)?.id).toBe('b');
    const again = r('d', 'Cancelled', '2026-11-27T10:00:00Z');
    expect(releaseOfPullRequest([again, cancelled], 7)?.id).toBe('d');
    expect(releaseOfPullRequest([other], 7)).toBeUndefined();
  });
});
