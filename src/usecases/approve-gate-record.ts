// How approve-gate's verdict lands on the release record (docs/architecture.md#release-lifecycle): the reviews as
// the record keeps them, break-glass's audit, a change set a push moved, and the state moves (Draft, Pending
// Approval, Approved), each through the record store's state machine. Split from approve-gate.ts, which decides.
import type { ApprovalDecision } from '../domain/approval-policy.js';
import { type BreakGlassDecision, nextBreakGlass } from '../domain/break-glass.js';
import type { ApprovalSeen, ReleaseRecord, ReleaseState } from '../domain/model.js';
import { latestOpinions } from '../domain/reviews.js';
import type { PullRequest, Review } from '../github/port.js';
import type { ChangeSetRefresh } from './change-set-refresh.js';
import type { RecordStorePort } from './deps.js';

/** The reviews as the record keeps them: each reviewer's latest opinion, with its comment. */
function approvalsSeen(reviews: readonly Review[]): ApprovalSeen[] {
  const body = new Map(reviews.map((r) => [`${r.reviewer.toLowerCase()}@${r.submittedAt}`, r.body]));
  return latestOpinions(
    reviews.map((r) => ({
      reviewer: r.reviewer,
      state: r.state,
      commitId: r.commitId,
      submittedAt: r.submittedAt,
    })),
  ).map((o) => {
    const comment = body.get(`${o.reviewer.toLowerCase()}@${o.at}`)?.trim();
    return comment ? { ...o, comment } : o;
  });
}

export async function moveRecord(
  store: Pick<RecordStorePort, 'updateRelease' | 'transitionRelease'>,
  start: ReleaseRecord,
  facts: {
    pr: PullRequest;
    approved: boolean;
    decision: ApprovalDecision;
    glass: BreakGlassDecision;
    reviews: readonly Review[];
    actor: string;
    description: string;
    /** What the gate found missing, in words: kept on the record for the dashboard. */
    missing: string[];
    /** The change set read again, when the PR's head moved since it was read: written in the same record write. */
    refresh: ChangeSetRefresh | undefined;
    /** Every environment whose policy judged it, when more than the release's own (ReleaseRecord.affects). */
    affects?: string[] | undefined;
  },
): Promise<{ record: ReleaseRecord; writes: number }> {
  const { pr, approved, glass, reviews, actor } = facts;
  const approvals = approvalsSeen(reviews);
  // Break-glass covers the freeze occurrence it was granted in; the newest breaker of a freeze not yet broken speaks.
  const breakGlass = nextBreakGlass(start.breakGlass, glass, pr.labels, (approver) => {
    const review = [...reviews]
      .reverse()
      .find((r) => r.state === 'APPROVED' && r.reviewer.toLowerCase() === approver.toLowerCase());
    return {
      at: review?.submittedAt ?? new Date().toISOString(),
      reason: review?.body.trim() || `(no reason given in ${approver}'s approving review)`,
    };
  });
  const { refresh } = facts;
  const data = {
    approvals,
    // Set while a shared layer is in the PR, dropped (undefined) once a push takes it out again.
    affects: facts.affects,
    approvalMissing: facts.missing,
    ...refresh?.patch,
  };
  // A lapsed break-glass is removed from the record, not left to look as if it still held.
  const patch = (r: ReleaseRecord): ReleaseRecord => {
    const { breakGlass: _, ...rest } = r;
    return { ...rest, ...data, ...(breakGlass ? { breakGlass } : {}) };
  };
  let record = start;
  let writes = 0;
  const go = async (to: ReleaseState, note: string) => {
    // The first transition's history entry also says the change set moved (the patch carries it).
    const said = writes === 0 && refresh?.note ? `${note}; ${refresh.note}` : note;
    record = await store.transitionRelease(record.id, to, { actor, note: said, patch });
    writes++;
  };
  if (record.state === 'Draft' && !pr.draft)
    await go('PendingApproval', 'the pull request is ready for review');
  else if (record.state !== 'Draft' && pr.draft) {
    if (record.state === 'Approved') await go('PendingApproval', 'the pull request went back to draft');
    await go('Draft', 'the pull request went back to draft');
  }
  if (record.state === 'PendingApproval' && approved) await go('Approved', facts.description);
  else if (record.state === 'Approved' && !approved) {
    await go('PendingApproval', `approval no longer holds: ${facts.description}`);
  }
  if (
    writes === 0 &&
    (refresh !== undefined ||
      JSON.stringify(record.approvals) !== JSON.stringify(approvals) ||
      JSON.stringify(record.approvalMissing) !== JSON.stringify(facts.missing) ||
      JSON.stringify(record.affects) !== JSON.stringify(facts.affects) ||
      record.breakGlass !== breakGlass)
  ) {
    const before = record;
    record = await store.updateRelease(
      record.id,
      patch,
      refresh
        ? `release ${record.id}: approvals; ${refresh.note ?? `change set read at ${refresh.patch.changeSetCommit}, unchanged`}`
        : `release ${record.id}: approvals`,
    );
    if (JSON.stringify(before) !== JSON.stringify(record)) writes++;
  }
  return { record, writes };
}
