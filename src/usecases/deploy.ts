// deploy: the push that merges a release (or a dispatch naming it) puts the release's rendered manifests on its
// environment's deploy branch, records a GitHub Deployment and moves the release Approved -> Deploying -> Deployed,
// or to Failed with the cause. Every write can be repeated: a re-run finds the deploy commit by its trailer and the
// Deployment by environment and commit, so a run killed half-way and run again converges on one of each.
// Flow and layout: docs/architecture.md#release-lifecycle, docs/architecture.md#state-repo-layout.

import { freezeHold } from '../domain/deploy-guards.js';
import { ValidationError } from '../domain/errors.js';
import { freezeStatus } from '../domain/freeze.js';
import { manifestFile } from '../domain/layout.js';
import type { ReleaseRecord } from '../domain/model.js';
import { stringifyManifests } from '../render/normalize.js';
import { formatRenderFinding, hasErrors, type Manifest, type RenderFinding } from '../render/types.js';
import { policyCommit, retryRefusal, unapprovedHead } from './deploy-checks.js';
import { deployingNote, findRelease } from './deploy-find.js';
import type { DeployGitHub, DeployPorts, DeployRequest } from './deploy-types.js';
import { type Clock, systemClock } from './deps.js';
import { failed, pending, type StepResult, succeeded } from './result.js';

/** The annotation every deployed object carries: which release put it there. */
export const RELEASE_ANNOTATION = 'gitopshq.io/release';
/** The commit trailer on the deploy branch naming the release a commit deploys (rollback.ts has its own). */
export const RELEASE_TRAILER = 'Gitopshq-Release';

export { MAX_UNHINTED_LOOKUPS } from './deploy-find.js';
export type {
  DeployGitHub,
  DeployPorts,
  DeployRequest,
  OpenedRepo,
  ReleaseSource,
  RenderedTarget,
} from './deploy-types.js';

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

/** The deploy step of one release. */
export async function deploy(
  req: DeployRequest,
  ports: DeployPorts,
  clock: Clock = systemClock,
): Promise<StepResult<DeployValue>> {
  const { github, store, log } = ports;
  const found = await findRelease(req, ports);
  if (typeof found === 'string') {
    // A push that merged something other than a release is not an error: deploy runs on every push to main.
    if (req.releaseId === undefined) return pending(found);
    return failed({ kind: 'usage', message: found });
  }
  const { release } = found;
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
  const refused = await retryRefusal(release, ports);
  if (refused) return failed({ message: refused }, { value: base });
  // GitHub's answer now, not the record's word: what merged, as which commit, at which head.
  const pr =
    found.pr ?? (release.pullRequest ? await github.getPullRequest(release.pullRequest.number) : undefined);
  const ref = req.sha ?? (pr?.merged ? (pr.mergeCommitSha ?? undefined) : undefined);
  if (pr === undefined || ref === undefined) {
    return failed({ message: `release ${id} has no merged pull request: merge it first` });
  }
  const unapproved = await unapprovedHead(release, pr, ports, req.actor);
  if (unapproved) {
    const now = (await store.getRelease(id))?.state ?? release.state;
    return failed({ message: unapproved }, { value: { ...base, state: now } });
  }
  const policy = await policyCommit(ref, pr, ports);
  if ('missing' in policy) return failed({ message: `release ${id} is not deployed: ${policy.missing}` });
  try {
    return await openAndDeploy(req, ports, clock, release, { ref, policyRef: policy.sha });
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
  at: { ref: string; policyRef: string },
): Promise<StepResult<DeployValue>> {
  const { github, store, log } = ports;
  const { ref, policyRef } = at;
  const id = release.id;
  const env = release.environment;
  const base = startValue(release);
  return ports.source.open(ref, policyRef, async (repo) => {
    if (release.state !== 'Deploying') {
      // Every environment the release reaches: its own, and each one a shared layer it changes ships to.
      const now = clock.now();
      const message = freezeHold(release, (e) => freezeStatus(repo.freezes, e, now));
      if (message !== undefined) {
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
        { value: { ...base, state: moved.state, ...(branch ? { branch } : {}) } },
      );
    };
    if (branch === undefined) {
      return fail(
        `environment ${env} is not in gitopshq.yaml at ${policyRef.slice(0, 7)}, the base the release merged onto and the policy its gate judged by: no deploy branch to write to`,
      );
    }
    const targets = repo.targets(release);
    if (targets.length === 0) return fail(`no target of ${release.workload} in ${env} to deploy`);
    const paths = targets.map((t) => manifestFile(t.tenant, t.workload));
    let commit = await earlierCommit(ports, branch, id, paths);
    let files: string[] = [];
    if (commit === undefined) {
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

/**
 * The commit an earlier run of this release left on the branch (a run killed after its push), reused only while the
 * branch still holds its content for the release's files: when a later release wrote them since, reusing it would
 * record this release as running while the branch runs the other, so the caller renders and writes anew.
 */
async function earlierCommit(
  ports: Pick<DeployPorts, 'branches' | 'log'>,
  branch: string,
  id: string,
  paths: readonly string[],
): Promise<string | undefined> {
  const found = await ports.branches.findCommit(branch, RELEASE_TRAILER, id);
  if (found === undefined) return undefined;
  const tip = await ports.branches.tip(branch);
  if (tip !== found) {
    const [mine, now] = await Promise.all([
      ports.branches.readFiles(found, paths),
      tip === undefined ? paths.map(() => undefined) : ports.branches.readFiles(tip, paths),
    ]);
    if (mine.some((content, i) => content !== now[i])) {
      ports.log.info(
        `${branch} has ${found.slice(0, 7)} for ${id} from an earlier run, but later commits changed its files: writing anew`,
      );
      return undefined;
    }
  }
  ports.log.info(`${branch} already has ${found.slice(0, 7)} for ${id} (an earlier run): reusing it`);
  return found;
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
