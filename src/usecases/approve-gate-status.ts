// What approve-gate writes to GitHub when it has decided (docs/architecture.md#release-lifecycle): the
// `gitopshq/approval` status, a refusal (a pull request the gate does not judge as it stands), and the pass a pull
// request gets when it changes nothing any environment consumes (docs, a README), which is no release: no record is
// written, so branch protection can require the status on every pull request. Split from approve-gate.ts.
import type { ApprovalDecision } from '../domain/approval-policy.js';
import { decideBreakGlass } from '../domain/break-glass.js';
import { freezeStatus } from '../domain/freeze.js';
import { type MissingRule, NOTHING_DEPLOYABLE } from '../domain/gate-verdict.js';
import type { ReleaseRecord } from '../domain/model.js';
import { APPROVAL_STATUS_CONTEXT, type GitHubPort, type PullRequest } from '../github/port.js';
import type { RecordStorePort } from './deps.js';
import { failed, type StepResult } from './result.js';

/** Sets `gitopshq/approval` unless the head already shows exactly this state and description. */
export async function setStatus(
  github: Pick<GitHubPort, 'createCommitStatus' | 'getCombinedStatus'>,
  sha: string,
  state: 'success' | 'pending' | 'failure',
  description: string,
  runUrl: string | undefined,
): Promise<boolean> {
  const current = (await github.getCombinedStatus(sha)).statuses.find(
    (s) => s.context === APPROVAL_STATUS_CONTEXT,
  );
  if (current?.state === state && current.description === description) return false;
  await github.createCommitStatus(sha, {
    context: APPROVAL_STATUS_CONTEXT,
    state,
    description,
    ...(runUrl ? { targetUrl: runUrl } : {}),
  });
  return true;
}

/**
 * Refuses a pull request the gate does not judge as it stands (a release that also changes policy, or another
 * workload): the status fails with what to do, an approval the record holds no longer does, nothing else is written.
 */
export async function refuse<T>(
  ports: {
    github: Pick<GitHubPort, 'createCommitStatus' | 'getCombinedStatus'>;
    store: Pick<RecordStorePort, 'transitionRelease'>;
  },
  req: { readOnly?: boolean; runUrl?: string; actor: string },
  pr: PullRequest,
  record: ReleaseRecord | undefined,
  why: { message: string; description: string },
): Promise<StepResult<T>> {
  if (!req.readOnly) {
    await setStatus(ports.github, pr.head.sha, 'failure', why.description, req.runUrl);
    if (record?.state === 'Approved') {
      await ports.store.transitionRelease(record.id, 'PendingApproval', {
        actor: req.actor,
        note: `approval no longer holds: ${why.message}`,
      });
    }
  }
  return failed({ kind: 'usage', message: why.message });
}

/** The report on a pull request no environment consumes (docs): it passes, judged by no policy, nothing recorded. */
export function nothingDeployableReport(pr: PullRequest, at: Date, statusSet: boolean) {
  // No environment judges it: the status of no freeze at all.
  const freeze = freezeStatus([], '', at);
  const decision: ApprovalDecision = {
    approved: true,
    missing: [],
    description: NOTHING_DEPLOYABLE,
    counted: [],
    ignored: [],
  };
  return {
    pullRequest: pr.number,
    headSha: pr.head.sha,
    environment: '',
    change: 'nothing-deployable' as const,
    approved: true,
    missing: [] as MissingRule[],
    description: NOTHING_DEPLOYABLE,
    decision,
    freeze,
    breakGlass: decideBreakGlass(freeze, { labels: [], approvers: [], teams: {} }),
    environments: [] as { environment: string; approved: boolean; description: string }[],
    registered: false,
    recordWrites: 0,
    statusSet,
  };
}

/** Why the gate refuses an environment input that is not the release's own: names both, and what to change. */
export function environmentMismatch(number: number, record: ReleaseRecord, input: string): string {
  return `pull request #${number} is release ${record.id} to environment '${record.environment}', and the gate was asked to judge it as '${input}': a release is judged by its own environment's policy, so remove the environment input (or set it to '${record.environment}')`;
}
