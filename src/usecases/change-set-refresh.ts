// approve-gate re-reads a release's change set from its pull request when the head moved: the merge deploys the PR
// as it is now, and promote carries the record's change set on, so the record must say what the PR now changes.
// The change set is read the way a PR opened by hand is registered (inferRelease), from the merge base, so commits
// on the base branch since the PR was opened are not read as the PR reverting them. Flow:
// docs/architecture.md#release-lifecycle.
import {
  headMovedSinceChangeSet,
  notesUpdatedFrom,
  refreshedTitle,
  sameUpdates,
} from '../domain/change-set-refresh.js';
import { UserError } from '../domain/errors.js';
import type { ChangeSet, ReleaseRecord } from '../domain/model.js';
import type { CommitSummary, PullRequest } from '../github/port.js';
import type { Checkout } from './deps.js';
import { inferRelease } from './register-release.js';

/** What the gate writes with its other updates when the PR's change set moved. */
export interface ChangeSetRefresh {
  changes: ChangeSet;
  title: string;
  notes: string;
  /** For the history entry (or the log): the change set was updated from commit <sha>. */
  note: string;
}

/**
 * The record's new change set when the head moved and the PR now changes other values; undefined when nothing is to
 * write. Throws a usage UserError when the PR now changes another workload or environment than the release's: a
 * release changes one environment's layer, and re-targeting it silently would move a release under another policy.
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
  if (sameUpdates(record.changes.updates, inferred.updates)) return undefined;
  return {
    changes: { ...record.changes, updates: inferred.updates },
    title: refreshedTitle(record, inferred.updates),
    notes: notesUpdatedFrom(record.notes, sha),
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
