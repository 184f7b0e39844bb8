// The team facts approve-gate asks GitHub for (docs/architecture.md#release-lifecycle): which teams matter for a
// pull request, and which of its approvers belong to each. Split from approve-gate.ts, which judges with them.
import type { TeamMembers } from '../domain/approval-policy.js';
import { type Codeowners, ownersOf } from '../domain/codeowners.js';
import type { FreezeStatus } from '../domain/freeze.js';
import { type GitHubPort, TeamMembershipUnreadableError } from '../github/port.js';

export interface TeamKey {
  org: string;
  slug: string;
}

/** Every team whose membership matters: the policy's, the break-glass teams of freezes in force, code owners. */
export function teamsToAsk(
  policyTeams: readonly string[],
  freeze: FreezeStatus,
  codeowners: Codeowners | undefined,
  changedPaths: readonly string[],
  org: string,
): TeamKey[] {
  const keys = new Map<string, TeamKey>();
  // By org and slug: a CODEOWNERS `@other/sre` is not the policy's `sre` (the repository owner's). GitHub's slugs
  // are lowercase and CODEOWNERS reads `@acme/SRE` as `@acme/sre`: asked in lowercase, so the spelling last seen
  // never decides which key the answer is filed under.
  const add = (k: TeamKey) =>
    keys.set(`${k.org}/${k.slug}`.toLowerCase(), { org: k.org, slug: k.slug.toLowerCase() });
  for (const slug of policyTeams) add({ org, slug });
  for (const a of freeze.active) for (const slug of a.breakGlass.teams) add({ org, slug });
  if (codeowners) {
    for (const path of changedPaths) {
      for (const owner of ownersOf(codeowners, path).owners) {
        if (owner.kind === 'team') add({ org: owner.org, slug: owner.slug });
      }
    }
  }
  return [...keys.values()];
}

/**
 * Which approvers belong to each team: one membership call per (team, approver), so the calls grow with people,
 * never with files or tenants. A token that may not read members makes the team `forbidden` (fails closed).
 */
export async function teamFacts(
  github: Pick<GitHubPort, 'isTeamMember'>,
  ask: { slugs: TeamKey[]; candidates: string[] },
): Promise<Map<TeamKey, TeamMembers>> {
  const out = new Map<TeamKey, TeamMembers>();
  for (const team of ask.slugs) {
    const members: string[] = [];
    let forbidden = false;
    for (const login of ask.candidates) {
      try {
        if (await github.isTeamMember(team.org, team.slug, login)) members.push(login);
      } catch (e) {
        if (!(e instanceof TeamMembershipUnreadableError)) throw e;
        forbidden = true;
        break;
      }
    }
    out.set(team, forbidden ? { status: 'forbidden' } : { status: 'known', members });
  }
  return out;
}
