// Each reviewer's latest opinion from a pull request's reviews. GitHub lists every review in order and leaves the
// "who approves now" question to us (docs/architecture.md#github-facts): a later COMMENTED review keeps an approval,
// a DISMISSED one takes it back. Event payloads spell states in lower case, REST in upper case; both are accepted.
import type { ApprovalSeen } from './model.js';

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ReviewInput {
  reviewer: string;
  /** `APPROVED`, `approved`, `CHANGES_REQUESTED`, `changes_requested`, `COMMENTED`, `DISMISSED`, `PENDING`. */
  state: string;
  /** The PR head the review was made on (`commit_id`). */
  commitId: string;
  submittedAt?: string;
}

const STATES: ReadonlySet<string> = new Set([
  'APPROVED',
  'CHANGES_REQUESTED',
  'COMMENTED',
  'DISMISSED',
  'PENDING',
]);

/** The REST spelling of a review state, or undefined for a state GitHub does not have. */
export function normalizeReviewState(state: string): ReviewState | undefined {
  const upper = state.trim().toUpperCase();
  return STATES.has(upper) ? (upper as ReviewState) : undefined;
}

/**
 * The latest APPROVED or CHANGES_REQUESTED review of each reviewer, oldest opinion first.
 * `reviews` must be in the order GitHub lists them (oldest first). Logins compare case-insensitively, as GitHub's do.
 */
export function latestOpinions(reviews: readonly ReviewInput[]): ApprovalSeen[] {
  const byReviewer = new Map<string, ApprovalSeen>();
  for (const review of reviews) {
    const state = normalizeReviewState(review.state);
    const key = review.reviewer.toLowerCase();
    if (state === 'APPROVED' || state === 'CHANGES_REQUESTED') {
      // Delete first so a reviewer who changes their mind moves to the end, like their newest review.
      byReviewer.delete(key);
      byReviewer.set(key, {
        reviewer: review.reviewer,
        state,
        commit: review.commitId,
        at: review.submittedAt ?? '',
      });
    } else if (state === 'DISMISSED') {
      byReviewer.delete(key);
    }
  }
  return [...byReviewer.values()];
}
