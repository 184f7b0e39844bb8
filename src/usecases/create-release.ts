// create-release: a value change becomes a release. Plan the edit (values layer or Kustomize overlay, comments kept),
// commit it on the branch the request maps to (same inputs, same branch), open or update that branch's pull request,
// write the release record (Draft or Pending Approval), and with auto-merge merge at once where the environment
// needs nobody's approval. Every write is found again by a re-run, so a run killed between two writes converges when
// run again: the branch by its name, the pull request by its head branch, the record by its pull request.
// The first checks on the pull request live in create-release-checks.ts, the auto-merge and the deploy dispatch
// after it in create-release-merge.ts. Flow: docs/architecture.md#release-lifecycle.
import { UserError } from '../domain/errors.js';
import type { ReleaseRecord, ReleaseState, ValueUpdate } from '../domain/model.js';
import { newReleaseId, type RandomSource } from '../domain/release-id.js';
import {
  type AutoMergeVerdict,
  releaseBody,
  releaseBranchName,
  releaseTitle,
} from '../domain/release-request.js';
import { runningRelease } from '../domain/rollback-target.js';
import type { GitHubPort } from '../github/port.js';
import { resolveTarget } from '../render/targets.js';
import type { ReleaseBranches } from '../state/release-branch.js';
import { planChartVersionEdit, planReleaseEdit, type ReleaseEdit } from '../state/release-edit.js';
import { loadRepo } from '../state/repo.js';
import { type FirstChecks, type FirstChecksPorts, firstChecks, summaryOf } from './create-release-checks.js';
import { autoMerge, dispatchAgain } from './create-release-merge.js';
import type { DeployDispatch } from './deploy-dispatch.js';
import { type Clock, type Ports, systemClock } from './deps.js';
import { firstCommitTime } from './register-release.js';
import { failed, type StepResult, succeeded } from './result.js';

/** The last line of the message of every commit create-release writes to a release branch. */
const RELEASE_BRANCH_TRAILER = 'Release branch of gitopshq create-release.';

export interface CreateReleaseRequest {
  workload: string;
  environment: string;
  updates: ValueUpdate[];
  /** Tenant values layers to change; empty: the environment's layer. */
  tenants: string[];
  title?: string | undefined;
  notes?: string | undefined;
  draft: boolean;
  /** Merge at once where nobody's approval is needed; undefined: the environment's `deploy.autoMerge`. */
  autoMerge?: boolean | undefined;
  /**
   * The workflow to dispatch once this run merged the pull request (a merge with GITHUB_TOKEN starts no workflow);
   * undefined or empty: none.
   */
  deployWorkflow?: string | undefined;
  chartVersion?: string | undefined;
  /** The GitHub login the release is made for (the record's author). */
  actor: string;
  /** The branch the pull request targets (default `main`). */
  base?: string | undefined;
  runUrl?: string | undefined;
  /** Set by promote: the release this one re-applies, and the promotion record (both go into the record). */
  promotedFrom?: string | undefined;
  promotion?: string | undefined;
  /**
   * When the source change was committed (the application commit whose build asked for this release, from a
   * repository_dispatch's `committedAt`): lead time starts there. Without it, at the release branch's first commit.
   */
  sourceCommittedAt?: string | undefined;
}

export interface CreatedRelease {
  releaseId: string;
  pullRequestNumber: number;
  pullRequestUrl: string;
  branch: string;
  state: ReleaseState;
  /** The commit the branch holds for this release. */
  head: string;
  /** What this run wrote: a re-run with the same inputs writes nothing. */
  wrote: {
    commit: boolean;
    pullRequest: 'created' | 'updated' | 'unchanged';
    record: 'created' | 'updated' | 'unchanged';
  };
  merged: boolean;
  /** The first preview and gate this run ran on the pull request's head; 'already' when the head had both. */
  checks: FirstChecks;
  /** Why it was (not) merged. */
  autoMerge: AutoMergeVerdict;
  /**
   * The deploy workflow this run dispatched after its merge (or tried to); or, on a re-run, again for a release
   * still Approved after an earlier run's merge (create-release-merge.ts).
   */
  deployDispatch?: DeployDispatch;
  title: string;
  files: string[];
}

export type CreateReleasePorts = Pick<Ports, 'store' | 'log' | 'checkout' | 'renderer'> & {
  github: Pick<
    GitHubPort,
    | 'findOpenPullRequest'
    | 'createPullRequest'
    | 'updatePullRequest'
    | 'mergePullRequest'
    | 'dispatchWorkflow'
  > &
    FirstChecksPorts['github'];
  branches: ReleaseBranches;
};

const ID_MARKER = /<!-- gitopshq:release ([a-z0-9-]+) -->/;

export async function createRelease(
  req: CreateReleaseRequest,
  ports: CreateReleasePorts,
  deps: { clock?: Clock; random: RandomSource },
): Promise<StepResult<CreatedRelease>> {
  const clock = deps.clock ?? systemClock;
  const { github, store, branches, log } = ports;
  const base = req.base ?? 'main';
  if (req.updates.length === 0 && req.chartVersion === undefined) {
    return failed({
      kind: 'usage',
      message: 'no updates: give at least one path=value line in `updates` (or a `chart-version`)',
    });
  }
  let edits: ReleaseEdit[];
  let chartEdit: ReleaseEdit | undefined;
  let chartName: string | undefined;
  let config: Awaited<ReturnType<typeof loadRepo>>['config'];
  try {
    const snap = await loadRepo(branches.root);
    config = snap.config;
    const layers = req.tenants.length === 0 ? [undefined] : [...new Set(req.tenants)].sort();
    edits = [];
    if (req.updates.length > 0) {
      for (const tenant of layers) {
        const { workload } = resolveTarget(snap, { ...req, tenant }, { tenant: 'layer' });
        edits.push(await planReleaseEdit(branches.root, workload, req.environment, tenant, req.updates));
      }
    }
    if (req.chartVersion !== undefined) {
      // The chart version is the environment's, whatever tenants the value updates name.
      const { workload } = resolveTarget(snap, { ...req, tenant: undefined }, { tenant: 'layer' });
      chartEdit = await planChartVersionEdit(branches.root, workload, req.environment, req.chartVersion);
      chartName = workload.config.source.type === 'helm' ? chartShortName(workload.config.source.chart) : '';
    }
  } catch (e) {
    if (e instanceof UserError)
      return failed({
        kind: e.kind === 'usage' ? 'usage' : 'finding',
        message: e.message,
        findings: e.findings,
      });
    throw e;
  }
  const files = [...(chartEdit ? [chartEdit] : []), ...edits].map((e) => ({
    path: e.file,
    content: e.after,
  }));
  const branch = releaseBranchName(req);
  const title = req.title?.trim() || releaseTitle({ ...req, chartName });

  const baseTip = await branches.tip(base);
  if (baseTip === undefined)
    return failed({ kind: 'usage', message: `the base branch ${base} does not exist on the remote` });
  const records = await store.listReleases();
  const ofBranch = records.filter((r) => r.pullRequest?.branch === branch);

  if (await holds(branches, baseTip, files)) {
    // Merged already (a re-run after auto-merge), or the values never needed the change.
    const done = ofBranch.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
    if (done?.pullRequest) {
      log.info(`${base} already holds these updates: release ${done.id} (${done.state})`);
      const deployDispatch = await dispatchAgain(
        { record: done, base, requested: req.autoMerge, deployWorkflow: req.deployWorkflow },
        config,
        ports,
        clock,
      );
      return succeeded({
        releaseId: done.id,
        pullRequestNumber: done.pullRequest.number,
        pullRequestUrl: done.pullRequest.url,
        branch,
        state: done.state,
        head: baseTip,
        wrote: { commit: false, pullRequest: 'unchanged', record: 'unchanged' },
        merged: true,
        checks: { preview: 'not run: already merged', gate: 'not run: already merged' },
        autoMerge: { merge: false, reason: `${base} already holds these updates` },
        ...(deployDispatch ? { deployDispatch } : {}),
        title: done.title,
        files: files.map((f) => f.path),
      });
    }
    return failed({
      kind: 'usage',
      message: `${files.map((f) => f.path).join(', ')} already hold${files.length === 1 ? 's' : ''} these values on ${base}: nothing to release`,
    });
  }

  // The branch: a commit only when it does not hold the planned content yet; never a force push.
  const branchTip = await branches.tip(branch);
  let head = branchTip;
  let wroteCommit = false;
  // The first commit of the PR when this run writes it; on a re-run over an existing branch it is not known here.
  let firstCommitAt: string | undefined;
  if (head === undefined || !(await holds(branches, head, files))) {
    const parent = branchTip ?? baseTip;
    const committedAt = clock.now();
    const commit = await branches.commit(
      branch,
      parent,
      files,
      `${title}\n\n${RELEASE_BRANCH_TRAILER}`,
      committedAt,
    );
    if (branchTip === undefined) firstCommitAt = committedAt.toISOString();
    if (!(await branches.publish(branch, commit, branchTip))) {
      return failed(
        { message: `${branch} moved while this release was written to it: run again` },
        { retryable: true },
      );
    }
    head = commit;
    wroteCommit = true;
    log.info(`pushed ${commit.slice(0, 7)} to ${branch}`);
  }

  // The pull request of the branch, and the release id it carries. A Cancelled release is final: a pull request
  // closed unmerged and reopened carries a new one (approve-gate registers it on `reopened`, else a new id here).
  let pr = await github.findOpenPullRequest(branch);
  const live = ofBranch.filter((r) => r.state !== 'Cancelled');
  const known = live.find((r) => r.pullRequest?.number === pr?.number && pr !== undefined);
  const marked = ID_MARKER.exec(pr?.body ?? '')?.[1];
  const releaseId =
    known?.id ??
    (marked !== undefined && !ofBranch.some((r) => r.id === marked && r.state === 'Cancelled')
      ? marked
      : undefined) ??
    newReleaseId(req.workload, req.environment, clock.now(), deps.random);
  const scope = {
    workload: req.workload,
    environment: req.environment,
    ...(req.tenants.length === 1 ? { tenant: req.tenants[0] } : {}),
  };
  const running = runningRelease(
    records.filter((r) => r.id !== releaseId),
    scope,
  );
  const changes = edits.flatMap((e) =>
    req.updates.map((u) => ({ file: e.file, path: u.path, value: u.value })),
  );
  const body = releaseBody({
    ...req,
    releaseId,
    changes,
    notes: req.notes,
    chartFile: chartEdit?.file,
    rollbackTarget: running ? { id: running.id, title: running.title } : undefined,
  });
  let prWrite: CreatedRelease['wrote']['pullRequest'] = 'unchanged';
  if (pr === undefined) {
    pr = await github.createPullRequest({ head: branch, base, title, body, draft: req.draft });
    prWrite = 'created';
    log.info(`opened pull request #${pr.number}`);
  } else if (pr.title !== title || pr.body !== body) {
    pr = await github.updatePullRequest(pr.number, { title, body });
    prWrite = 'updated';
  }

  // The record: created once, brought up to date on a re-run (no commit when nothing changed).
  const fields = {
    title,
    tenants: [...new Set(req.tenants)].sort(),
    changes: {
      updates: req.updates.map((u) => ({ path: u.path, value: u.value })),
      ...(req.chartVersion !== undefined ? { chartVersion: req.chartVersion } : {}),
    },
    pullRequest: { number: pr.number, url: pr.url, branch },
    ...(req.notes?.trim() ? { notes: req.notes.trim() } : {}),
    ...(running ? { rollbackTarget: running.id } : {}),
    ...(req.promotedFrom ? { promotedFrom: req.promotedFrom } : {}),
    ...(req.promotion ? { promotion: req.promotion } : {}),
  };
  let record = await store.getRelease(releaseId);
  let recordWrite: CreatedRelease['wrote']['record'] = 'unchanged';
  // Where lead time starts. A re-run over a branch an earlier run wrote did not write its first commit: the pull
  // request's commits say when that was (only asked when the record does not know it yet).
  let firstCommit = req.sourceCommittedAt ?? firstCommitAt;
  // Which commit the PR's diff is exactly this change set at: the one this run wrote from base; on a re-run over a
  // branch an earlier run wrote (killed before the record), the PR's only commit when it is that run's commit and
  // still the tip (a PR of one commit diffs against its parent, on base). Else approve-gate reads the change set.
  let changeSetCommit = branchTip === undefined ? head : undefined;
  if (record === undefined && changeSetCommit === undefined && head !== undefined) {
    const commits = await github.listPullRequestCommits(pr.number);
    const only = commits.length === 1 ? commits[0] : undefined;
    if (only?.sha === head && only.message.trimEnd().endsWith(RELEASE_BRANCH_TRAILER)) changeSetCommit = head;
    if (firstCommit === undefined) firstCommit = firstCommitTime(commits);
  } else if (firstCommit === undefined && record?.firstCommitAt === undefined) {
    firstCommit = firstCommitTime(await github.listPullRequestCommits(pr.number));
  }
  if (record === undefined) {
    const state: ReleaseState = pr.draft ? 'Draft' : 'PendingApproval';
    const at = clock.now().toISOString();
    const fresh: ReleaseRecord = {
      apiVersion: 'gitopshq.io/v1',
      kind: 'Release',
      id: releaseId,
      workload: req.workload,
      environment: req.environment,
      author: req.actor,
      createdAt: at,
      ...(firstCommit !== undefined ? { firstCommitAt: firstCommit } : {}),
      state,
      history: [{ state, at, actor: req.actor, note: `pull request #${pr.number}` }],
      approvals: [],
      ...fields,
      ...(changeSetCommit !== undefined ? { changeSetCommit } : {}),
    };
    record = await store.createRelease(fresh);
    recordWrite = 'created';
  } else {
    const before = JSON.stringify(record);
    record = await store.updateRelease(
      releaseId,
      (r) => ({
        ...r,
        ...fields,
        ...(r.firstCommitAt === undefined && firstCommit !== undefined ? { firstCommitAt: firstCommit } : {}),
      }),
      `release ${releaseId}: updated by create-release`,
    );
    if (JSON.stringify(record) !== before) recordWrite = 'updated';
  }

  const checks = await firstChecks(
    {
      pullRequest: pr.number,
      head,
      fresh: wroteCommit || prWrite === 'created',
      actor: req.actor,
      runUrl: req.runUrl,
    },
    ports,
    clock,
  );
  record = checks.record ?? record;

  const merge = await autoMerge(
    {
      releaseId,
      environment: req.environment,
      pullRequest: { number: pr.number, draft: pr.draft },
      head,
      base,
      baseTip,
      requested: req.autoMerge,
      deployWorkflow: req.deployWorkflow,
      actor: req.actor,
      preview: checks.preview,
      record,
    },
    config,
    ports,
    clock,
  );
  return succeeded({
    releaseId,
    pullRequestNumber: pr.number,
    pullRequestUrl: pr.url,
    branch,
    state: merge.record.state,
    head,
    wrote: { commit: wroteCommit, pullRequest: prWrite, record: recordWrite },
    merged: merge.merged,
    checks: { preview: summaryOf(checks.preview), gate: checks.gate },
    autoMerge: merge.verdict,
    ...(merge.deployDispatch ? { deployDispatch: merge.deployDispatch } : {}),
    title,
    files: files.map((f) => f.path),
  });
}

/** `podinfo` for `podinfo` in a repository and for `oci://ghcr.io/stefanprodan/charts/podinfo`. */
function chartShortName(chart: string): string {
  return chart.replace(/\/+$/, '').split('/').pop() ?? chart;
}

/** Whether `commit` already holds every file as planned. */
async function holds(
  branches: ReleaseBranches,
  commit: string,
  files: readonly { path: string; content: string }[],
): Promise<boolean> {
  for (const f of files) if ((await branches.read(commit, f.path)) !== f.content) return false;
  return true;
}
