// verify-health: waits until Argo CD, Flux or the cluster runs a release's deploy commit, judges its health with the
// rules of src/domain/health, and moves the release Deployed -> Synced -> Healthy, or to Failed with the report of
// what is unhealthy and why (then, when asked, rolls it back). Waiting is a watch on what it listed (or, for the
// Argo CD REST API, a capped backoff), never a fixed sleep, so the verdict follows the cluster's change at once.
// On a schedule (an environment, no release) it checks the environment's running releases once for drift and keeps
// one GitHub issue per environment open while there is drift. Flow: docs/architecture.md#health.
import { worstStatus } from '../domain/health/index.js';
import type { HealthSource, HealthStatus, ReleaseRecord, ReleaseState } from '../domain/model.js';
import { defaultRollbackTarget, runningRelease, type TargetScope } from '../domain/rollback-target.js';
import type { Clock } from './deps.js';
import { systemClock } from './deps.js';
import { syncDriftIssue } from './drift-issue.js';
import { haltPromotionOf, settlePromotionOf } from './promotion-settle.js';
import { workloadTenantsOnMain } from './promotion-tenants.js';
import { failed, type StepResult, succeeded } from './result.js';
import { rollback } from './rollback.js';
import { type VerifyMode, verifyOne } from './verify-health-run.js';
import type {
  ReleaseVerdict,
  VerifyHealthPorts,
  VerifyHealthRequest,
  VerifyHealthValue,
} from './verify-health-types.js';

export type * from './verify-health-types.js';

const WATCHED_STATES: ReadonlySet<ReleaseState> = new Set(['Deployed', 'Synced', 'Healthy']);

export async function verifyHealth(
  req: VerifyHealthRequest,
  ports: VerifyHealthPorts,
  clock: Clock = systemClock,
): Promise<StepResult<VerifyHealthValue>> {
  const started = clock.now().getTime();
  const counted = countCalls(ports);
  const sourceProblem = checkSource(req.source, ports);
  if (sourceProblem) return failed({ kind: 'usage', message: sourceProblem });
  const c = { ...ports, ...counted.ports };
  let releases: ReleaseRecord[];
  if (req.releaseId !== undefined) {
    const r = await ports.store.getRelease(req.releaseId);
    if (!r) return failed({ kind: 'usage', message: `release ${req.releaseId} does not exist` });
    if (req.environment !== undefined && req.environment !== r.environment) {
      return failed({
        kind: 'usage',
        message: `release ${r.id} is for ${r.environment}, not ${req.environment}`,
      });
    }
    // A release whose automatic rollback did not finish (GitHub failed it midway: still Failed, or Rolled Back
    // without its values pull request): a re-run picks the rollback up where it stopped.
    const resume =
      (r.state === 'Failed' || r.state === 'RolledBack') && req.autoRollback && r.deploy !== undefined;
    if (!resume && (!WATCHED_STATES.has(r.state) || !r.deploy)) {
      return failed({
        kind: 'usage',
        message: `release ${r.id} is ${r.state}: only a Deployed, Synced or Healthy release is verified (deploy it first)`,
      });
    }
    releases = [r];
  } else {
    releases = runningReleases(await ports.store.listReleases(), req.environment ?? '');
    if (releases.length === 0) ports.log.info(`nothing runs in ${req.environment} yet: nothing to verify`);
  }
  const scheduled = req.releaseId === undefined;
  const verdicts: ReleaseVerdict[] = [];
  let rolled: VerifyHealthValue['rollback'];
  for (const r of releases) {
    const v =
      r.state === 'Failed' || r.state === 'RolledBack'
        ? failedVerdict(r)
        : await ports.log.group(`Verify ${r.id} (${req.source})`, () =>
            verifyOne(req, c, clock, r, modeOf(scheduled, r.state)),
          );
    if ((v.state === 'Failed' || v.state === 'RolledBack') && req.autoRollback) {
      rolled = await autoRollback(req, ports, clock, r, v);
      if (rolled.state) v.state = rolled.state;
      if (rolled.to && rolled.state === 'RolledBack') v.rolledBackTo = rolled.to;
    }
    // A promoted release that failed halts its promotion at once: no later wave may start from it.
    if (v.state === 'Failed' || v.state === 'RolledBack') {
      const halted = await haltPromotionOf({ ...r, state: v.state }, ports.store, req.actor, clock);
      if (halted) {
        v.promotionHalted = halted.id;
        ports.log.warning(
          `promotion ${halted.id} halted: ${r.id} is ${v.state}; no later tenant gets the change`,
        );
      }
    }
    // A promoted release now Healthy may be its promotion's last wave: the promotion completes now, not when
    // someone next runs promote.
    if (v.state === 'Healthy' && r.promotion !== undefined) {
      const tenants = await workloadTenantsOnMain(ports.valuesRepo ?? ports.branches, r.workload);
      const settled =
        tenants === undefined
          ? undefined
          : await settlePromotionOf({ ...r, state: 'Healthy' }, tenants, ports.store, req.actor, clock);
      if (settled) {
        v.promotionSettled = { id: settled.id, state: settled.state };
        ports.log.info(
          `promotion ${settled.id} is ${settled.state === 'Completed' ? 'complete' : settled.state}`,
        );
      }
    }
    verdicts.push(v);
  }
  const status = worst(verdicts);
  const drift = verdicts.some((v) => v.drift);
  const value: VerifyHealthValue = {
    status,
    ...(verdicts[0] ? { state: verdicts[0].state } : {}),
    drift,
    releases: verdicts,
    source: req.source,
    checkedAt: clock.now().toISOString(),
    elapsedMs: clock.now().getTime() - started,
    clusterCalls: counted.calls(),
    ...(rolled ? { rollback: rolled } : {}),
  };
  if (scheduled && req.environment !== undefined && ports.github) {
    value.driftIssue = await syncDriftIssue(ports.github, {
      environment: req.environment,
      verdicts,
      source: req.source,
      runUrl: req.runUrl,
      at: clock.now(),
    });
  }
  const failedOnes = verdicts.filter((v) => v.state === 'Failed' || v.rolledBackTo !== undefined);
  const unhealthy = verdicts.filter((v) => v.status !== 'Healthy' && !v.undecided);
  if (failedOnes.length > 0 || (scheduled && unhealthy.length > 0)) {
    const first = failedOnes[0] ?? unhealthy[0];
    const what = first ? `${first.releaseId}: ${first.message}` : status;
    return failed({ message: `release ${what}` }, { value });
  }
  return succeeded(value);
}

/**
 * After a deploy: wait for the verdict. On a schedule: a Healthy release is observed (its health recorded, drift
 * reported); one still Deployed or Synced is caught up through the lifecycle with the same guards (src/usecases/
 * verify-health-run.ts), so a post-deploy run that never ran does not leave it there for ever.
 */
function modeOf(scheduled: boolean, state: ReleaseState): VerifyMode {
  if (state === 'Healthy') return 'observe';
  return scheduled ? 'catch-up' : 'wait';
}

function checkSource(source: HealthSource, ports: VerifyHealthPorts): string | undefined {
  if (source === 'argocd' && !ports.kube && !ports.argocd) {
    return 'the argocd source needs argocd-server and argocd-token (the Argo CD API), or a kubeconfig (its Application objects)';
  }
  if (source !== 'argocd' && !ports.kube) return `the ${source} source needs a kubeconfig`;
  return undefined;
}

/** Each running release of the environment: per workload (and tenant), what its deploy branch holds now. */
export function runningReleases(records: readonly ReleaseRecord[], environment: string): ReleaseRecord[] {
  const scopes = new Map<string, TargetScope>();
  for (const r of records) {
    if (r.environment !== environment) continue;
    if (r.tenants.length === 0) scopes.set(`${r.workload}/`, { workload: r.workload, environment });
    for (const tenant of r.tenants)
      scopes.set(`${r.workload}/${tenant}`, { workload: r.workload, environment, tenant });
  }
  const found = new Map<string, ReleaseRecord>();
  for (const scope of scopes.values()) {
    const r = runningRelease(records, scope);
    if (r?.deploy && WATCHED_STATES.has(r.state)) found.set(r.id, r);
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

async function autoRollback(
  req: VerifyHealthRequest,
  ports: VerifyHealthPorts,
  clock: Clock,
  release: ReleaseRecord,
  v: ReleaseVerdict,
): Promise<NonNullable<VerifyHealthValue['rollback']>> {
  const records = await ports.store.listReleases();
  const scope = { workload: release.workload, environment: release.environment };
  const running = runningRelease(records, scope);
  // Rolled Back already: what runs is its target; the rollback's re-run only finishes what it left undone.
  if (release.state !== 'RolledBack' && running?.id !== release.id) {
    // A later deploy replaced it while it was verified: rolling back now would undo that one instead.
    const note = `${release.id} no longer runs (${running?.id ?? 'nothing'} does): no automatic rollback`;
    ports.log.warning(note);
    return { releaseId: release.id, note };
  }
  const to = release.rolledBackTo ?? release.rollbackTarget ?? defaultRollbackTarget(records, scope)?.id;
  if (!to) {
    const note = `no rollback target for ${release.id}: nothing Healthy ran before it, so it stays Failed`;
    ports.log.warning(note);
    return { releaseId: release.id, note };
  }
  const result = await rollback(
    {
      environment: release.environment,
      to,
      // Only the tenants this release went to: a rollback leaves other tenants' releases alone.
      ...(release.tenants.length > 0 ? { tenants: release.tenants } : {}),
      actor: req.actor,
      reason: `verify-health: ${v.message}`,
      runUrl: req.runUrl,
    },
    {
      ...(ports.github ? { github: ports.github, pulls: ports.github } : {}),
      store: ports.store,
      branches: ports.branches,
      valuesRepo: ports.valuesRepo ?? ports.branches,
      log: ports.log,
    },
    clock,
  );
  if (result.outcome !== 'succeeded') {
    const note = `automatic rollback to ${to} failed: ${result.outcome === 'failed' ? result.error.message : result.reason}`;
    ports.log.warning(note);
    return { releaseId: release.id, to, note };
  }
  ports.log.info(`rolled ${release.id} back to ${to}`);
  return {
    releaseId: release.id,
    to,
    state: result.value.state,
    ...(result.value.valuesPullRequest ? { pullRequest: result.value.valuesPullRequest.number } : {}),
    ...(result.value.valuesNote ? { note: result.value.valuesNote } : {}),
  };
}

/** The verdict a Failed release already holds (its recorded health), for a re-run that resumes its rollback. */
function failedVerdict(r: ReleaseRecord): ReleaseVerdict {
  return {
    releaseId: r.id,
    environment: r.environment,
    workload: r.workload,
    state: r.state,
    ...(r.rolledBackTo ? { rolledBackTo: r.rolledBackTo } : {}),
    status: r.health?.status ?? 'Degraded',
    synced: false,
    drift: r.health?.drift ?? false,
    message: r.health?.message ?? 'Failed',
    checked: 0,
    resources: r.health?.resources,
  };
}

function worst(verdicts: readonly ReleaseVerdict[]): HealthStatus {
  return worstStatus(verdicts.map((v) => v.status));
}

/** The cluster ports wrapped to count every call this verification makes (the report's `clusterCalls`). */
function countCalls(ports: VerifyHealthPorts): {
  ports: Pick<VerifyHealthPorts, 'kube' | 'argocd'>;
  calls: () => number;
} {
  let n = 0;
  const tick = <T>(call: T): T => {
    n++;
    return call;
  };
  const kube = ports.kube;
  const argocd = ports.argocd;
  const counted: Pick<VerifyHealthPorts, 'kube' | 'argocd'> = {};
  if (kube) {
    counted.kube = {
      get: (ref) => tick(kube.get(ref)),
      list: (q) => tick(kube.list(q)),
      waitForChange: (q, o) => tick(kube.waitForChange(q, o)),
      servesKind: (a, k) => tick(kube.servesKind(a, k)),
      close: () => kube.close(),
    };
  }
  if (argocd) counted.argocd = { getApplication: (name, o) => tick(argocd.getApplication(name, o)) };
  return { ports: counted, calls: () => n };
}
