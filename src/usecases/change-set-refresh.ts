// approve-gate re-reads a release's change set from its pull request when the head moved: the merge deploys the PR
// as it is now, and promote carries the record's change set on, so the record must say what the PR now changes.
// The change set is read the way a PR opened by hand is registered (inferRelease), from the merge base, so commits
// on the base branch since the PR was opened are not read as the PR reverting them. Flow:
// docs/architecture.md#release-lifecycle.
import {
  headMovedSinceChangeSet,
  markedCommit,
  notesWithoutMarker,
  refreshedTitle,
  sameUpdates,
} from '../domain/change-set-refresh.js';
import { UserError } from '../domain/errors.js';
import type { ReleaseRecord } from '../domain/model.js';
import type { CommitSummary, PullRequest } from '../github/port.js';
import type { Checkout } from './deps.js';
import { inferRelease } from './register-release.js';

/** What the gate writes with its other updates when the PR's head moved since the change set was read. */
export interface ChangeSetRefresh {
  /**
   * The record fields: `changeSetCommit` always (the head read now); `changes` and `title` when the PR now changes
   * other values; `notes` without the commit sentence an older gitopshq kept there, when they held one.
   */
  patch: { changeSetCommit: string } & Partial<Pick<ReleaseRecord, 'changes' | 'title' | 'notes'>>;
  /** For the history entry (or the log), when the change set moved: updated from commit <sha>: the updates. */
  note: string | undefined;
}

/**
 * The record's change set read again when the PR's head is not the commit it was read from; undefined when the head
 * did not move. Throws a usage UserError when the PR now changes another workload or environment than the release's:
 * a release changes one environment's layer, and re-targeting it silently would move a release under another policy.
 */
export async function refreshChangeSet(
  pr: PullRequest,
  record: ReleaseRecord,
  facts: {
    checkout: Pick<Checkout, 'mergeBase' | 'snapshots'>;
    changedPaths: () => Promise<string[]>;
    commits: readonly CommitSummary[];
    eventAction?: string | undefined;
  },
): Promise<ChangeSetRefresh | undefined> {
  const moved = headMovedSinceChangeSet({
    eventAction: facts.eventAction,
    headSha: pr.head.sha,
    record,
    commitDates: facts.commits.map((c) => c.date),
  });
  if (!moved) return undefined;
  const paths = await facts.changedPaths();
  const from = (await facts.checkout.mergeBase(pr.base.sha, pr.head.sha)) ?? pr.base.sha;
  const inferred = await facts.checkout.snapshots(from, pr.head.sha, async (s) => {
    try {
      return inferRelease(paths, s.baseSnap, s.headSnap, record.environment);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      throw retarget(pr, record, e.message);
    }
  });
  const others = inferred.environmentsNamed.filter((e) => e !== record.environment);
  if (inferred.workload !== record.workload || others.length > 0) {
    const what =
      inferred.workload !== record.workload
        ? `workload ${inferred.workload}`
        : `environment${others.length === 1 ? '' : 's'} ${others.join(', ')}`;
    throw retarget(pr, record, `it now changes ${what}`);
  }
  const sha = pr.head.sha;
  const patch: ChangeSetRefresh['patch'] = {
    changeSetCommit: sha,
    ...(markedCommit(record.notes) !== undefined ? { notes: notesWithoutMarker(record.notes) } : {}),
  };
  if (sameUpdates(record.changes.updates, inferred.updates)) return { patch, note: undefined };
  return {
    patch: {
      ...patch,
      changes: { ...record.changes, updates: inferred.updates },
      title: refreshedTitle(record, inferred.updates),
    },
    note: `change set updated from commit ${sha}: ${inferred.updates.map((u) => `${u.path}=${u.value}`).join(', ') || 'no value updates'}`,
  };
}

function retarget(pr: PullRequest, record: ReleaseRecord, why: string): UserError {
  return new UserError(
    `pull request #${pr.number} is release ${record.id} (${record.workload} in ${record.environment}), and ${why}: a release changes one environment's layer of one workload, so keep this pull request to ${record.workload} in ${record.environment} and open another for the rest`,
    [],
    'usage',
  );
}
