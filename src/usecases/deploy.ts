// deploy: the push that merges a release (or a dispatch naming it) puts the release's rendered manifests on its
// environment's deploy branch, records a GitHub Deployment and moves the release Approved -> Deploying -> Deployed,
// or to Failed with the cause. Every write can be repeated: a re-run finds the deploy commit by its trailer and the
// Deployment by environment and commit, so a run killed half-way and run again converges on one of each.
// Flow and layout: docs/architecture.md#release-lifecycle, docs/architecture.md#state-repo-layout.

import { freezesNotBroken, heldDespiteBreakGlass } from '../domain/break-glass.js';
import { releaseOfPullRequest } from '../domain/closed-pull-request.js';
import { ValidationError } from '../domain/errors.js';
import { describeFreeze, freezeStatus } from '../domain/freeze.js';
import { manifestFile } from '../domain/layout.js';
import { type CommitInfo, hintedReleases, newestFirst } from '../domain/merge-commit.js';
import type { FreezeWindow, ReleaseRecord } from '../domain/model.js';
import type { GitHubPort } from '../github/port.js';
import { stringifyManifests } from '../render/normalize.js';
import {
  formatRenderFinding,
  hasErrors,
  type Manifest,
  type RenderFinding,
  type RenderTarget,
} from '../render/types.js';
import type { DeployBranches } from '../state/deploy-branch.js';
import { type Clock, type Logger, type RecordStorePort, systemClock } from './deps.js';
import { failed, pending, type StepResult, succeeded } from './result.js';

/** The annotation every deployed object carries: which release put it there. */
export const RELEASE_ANNOTATION = 'gitopshq.io/release';
/** The commit trailer on the deploy branch naming the release a commit deploys (rollback.ts has its own). */
export const RELEASE_TRAILER = 'Gitopshq-Release';

export interface RenderedTarget {
  target: RenderTarget;
  manifests: Manifest[];
  findings: RenderFinding[];
}

/** The GitOps repository at one commit, as a deploy needs it. */
export interface OpenedRepo {
  freezes: FreezeWindow[];
  /** The environment's deploy branch (gitopshq.yaml `deploy.branch`). */
  deployBranch(environment: string): string;
  /** The targets a release covers: its workload in its environment, its tenants (none listed: every tenant). */
  targets(release: Pick<ReleaseRecord, 'workload' | 'environment' | 'tenants'>): RenderTarget[];
  render(targets: readonly RenderTarget[]): Promise<RenderedTarget[]>;
}

export interface ReleaseSource {
  /** Loads the repository at `ref`; throws the ValidationError of an invalid repository. */
  open<T>(ref: string, fn: (repo: OpenedRepo) => Promise<T>): Promise<T>;
  /** The commit `sha` as the checkout holds it (parents, message); undefined when it does not hold it. */
  commit(sha: string): Promise<CommitInfo | undefined>;
}

export type DeployGitHub = Pick<
  GitHubPort,
  | 'findPullRequestForMergeCommit'
  | 'getPullRequest'
  | 'createDeployment'
  | 'createDeploymentStatus'
  | 'listDeployments'
>;

export interface DeployPorts {
  github: DeployGitHub;
  store: RecordStorePort;
  source: ReleaseSource;
  branches: DeployBranches;
  log: Logger;
}

export interface DeployRequest {
  /** The release to deploy; else the release whose PR merged as `sha`. */
  releaseId?: string;
  /** The pushed commit (GITHUB_SHA). */
  sha?: string;
  /** When given, the release must be for this environment. */
  environment?: string;
  actor: string;
  runUrl?: string;
}

export interface DeployValue {
  releaseId: string;
  environment: string;
  state: ReleaseRecord['state'];
  deployCommit?: string;
  deploymentId?: number;
  branch?: string;
  /** Targets written (`<tenant>/<workload>/manifests.yaml`). */
  files: string[];
  /** Nothing to do: the release was deployed already. */
  unchanged: boolean;
}

/** Adds the release annotation to every object, leaving everything else as rendered. */
export function annotate(manifests: readonly Manifest[], releaseId: string): Manifest[] {
  return manifests.map((m) => {
    const metadata = (m.object.metadata ?? {}) as Record<string, unknown>;
    const annotations = (metadata.annotations ?? {}) as Record<string, string>;
    const object = {
      ...m.object,
      metadata: { ...metadata, annotations: { ...annotations, [RELEASE_ANNOTATION]: releaseId } },
    };
    return { ...m, object };
  });
}

async function findRelease(req: DeployRequest, ports: DeployPorts): Promise<ReleaseRecord | string> {
  if (req.releaseId !== undefined) {
    return (await ports.store.getRelease(req.releaseId)) ?? `release ${req.releaseId} does not exist`;
  }
  if (req.sha === undefined) return 'no release-id and no pushed commit: say which release to deploy';
  const pr = await ports.github.findPullRequestForMergeCommit(req.sha);
  const records = await ports.store.listReleases();
  if (pr) {
    // A PR closed unmerged and reopened names a Cancelled release and a live one: the live one merged.
    const found = releaseOfPullRequest(records, pr.number);
    return found ?? `pull request #${pr.number} (merged as ${req.sha.slice(0, 7)}) is not a release`;
  }
  return findUnlinkedMerge(req.sha, records, ports);
}

/**
 * Without a hint, at most this many pull requests are asked what they merged as. Each call is one more chance of a
 * rate limit, and Approved records may pile up: approve-gate cancels the release of a pull request closed without
 * merging, but only where its workflow runs on `closed` (an older copy of the template does not), and otherwise
 * nothing on the record says it closed (knowing would take a call per release, the cost this bound avoids).
 */
export const MAX_UNHINTED_LOOKUPS = 5;

/**
 * GitHub links a merge commit to its pull request a moment after the merge (read-after-write lag), so the push that
 * merged a release may find no pull request yet: skipping it would leave the release undeployed with a green run.
 * The commit says which pull request it merged (its message, its merged parent) and the record keeps each
 * release's pull request: one call confirms. Only a merge that names none (a rebase merge, an edited message) asks
 * the releases awaiting their merge, newest first and at most MAX_UNHINTED_LOOKUPS of them: a release merges soon
 * after its approval, so the one that merged now is among the last approved.
 */
async function findUnlinkedMerge(
  sha: string,
  records: readonly ReleaseRecord[],
  ports: DeployPorts,
): Promise<ReleaseRecord | string> {
  const asked = new Set<number>();
  // The message is untrusted (anyone can write "(#12)"): only the pull request's own answer decides.
  const mergedHere = async (r: ReleaseRecord): Promise<boolean> => {
    const n = r.pullRequest?.number;
    if (n === undefined || asked.has(n)) return false;
    asked.add(n);
    const own = await ports.github.getPullRequest(n);
    return own.merged && own.mergeCommitSha === sha;
  };
  // A re-run after a failure half-way: the record says its deploy of this very commit began.
  const note = deployingNote(sha);
  const began = records.filter(
    (r) =>
      ['Deploying', 'Failed'].includes(r.state) &&
      r.history.some((h) => h.state === 'Deploying' && h.note === note),
  );
  const commit = await ports.source.commit(sha);
  for (const r of [...began, ...(commit ? hintedReleases(commit, records) : [])]) {
    if (await mergedHere(r)) return r;
  }
  const awaiting = newestFirst(
    records.filter((r) => r.state === 'Approved' && r.pullRequest && !asked.has(r.pullRequest.number)),
  );
  for (const r of awaiting.slice(0, MAX_UNHINTED_LOOKUPS)) {
    if (await mergedHere(r)) return r;
  }
  const nothing = `commit ${sha.slice(0, 7)} is not the merge of a pull request: nothing to deploy`;
  const unasked = awaiting.length - MAX_UNHINTED_LOOKUPS;
  if (unasked <= 0) return nothing;
  return `${nothing} (GitHub has not linked it to a pull request yet and its message names none: asked the ${MAX_UNHINTED_LOOKUPS} releases approved last, not ${unasked} older Approved one(s); if one of them merged as ${sha.slice(0, 7)}, re-run this deploy or deploy it by its release id)`;
}

/** The note of a release's move to Deploying: names the commit, so a re-run on the same push finds it. */
function deployingNote(ref: string): string {
  return `deploying ${ref.slice(0, 7)}`;
}

/** The deploy step of one release. */
export async function deploy(
  req: DeployRequest,
  ports: DeployPorts,
  clock: Clock = systemClock,
): Promise<StepResult<DeployValue>> {
  const { github, store, log } = ports;
  const release = await findRelease(req, ports);
  if (typeof release === 'string') {
    // A push that merged something other than a release is not an error: deploy runs on every push to main.
    if (req.releaseId === undefined) return pending(release);
    return failed({ kind: 'usage', message: release });
  }
  const id = release.id;
  const env = release.environment;
  const base = startValue(release);
  if (req.environment !== undefined && req.environment !== env) {
    return failed({ kind: 'usage', message: `release ${id} is for ${env}, not ${req.environment}` });
  }
  if (['Deployed', 'Synced', 'Healthy'].includes(release.state)) {
    log.info(
      `release ${id} is already ${release.state} (${release.deploy?.commit ?? 'no commit'}): nothing to do`,
    );
    return succeeded({
      ...base,
      unchanged: true,
      ...(release.deploy
        ? {
            deployCommit: release.deploy.commit,
            deploymentId: release.deploy.deploymentId,
            branch: release.deploy.branch,
          }
        : {}),
    });
  }
  if (!['Approved', 'Deploying', 'Failed'].includes(release.state)) {
    return failed({
      message: `release ${id} is ${release.state}: only an Approved release deploys (a Failed one may be retried)`,
    });
  }
  const ref = req.sha ?? (await mergeCommitOf(release, github));
  if (ref === undefined) {
    return failed({ message: `release ${id} has no merged pull request: merge it first` });
  }
  try {
    return await openAndDeploy(req, ports, clock, release, ref);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    // The repository at the merge commit does not load: the deploy began and failed (never a silent Approved).
    const now = await store.getRelease(id);
    if (now?.state === 'Approved')
      await store.transitionRelease(id, 'Deploying', {
        actor: req.actor,
        note: deployingNote(ref),
      });
    const moved = await store.transitionRelease(id, 'Failed', {
      actor: req.actor,
      note: `validation error at ${ref.slice(0, 7)}: ${e.message}`,
    });
    return failed(
      { message: `release ${id} failed to deploy: ${e.message}`, findings: e.findings },
      { value: { ...base, state: moved.state } },
    );
  }
}

async function openAndDeploy(
  req: DeployRequest,
  ports: DeployPorts,
  clock: Clock,
  release: ReleaseRecord,
  ref: string,
): Promise<StepResult<DeployValue>> {
  const { github, store, log } = ports;
  const id = release.id;
  const env = release.environment;
  const base = startValue(release);
  return ports.source.open(ref, async (repo) => {
    if (release.state !== 'Deploying') {
      const freeze = freezeStatus(repo.freezes, env, clock.now());
      const holding = freezesNotBroken(freeze, release.breakGlass);
      if (holding.length > 0) {
        // Break-glass opens the freezes it broke, not a freeze that began after it.
        const broke = heldDespiteBreakGlass(release.breakGlass, holding);
        const message = `deploy of ${id} held: ${describeFreeze(freeze)}${broke}. The release stays Approved; re-run the deploy after the freeze (or pass the gate again with break-glass)`;
        log.warning(message);
        return pending(message, { value: base });
      }
      await store.transitionRelease(id, 'Deploying', {
        actor: req.actor,
        note: deployingNote(ref),
      });
    }
    const branch = repo.deployBranch(env);
    const fail = async (message: string, findings: RenderFinding[] = [], deploymentId?: number) => {
      if (deploymentId !== undefined) {
        await github.createDeploymentStatus(deploymentId, {
          state: 'failure',
          description: message.slice(0, 140),
          ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
      }
      const moved = await store.transitionRelease(id, 'Failed', { actor: req.actor, note: message });
      return failed<DeployValue>(
        {
          message: `release ${id} failed to deploy: ${message}`,
          findings: findings.map((f) => ({
            file: f.file ?? 'gitopshq.yaml',
            line: f.line ?? 1,
            col: f.col ?? 1,
            message: formatRenderFinding(f),
            severity: f.severity,
          })),
        },
        { value: { ...base, state: moved.state, branch } },
      );
    };
    let commit = await ports.branches.findCommit(branch, RELEASE_TRAILER, id);
    let files: string[] = [];
    if (commit === undefined) {
      const targets = repo.targets(release);
      if (targets.length === 0) return fail(`no target of ${release.workload} in ${env} to deploy`);
      const sets = await log.group(`Render ${targets.length} target(s) at ${ref.slice(0, 7)}`, () =>
        repo.render(targets),
      );
      const problems = sets.flatMap((s) => s.findings.filter((f) => f.severity === 'error'));
      if (hasErrors(problems) || sets.some((s) => s.manifests.length === 0)) {
        const first = problems[0];
        const cause = first ? formatRenderFinding(first) : 'a target rendered no objects';
        return fail(`render failed: ${cause}`, problems);
      }
      const writes = sets.map((s) => ({
        path: manifestFile(s.target.tenant, s.target.workload),
        content: stringifyManifests(annotate(s.manifests, id)),
      }));
      files = writes.map((w) => w.path);
      const message = `deploy ${id} to ${env}\n\n${release.title}\n\n${RELEASE_TRAILER}: ${id}\n`;
      try {
        commit = await ports.branches.write(branch, writes, message, clock.now());
      } catch (e) {
        return fail(`push to ${branch} refused: ${e instanceof Error ? e.message : String(e)}`);
      }
      log.info(`committed ${files.length} file(s) to ${branch} as ${commit.slice(0, 7)}`);
    } else {
      log.info(`${branch} already has ${commit.slice(0, 7)} for ${id} (an earlier run): reusing it`);
    }
    const deploymentId = await ensureDeployment(github, { env, commit, id, branch });
    await github.createDeploymentStatus(deploymentId, {
      state: 'success',
      description: `release ${id} on ${branch}`,
      ...(req.runUrl ? { logUrl: req.runUrl } : {}),
    });
    const done = await store.transitionRelease(id, 'Deployed', {
      actor: req.actor,
      note: `deployed as ${commit.slice(0, 7)} on ${branch}`,
      patch: { deploy: { commit, deploymentId, branch } },
    });
    return succeeded({ ...base, state: done.state, deployCommit: commit, deploymentId, branch, files });
  });
}

async function mergeCommitOf(release: ReleaseRecord, github: DeployGitHub): Promise<string | undefined> {
  if (!release.pullRequest) return undefined;
  const pr = await github.getPullRequest(release.pullRequest.number);
  return pr.merged ? (pr.mergeCommitSha ?? undefined) : undefined;
}

/** The Deployment of this commit in this environment: the one an earlier run made, else a new one, in progress. */
export async function ensureDeployment(
  github: DeployGitHub,
  d: { env: string; commit: string; id: string; branch: string; task?: string },
): Promise<number> {
  const existing = (await github.listDeployments({ environment: d.env, sha: d.commit }))[0];
  if (existing) return existing.id;
  const created = await github.createDeployment({
    ref: d.commit,
    environment: d.env,
    task: d.task ?? 'deploy',
    description: `release ${d.id}`,
    payload: { release: d.id, branch: d.branch },
    requiredContexts: [],
  });
  await github.createDeploymentStatus(created.id, { state: 'in_progress', description: `release ${d.id}` });
  return created.id;
}

/** What a deploy reports before it has done anything: the release as found. */
function startValue(release: ReleaseRecord): DeployValue {
  return {
    releaseId: release.id,
    environment: release.environment,
    state: release.state,
    files: [],
    unchanged: false,
  };
}
