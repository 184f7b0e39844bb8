// What a release pull request closed on GitHub means for its release record (docs/architecture.md#release-lifecycle):
// closed without merging, a release still before Deploying is Cancelled; merged, it is deploy's to move. The facts
// are GitHub's answer for the pull request, read when the step runs, never the event payload that started it: a
// payload can be stale (closed, then reopened) or forged, and a cancel cannot be undone (Cancelled is final).
import { canTransition, STATE_LABELS } from './lifecycle.js';
import type { ReleaseState } from './model.js';

export interface ClosedFacts {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  mergedAt: string | null;
}

export type ClosedVerdict =
  /** GitHub says the pull request is open: nothing to settle (the gate judges it). */
  | { kind: 'open'; message: string }
  /** Merged: deploy moves the release when the merge reaches the base branch. */
  | { kind: 'merged'; message: string }
  /** Closed unmerged, and no release names the pull request. */
  | { kind: 'no-release'; message: string }
  /** Closed unmerged, the release is before Deploying: it becomes Cancelled with `note` in its history. */
  | { kind: 'cancel'; message: string; note: string }
  /** Closed unmerged, but the release is already Cancelled, or past Approved: it stays as it is. */
  | { kind: 'keep'; message: string };

export function closedPullRequestNote(number: number): string {
  return `pull request #${number} closed without merging`;
}

/** `release` is the pull request's record (the newest naming it, a live one first), if any. */
export function decideClosedPullRequest(
  pr: ClosedFacts,
  release: { id: string; state: ReleaseState } | undefined,
): ClosedVerdict {
  const n = pr.number;
  if (pr.state === 'open') {
    return { kind: 'open', message: `pull request #${n} is open on GitHub: nothing to cancel` };
  }
  if (pr.merged || pr.mergedAt !== null) {
    const which = release ? `release ${release.id} (${STATE_LABELS[release.state]})` : 'its release';
    return {
      kind: 'merged',
      message: `pull request #${n} was merged: deploy moves ${which} from the merge; the gate writes nothing`,
    };
  }
  if (release === undefined) {
    return {
      kind: 'no-release',
      message: `pull request #${n} closed without merging; it is no release: nothing to record`,
    };
  }
  if (release.state === 'Cancelled') {
    return {
      kind: 'keep',
      message: `pull request #${n} closed without merging; release ${release.id} is already Cancelled`,
    };
  }
  if (!canTransition(release.state, 'Cancelled')) {
    return {
      kind: 'keep',
      message: `pull request #${n} closed without merging, but release ${release.id} is already ${STATE_LABELS[release.state]}: only a release before Deploying is cancelled, so it stays as it is`,
    };
  }
  const note = closedPullRequestNote(n);
  return {
    kind: 'cancel',
    note,
    message: `${note}: release ${release.id} ${STATE_LABELS[release.state]} -> Cancelled`,
  };
}

/**
 * The release of pull request `number` among `releases`: the newest one naming it that is not Cancelled, else the
 * newest Cancelled one. A PR closed unmerged and reopened names two: its Cancelled release and the new one.
 */
export function releaseOfPullRequest<
  R extends { state: ReleaseState; createdAt: string; pullRequest?: { number: number } },
>(releases: readonly R[], number: number): R | undefined {
  const mine = releases.filter((r) => r.pullRequest?.number === number);
  mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return mine.filter((r) => r.state !== 'Cancelled').at(-1) ?? mine.at(-1);
}
