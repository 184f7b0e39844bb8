// Whether a pull request's reviews satisfy an environment's approval policy, and if not, exactly what is missing.
// GitHub Environments accept any one reviewer; this gate counts distinct humans with write permission, ignores
// approvals from the author (unless allowed) and from anyone who pushed to the PR, honours each reviewer's latest
// opinion on the current head, and fails closed whenever a fact it needs is unknown.
import { type Codeowners, formatOwner, type Owner, ownersOf } from './codeowners.js';
import type { ApprovalPolicy } from './model.js';
import { latestOpinions, type ReviewInput } from './reviews.js';

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** A team's members as far as the token can tell. `forbidden`: the token may not read them (403). */
export type TeamMembers =
  | { status: 'known'; members: readonly string[] }
  | { status: 'forbidden' }
  | { status: 'unknown' };

/** The key of a CODEOWNERS team (`@org/slug`) in PullRequestFacts.teams: org and slug, lowercase. */
export function teamKey(org: string, slug: string): string {
  return `${org}/${slug}`.toLowerCase();
}

export interface PullRequestFacts {
  author: string;
  headSha: string;
  /** Logins that pushed commits to the PR (the author included or not). */
  pushers: readonly string[];
  changedPaths: readonly string[];
  /** Every review, in the order GitHub lists them (oldest first). */
  reviews: readonly ReviewInput[];
  /** Each reviewer's permission on the repository; a reviewer missing here has an unknown permission. */
  permissions: Readonly<Record<string, RepoPermission>>;
  /**
   * Team members: the policy's and break-glass teams by slug alone (gitopshq.yaml names the repository owner's
   * teams: `sre`), CODEOWNERS teams by teamKey (`acme/sre`), so a team of another organisation never stands in.
   */
  teams: Readonly<Record<string, TeamMembers>>;
  /** The parsed CODEOWNERS of the base branch; undefined when the repository has none. */
  codeowners?: Codeowners;
}

export type MissingItem =
  | { kind: 'changes-requested'; reviewers: string[] }
  | { kind: 'approvals'; required: number; valid: number; needed: number }
  | { kind: 'team'; team: string }
  | { kind: 'team-members-unknown'; team: string; forbidden: boolean }
  | { kind: 'codeowners-file' }
  | { kind: 'codeowners'; owners: string[]; paths: string[] };

export type IgnoredWhy = 'bot' | 'author' | 'pusher' | 'no-write-permission' | 'permission-unknown' | 'stale';

export interface ApprovalDecision {
  approved: boolean;
  /** What the policy still needs; empty when approved. */
  missing: MissingItem[];
  /** At most 140 characters (a commit status description): `needs 1 more approval from team sre`. */
  description: string;
  /** Approvals that count, by login, in review order. */
  counted: string[];
  /** Approvals that do not count, and why. */
  ignored: { reviewer: string; why: IgnoredWhy }[];
}

const WRITE: ReadonlySet<RepoPermission> = new Set(['admin', 'maintain', 'write']);
export const MAX_DESCRIPTION = 140;

export const isBot = (login: string) => login.toLowerCase().endsWith('[bot]');

export function decideApproval(policy: ApprovalPolicy, pr: PullRequestFacts): ApprovalDecision {
  const key = (login: string) => login.toLowerCase();
  const permissions = new Map(Object.entries(pr.permissions).map(([k, v]) => [key(k), v]));
  const pushers = new Set(pr.pushers.map(key));
  const author = key(pr.author);
  const counted: string[] = [];
  const ignored: ApprovalDecision['ignored'] = [];
  const blockers: string[] = [];
  for (const opinion of latestOpinions(pr.reviews)) {
    const who = key(opinion.reviewer);
    const permission = permissions.get(who);
    if (isBot(who)) {
      if (opinion.state === 'APPROVED') ignored.push({ reviewer: opinion.reviewer, why: 'bot' });
      continue;
    }
    if (opinion.state === 'CHANGES_REQUESTED') {
      // As on GitHub, only a reviewer who could merge blocks; an unknown permission blocks too (fail closed).
      if (permission === undefined || WRITE.has(permission)) blockers.push(opinion.reviewer);
      continue;
    }
    const why: IgnoredWhy | undefined =
      who === author && !policy.allowSelfApproval
        ? 'author'
        : who !== author && pushers.has(who)
          ? 'pusher'
          : permission === undefined
            ? 'permission-unknown'
            : !WRITE.has(permission)
              ? 'no-write-permission'
              : policy.dismissStaleApprovals && opinion.commit !== pr.headSha
                ? 'stale'
                : undefined;
    if (why === undefined) counted.push(opinion.reviewer);
    else ignored.push({ reviewer: opinion.reviewer, why });
  }

  const missing: MissingItem[] = [];
  if (blockers.length > 0) missing.push({ kind: 'changes-requested', reviewers: blockers });
  const approvers = new Set(counted.map(key));
  const isMember = (team: string): boolean | undefined => {
    const members = pr.teams[team] ?? pr.teams[team.toLowerCase()];
    if (members?.status !== 'known') return undefined;
    return members.members.some((m) => approvers.has(key(m)));
  };
  for (const team of policy.teams) {
    const satisfied = isMember(team);
    if (satisfied === undefined) {
      const forbidden = (pr.teams[team] ?? pr.teams[team.toLowerCase()])?.status === 'forbidden';
      missing.push({ kind: 'team-members-unknown', team, forbidden });
    } else if (!satisfied) {
      missing.push({ kind: 'team', team });
    }
  }
  if (counted.length < policy.required) {
    missing.push({
      kind: 'approvals',
      required: policy.required,
      valid: counted.length,
      needed: policy.required - counted.length,
    });
  }
  if (policy.codeowners) missing.push(...codeownerGaps(pr, approvers, isMember));
  // Keep the order a reader acts on: blockers, then counts and teams, then code owners.
  missing.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  return {
    approved: missing.length === 0,
    missing,
    description: describe(missing, counted, policy),
    counted,
    ignored,
  };
}

const ORDER: Record<MissingItem['kind'], number> = {
  'changes-requested': 0,
  'team-members-unknown': 1,
  approvals: 2,
  team: 3,
  'codeowners-file': 4,
  codeowners: 5,
};

function codeownerGaps(
  pr: PullRequestFacts,
  approvers: ReadonlySet<string>,
  isMember: (team: string) => boolean | undefined,
): MissingItem[] {
  if (pr.codeowners === undefined) return [{ kind: 'codeowners-file' }];
  const gaps = new Map<string, { owners: Owner[]; paths: string[] }>();
  const unknownTeams = new Set<string>();
  for (const path of pr.changedPaths) {
    const { owners } = ownersOf(pr.codeowners, path);
    // A path no rule owns needs no code owner, as on GitHub.
    if (owners.length === 0) continue;
    let satisfied = false;
    const unknown: string[] = [];
    for (const owner of owners) {
      if (owner.kind === 'user' && approvers.has(owner.login.toLowerCase())) satisfied = true;
      if (owner.kind === 'team') {
        const member = isMember(teamKey(owner.org, owner.slug));
        if (member === true) satisfied = true;
        if (member === undefined) unknown.push(owner.slug);
      }
    }
    if (satisfied) continue;
    for (const team of unknown) unknownTeams.add(team);
    const id = owners.map(formatOwner).join(' ');
    const gap = gaps.get(id) ?? { owners, paths: [] };
    gap.paths.push(path);
    gaps.set(id, gap);
  }
  const items: MissingItem[] = [...unknownTeams].map((team) => ({
    kind: 'team-members-unknown' as const,
    team,
    forbidden: false,
  }));
  for (const gap of gaps.values()) {
    items.push({ kind: 'codeowners', owners: gap.owners.map(formatOwner), paths: gap.paths });
  }
  return items;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describe(
  missing: readonly MissingItem[],
  counted: readonly string[],
  policy: ApprovalPolicy,
): string {
  if (missing.length === 0) {
    if (policy.required === 0 && policy.teams.length === 0 && !policy.codeowners) {
      return clipDescription('no approval required');
    }
    return clipDescription(counted.length === 0 ? 'approved' : `approved by ${counted.join(', ')}`);
  }
  const parts: string[] = [];
  const teams = missing.flatMap((m) => (m.kind === 'team' ? [m.team] : []));
  const count = missing.find((m) => m.kind === 'approvals');
  for (const m of missing) {
    if (m.kind === 'changes-requested') parts.push(`changes requested by ${m.reviewers.join(', ')}`);
    if (m.kind === 'team-members-unknown') {
      parts.push(
        m.forbidden
          ? `team ${m.team} unreadable (token lacks org Members read): fails closed`
          : `team ${m.team} members unknown: fails closed`,
      );
    }
  }
  // The approvals still needed: enough for the count and one from each missing team (one person may be both).
  const needed = Math.max(count?.kind === 'approvals' ? count.needed : 0, teams.length);
  if (needed > 0) {
    const more = counted.length > 0 ? ' more' : '';
    const what = `needs ${needed}${more} approval${needed === 1 ? '' : 's'}`;
    if (teams.length === 0) parts.push(what);
    else if (teams.length === 1) {
      parts.push(needed === 1 ? `${what} from team ${teams[0]}` : `${what}, one from team ${teams[0]}`);
    } else parts.push(`${what}, one from each of teams ${teams.join(', ')}`);
  }
  if (missing.some((m) => m.kind === 'codeowners-file')) {
    parts.push('needs a code owner approval but the base branch has no CODEOWNERS file');
  }
  const gaps = missing.flatMap((m) => (m.kind === 'codeowners' ? [m] : []));
  if (gaps.length > 0) {
    const paths = gaps.reduce((n, g) => n + g.paths.length, 0);
    const owners = [...new Set(gaps.flatMap((g) => g.owners))];
    parts.push(`needs a code owner approval for ${plural(paths, 'path')} (${owners.join(' or ')})`);
  }
  return clipDescription(parts.join('; '));
}

/** A commit status description as GitHub takes it: at most 140 characters, cut with an ellipsis. */
export function clipDescription(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
