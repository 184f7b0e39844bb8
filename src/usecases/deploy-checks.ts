// What deploy checks with GitHub and the records before it writes anything: that a retried Failed release would not
// put its environment behind a later release, that the merged head is the commit the gate approved, and which commit
// holds the policy (freezes, deploy branches) the gate judged by. Split from deploy.ts; the decisions are pure, in
// src/domain/deploy-guards.ts. Why: docs/architecture.md#release-lifecycle.
import {
  checkApprovedHead,
  isRebasedCopy,
  laterDeploy,
  retryRefusedMessage,
  unapprovedHeadMessage,
} from '../domain/deploy-guards.js';
import type { ReleaseRecord } from '../domain/model.js';
import type { PullRequest } from '../github/port.js';
import type { DeployPorts } from './deploy-types.js';

/** Why a Failed release may not be retried now (a later release of its target began deploying); undefined: it may. */
export async function retryRefusal(
  release: ReleaseRecord,
  ports: Pick<DeployPorts, 'store'>,
): Promise<string | undefined> {
  if (release.state !== 'Failed') return undefined;
  const later = laterDeploy(release, await ports.store.listReleases());
  return later ? retryRefusedMessage(release, later) : undefined;
}

/**
 * Why the merged pull request's head is not the commit the release was approved at; undefined when it is. The gate
 * judges a push after the approval only while the pull request is open: a push merged at once (branch protection off,
 * an admin's bypass) reached the base branch unjudged. An Approved release moves back to Pending Approval, the move the
 * lifecycle has for "a new push dismissed the approval", which is what happened: it did not deploy, so it is no failed
 * deployment, and the board shows what it lacks. A release past Approved is refused and left as it is.
 */
export async function unapprovedHead(
  release: ReleaseRecord,
  pr: PullRequest,
  ports: Pick<DeployPorts, 'store' | 'log'>,
  actor: string,
): Promise<string | undefined> {
  // changeSetCommit is the head the gate last read the pull request at; an Approved record's last verdict passed there.
  const verdict = checkApprovedHead({
    mergedHead: pr.head.sha,
    gatePassedAt: release.changeSetCommit,
    approvals: release.approvals,
  });
  if (verdict.ok) {
    if (verdict.basis === 'none') {
      ports.log.info(
        `release ${release.id}: its record names neither the head its gate judged nor an approved commit (a record written before gitopshq kept them, under a policy that needs no approval), so the merged head ${pr.head.sha.slice(0, 7)} is not compared`,
      );
    }
    return undefined;
  }
  const message = unapprovedHeadMessage(release, pr.number, pr.head.sha, verdict.approvedAt);
  if (release.state === 'Approved') {
    await ports.store.transitionRelease(release.id, 'PendingApproval', {
      actor,
      note: `deploy refused: merged head ${pr.head.sha.slice(0, 7)} is not the approved commit`,
      patch: { approvalMissing: [`an approval of the merged head ${pr.head.sha.slice(0, 7)}`] },
    });
  }
  return message;
}

/**
 * The commit holding the policy the gate judged the release by: the base branch as it was just before the merge. A
 * merge commit's first parent, and a squash's only parent, are that tip. A rebase merge copies the pull request's
 * commits one by one onto it, so the copies (same message, author and author date as the originals GitHub lists)
 * are walked back over: an earlier copy holds the pull request's own files, gitopshq.yaml included. `missing`: why
 * none was found.
 */
export async function policyCommit(
  ref: string,
  pr: PullRequest,
  ports: Pick<DeployPorts, 'github' | 'source'>,
): Promise<{ sha: string } | { missing: string }> {
  const lacking = (sha: string) => ({
    missing: `the checkout lacks commit ${sha.slice(0, 7)} (the merge's base, where the policy the gate judged by is read): check it out with fetch-depth: 0`,
  });
  const merge = await ports.source.commit(ref);
  if (!merge) return lacking(ref);
  const first = merge.parents[0];
  if (first === undefined) {
    return { missing: `commit ${ref.slice(0, 7)} has no parent: no policy preceded it, so it is no merge` };
  }
  if (merge.parents.length > 1) return { sha: first };
  const originals = await ports.github.listPullRequestCommits(pr.number);
  const last = originals.at(-1);
  if (last === undefined || !isRebasedCopy(merge, last)) return { sha: first };
  let at = first;
  for (const original of originals.slice(0, -1).reverse()) {
    const commit = await ports.source.commit(at);
    if (!commit) return lacking(at);
    if (!isRebasedCopy(commit, original)) break;
    const parent = commit.parents[0];
    if (parent === undefined) break;
    at = parent;
  }
  return { sha: at };
}
