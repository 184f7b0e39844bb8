// Auto-merge of a release pull request (docs/architecture.md#release-lifecycle): where the environment needs
// nobody's approval, is not frozen and the preview passed, the release moves to Approved, its pull request is
// merged, and the deploy workflow is dispatched (a merge made with GITHUB_TOKEN starts no workflow). Split from
// create-release.ts, which writes the branch, the pull request and the record.
import { freezeStatus } from '../domain/freeze.js';
import type { GitopshqConfig, ReleaseRecord } from '../domain/model.js';
import { type AutoMergeVerdict, autoMergeGate } from '../domain/release-request.js';
import type { GitHubPort } from '../github/port.js';
import { type PreviewRun, previewPassed, previewVerdict } from './create-release-checks.js';
import { type DeployDispatch, dispatchDeploy } from './deploy-dispatch.js';
import type { Clock, Ports, RecordStorePort } from './deps.js';

export type AutoMergePorts = Pick<Ports, 'checkout' | 'renderer' | 'log'> & {
  store: Pick<RecordStorePort, 'transitionRelease'>;
  github: Pick<GitHubPort, 'mergePullRequest' | 'dispatchWorkflow' | 'getPullRequest'>;
};

export interface AutoMergeRequest {
  releaseId: string;
  environment: string;
  pullRequest: { number: number; draft: boolean };
  /** The commit the release branch holds: merged only as that commit. */
  head: string;
  /** The base branch and its tip when this run started. */
  base: string;
  baseTip: string;
  /** The request's auto-merge; undefined: the environment's `deploy.autoMerge`. */
  requested?: boolean | undefined;
  deployWorkflow?: string | undefined;
  actor: string;
  /** The first preview this run made on the head ('already': an earlier run's). */
  preview: PreviewRun;
  record: ReleaseRecord;
}

export interface AutoMerged {
  /** Why it was (not) merged. */
  verdict: AutoMergeVerdict;
  merged: boolean;
  record: ReleaseRecord;
  deployDispatch?: DeployDispatch;
}

/** Whether the environment lets this pull request merge with nobody's approval now (before the preview's say). */
export function autoMergeVerdict(
  req: { environment: string; requested?: boolean | undefined; draft: boolean },
  config: GitopshqConfig,
  clock: Clock,
): AutoMergeVerdict {
  const env = config.environments.find((e) => e.name === req.environment);
  if (env === undefined) return { merge: false, reason: `unknown environment ${req.environment}` };
  return autoMergeGate({
    requested: req.requested ?? env.deploy.autoMerge,
    draft: req.draft,
    environment: req.environment,
    policy: env.approvals,
    freeze: freezeStatus(config.freezes, req.environment, clock.now()),
  });
}

export async function autoMerge(
  req: AutoMergeRequest,
  config: GitopshqConfig,
  ports: AutoMergePorts,
  clock: Clock,
): Promise<AutoMerged> {
  const { github, store, log } = ports;
  let record = req.record;
  let verdict = autoMergeVerdict(
    { environment: req.environment, requested: req.requested, draft: req.pullRequest.draft },
    config,
    clock,
  );
  if (verdict.merge) {
    verdict =
      req.preview === 'already'
        ? await previewVerdict(req.baseTip, req.head, ports, clock)
        : previewPassed(req.preview);
  }
  if (!verdict.merge) return { verdict, merged: false, record };
  if (record.state === 'PendingApproval') {
    record = await store.transitionRelease(req.releaseId, 'Approved', {
      actor: req.actor,
      note: verdict.reason,
    });
  }
  if (record.state !== 'Approved') {
    return { verdict: { merge: false, reason: `the release is ${record.state}` }, merged: false, record };
  }
  await github.mergePullRequest(req.pullRequest.number, { sha: req.head, method: 'merge' });
  log.info(`merged pull request #${req.pullRequest.number}: ${verdict.reason}`);
  const deployDispatch = req.deployWorkflow
    ? await dispatchDeploy(
        {
          workflow: req.deployWorkflow,
          ref: req.base,
          releaseId: req.releaseId,
          environment: req.environment,
        },
        { github, log },
      )
    : undefined;
  return { verdict, merged: true, record, ...(deployDispatch ? { deployDispatch } : {}) };
}

/**
 * A re-run over a release this job merged earlier: a run killed between its merge and its dispatch, or whose
 * dispatch failed, left the release merged and Approved, and nothing else will deploy it (the merge's push started
 * no workflow). Dispatched again when auto-merge applies to the release, GitHub says its pull request merged, and
 * the record says it is still Approved: once a deploy began (Deploying or later) there is nothing to start. A
 * workflow_dispatch is not idempotent, so a run killed right after a dispatch that succeeded dispatches a second
 * deploy on its re-run; both wait in the environment's concurrency group and the second finds the release deployed
 * and writes nothing (deploy.ts).
 */
export async function dispatchAgain(
  req: {
    record: ReleaseRecord;
    base: string;
    requested?: boolean | undefined;
    deployWorkflow?: string | undefined;
  },
  config: GitopshqConfig,
  ports: Pick<AutoMergePorts, 'github' | 'log'>,
  clock: Clock,
): Promise<DeployDispatch | undefined> {
  const { record, deployWorkflow } = req;
  if (!deployWorkflow || record.pullRequest === undefined) return undefined;
  if (record.state !== 'Approved') return undefined;
  const verdict = autoMergeVerdict(
    { environment: record.environment, requested: req.requested, draft: false },
    config,
    clock,
  );
  if (!verdict.merge) return undefined;
  const pr = await ports.github.getPullRequest(record.pullRequest.number);
  if (!pr.merged) return undefined;
  ports.log.info(
    `release ${record.id} is merged (pull request #${pr.number}) and still Approved: its deploy was never started, dispatching it again`,
  );
  return dispatchDeploy(
    { workflow: deployWorkflow, ref: req.base, releaseId: record.id, environment: record.environment },
    ports,
  );
}
