// The wait of one verify-health run (docs/architecture.md#health): the release's targets read from its deploy commit,
// an observer for the source, and the loop that observes, moves the state on, and waits for the next change (a watch
// on what was listed, or a capped backoff) until the verdict or the timeout. verify-health.ts drives it.
import { parseAllDocuments } from 'yaml';
import { causeFirst } from '../domain/health/index.js';
import { IllegalTransitionError } from '../domain/lifecycle.js';
import type { ReleaseHealth, ReleaseRecord, ReleaseState } from '../domain/model.js';
import type { KubeObject, KubePort } from '../kube/port.js';
import type { DeployBranches } from '../state/deploy-branch.js';
import type { Clock } from './deps.js';
import { fluxObserver } from './verify-health-flux.js';
import {
  argoObserver,
  kubernetesObserver,
  type Observation,
  type Observer,
  type VerifyTarget,
} from './verify-health-observe.js';
import type { ReleaseVerdict, VerifyHealthPorts, VerifyHealthRequest } from './verify-health-types.js';

/** A watch is re-listed at least this often, in case a watch event was lost on the way. */
const MAX_WAIT_MS = 60_000;
const POLL_START_MS = 250;
const POLL_CAP_MS = 5_000;

const duration = (ms: number) => {
  if (ms < 1000) return `${ms}ms`;
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s}s`;
  const m = Math.round(s / 60);
  return m < 120 ? `${m}m` : `${Math.round(m / 60)}h`;
};
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The `<tenant>/<workload>` folders of the release at its deploy commit, with their objects when needed. */
async function targetsOf(
  release: ReleaseRecord,
  branches: DeployBranches,
  withManifests: boolean,
): Promise<VerifyTarget[]> {
  const commit = release.deploy?.commit ?? '';
  // A checkout made before the deploy (a scheduled run's shallow one) lacks the commit: fetch its branch once.
  const listed = await branches.list(commit).catch(async () => {
    await branches.tip(release.deploy?.branch ?? '');
    return branches.list(commit);
  });
  const files = listed.filter((p) => {
    const [tenant, workload, file, extra] = p.split('/');
    if (extra !== undefined || file !== 'manifests.yaml' || workload !== release.workload) return false;
    return release.tenants.length === 0 || (tenant !== undefined && release.tenants.includes(tenant));
  });
  const contents = withManifests ? await branches.readFiles(commit, files) : [];
  return files.map((file, i) => {
    const tenant = file.split('/')[0];
    const manifests = withManifests ? parseManifests(contents[i] ?? '') : [];
    return { ...(tenant && tenant !== '_' ? { tenant } : {}), workload: release.workload, file, manifests };
  });
}

function parseManifests(text: string): KubeObject[] {
  return parseAllDocuments(text, { version: '1.1' })
    .map((d) => d.toJS() as unknown)
    .filter((o): o is KubeObject => {
      const x = o as Partial<KubeObject> | null;
      return (
        typeof x?.kind === 'string' &&
        typeof x.apiVersion === 'string' &&
        typeof x.metadata?.name === 'string'
      );
    });
}

function observerFor(
  req: VerifyHealthRequest,
  ports: VerifyHealthPorts,
  ctx: Parameters<typeof argoObserver>[0],
): Observer {
  if (req.source === 'argocd') {
    const namespace = req.argocdNamespace ?? 'argocd';
    return ports.argocd
      ? argoObserver(ctx, { api: ports.argocd, namespace })
      : argoObserver(ctx, { kube: ports.kube as KubePort, namespace });
  }
  if (req.source === 'flux') {
    return fluxObserver(ctx, { kube: ports.kube as KubePort, namespace: req.fluxNamespace ?? 'flux-system' });
  }
  return kubernetesObserver(ctx, ports.kube as KubePort);
}

/**
 * `wait`: a post-deploy run, which waits up to the timeout for its verdict. `observe`: a Healthy release on a schedule,
 * whose health is recorded and whose state stays. `catch-up`: a Deployed or Synced release on a schedule (its
 * post-deploy run never ran, or died): it moves on as a post-deploy run would, a lasting Degraded fails it, and the
 * timeout counts from its deploy, so one still rolling out within it is left to its own run, undecided.
 */
export type VerifyMode = 'wait' | 'observe' | 'catch-up';

/** When the release entered Deployed (its last time): a catch-up's timeout counts from there. */
function deployedAt(release: ReleaseRecord, fallback: number): number {
  const at = release.history.findLast((h) => h.state === 'Deployed')?.at;
  const t = at === undefined ? Number.NaN : Date.parse(at);
  return Number.isFinite(t) ? t : fallback;
}

export async function verifyOne(
  req: VerifyHealthRequest,
  ports: VerifyHealthPorts,
  clock: Clock,
  release: ReleaseRecord,
  mode: VerifyMode,
): Promise<ReleaseVerdict> {
  const { log } = ports;
  const waitForIt = mode !== 'observe';
  const catchUp = mode === 'catch-up';
  const commit = release.deploy?.commit ?? '';
  const targets = await targetsOf(release, ports.branches, req.source === 'kubernetes');
  const base = { releaseId: release.id, environment: release.environment, workload: release.workload };
  if (targets.length === 0) {
    const message = `the deploy commit ${commit.slice(0, 7)} has no manifests of ${release.workload}`;
    return finish(
      req,
      ports,
      clock,
      release,
      { ...base, synced: false, status: 'Missing', message, drift: false, resources: [], checked: 0 },
      waitForIt,
    );
  }
  const sameCache = new Map<string, Promise<boolean>>();
  const ctx = {
    releaseId: release.id,
    environment: release.environment,
    deployCommit: commit,
    targets,
    wasSynced: release.state === 'Synced' || release.state === 'Healthy',
    sameContent: (revision: string, file: string) => {
      const key = `${revision} ${file}`;
      let p = sameCache.get(key);
      if (!p) {
        p = ports.branches
          .readFiles(revision, [file])
          .then(
            async ([there]) =>
              there !== undefined && there === (await ports.branches.readFiles(commit, [file]))[0],
          )
          .catch(() => false);
        sameCache.set(key, p);
      }
      return p;
    },
  };
  const observer = observerFor(req, ports, ctx);
  const since = catchUp ? deployedAt(release, clock.now().getTime()) : clock.now().getTime();
  const deadline = since + req.timeoutMs;
  const grace = req.degradedGraceMs ?? Math.min(60_000, Math.max(1_000, req.timeoutMs / 5));
  let state = release.state;
  let degradedSince: number | undefined;
  let poll = POLL_START_MS;
  let obs: Observation;
  let timedOut = false;
  let undecided = false;
  let overtaken = false;
  for (;;) {
    obs = await observer.observe();
    log.debug(`${release.id}: ${obs.message}`);
    if (obs.synced && state === 'Deployed' && waitForIt) {
      const moved = await moveOrOvertaken(ports, release.id, 'Synced', {
        actor: req.actor,
        note: `${req.source}: ${obs.message}`,
      });
      state = moved.state;
      overtaken = moved.overtaken;
      if (!overtaken) log.info(`${release.id} is Synced: ${obs.message}`);
    }
    if (!waitForIt || overtaken || (obs.synced && obs.status === 'Healthy')) break;
    const now = clock.now().getTime();
    degradedSince = obs.status === 'Degraded' ? (degradedSince ?? now) : undefined;
    if (degradedSince !== undefined && now - degradedSince >= grace) break;
    // A schedule finds a release long after its deploy: a Degraded still gets its grace (a pod restarting once is
    // not a failure), but a rollout within its timeout is not waited out: its post-deploy run (or the next schedule)
    // judges it.
    const left = catchUp && degradedSince !== undefined ? MAX_WAIT_MS : deadline - now;
    if (left <= 0) {
      timedOut = true;
      break;
    }
    if (catchUp && degradedSince === undefined) {
      undecided = true;
      break;
    }
    const until = Math.min(
      left,
      MAX_WAIT_MS,
      degradedSince !== undefined ? degradedSince + grace - now : MAX_WAIT_MS,
    );
    if (obs.watch && ports.kube) {
      await ports.kube.waitForChange(obs.watch, { timeoutMs: Math.max(1, until) });
    } else {
      await (ports.sleep ?? wait)(Math.min(poll, Math.max(1, until)));
      poll = Math.min(poll * 2, POLL_CAP_MS);
    }
  }
  const not = `not ${obs.synced ? 'Healthy' : 'synced'}`;
  const message = timedOut
    ? catchUp
      ? `${not} ${duration(clock.now().getTime() - since)} after its deploy (timeout ${duration(req.timeoutMs)}): ${worstReason(obs)}`
      : `${not} after ${duration(req.timeoutMs)}: ${worstReason(obs)}`
    : obs.synced && obs.status === 'Healthy'
      ? obs.message
      : worstReason(obs);
  const verdict = await finish(
    req,
    ports,
    clock,
    { ...release, state },
    { ...base, ...obs, message },
    waitForIt && !undecided && !overtaken,
  );
  return undecided ? { ...verdict, undecided: true } : verdict;
}

/**
 * A transition that another run may have made first (a schedule catching up while the post-deploy run moves the
 * same release): the state that run left is taken as it is, and this run stops moving the release.
 */
async function moveOrOvertaken(
  ports: VerifyHealthPorts,
  id: string,
  to: ReleaseState,
  opts: { actor: string; note: string; patch?: { health: ReleaseHealth } },
): Promise<{ state: ReleaseState; overtaken: boolean }> {
  try {
    return { state: (await ports.store.transitionRelease(id, to, opts)).state, overtaken: false };
  } catch (e) {
    const latest = e instanceof IllegalTransitionError ? await ports.store.getRelease(id) : undefined;
    if (!latest) throw e;
    ports.log.info(`${id} is ${latest.state} already (another run moved it): left as it is`);
    return { state: latest.state, overtaken: true };
  }
}

/** The worst status and the object to read first: among the worst, a pod's own reason before its controller's. */
function worstReason(obs: Observation): string {
  const bad = causeFirst(obs.resources?.filter((r) => r.status === obs.status) ?? []);
  const first = bad[0]?.message ?? obs.message;
  return bad.length > 1 ? `${obs.status}: ${first} (+${bad.length - 1} more)` : `${obs.status}: ${first}`;
}

/** Writes the verdict: the state move with its health, or the health alone when the state stays. */
async function finish(
  req: VerifyHealthRequest,
  ports: VerifyHealthPorts,
  clock: Clock,
  release: ReleaseRecord,
  v: Omit<ReleaseVerdict, 'state'>,
  moves = true,
): Promise<ReleaseVerdict> {
  const health: ReleaseHealth = {
    status: v.synced ? v.status : v.status === 'Healthy' ? 'Progressing' : v.status,
    source: req.source,
    checkedAt: clock.now().toISOString(),
    message: v.message,
    drift: v.drift,
    ...(v.resources && v.resources.length > 0 ? { resources: v.resources.slice(0, 50) } : {}),
  };
  const healthy = v.synced && v.status === 'Healthy';
  const actor = req.actor;
  let state = release.state;
  if (moves && healthy && state === 'Synced') {
    state = (
      await moveOrOvertaken(ports, release.id, 'Healthy', { actor, note: v.message, patch: { health } })
    ).state;
  } else if (moves && !healthy && (state === 'Deployed' || state === 'Synced')) {
    // GitHub first: a run that stops between the two leaves a failure status on a release still Deployed, which a
    // re-run verifies again; the other order would leave a Failed record GitHub shows as a success, never re-verified.
    // A release another run already moved on (a schedule catching up) gets no status from this one.
    const latest = await ports.store.getRelease(release.id);
    const overtaken = latest !== undefined && latest.state !== 'Deployed' && latest.state !== 'Synced';
    const deploymentId = release.deploy?.deploymentId;
    if (ports.github && deploymentId !== undefined && !overtaken) {
      await ports.github.createDeploymentStatus(deploymentId, {
        state: 'failure',
        description: `unhealthy: ${v.message}`.slice(0, 140),
        ...(req.runUrl ? { logUrl: req.runUrl } : {}),
      });
    }
    state = (
      await moveOrOvertaken(ports, release.id, 'Failed', { actor, note: v.message, patch: { health } })
    ).state;
  } else {
    await ports.store.updateRelease(
      release.id,
      (r) => ({ ...r, health }),
      `release ${release.id}: health ${health.status}`,
    );
  }
  return { ...v, status: health.status, state };
}
