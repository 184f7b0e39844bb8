// What a release awaiting approval still needs, for the morning board. Exact when approve-gate has judged the release:
// it keeps what it found missing on the record (`approvalMissing`, knowing team members, CODEOWNERS and freezes).
// Otherwise (no gate verdict yet, or a record written before the field) an estimate: the gate's own decision
// (approval-policy.ts) over the approvals the record keeps, with the facts the record lacks (permissions, team
// members, CODEOWNERS, the PR head) stated where they are assumed. The gate's `gitopshq/approval` commit status stays
// the authority on whether a PR may merge.
import { missingItemPhrases } from '../approval-missing.js';
import { decideApproval } from '../approval-policy.js';
import type { ApprovalPolicy, ReleaseRecord } from '../model.js';

/** The board's list, and whether it is the gate's own (`gate`) or estimated from the record (`estimate`). */
export interface ApprovalNeeds {
  needs: string[];
  from: 'gate' | 'estimate';
}

/**
 * The policy's missing items in words. `policy` undefined: the release's environment is not in gitopshq.yaml.
 * Recorded approvals are the gate's own reading (the reviewers it saw, each one's latest opinion): they count as
 * written by people with write access; team membership is unknown here, so every required team is listed until the
 * gate moves the release on; with `dismissStaleApprovals`, only approvals of the newest reviewed commit count.
 */
export function approvalNeeds(policy: ApprovalPolicy | undefined, record: ReleaseRecord): ApprovalNeeds {
  if (record.approvalMissing !== undefined && record.approvalMissing.length > 0) {
    return { needs: [...record.approvalMissing], from: 'gate' };
  }
  return { needs: estimatedNeeds(policy, record), from: 'estimate' };
}

function estimatedNeeds(policy: ApprovalPolicy | undefined, record: ReleaseRecord): string[] {
  if (policy === undefined) return [`a policy: environment ${record.environment} is not in gitopshq.yaml`];
  const approvals = [...record.approvals].sort((a, b) => a.at.localeCompare(b.at));
  const head = approvals.at(-1)?.commit ?? '';
  const decision = decideApproval(policy, {
    author: record.author,
    headSha: head,
    pushers: [],
    changedPaths: [],
    reviews: approvals.map((a) => ({
      reviewer: a.reviewer,
      state: a.state,
      commitId: a.commit,
      submittedAt: a.at,
    })),
    permissions: Object.fromEntries(approvals.map((a) => [a.reviewer, 'write' as const])),
    teams: Object.fromEntries(policy.teams.map((t) => [t, { status: 'known' as const, members: [] }])),
    codeowners: undefined,
  });
  if (decision.approved) return ['a gate run: the recorded approvals satisfy the policy'];
  return decision.missing.flatMap(missingItemPhrases);
}
