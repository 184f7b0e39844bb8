// rollback: puts an earlier release's manifests back on the environment's deploy branch, exactly as they were
// deployed (read from the deploy branch at that release's deploy commit, byte for byte, never re-rendered), as a new
// commit; marks the running release Rolled Back with who, when and why; and opens a pull request on main that
// restores the earlier release's values, so the next deploy cannot bring the bad change back.
// Each write is found again on a re-run (trailers on the commits, the PR by its branch), so a killed run converges.
// Flow: docs/architecture.md#release-lifecycle.
import { workloadFile } from '../domain/layout.js';
import type { ReleaseRecord } from '../domain/model.js';
import { checkRollbackTo } from '../domain/rollback-target.js';
import type { GitHubPort } from '../github/port.js';
import type { DeployBranches } from '../state/deploy-branch.js';
import { releaseEditFiles } from '../state/release-edit.js';
import { type DeployGitHub, type DeployValue, ensureDeployment } from './deploy.js';
import { type Clock, type Logger, type RecordStorePort, systemClock } from './deps.js';
import { failed, type StepResult, succeeded } from './result.js';

export const ROLLBACK_TRAILER = 'Gitopshq-Rollback-Of';

export interface RollbackRequest {
  environment: string;
  /** The release to go back to. */
  to: string;
  actor: string;
  reason: string;
  runUrl?: string;
  /** The branch the values PR targets (default main). */
  mainBranch?: string;
}

export interface RollbackPorts {
  /** undefined: no GitHub (a terminal without a token): the deploy branch is rolled back, no Deployment, no PR. */
  github?: DeployGitHub;
  pulls?: Pick<GitHubPort, 'createPullRequest' | 'findOpenPullRequest' | 'getPullRequest'>;
  store: RecordStorePort;
  branches: DeployBranches;
  /** Where main's values files are read and the values branch is written (the same git repository). */
  valuesRepo: DeployBranches;
  log: Logger;
}

export interface RollbackValue extends DeployValue {
  rolledBack: string;
  valuesPullRequest?: { number: number; url: string };
  /** Why there is no values PR, when there is none. */
  valuesNote?: string;
}

export async function rollback(
  req: RollbackRequest,
  ports: RollbackPorts,
  clock: Clock = systemClock,
): Promise<StepResult<RollbackValue>> {
  const { store, branches, log } = ports;
  const records = await store.listReleases();
  const target = records.find((r) => r.id === req.to);
  if (!target) return failed({ kind: 'usage', message: `release ${req.to} does not exist` });
  const scope = { workload: target.workload, environment: req.environment };
  const done = records.find((r) => r.state === 'RolledBack' && r.rolledBackTo === req.to && inEnv(r, req));
  const check = checkRollbackTo(records, scope, req.to);
  let current: ReleaseRecord;
  if (check.ok) current = check.current;
  else if (done) current = done;
  else return failed({ kind: 'usage', message: `cannot roll back to ${req.to}: ${check.reason}` });
  const deployed = target.deploy;
  if (!deployed) return failed({ message: `release ${req.to} has no recorded deploy commit to go back to` });
  const branch = deployed.branch;

  let commit = await branches.findCommit(branch, ROLLBACK_TRAILER, current.id);
  const files = await manifestsOf(branches, target);
  if (commit === undefined) {
    const contents = await branches.readFiles(deployed.commit, files);
    const writes = files.map((path, i) => ({ path, content: contents[i] ?? '' }));
    const message = `roll back ${current.id} to ${req.to} in ${req.environment}\n\n${req.reason}\n\n${ROLLBACK_TRAILER}: ${current.id}\nGitopshq-Rollback-To: ${req.to}\n`;
    commit = await branches.write(branch, writes, message, clock.now());
    log.info(`restored ${files.length} file(s) of ${req.to} on ${branch} as ${commit.slice(0, 7)}`);
  }
  let deploymentId: number | undefined;
  if (ports.github) {
    deploymentId = await ensureDeployment(ports.github, { env: req.environment, commit, id: req.to, branch });
    await ports.github.createDeploymentStatus(deploymentId, {
      state: 'success',
      description: `rolled back to ${req.to}`,
      ...(req.runUrl ? { logUrl: req.runUrl } : {}),
    });
  }
  const note = `rolled back to ${req.to} by ${req.actor}: ${req.reason}`;
  let state = current.state;
  if (state !== 'RolledBack') {
    const moved = await store.transitionRelease(current.id, 'RolledBack', {
      actor: req.actor,
      note,
      patch: { rolledBackTo: req.to },
    });
    state = moved.state;
  }
  const values = await restoreValues(req, ports, target, current, clock);
  return succeeded({
    releaseId: current.id,
    environment: req.environment,
    state,
    deployCommit: commit,
    ...(deploymentId !== undefined ? { deploymentId } : {}),
    branch,
    files,
    unchanged: false,
    rolledBack: current.id,
    ...values,
  });
}

function inEnv(r: ReleaseRecord, req: RollbackRequest): boolean {
  return r.environment === req.environment;
}

/** The manifests files of the target release's workload (and tenants) on the deploy branch at its commit. */
async function manifestsOf(branches: DeployBranches, target: ReleaseRecord): Promise<string[]> {
  const all = await branches.list(target.deploy?.commit ?? '');
  return all.filter((p) => {
    const [tenant, workload, file, extra] = p.split('/');
    if (extra !== undefined || file !== 'manifests.yaml' || workload !== target.workload) return false;
    return target.tenants.length === 0 || (tenant !== undefined && target.tenants.includes(tenant));
  });
}

/** A PR on main putting back the values files of the target release's environment as of its merge. */
async function restoreValues(
  req: RollbackRequest,
  ports: RollbackPorts,
  target: ReleaseRecord,
  current: ReleaseRecord,
  clock: Clock,
): Promise<{ valuesPullRequest?: { number: number; url: string }; valuesNote?: string }> {
  const { pulls, valuesRepo, log } = ports;
  if (!pulls) return { valuesNote: 'no GitHub token: the values pull request could not be opened' };
  const mergedAs = target.pullRequest
    ? (await pulls.getPullRequest(target.pullRequest.number)).mergeCommitSha
    : null;
  if (!mergedAs)
    return { valuesNote: `release ${target.id} has no merged pull request to read its values from` };
  const main = req.mainBranch ?? 'main';
  const branch = `gitopshq/rollback/${current.id}`;
  const open = await pulls.findOpenPullRequest(branch);
  if (open) return { valuesPullRequest: { number: open.number, url: open.url } };
  const mainTip = await valuesRepo.tip(main);
  if (!mainTip) return { valuesNote: `branch ${main} not found` };
  const [workloadYaml] = await valuesRepo.readFiles(mergedAs, [workloadFile(target.workload)]);
  const paths = releaseEditFiles(target.workload, workloadYaml, req.environment, target.tenants);
  const [then, now] = await Promise.all([
    valuesRepo.readFiles(mergedAs, paths),
    valuesRepo.readFiles(mainTip, paths),
  ]);
  const writes = paths.flatMap((path, i) =>
    then[i] !== undefined && then[i] !== now[i] ? [{ path, content: then[i] as string }] : [],
  );
  if (writes.length === 0) return { valuesNote: `${main} already has the values of ${target.id}` };
  const message = `${target.workload}: restore the values of ${target.id} in ${req.environment}\n\nRolled back ${current.id}: ${req.reason}\n`;
  if ((await valuesRepo.findCommit(branch, ROLLBACK_TRAILER, current.id)) === undefined) {
    await valuesRepo.write(
      branch,
      writes,
      `${message}\n${ROLLBACK_TRAILER}: ${current.id}\n`,
      clock.now(),
      mainTip,
    );
  }
  const pr = await pulls.createPullRequest({
    head: branch,
    base: main,
    title: `${target.workload}: restore ${target.id} values in ${req.environment} (rollback of ${current.id})`,
    body: [
      `${current.id} was rolled back to ${target.id} in ${req.environment} by ${req.actor}: ${req.reason}.`,
      '',
      `Merge this so the next deploy of ${target.workload} does not bring the rolled-back change back.`,
      '',
      ...writes.map((w) => `- \`${w.path}\``),
    ].join('\n'),
  });
  log.info(`opened #${pr.number} restoring the values of ${target.id}`);
  return { valuesPullRequest: { number: pr.number, url: pr.url } };
}
