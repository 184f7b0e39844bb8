// approve-gate on a pull request GitHub says is closed: a release PR closed without merging cancels its release
// (Draft, Pending Approval or Approved -> Cancelled), so the board, the metrics and deploy's search for an unlinked
// merge stop counting a release that will never merge. The decision is decideClosedPullRequest's (src/domain), on
// the pull request as GitHub answers it now; the caller re-read it, never trusting the event payload. No
// `gitopshq/approval` status is set on a closed pull request. Flow: docs/architecture.md#release-lifecycle.
import { type ClosedVerdict, decideClosedPullRequest } from '../domain/closed-pull-request.js';
import { IllegalTransitionError } from '../domain/lifecycle.js';
import type { ReleaseRecord, ReleaseState } from '../domain/model.js';
import type { PullRequest } from '../github/port.js';
import type { Clock, Logger, RecordStorePort } from './deps.js';
import { findReleaseForPullRequest } from './register-release.js';

export interface ClosedReport {
  pullRequest: number;
  headSha: string;
  merged: boolean;
  verdict: ClosedVerdict['kind'];
  /** One line: what happened to the release and why (the log and the job summary). */
  message: string;
  releaseId?: string;
  state?: ReleaseState;
  /** The release moved to Cancelled by this run. */
  cancelled: boolean;
  recordWrites: number;
}

export interface ClosedPorts {
  store: Pick<RecordStorePort, 'listReleases' | 'getRelease' | 'transitionRelease'>;
  log: Pick<Logger, 'info'>;
}

/**
 * Settles the release of `pr`, a pull request GitHub answered as closed. `actor`: who closed it (the workflow's
 * actor on the `closed` event), kept in the release's history. `readOnly`: decide and report, write nothing.
 */
export async function settleClosedPullRequest(
  pr: PullRequest,
  req: { actor: string; readOnly?: boolean | undefined },
  ports: ClosedPorts,
  clock: Clock,
): Promise<ClosedReport> {
  const { store, log } = ports;
  let record = await findReleaseForPullRequest(store, pr.number);
  const verdict = decideClosedPullRequest(pr, record);
  let message = verdict.message;
  let cancelled = false;
  if (verdict.kind === 'cancel' && record && req.readOnly) {
    message = `${verdict.note}: approve-gate cancels release ${record.id} (${record.state}); read-only, nothing written`;
  } else if (verdict.kind === 'cancel' && record) {
    const moved = await cancel(record, verdict.note, req.actor, ports, clock);
    cancelled = moved.cancelled;
    record = moved.record;
    if (!cancelled) message = moved.message;
  }
  log.info(message);
  return {
    pullRequest: pr.number,
    headSha: pr.head.sha,
    merged: verdict.kind === 'merged',
    verdict: verdict.kind,
    message,
    ...(record ? { releaseId: record.id, state: record.state } : {}),
    cancelled,
    recordWrites: cancelled ? 1 : 0,
  };
}

async function cancel(
  record: ReleaseRecord,
  note: string,
  actor: string,
  ports: ClosedPorts,
  clock: Clock,
): Promise<{ record: ReleaseRecord; cancelled: boolean; message: string }> {
  try {
    const moved = await ports.store.transitionRelease(record.id, 'Cancelled', {
      actor,
      note,
      at: clock.now(),
    });
    return { record: moved, cancelled: true, message: '' };
  } catch (e) {
    // The store moves from the LATEST record: another run got there first (a second `closed` run, or the record
    // left the gated states meanwhile). Report where it is; that run wrote what there was to write.
    if (!(e instanceof IllegalTransitionError)) throw e;
    const now = (await ports.store.getRelease(record.id)) ?? record;
    return {
      record: now,
      cancelled: false,
      message: `pull request #${now.pullRequest?.number ?? '?'} closed without merging; release ${now.id} is ${now.state} already (moved by another run): no change`,
    };
  }
}
