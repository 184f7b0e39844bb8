// The facts approve-gate judges a pull request with, gathered once for every environment whose policy judges it
// (one, or each environment a shared layer reaches: approve-gate-scope.ts): reviews, who pushed, permissions, code
// owners and team memberships; then each environment's verdict (decideApproval, decideBreakGlass). Split from
// approve-gate.ts, which gathers the PR and writes the status and the record (docs/architecture.md#release-lifecycle).
import { decideApproval, isBot, type TeamMembers, teamKey } from '../domain/approval-policy.js';
import { decideBreakGlass } from '../domain/break-glass.js';
import { type Codeowners, parseCodeowners } from '../domain/codeowners.js';
import type { FreezeStatus } from '../domain/freeze.js';
import type { EnvironmentVerdict } from '../domain/gate-verdict.js';
import type { ApprovalPolicy } from '../domain/model.js';
import { latestOpinions } from '../domain/reviews.js';
import type { CommitSummary, GitHubPort, PullRequest, Review } from '../github/port.js';
import { pushersOf } from './approve-gate-pushers.js';
import { type TeamKey, teamFacts, teamsToAsk } from './approve-gate-teams.js';
import type { Logger } from './deps.js';

export async function judge(
  pr: PullRequest,
  policies: readonly { name: string; policy: ApprovalPolicy; freeze: FreezeStatus }[],
  commits: readonly CommitSummary[],
  ports: {
    github: Pick<
      GitHubPort,
      | 'repository'
      | 'listReviews'
      | 'getRepositoryPermission'
      | 'isTeamMember'
      | 'getCodeowners'
      | 'listBranchActivity'
    >;
    log: Pick<Logger, 'warning'>;
    /** The PR's changed files (GitHub's list), read only when a policy asks for code owners. */
    changedPaths: () => Promise<string[]>;
  },
): Promise<{ verdicts: EnvironmentVerdict[]; reviews: Review[] }> {
  const { github, log, changedPaths } = ports;
  const reviews = await github.listReviews(pr.number);
  const opinions = latestOpinions(
    reviews.map((r) => ({
      reviewer: r.reviewer,
      state: r.state,
      commitId: r.commitId,
      submittedAt: r.submittedAt,
    })),
  ).filter((o) => !isBot(o.reviewer));
  // Who pushed only ever discounts an approval: with none to judge (a PR's first gate), GitHub is not asked.
  const pushers = opinions.some((o) => o.state === 'APPROVED')
    ? (await pushersOf(pr, commits, { github, log })).logins
    : [];
  const permissions: Record<string, Awaited<ReturnType<GitHubPort['getRepositoryPermission']>>> = {};
  for (const o of opinions) {
    try {
      permissions[o.reviewer] = await github.getRepositoryPermission(o.reviewer);
    } catch (e) {
      // Unknown stays unknown: decideApproval fails closed on it.
      log.warning(`cannot read ${o.reviewer}'s permission: ${(e as Error).message}`);
    }
  }
  let codeowners: Codeowners | undefined;
  let ownedPaths: readonly string[] = [];
  if (policies.some((p) => p.policy.codeowners)) {
    const file = await github.getCodeowners(pr.base.sha);
    codeowners = file ? parseCodeowners(file.content) : undefined;
    ownedPaths = await changedPaths();
  }
  const slugs = new Map<string, TeamKey>();
  for (const p of policies) {
    const owners = p.policy.codeowners ? codeowners : undefined;
    for (const k of teamsToAsk(p.policy.teams, p.freeze, owners, ownedPaths, github.repository.owner)) {
      slugs.set(`${k.org}/${k.slug}`.toLowerCase(), k);
    }
  }
  const teamMap = await teamFacts(github, {
    slugs: [...slugs.values()],
    candidates: opinions.filter((o) => o.state === 'APPROVED').map((o) => o.reviewer),
  });
  // CODEOWNERS teams by org and slug; gitopshq.yaml's (policy, break-glass) by slug, the repository owner's only.
  const teams: Record<string, TeamMembers> = {};
  for (const [k, v] of teamMap) {
    teams[teamKey(k.org, k.slug)] = v;
    if (k.org.toLowerCase() === github.repository.owner.toLowerCase()) teams[k.slug] = v;
  }
  const verdicts: EnvironmentVerdict[] = policies.map(({ name, policy, freeze }) => {
    const decision = decideApproval(policy, {
      author: pr.author,
      headSha: pr.head.sha,
      pushers,
      changedPaths: policy.codeowners ? ownedPaths : [],
      reviews: reviews.map((r) => ({
        reviewer: r.reviewer,
        state: r.state,
        commitId: r.commitId,
        submittedAt: r.submittedAt,
      })),
      permissions,
      teams,
      codeowners: policy.codeowners ? codeowners : undefined,
    });
    const glass = decideBreakGlass(freeze, { labels: pr.labels, approvers: decision.counted, teams });
    return { environment: name, decision, freeze, glass };
  });
  return { verdicts, reviews };
}
