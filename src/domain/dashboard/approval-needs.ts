// What a release awaiting approval still needs, for the morning board: the gate's own decision (approval-policy.ts)
// over the approvals the record keeps. The record does not carry what the gate learnt from GitHub (permissions, team
// members, CODEOWNERS, the PR head), so the facts below are the record's reading of them, stated where they are made;
// the gate's `gitopshq/approval` commit status stays the authority on whether a PR may merge.
import { decideApproval, type MissingItem } from '../approval-policy.js';
import type { ApprovalPolicy, ReleaseRecord } from '../model.js';

function phrase(item: MissingItem): string[] {
  switch (item.kind) {
    case 'changes-requested':
      return [`changes requested by ${item.reviewers.join(', ')} to be resolved`];
    case 'approvals':
      return [`${item.needed} more approval${item.needed === 1 ? '' : 's'} (of ${item.required})`];
    case 'team':
    case 'team-members-unknown':
      return [`an approval from team ${item.team}`];
    case 'codeowners':
      return [`a code owner approval (${item.owners.join(' or ')})`];
    case 'codeowners-file':
      return ['a code owner approval'];
  }
}

/**
 * The policy's missing items in words. `policy` undefined: the release's environment is not in gitopshq.yaml.
 * Recorded approvals are the gate's own reading (the reviewers it saw, each one's latest opinion): they count as
 * written by people with write access; team membership is unknown here, so every required team is listed until the
 * gate moves the release on; with `dismissStaleApprovals`, only approvals of the newest reviewed commit count.
 */
export function approvalNeeds(policy: ApprovalPolicy | undefined, record: ReleaseRecord): string[] {
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
  return decision.missing.flatMap(phrase);
}
