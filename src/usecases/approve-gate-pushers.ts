// Who pushed to a pull request, for the gate's rule that a reviewer who pushed to it is not an independent approver
// (docs/architecture.md#release-lifecycle). GitHub's repository activity names the account whose token moved the
// head branch; a commit's author and committer are whatever its maker wrote (Bob can push a commit "by Alice" to
// Alice's PR and then approve it), so the commits only add to it (a forged name discounts only the person it
// names), and are all there is, announced, when the activity cannot be read: a head branch in a fork (the base
// repository's activity never shows it), or a 403/404 answer.
import {
  type CommitSummary,
  type GitHubPort,
  type PullRequest,
  type RefActivity,
  RefActivityUnreadableError,
} from '../github/port.js';
import type { Logger } from './deps.js';

/** GitHub's login for commits made in its web UI: it pushed nothing on its own. */
const WEB_FLOW = 'web-flow';

export interface Pushers {
  logins: string[];
  /** `activity`: GitHub's record of pushes; `commits`: author/committer logins (forgeable), with why. */
  source: 'activity' | 'commits';
  why?: string;
}

/** Logins on the PR's commits (author and committer), the fallback. */
export function commitLogins(commits: readonly CommitSummary[]): string[] {
  const logins = commits.flatMap((c) => [c.author, c.committer]);
  return [...new Set(logins.filter((l): l is string => !!l && l !== WEB_FLOW))];
}

/**
 * Everyone who moved the head branch with something now in the PR, or while the PR was open: a push, force push,
 * branch creation or merge into it whose `after` is one of the PR's commits, or made at or after the PR was opened
 * (a push later rewritten away still counts: its author saw the PR). Pushes from before the PR that left nothing in
 * it (an earlier PR on a reused branch name) do not.
 */
export function pushersFromActivity(
  pr: Pick<PullRequest, 'createdAt'>,
  commits: readonly CommitSummary[],
  rows: readonly RefActivity[],
): string[] {
  const shas = new Set(commits.map((c) => c.sha));
  const opened = Date.parse(pr.createdAt);
  const moved = rows.filter(
    (a) => a.type !== 'branch_deletion' && (shas.has(a.after) || Date.parse(a.timestamp) >= opened),
  );
  return [...new Set(moved.flatMap((a) => (a.actor ? [a.actor] : [])))];
}

export async function pushersOf(
  pr: PullRequest,
  commits: readonly CommitSummary[],
  ports: {
    github: Pick<GitHubPort, 'repository' | 'listBranchActivity'>;
    log: Pick<Logger, 'warning'>;
  },
): Promise<Pushers> {
  const { github, log } = ports;
  const fallback = (why: string): Pushers => {
    log.warning(
      `pull request #${pr.number}: who pushed is read from its commits' author and committer, which anyone can forge, because ${why}`,
    );
    return { logins: commitLogins(commits), source: 'commits', why };
  };
  const here = `${github.repository.owner}/${github.repository.repo}`;
  if (pr.head.repo !== undefined && pr.head.repo?.toLowerCase() !== here.toLowerCase()) {
    return fallback(
      pr.head.repo === null
        ? 'its head repository (a fork) is gone'
        : `its head branch is in the fork ${pr.head.repo}, whose pushes ${here}'s activity does not show`,
    );
  }
  let rows: RefActivity[];
  try {
    rows = await github.listBranchActivity(pr.head.ref);
  } catch (e) {
    if (!(e instanceof RefActivityUnreadableError)) throw e;
    return fallback(`GitHub would not list the repository's activity (HTTP ${e.status})`);
  }
  // The commits' own logins always count beside the activity: a forged name can only discount the person it names
  // (fail safe), and one whose commit a colleague pushed (a cherry-pick) is no independent approver of it either.
  const logins = [...new Set([...pushersFromActivity(pr, commits, rows), ...commitLogins(commits)])];
  // GitHub may list a push a moment after it happened: while the head's own push is missing, the list may lack the
  // latest pusher, and the result rests on the commits as far as that push goes.
  if (!rows.some((a) => a.after === pr.head.sha)) {
    const why = `GitHub's activity does not show the push of the head ${pr.head.sha.slice(0, 7)} yet`;
    return { ...fallback(why), logins };
  }
  return { logins, source: 'activity' };
}
