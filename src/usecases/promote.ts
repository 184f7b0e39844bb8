// promote: a Healthy release goes to the next environment, tenant wave by tenant wave (canary first). The checklist
// (promotion-checklist.ts) is evaluated and reported in full; when it passes, the release's change set is applied to
// the target's environment layer, or to the tenant layers of the wave, and opened as ONE pull request through
// create-release (so its approvals follow the target's policy and its GitHub calls do not grow with the tenants).
// The promotion record (promotions/<id>.yaml) tracks the waves; its state moves only through
// promotion-lifecycle.ts: Failed (halted) when a wave Failed or was Rolled Back, Completed when every wave is
// Healthy. A re-run converges: an open wave is reported again, a wave whose pull request was never opened is opened.
// A wave or tenant list asked for may narrow or continue the plan, never jump ahead of an earlier wave that is not
// Healthy, unless `skipWaves` gives a reason and the actor may (promote-skip.ts); the wave then records the skip.
// Flow: docs/architecture.md#release-lifecycle.
import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../domain/errors.js';
import { freezeStatus } from '../domain/freeze.js';
import type {
  GitopshqConfig,
  PromotionRecord,
  PromotionState,
  ReleaseState,
  WaveSkip,
} from '../domain/model.js';
import { type Checklist, promotionChecklist, rollbackReadiness } from '../domain/promotion-checklist.js';
import { waveSkip } from '../domain/promotion-override.js';
import { planPromotion, type WaveStep } from '../domain/promotion-plan.js';
import { newPromotionId, type RandomSource } from '../domain/release-id.js';
import { releaseTitle } from '../domain/release-request.js';
import type { GitHubPort } from '../github/port.js';
import { loadRepo } from '../state/repo.js';
import { type CreateReleasePorts, createRelease } from './create-release.js';
import { dispatchAgain } from './create-release-merge.js';
import { type Clock, type RecordStorePort, systemClock } from './deps.js';
import { judgeSkip, skipRequestProblem } from './promote-skip.js';
import {
  type MatrixRow,
  matrixOf,
  type OpenedWave,
  openedOf,
  openWave,
  promotionNotes,
  refusal,
  reopened,
} from './promote-waves.js';
import { settlePromotion } from './promotion-settle.js';
import { failed, type StepResult, succeeded } from './result.js';

export { type MatrixRow, matrixOf, type OpenedWave } from './promote-waves.js';
// Settling a promotion from a wave's release lives in promotion-settle.ts; verify-health and older callers import
// these two from here as well.
export { haltPromotionOf, settlePromotionOf } from './promotion-settle.js';

export interface PromoteRequest {
  releaseId: string;
  /** Default: the environment after the release's in gitopshq.yaml. */
  to?: string | undefined;
  /** Default: the next wave not yet promoted. */
  wave?: number | undefined;
  /** Instead of the next wave: tenants that narrow or continue the plan (never ahead of an unhealthy wave). */
  tenants?: readonly string[] | undefined;
  /**
   * A reason to let the wave or tenants asked for go before earlier waves are complete and Healthy: allowed to
   * repository admins and maintainers, recorded on the wave (promotion-override.ts).
   */
  skipWaves?: string | undefined;
  /** A reason to open the pull request during a freeze; the gate still needs the freeze's break-glass approval. */
  breakGlass?: string | undefined;
  /** The workflow to dispatch when the target's auto-merge merges the pull request (create-release's). */
  deployWorkflow?: string | undefined;
  actor: string;
  base?: string | undefined;
  runUrl?: string | undefined;
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
  /** Set when the wave went before earlier waves that were not Healthy, on purpose: as recorded on the wave. */
  skippedWaves?: WaveSkip;
  opened?: OpenedWave;
  matrix: { include: MatrixRow[] };
  /** Nothing was written: the wave was open already, or the promotion is settled. */
  unchanged: boolean;
  note?: string;
}

export type PromotePorts = Omit<CreateReleasePorts, 'github' | 'store'> & {
  github: CreateReleasePorts['github'] & Pick<GitHubPort, 'addLabels' | 'getRepositoryPermission'>;
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
  const badReason = skipRequestProblem(req.skipWaves);
  if (badReason !== undefined) return failed({ kind: 'usage', message: badReason });
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
    ...(req.skipWaves !== undefined ? { skipWaves: true } : {}),
    // A cancelled promotion is over: the release may be promoted afresh.
    ...(promotion !== undefined && promotion.state !== 'Cancelled' ? { promotion } : {}),
  });
  const reopen = sameRequest && open && promotion ? reopened(promotion, open, planning) : undefined;
  const step: WaveStep | undefined = reopen ?? (plan.ok ? plan : undefined);
  const skip = reopen ? undefined : await judgeSkip(plan, req, ports.github);
  const checklist = promotionChecklist({
    source,
    to,
    plan: reopen ? { ok: true, from: source.environment, to, ...reopen } : plan,
    freeze: freezeStatus(config.freezes, to, clock.now()),
    ...(req.breakGlass !== undefined ? { breakGlass: req.breakGlass } : {}),
    rollback: rollbackReadiness(records, source.workload, to, step?.tenants ?? []),
    ...(skip ? { skip } : {}),
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
      ...(open.skippedWaves ? { skippedWaves: open.skippedWaves } : {}),
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
  // The skip is recorded with the wave, in the same commit: no wave goes ahead of the others unrecorded.
  const skipped: WaveSkip | undefined =
    reopen !== undefined
      ? open?.skippedWaves
      : plan.ok && plan.skipped && skip?.verdict.ok
        ? waveSkip({
            actor: req.actor,
            at: now,
            reason: skip.reason,
            permission: skip.verdict.permission,
            skipped: plan.skipped,
          })
        : undefined;
  if (reopen === undefined) {
    const wave = { wave: step.wave, tenants: [...step.tenants], releases: [] };
    promotion = await store.updatePromotion(
      pid,
      (p) => ({ ...p, waves: [...p.waves, { ...wave, ...(skipped ? { skippedWaves: skipped } : {}) }] }),
      `promotion ${pid}: wave ${step.wave} opened${skipped ? ' (skipping earlier waves on purpose)' : ''}`,
    );
    if (skipped) log.warning(`promotion ${pid}: wave ${step.wave} skips earlier waves: "${skipped.reason}"`);
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
      notes: promotionNotes(source, pid, step, checklist, skipped),
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
    ...(skipped ? { skippedWaves: skipped } : {}),
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
