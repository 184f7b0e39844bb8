// What deploy checks before it writes anything, read from the records and GitHub's answers alone
// (docs/architecture.md#release-lifecycle): which commit holds the policy the gate judged by, that the merged head is
// the commit the gate approved, that retrying a Failed release cannot put an environment behind a later release, and
// that no environment the release reaches (its own, and each one a shared layer `affects`) is frozen.
import { freezesNotBroken, heldDespiteBreakGlass } from './break-glass.js';
import { describeFreeze, type FreezeStatus } from './freeze.js';
import type { CommitInfo } from './merge-commit.js';
import type { ApprovalSeen, ReleaseRecord } from './model.js';

/** A pull request's commit as GitHub lists it: its message and its author's date (ISO 8601). */
export interface PullRequestCommitFacts {
  message: string;
  date: string;
}

/**
 * Whether `commit` on the base branch is a rebase merge's copy of `original`: GitHub's rebase writes a new commit with
 * the same message, author and author date. A squash or merge commit gets the merge's own time, so it never matches.
 */
export function isRebasedCopy(commit: CommitInfo, original: PullRequestCommitFacts): boolean {
  if (commit.authorTime === undefined) return false;
  const at = Date.parse(original.date);
  return (
    Number.isFinite(at) &&
    Math.floor(at / 1000) === commit.authorTime &&
    commit.message.trimEnd() === original.message.trimEnd()
  );
}

/** The merged head as GitHub answers it, and what the record says the gate approved. */
export interface ApprovedHeadFacts {
  mergedHead: string;
  /** The head the gate last judged the pull request at (the record's `changeSetCommit`), when the record keeps it. */
  gatePassedAt?: string | undefined;
  approvals: readonly ApprovalSeen[];
}

export type ApprovedHeadVerdict =
  | { ok: true; basis: 'gate' | 'approvals' | 'none' }
  | { ok: false; approvedAt: string[] };

/**
 * Whether the merged head is what the gate approved. The commit the gate judged decides when the record names it;
 * else the commits the recorded approvals were given on (with stale approvals dismissed, every counted approval is on
 * the head the gate passed). A record naming neither (a policy that needs no approval, on a record written before the
 * gate kept its head) cannot be checked here: `basis: 'none'`, and the caller says so.
 */
export function checkApprovedHead(facts: ApprovedHeadFacts): ApprovedHeadVerdict {
  if (facts.gatePassedAt !== undefined) {
    return facts.gatePassedAt === facts.mergedHead
      ? { ok: true, basis: 'gate' }
      : { ok: false, approvedAt: [facts.gatePassedAt] };
  }
  const approvedAt = [...new Set(facts.approvals.filter((a) => a.state === 'APPROVED').map((a) => a.commit))];
  if (approvedAt.length === 0) return { ok: true, basis: 'none' };
  return approvedAt.includes(facts.mergedHead) ? { ok: true, basis: 'approvals' } : { ok: false, approvedAt };
}

/** Why a merged head that differs from the approved one does not deploy, and what to do about it. */
export function unapprovedHeadMessage(
  release: Pick<ReleaseRecord, 'id'>,
  pr: number,
  mergedHead: string,
  approvedAt: readonly string[],
): string {
  const short = (s: string) => s.slice(0, 7);
  return `release ${release.id} is not deployed: pull request #${pr} merged head ${short(mergedHead)}, but it was approved at ${approvedAt.map(short).join(', ')} (a commit pushed after the approval and merged before the gate judged it). Its content reached the base branch without the approval its policy needs: review it, then ship it through a new release pull request (or revert it)`;
}

/** Whether two releases of one workload and environment may write the same deploy files (no tenant listed: all). */
export function tenantsOverlap(
  a: Pick<ReleaseRecord, 'tenants'>,
  b: Pick<ReleaseRecord, 'tenants'>,
): boolean {
  if (a.tenants.length === 0 || b.tenants.length === 0) return true;
  return a.tenants.some((t) => b.tenants.includes(t));
}

/** When the release last began a deploy (its newest Deploying entry); undefined when it never did. */
function lastDeployStart(r: ReleaseRecord): string | undefined {
  return r.history.findLast((h) => h.state === 'Deploying')?.at;
}

/**
 * A release of the same workload and environment, with tenants overlapping `failed`'s, that began a deploy at or
 * after `failed`'s last one (by its history: everything past Deploying passed through it); the newest such one.
 * Retrying `failed` would write its older manifests over that release's. Undefined: nothing later, a retry is safe.
 */
export function laterDeploy(
  failed: ReleaseRecord,
  records: readonly ReleaseRecord[],
): { release: ReleaseRecord; at: string } | undefined {
  const since = lastDeployStart(failed) ?? '';
  let found: { release: ReleaseRecord; at: string } | undefined;
  for (const r of records) {
    if (r.id === failed.id || r.workload !== failed.workload || r.environment !== failed.environment)
      continue;
    if (!tenantsOverlap(r, failed)) continue;
    const at = lastDeployStart(r);
    if (at === undefined || at < since) continue;
    if (found === undefined || at > found.at) found = { release: r, at };
  }
  return found;
}

/** Why a Failed release is not retried, and what to do instead. */
export function retryRefusedMessage(
  failed: Pick<ReleaseRecord, 'id' | 'workload' | 'environment'>,
  later: { release: Pick<ReleaseRecord, 'id' | 'state'>; at: string },
): string {
  const env = failed.environment;
  return `release ${failed.id} is Failed and is not retried: release ${later.release.id} (${later.release.state}) of ${failed.workload} began deploying to ${env} after it (${later.at}), and a retry would put ${env} back behind it. To ship ${failed.id}'s change again, open a new release (create-release, or gitopshq set); to go back to an earlier release, roll back (the deploy workflow's rollback-to, or gitopshq rollback --env ${env} --to <release-id>)`;
}

/**
 * Why deploy holds the release now, or undefined. A release that changes a layer several environments share (its
 * record's `affects`, written by the gate) reaches each of them at their next render, so a freeze in any of them holds
 * it, as a freeze of its own environment does; a break-glass covers a freeze only for the occurrence it broke
 * (freezesNotBroken). `statusOf` is the freeze status of an environment at the deploy's instant.
 */
export function freezeHold(
  release: Pick<ReleaseRecord, 'id' | 'environment' | 'affects' | 'breakGlass'>,
  statusOf: (environment: string) => FreezeStatus,
): string | undefined {
  const own = release.environment;
  const others = (release.affects ?? []).filter((e) => e !== own);
  for (const env of [own, ...new Set(others)]) {
    const status = statusOf(env);
    const holding = freezesNotBroken(status, release.breakGlass);
    if (holding.length === 0) continue;
    // Break-glass opens the freezes it broke, not a freeze that began after it.
    const broke = heldDespiteBreakGlass(release.breakGlass, holding);
    const where =
      env === own
        ? ''
        : ` in ${env}, which its change reaches (a layer ${[own, ...others].join(', ')} share; it ships there with their next render)`;
    return `deploy of ${release.id} held: ${describeFreeze(status)}${where}${broke}. The release stays Approved; re-run the deploy after the freeze (or pass the gate again with break-glass)`;
  }
  return undefined;
}
