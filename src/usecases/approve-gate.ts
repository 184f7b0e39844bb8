// approve-gate: does a release PR meet its environment's approval policy, and is the environment free of freezes
// (or broken through by break-glass)? The policy is ALWAYS read from the base branch (gitopshq.yaml and CODEOWNERS
// at the PR's base SHA), never from the PR, so a PR cannot lower the bar it is judged by. The rules are pure
// (decideApproval, freezeStatus, decideBreakGlass in src/domain); this file gathers their facts from GitHub, sets
// the `gitopshq/approval` status and moves the release record. A pull request GitHub answers as closed is not
// judged: its release is settled by release-closed.ts (closed unmerged: Cancelled). A release PR that also changes
// the policy (gitopshq.yaml, CODEOWNERS, .github/, clusters/) is refused: that goes in a PR of its own. One that
// changes a layer several environments share (base values, chart, workload.yaml) is judged by each of their
// policies: all must pass (approve-gate-scope.ts). A PR that changes no workload is no release and gets no record:
// policy, clusters/ or shared render files are judged by every environment they reach, with freezes; a PR no
// environment consumes (docs) passes, so branch protection can require the status everywhere. Flow:
// docs/architecture.md#release-lifecycle.
//
// Break-glass reason: the body of the break-glass approver's approving review (the review that broke the glass);
// the PR must also carry the freeze's label. Recorded in the release as breakGlass {actor, at, reason}, where `at`
// is when that review was submitted, so a re-run records the same audit.

import type { ApprovalDecision } from '../domain/approval-policy.js';
import type { BreakGlassDecision } from '../domain/break-glass.js';
import { UserError, ValidationError } from '../domain/errors.js';
import { type FreezeStatus, freezeStatus } from '../domain/freeze.js';
import {
  combinedBreakGlass,
  describeNonRelease,
  describeVerdicts,
  type EnvironmentVerdict,
  type MissingRule,
  missingPhrasesOf,
  missingRulesOf,
  NOTHING_DEPLOYABLE,
  passes,
} from '../domain/gate-verdict.js';
import type { GitopshqConfig, ReleaseState } from '../domain/model.js';
import type { NonReleaseChange } from '../domain/release-scope.js';
import type { GitHubPort, PullRequest } from '../github/port.js';
import { judge } from './approve-gate-judge.js';
import { moveRecord } from './approve-gate-record.js';
import {
  changedFiles,
  type GateScope,
  gateScope,
  nonReleaseOf,
  otherWorkloadRefusal,
  policyChangeRefusal,
  policyRefused,
} from './approve-gate-scope.js';
import { environmentMismatch, nothingDeployableReport, refuse, setStatus } from './approve-gate-status.js';
import { type ChangeSetRefresh, refreshChangeSet } from './change-set-refresh.js';
import { type Clock, type Ports, type RecordStorePort, systemClock } from './deps.js';
import {
  findReleaseForPullRequest,
  firstCommitTime,
  inferRelease,
  registerPullRequest,
} from './register-release.js';
import { type ClosedReport, settleClosedPullRequest } from './release-closed.js';
import { failed, pending, type StepResult, succeeded } from './result.js';

export interface ApproveGateRequest {
  pullRequest: number;
  /** Default: the release's environment (or, for an unregistered PR, the one its changed files name). */
  environment?: string;
  /** Who runs the step (history entries of the record). */
  actor: string;
  /** Read only: no status, no record written (`gitopshq gate`). */
  readOnly?: boolean;
  runUrl?: string;
  /** The triggering event's `action` (`closed`, `reopened`, ...): for the log only, GitHub's answer decides. */
  eventAction?: string;
}

export type { MissingRule };
export { environmentMismatch };

export interface GateReport {
  pullRequest: number;
  headSha: string;
  /** The release's environment; '' for a pull request that is no release (`change` says what it is). */
  environment: string;
  /**
   * `release`, or what a pull request that changes no workload is: `policy` (gitopshq.yaml, CODEOWNERS, .github/),
   * `clusters` (clusters/), `shared` (files a render reads from outside workloads/), judged by every environment they
   * reach; `nothing-deployable` (docs): passes, judged by none.
   */
  change: 'release' | NonReleaseChange['kind'];
  approved: boolean;
  /** undefined only in read-only mode for a PR with no record yet. */
  releaseId?: string;
  state?: ReleaseState;
  missing: MissingRule[];
  /** The `gitopshq/approval` status description: exactly what is missing (at most 140 characters). */
  description: string;
  decision: ApprovalDecision;
  freeze: FreezeStatus;
  breakGlass: BreakGlassDecision;
  /**
   * Every environment whose policy judged the PR, the release's own first: more than one when it changes a layer
   * they share (base values, chart, workload.yaml). `decision`, `freeze` and `breakGlass` above are the first's.
   */
  environments: { environment: string; approved: boolean; description: string }[];
  /** The record was created by this run (a hand-opened PR). */
  registered: boolean;
  /** Commits this run wrote to the state branch, and whether it set the status. */
  recordWrites: number;
  statusSet: boolean;
}

export type ApproveGatePorts = Pick<Ports, 'checkout' | 'log'> & {
  store: Pick<
    RecordStorePort,
    'listReleases' | 'getRelease' | 'createRelease' | 'updateRelease' | 'transitionRelease'
  >;
  github: Pick<
    GitHubPort,
    | 'repository'
    | 'getPullRequest'
    | 'listPullRequestFiles'
    | 'listPullRequestCommits'
    | 'listBranchActivity'
    | 'listReviews'
    | 'getRepositoryPermission'
    | 'isTeamMember'
    | 'getCodeowners'
    | 'createCommitStatus'
    | 'getCombinedStatus'
  >;
};

const GATED: ReadonlySet<ReleaseState> = new Set(['Draft', 'PendingApproval', 'Approved']);

export type GateRun =
  | { kind: 'gated'; result: StepResult<GateReport> }
  | { kind: 'closed'; report: ClosedReport };

/**
 * The gate on the pull request as GitHub answers it now, whatever the event said: an open one is judged; a closed
 * one gets no status, and its release is settled (closed unmerged before Deploying: Cancelled; merged: deploy's).
 */
export async function runGate(
  req: ApproveGateRequest,
  ports: ApproveGatePorts,
  clock: Clock = systemClock,
): Promise<GateRun> {
  const pr = await ports.github.getPullRequest(req.pullRequest);
  if (pr.state === 'closed') {
    return { kind: 'closed', report: await settleClosedPullRequest(pr, req, ports, clock) };
  }
  if (req.eventAction === 'closed') {
    ports.log.info(
      `the event says pull request #${pr.number} was closed, GitHub says it is open (reopened since): it is judged as open`,
    );
  }
  return { kind: 'gated', result: await gateOpen(pr, req, ports, clock) };
}

/** runGate for callers that judge an open pull request: a closed one is a usage error naming what was settled. */
export async function approveGate(
  req: ApproveGateRequest,
  ports: ApproveGatePorts,
  clock: Clock = systemClock,
): Promise<StepResult<GateReport>> {
  const run = await runGate(req, ports, clock);
  if (run.kind === 'gated') return run.result;
  return failed({
    kind: 'usage',
    message: `${run.report.message}; a closed pull request has no approval gate`,
  });
}

async function gateOpen(
  pr: PullRequest,
  req: ApproveGateRequest,
  ports: ApproveGatePorts,
  clock: Clock,
): Promise<StepResult<GateReport>> {
  const { github, checkout, store, log } = ports;
  const { missing: absent, reason } = await checkout.ensureCommits([pr.base.sha, pr.head.sha]);
  if (absent.length > 0) {
    return failed({
      kind: 'usage',
      message: `the checkout at ${checkout.where} lacks commits ${absent.join(', ')} and fetching them failed (${reason ?? 'no reason given'}): use actions/checkout with fetch-depth: 0`,
    });
  }
  // The changed files are read only when needed (inferring an unregistered PR, or CODEOWNERS): listing them pages
  // by 100, so reading them always would make a 200-tenant wave cost more calls than a 2-tenant one.
  let files: Promise<string[]> | undefined;
  const changedPaths = () =>
    (files ??= github
      .listPullRequestFiles(pr.number)
      .then((list) =>
        list.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename])),
      ));
  let record = await findReleaseForPullRequest(store, pr.number);
  // Cancelled is final: an open pull request whose release was cancelled (closed unmerged, then reopened) is a new
  // release, registered below like a pull request opened by hand.
  const cancelled = record?.state === 'Cancelled' ? record : undefined;
  if (cancelled) record = undefined;
  // The record's environment is the one the release deploys to, so it is the policy the release is judged by: an
  // input naming another (a workflow, or a pull request editing its own workflow) would lower the bar.
  if (record && req.environment !== undefined && req.environment !== record.environment) {
    return failed({ kind: 'usage', message: environmentMismatch(pr.number, record, req.environment) });
  }
  const now = clock.now();
  // What the PR changes, from git in the checkout (no API call): policy files, and the environments it reaches.
  const changed = await changedFiles(pr, checkout, changedPaths);
  let loaded: { config: GitopshqConfig; inferred?: ReturnType<typeof inferRelease>; scope: GateScope };
  try {
    loaded = await checkout.snapshots(pr.base.sha, pr.head.sha, async (s) => {
      if (s.baseSnap === undefined) {
        throw new ValidationError([
          {
            file: 'gitopshq.yaml',
            line: 1,
            col: 1,
            message: `the base branch ${pr.base.ref} has no valid gitopshq.yaml: the gate reads its policy there`,
          },
        ]);
      }
      const scope = await gateScope(changed, s.baseSnap, s.headSnap);
      // A release that also changes policy is refused below, before anything is registered; one that changes no
      // workload is no release: nothing to infer.
      const needInference =
        !policyRefused(scope, record) &&
        record === undefined &&
        scope.reach.length > 0 &&
        (req.environment === undefined || !req.readOnly);
      // A reopened PR keeps its cancelled release's environment (its diff may name none: a chart upgrade).
      const env = req.environment ?? cancelled?.environment;
      const inferred = needInference
        ? inferRelease(await changedPaths(), s.baseSnap, s.headSnap, env)
        : undefined;
      return { config: s.baseSnap.config, inferred, scope };
    });
  } catch (e) {
    if (e instanceof ValidationError) {
      return failed({ message: 'the gate cannot read the repository at base or head', findings: e.findings });
    }
    throw e;
  }
  const { scope } = loaded;
  const others = record
    ? scope.reach.filter((r) => r.workload !== record?.workload).map((r) => r.workload)
    : [];
  if (policyRefused(scope, record)) {
    return refuse(ports, req, pr, record, policyChangeRefusal(pr.number, scope, record?.id));
  }
  if (record && others.length > 0)
    return refuse(ports, req, pr, record, otherWorkloadRefusal(pr.number, record, others));
  // No record and no workload changed: no release. Its files say whose policies judge it (none for docs).
  const nonRelease = record === undefined ? nonReleaseOf(scope, loaded.config) : undefined;
  if (nonRelease && req.environment !== undefined) {
    log.info(
      `pull request #${pr.number} changes no workload, so it is no release: the environment input '${req.environment}' does not apply`,
    );
  }
  if (nonRelease?.kind === 'nothing-deployable') {
    const statusSet =
      !req.readOnly && (await setStatus(github, pr.head.sha, 'success', NOTHING_DEPLOYABLE, req.runUrl));
    return succeeded(nothingDeployableReport(pr, now, statusSet));
  }
  // The PR's commits: who pushed (for the gate) and, for a PR registered here, when the change was first committed.
  const commits = await github.listPullRequestCommits(pr.number);
  let registered = false;
  let recordWrites = 0;
  if (record === undefined && loaded.inferred && !req.readOnly) {
    const r = await registerPullRequest(
      pr,
      loaded.inferred,
      { store },
      { actor: req.actor, now, firstCommitAt: firstCommitTime(commits) },
    );
    record = r.record;
    registered = r.created;
    if (r.created) {
      recordWrites++;
      const again = cancelled ? ` (reopened: release ${cancelled.id} was cancelled)` : '';
      log.info(`registered pull request #${pr.number} as release ${r.record.id} (${r.record.state})${again}`);
    }
  }
  // A push to the release PR changes what the merge deploys: the record's change set follows it (promote carries
  // the record's change set on), written with the gate's other updates below.
  let refresh: ChangeSetRefresh | undefined;
  if (record && GATED.has(record.state) && !registered && !req.readOnly) {
    try {
      refresh = await refreshChangeSet(pr, record, {
        checkout,
        changedPaths,
        commits,
        eventAction: req.eventAction,
      });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // The approval was given to another change than the one the PR now makes: it no longer holds, so deploy
      // cannot take the release from a merge that bypassed the (missing) status.
      if (record.state === 'Approved') {
        await store.transitionRelease(record.id, 'PendingApproval', {
          actor: req.actor,
          note: `approval no longer holds: ${e.message}`,
        });
      }
      return failed({ kind: 'usage', message: e.message });
    }
    if (refresh?.note) log.info(`release ${record.id}: ${refresh.note}`);
  }
  const environment = nonRelease
    ? ''
    : (req.environment ?? record?.environment ?? loaded.inferred?.environment ?? '');
  // A layer several environments share (base values, chart, workload.yaml) ships to each of them with their next
  // release: every one of their policies judges it, the release's own first.
  const workload =
    record?.workload ??
    loaded.inferred?.workload ??
    (scope.reach.length === 1 ? scope.reach[0]?.workload : '');
  const reached = [
    ...(scope.reach.find((r) => r.workload === workload)?.environments ?? []),
    ...scope.rendered.environments,
  ];
  // A policy or cluster-wide change: every environment's policy, read on the base branch like a release's.
  const judgedBy = nonRelease
    ? nonRelease.environments
    : [...new Set([environment, ...reached.filter((e) => e !== environment)])];
  const unknown = judgedBy.filter((e) => !loaded.config.environments.some((c) => c.name === e));
  if (unknown.length > 0) {
    return failed({
      kind: 'usage',
      message: `environment '${unknown[0]}' is not in gitopshq.yaml on ${pr.base.ref}: use one of ${loaded.config.environments.map((e) => e.name).join(', ')}`,
    });
  }
  const policies = judgedBy.flatMap((name) => {
    const config = loaded.config.environments.find((e) => e.name === name);
    return config
      ? [{ name, policy: config.approvals, freeze: freezeStatus(loaded.config.freezes, name, now) }]
      : [];
  });
  const { verdicts, reviews } = await judge(pr, policies, commits, { github, log, changedPaths });
  const own = verdicts[0] as EnvironmentVerdict;
  const approved = verdicts.every(passes);
  const description = nonRelease ? describeNonRelease(nonRelease.kind, verdicts) : describeVerdicts(verdicts);
  const missing = missingRulesOf(verdicts);
  const affects = judgedBy.length > 1 ? judgedBy : undefined;

  let statusSet = false;
  if (!req.readOnly) {
    // The record first, then the status: a status never says more than the record (a merge the success status
    // allows finds the release Approved), and a run killed in between is finished by a re-run, which finds no status
    // and judges again (a re-run skips a head whose status is set: create-release's first checks).
    if (record && GATED.has(record.state)) {
      const moved = await moveRecord(store, record, {
        pr,
        approved,
        decision: own.decision,
        glass: combinedBreakGlass(verdicts),
        reviews,
        actor: req.actor,
        description,
        refresh,
        affects,
        missing: missingPhrasesOf(verdicts),
      });
      record = moved.record;
      recordWrites += moved.writes;
    }
    statusSet = await setStatus(
      github,
      pr.head.sha,
      approved ? 'success' : 'pending',
      description,
      req.runUrl,
    );
  }
  const report: GateReport = {
    pullRequest: pr.number,
    headSha: pr.head.sha,
    environment,
    change: nonRelease?.kind ?? 'release',
    approved,
    ...(record ? { releaseId: record.id, state: record.state } : {}),
    missing,
    description,
    decision: own.decision,
    freeze: own.freeze,
    breakGlass: own.glass,
    environments: verdicts.map((v) => ({
      environment: v.environment,
      approved: passes(v),
      description: describeVerdicts([v]),
    })),
    registered,
    recordWrites,
    statusSet,
  };
  return approved ? succeeded(report) : pending(description, { value: report });
}
