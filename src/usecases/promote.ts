// promote: a Healthy release goes to the next environment, tenant wave by tenant wave (canary first). The checklist
// (promotion-checklist.ts) is evaluated and reported in full; when it passes, the release's change set is applied to
// the target's environment layer, or to the tenant layers of the wave, and opened as ONE pull request through
// create-release (so its approvals follow the target's policy and its GitHub calls do not grow with the tenants).
// The promotion record (promotions/<id>.yaml) tracks the waves; its state moves only through
// promotion-lifecycle.ts: Failed (halted) when a wave Failed or was Rolled Back, Completed when every wave is
// Healthy. A re-run converges: an open wave is reported again, a wave whose pull request was never opened is opened.
// Flow: docs/architecture.md#release-lifecycle.
import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../domain/errors.js';
import { freezeStatus } from '../domain/freeze.js';
import type {
  GitopshqConfig,
  PromotionRecord,
  PromotionState,
  ReleaseRecord,
  ReleaseState,
} from '../domain/model.js';
import { type Checklist, promotionChecklist, rollbackReadiness } from '../domain/promotion-checklist.js';
import { planPromotion, type WaveStep } from '../domain/promotion-plan.js';
import { newPromotionId, type RandomSource } from '../domain/release-id.js';
import { releaseTitle } from '../domain/release-request.js';
import type { GitHubPort } from '../github/port.js';
import { loadRepo } from '../state/repo.js';
import { type CreateReleasePorts, createRelease } from './create-release.js';
import { dispatchAgain } from './create-release-merge.js';
import type { DeployDispatch } from './deploy-dispatch.js';
import { type Clock, type RecordStorePort, systemClock } from './deps.js';
import { settlePromotion } from './promotion-settle.js';
import { failed, type StepResult, succeeded } from './result.js';

// Settling a promotion from a wave's release lives in promotion-settle.ts; verify-health and older callers import
// these two from here as well.
export { haltPromotionOf, settlePromotionOf } from './promotion-settle.js';

export interface PromoteRequest {
  releaseId: string;
  /** Default: the environment after the release's in gitopshq.yaml. */
  to?: string | undefined;
  /** Default: the next wave not yet promoted. */
  wave?: number | undefined;
  /** Overrides the wave. */
  tenants?: readonly string[] | undefined;
  /** A reason to open the pull request during a freeze; the gate still needs the freeze's break-glass approval. */
  breakGlass?: string | undefined;
  /** The workflow to dispatch when the target's auto-merge merges the pull request (create-release's). */
  deployWorkflow?: string | undefined;
  actor: string;
  base?: string | undefined;
  runUrl?: string | undefined;
}

/** One row of the fan-out matrix: a workflow runs verify-health per row (`strategy.matrix: ${{ fromJSON(...) }}`). */
export interface MatrixRow {
  tenant: string;
  environment: string;
  workload: string;
  'release-id': string;
}

export interface OpenedWave {
  releaseId: string;
  pullRequestNumber: number;
  pullRequestUrl: string;
  branch: string;
  state: ReleaseState;
  /** The deploy workflow dispatched after the auto-merge, or again by a re-run (or why not). */
  deployDispatch?: DeployDispatch;
}

export interface PromoteValue {
  sourceReleaseId: string;
  workload: string;
  from: string;
  to: string;
  checklist: Checklist;
  promotionId?: string;
  promotionState?: PromotionState;
  /** The wave this run opened (or found open). */
  wave?: WaveStep;
  /** The wave after it; null when it is the last. */
  next?: WaveStep | null;
  opened?: OpenedWave;
  matrix: { include: MatrixRow[] };
  /** Nothing was written: the wave was open already, or the promotion is settled. */
  unchanged: boolean;
  note?: string;
}

export type PromotePorts = Omit<CreateReleasePorts, 'github' | 'store'> & {
  github: CreateReleasePorts['github'] & Pick<GitHubPort, 'addLabels'>;
  store: RecordStorePort;
};

export async function promote(
  req: PromoteRequest,
  ports: PromotePorts,
  deps: { clock?: Clock; random?: RandomSource } = {},
): Promise<StepResult<PromoteValue>> {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? ((n: number) => randomBytes(n));
  const { store, log } = ports;
  const source = await store.getRelease(req.releaseId);
  if (source === undefined) {
    return failed({ kind: 'usage', message: `release ${req.releaseId} does not exist on ${store.branch}` });
  }
  let config: GitopshqConfig;
  let workloadTenants: string[];
  let workloadEnvs: string[];
  try {
    const snap = await loadRepo(ports.branches.root);
    config = snap.config;
    const w = snap.workloads.get(source.workload);
    if (w === undefined) {
      return failed({ kind: 'usage', message: `workload ${source.workload} is not in the repository` });
    }
    // A Kustomize workload's tenants share one overlay: it is promoted in one step, through that overlay.
    workloadTenants = w.config.source.type === 'kustomize' ? [] : [...w.config.tenants];
    workloadEnvs = w.config.environments;
  } catch (e) {
    if (e instanceof UserError) return failed({ kind: 'usage', message: e.message, findings: e.findings });
    throw e;
  }
  const envs = config.environments.map((e) => e.name);
  const to = req.to ?? envs[envs.indexOf(source.environment) + 1] ?? '';
  const base = {
    sourceReleaseId: source.id,
    workload: source.workload,
    from: source.environment,
    to,
    matrix: { include: [] as MatrixRow[] },
    unchanged: false,
  };
  if (to !== '' && envs.includes(to) && !workloadEnvs.includes(to)) {
    return failed({
      kind: 'usage',
      message: `workload ${source.workload} does not run in ${to} (workload.yaml environments: ${workloadEnvs.join(', ')})`,
    });
  }

  const records = await store.listReleases();
  const states: Record<string, ReleaseState> = Object.fromEntries(records.map((r) => [r.id, r.state]));
  const mine = (await store.listPromotions())
    .filter((p) => p.source === source.id && p.to === to)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  let promotion = mine.find((p) => p.state === 'InProgress') ?? mine.at(-1);

  // Settle first: a wave that Failed halts the promotion, a last wave that is Healthy completes it.
  if (promotion?.state === 'InProgress') {
    promotion =
      (await settlePromotion(promotion, workloadTenants, states, { store, actor: req.actor, clock, log })) ??
      promotion;
  }

  // A re-run while a wave is open: report it (and open its pull request if a killed run never did).
  const open = promotion?.state === 'InProgress' ? openWave(promotion, states) : undefined;
  const sameRequest =
    open !== undefined &&
    (req.wave === undefined || req.wave === open.wave) &&
    (req.tenants === undefined ||
      req.tenants.length === 0 ||
      [...req.tenants].sort().join() === [...open.tenants].sort().join());
  const planning = {
    environments: envs,
    tenants: config.tenants,
    workloadTenants,
    from: source.environment,
    ...(req.to !== undefined ? { to: req.to } : {}),
    releaseStates: states,
  };
  const plan = planPromotion({
    ...planning,
    ...(req.wave !== undefined ? { wave: req.wave } : {}),
    ...(req.tenants !== undefined ? { tenantOverride: req.tenants } : {}),
    // A cancelled promotion is over: the release may be promoted afresh.
    ...(promotion !== undefined && promotion.state !== 'Cancelled' ? { promotion } : {}),
  });
  const reopen = sameRequest && open && promotion ? reopened(promotion, open, planning) : undefined;
  const step: WaveStep | undefined = reopen ?? (plan.ok ? plan : undefined);
  const checklist = promotionChecklist({
    source,
    to,
    plan: reopen ? { ok: true, from: source.environment, to, ...reopen } : plan,
    freeze: freezeStatus(config.freezes, to, clock.now()),
    ...(req.breakGlass !== undefined ? { breakGlass: req.breakGlass } : {}),
    rollback: rollbackReadiness(records, source.workload, to, step?.tenants ?? []),
  });
  const value: PromoteValue = {
    ...base,
    checklist,
    ...(promotion ? { promotionId: promotion.id, promotionState: promotion.state } : {}),
  };

  if (sameRequest && open && open.release !== undefined) {
    const r = records.find((x) => x.id === open.release);
    // A run killed after the wave's auto-merge, before its dispatch: the deploy is dispatched again.
    const again = r
      ? await dispatchAgain(
          { record: r, base: req.base ?? 'main', deployWorkflow: req.deployWorkflow },
          config,
          ports,
          clock,
        )
      : undefined;
    const opened = r ? openedOf(r, again) : undefined;
    return succeeded({
      ...value,
      wave: { wave: open.wave, tenants: open.tenants, canary: [] },
      ...(opened ? { opened } : {}),
      matrix: matrixOf(source.workload, to, open.tenants, open.release),
      unchanged: true,
      note: `wave ${open.wave} is open already (release ${open.release}, ${r?.state ?? 'unknown'}); the next wave starts once it is Healthy`,
    });
  }
  if (promotion?.state === 'Completed') {
    const last = promotion.waves.at(-1)?.releases.at(-1);
    const r = records.find((x) => x.id === last);
    const opened = r ? openedOf(r) : undefined;
    return succeeded({
      ...value,
      ...(opened ? { opened } : {}),
      unchanged: true,
      note: `promotion ${promotion.id} is complete: every wave is Healthy in ${to}`,
    });
  }
  if (!checklist.ok || step === undefined) {
    return failed({ message: refusal(checklist) }, { value });
  }

  // The record first, so the release can name it; a run killed after this finds the wave open and opens its PR.
  const now = clock.now();
  if (promotion?.state !== 'InProgress') {
    const digest = createHash('sha256').update(`promotion:${source.id}:${to}:${mine.length}`).digest();
    const id = newPromotionId(source.workload, source.environment, to, now, (n) => digest.subarray(0, n));
    const fresh: PromotionRecord = {
      apiVersion: 'gitopshq.io/v1',
      kind: 'Promotion',
      id,
      source: source.id,
      from: source.environment,
      to,
      actor: req.actor,
      createdAt: now.toISOString(),
      state: 'InProgress',
      waves: [],
      history: [
        { state: 'InProgress', at: now.toISOString(), actor: req.actor, note: `promote ${source.id}` },
      ],
    };
    promotion = (await store.getPromotion(id)) ?? (await store.createPromotion(fresh));
  }
  const pid = promotion.id;
  if (reopen === undefined) {
    promotion = await store.updatePromotion(
      pid,
      (p) => ({ ...p, waves: [...p.waves, { wave: step.wave, tenants: [...step.tenants], releases: [] }] }),
      `promotion ${pid}: wave ${step.wave} opened`,
    );
  }

  const waveText = step.tenants.length > 0 ? `, wave ${step.wave}: ${step.tenants.length} tenant(s)` : '';
  const created = await createRelease(
    {
      workload: source.workload,
      environment: to,
      updates: source.changes.updates,
      chartVersion: source.changes.chartVersion,
      tenants: step.tenants,
      title: `${releaseTitle({ workload: source.workload, updates: source.changes.updates })} in ${to}${waveText}`,
      notes: promotionNotes(source, pid, step, checklist),
      draft: false,
      // autoMerge left out: create-release takes the target environment's deploy.autoMerge.
      deployWorkflow: req.deployWorkflow,
      actor: req.actor,
      base: req.base,
      runUrl: req.runUrl,
      promotedFrom: source.id,
      promotion: pid,
    },
    { ...ports, store },
    { clock, random },
  );
  if (created.outcome !== 'succeeded') {
    return created.outcome === 'failed'
      ? failed(created.error, { retryable: created.retryable, value: { ...value, promotionId: pid } })
      : failed({ message: created.reason }, { retryable: true, value: { ...value, promotionId: pid } });
  }
  const c = created.value;
  const frozen = freezeStatus(config.freezes, to, now);
  if (frozen.frozen && req.breakGlass?.trim()) {
    await ports.github.addLabels(c.pullRequestNumber, [
      ...new Set(frozen.active.map((a) => a.breakGlass.label)),
    ]);
  }
  promotion = await store.updatePromotion(
    pid,
    (p) => {
      const waves = p.waves.map((w) => ({ ...w, releases: [...w.releases] }));
      const at = waves.findLastIndex((w) => w.wave === step.wave && w.tenants.join() === step.tenants.join());
      const w = waves[at];
      if (w && !w.releases.includes(c.releaseId)) w.releases.push(c.releaseId);
      const glass =
        frozen.frozen && req.breakGlass?.trim()
          ? {
              breakGlass: {
                actor: req.actor,
                at: now.toISOString(),
                reason: req.breakGlass.trim(),
                freezes: frozen.active.map((a) => a.name),
              },
            }
          : {};
      return { ...p, waves, ...glass };
    },
    `promotion ${pid}: wave ${step.wave} is release ${c.releaseId}`,
  );
  log.info(`promotion ${pid}: wave ${step.wave} opened as pull request #${c.pullRequestNumber}`);
  return succeeded({
    ...value,
    promotionId: pid,
    promotionState: promotion.state,
    wave: { wave: step.wave, tenants: step.tenants, canary: step.canary },
    next: reopen ? reopen.next : plan.ok ? plan.next : null,
    opened: {
      releaseId: c.releaseId,
      pullRequestNumber: c.pullRequestNumber,
      pullRequestUrl: c.pullRequestUrl,
      branch: c.branch,
      state: c.state,
      ...(c.deployDispatch ? { deployDispatch: c.deployDispatch } : {}),
    },
    matrix: matrixOf(source.workload, to, step.tenants, c.releaseId),
    unchanged: !c.wrote.commit && c.wrote.pullRequest === 'unchanged' && c.wrote.record === 'unchanged',
  });
}

/** The wave of an InProgress promotion that is not Healthy yet (nor cancelled), if any; `index` in `p.waves`. */
function openWave(
  p: PromotionRecord,
  states: Readonly<Record<string, ReleaseState>>,
): { wave: number; tenants: string[]; index: number; release?: string } | undefined {
  for (const [index, w] of p.waves.entries()) {
    const live = w.releases.filter((r) => states[r] !== 'Cancelled');
    if (w.releases.length > 0 && live.length === 0) continue;
    const release = live.at(-1);
    if (release === undefined || states[release] !== 'Healthy') {
      return { wave: w.wave, tenants: w.tenants, index, ...(release ? { release } : {}) };
    }
  }
  return undefined;
}

/**
 * The open wave as the run that opened it planned it: planned again without it, for its tenants, so its checklist
 * (the wave after it) and so its pull request and release record are the ones that run would have written.
 */
function reopened(
  promotion: PromotionRecord,
  open: { wave: number; tenants: string[]; index: number },
  planning: Omit<Parameters<typeof planPromotion>[0], 'promotion' | 'wave' | 'tenantOverride'>,
): WaveStep & { next: WaveStep | null; remaining: WaveStep[] } {
  const again = planPromotion({
    ...planning,
    promotion: { ...promotion, waves: promotion.waves.filter((_, i) => i !== open.index) },
    ...(open.tenants.length > 0 ? { tenantOverride: open.tenants } : {}),
  });
  const around = again.ok
    ? { canary: again.canary, next: again.next, remaining: again.remaining }
    : { canary: [], next: null, remaining: [] };
  return { wave: open.wave, tenants: open.tenants, ...around };
}

function openedOf(r: ReleaseRecord, deployDispatch?: DeployDispatch): OpenedWave | undefined {
  if (!r.pullRequest) return undefined;
  return {
    releaseId: r.id,
    pullRequestNumber: r.pullRequest.number,
    pullRequestUrl: r.pullRequest.url,
    branch: r.pullRequest.branch,
    state: r.state,
    ...(deployDispatch ? { deployDispatch } : {}),
  };
}

export function matrixOf(
  workload: string,
  environment: string,
  tenants: readonly string[],
  releaseId: string,
): { include: MatrixRow[] } {
  const rows = tenants.length === 0 ? [''] : tenants;
  return { include: rows.map((tenant) => ({ tenant, environment, workload, 'release-id': releaseId })) };
}

function refusal(checklist: Checklist): string {
  const failing = checklist.items.filter((i) => !i.ok);
  return `promotion refused: ${failing.map((i) => `${i.label}: ${i.detail}`).join('; ')}`;
}

function promotionNotes(source: ReleaseRecord, pid: string, step: WaveStep, checklist: Checklist): string {
  const who =
    step.tenants.length === 0
      ? 'the environment layer'
      : `tenants ${step.tenants.slice(0, 10).join(', ')}${step.tenants.length > 10 ? ` and ${step.tenants.length - 10} more` : ''}`;
  return [
    `Promoted from release ${source.id} (${source.environment}) by promotion ${pid}, wave ${step.wave}: ${who}.`,
    '',
    'Promotion checklist:',
    ...checklist.items.map((i) => `- ${i.ok ? 'passed' : 'FAILED'}: ${i.label} (${i.detail})`),
  ].join('\n');
}
