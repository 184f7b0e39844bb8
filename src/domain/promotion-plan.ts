// What a promotion does next: which environment it targets (only the next one in order) and which tenants it
// reaches now (the next wave, canary first), or why it may not go on. A wave that Failed or was Rolled Back halts
// the promotion: no later tenant gets the change. An explicit wave or tenant list may narrow or continue the plan,
// never jump ahead of a wave (the canary first) that is not complete and Healthy, unless the request skips waves
// on purpose (promotion-override.ts says who may, and the wave records it).
import { STATE_LABELS } from './lifecycle.js';
import type { PromotionRecord, ReleaseState, TenantConfig } from './model.js';
import type { SkippedWave } from './promotion-override.js';

export interface PlanRequest {
  /** Environment names in promotion order (gitopshq.yaml). */
  environments: readonly string[];
  /** gitopshq.yaml's tenants, for their waves and canary flags. */
  tenants: readonly TenantConfig[];
  /** Tenants the workload is bound to, in workload.yaml order; empty: the environment layer, one step. */
  workloadTenants: readonly string[];
  /** The environment of the release being promoted. */
  from: string;
  /** Requested target (default: the next environment). */
  to?: string;
  /** Requested wave (default: the next wave with tenants not yet promoted). */
  wave?: number;
  /** Explicit tenants, instead of a wave. */
  tenantOverride?: readonly string[];
  /** Let the wave or tenants asked for go before earlier waves are complete and Healthy (the plan lists them). */
  skipWaves?: boolean;
  /** The promotion so far, if one exists for this release and target. */
  promotion?: PromotionRecord;
  /** The current state of every release the promotion opened, by id. */
  releaseStates: Readonly<Record<string, ReleaseState>>;
}

export interface WaveStep {
  wave: number;
  tenants: string[];
  /** The step's canary tenants (also in `tenants`, listed first). */
  canary: string[];
}

/** Which checklist item a refusal belongs to: the target environment's order, or the waves. */
export type PlanCheck = 'order' | 'wave';

export type PromotionPlan =
  | ({
      ok: true;
      from: string;
      to: string;
      next: WaveStep | null;
      remaining: WaveStep[];
      /** Earlier waves not complete and Healthy that this step goes before (only with skipWaves); absent: none. */
      skipped?: SkippedWave[];
    } & WaveStep)
  | { ok: false; reason: string; halted: boolean; check: PlanCheck };

const refuse = (reason: string, halted = false, check: PlanCheck = 'wave'): PromotionPlan => ({
  ok: false,
  reason,
  halted,
  check,
});
const refuseOrder = (reason: string): PromotionPlan => refuse(reason, false, 'order');
const list = (xs: readonly (string | number)[]) => xs.join(', ');

export function planPromotion(req: PlanRequest): PromotionPlan {
  const envs = req.environments;
  const at = envs.indexOf(req.from);
  if (at < 0) return refuseOrder(`unknown environment '${req.from}' (environments: ${list(envs)})`);
  const next = envs[at + 1];
  if (next === undefined)
    return refuseOrder(`${req.from} is the last environment; there is nowhere to promote to`);
  const to = req.to ?? next;
  const toAt = envs.indexOf(to);
  if (toAt < 0) return refuseOrder(`unknown environment '${to}' (environments: ${list(envs)})`);
  if (toAt === at) return refuseOrder(`the release is already in ${to}; promote it to ${next}`);
  if (toAt < at)
    return refuseOrder(`promotion goes forward only: ${to} comes before ${req.from}; promote to ${next}`);
  if (toAt > at + 1) {
    const skipped = envs.slice(at + 1, toAt);
    return refuseOrder(
      `promoting ${req.from} to ${to} would skip ${list(skipped)}; promote to ${next} first (environments go in order: ${list(envs)})`,
    );
  }

  const promotion = req.promotion;
  if (promotion !== undefined) {
    if (promotion.to !== to || promotion.from !== req.from) {
      return refuse(
        `promotion ${promotion.id} goes from ${promotion.from} to ${promotion.to}, not ${req.from} to ${to}`,
      );
    }
    if (promotion.state === 'Completed') return refuse(`promotion ${promotion.id} is complete`);
    if (promotion.state === 'Cancelled') return refuse(`promotion ${promotion.id} was cancelled`);
    if (promotion.state === 'Failed') return refuse(`promotion ${promotion.id} is halted (Failed)`, true);
  }
  const steps = (promotion?.waves ?? []).map((w) => ({
    ...w,
    status: stepStatus(w.releases, req.releaseStates),
  }));
  for (const step of steps) {
    if (step.status.kind === 'failed') {
      return refuse(
        `wave ${step.wave} (${tenantsText(step.tenants)}) failed: release ${step.status.release} is ${label(step.status.state)}; the promotion is halted and no later tenant gets the change`,
        true,
      );
    }
  }
  for (const step of steps) {
    if (step.status.kind === 'in-progress') {
      const why =
        step.status.release === undefined
          ? 'has no release yet'
          : `release ${step.status.release} is ${label(step.status.state)}`;
      return refuse(
        `wave ${step.wave} (${tenantsText(step.tenants)}) is still in progress (${why}); the next wave starts once it is Healthy`,
      );
    }
  }

  // Tenants already reached, by a step that was not cancelled (a cancelled PR leaves its tenants to promote again).
  const live = steps.filter((s) => s.status.kind !== 'cancelled');
  const waveOf = new Map(req.tenants.map((t) => [t.name, t]));
  const allSteps = groupWaves(req.workloadTenants, waveOf);
  const done = new Set(live.flatMap((s) => s.tenants));
  const remaining =
    req.workloadTenants.length === 0
      ? live.length === 0
        ? allSteps
        : []
      : allSteps
          .map((s) => ({
            ...s,
            tenants: s.tenants.filter((t) => !done.has(t)),
            canary: s.canary.filter((t) => !done.has(t)),
          }))
          .filter((s) => s.tenants.length > 0);
  if (remaining.length === 0) {
    return refuse(
      `every wave of ${promotion?.id ?? 'the promotion'} is promoted and Healthy; the promotion is complete`,
    );
  }

  let chosen: WaveStep;
  let skipped: SkippedWave[] = [];
  if (req.tenantOverride !== undefined && req.tenantOverride.length > 0) {
    for (const t of req.tenantOverride) {
      if (!req.workloadTenants.includes(t)) {
        return refuse(
          `tenant '${t}' is not one of the workload's tenants (${list(req.workloadTenants) || 'none'})`,
        );
      }
      if (done.has(t))
        return refuse(`tenant '${t}' was already promoted by ${promotion?.id ?? 'this promotion'}`);
    }
    const picked = new Set(req.tenantOverride);
    const ordered = req.workloadTenants.filter((t) => picked.has(t));
    const sorted = groupWaves(ordered, waveOf);
    chosen = {
      wave: sorted[0]?.wave ?? 0,
      tenants: sorted.flatMap((s) => s.tenants),
      canary: sorted.flatMap((s) => s.canary),
    };
    skipped = aheadOf(remaining, sorted);
    if (skipped.length > 0 && req.skipWaves !== true) {
      return refuse(jumpRefusal(`tenant${ordered.length === 1 ? '' : 's'} ${whereText(sorted)}`, skipped));
    }
  } else if (req.wave !== undefined) {
    const wanted = req.wave;
    const step = remaining.find((s) => s.wave === wanted);
    if (step === undefined) {
      const exists = allSteps.some((s) => s.wave === wanted);
      return refuse(
        exists
          ? `wave ${wanted} is already promoted`
          : `wave ${wanted} does not exist (waves: ${list(allSteps.map((s) => s.wave))})`,
      );
    }
    skipped = aheadOf(remaining, [step]);
    if (skipped.length > 0 && req.skipWaves !== true) {
      return refuse(jumpRefusal(`wave ${wanted}`, skipped));
    }
    chosen = step;
  } else {
    chosen = remaining[0] as WaveStep;
  }
  const picked = new Set(chosen.tenants);
  // A workload without tenants is promoted in one step: nothing comes after it.
  const after =
    req.workloadTenants.length === 0
      ? []
      : remaining
          .map((s) => ({
            ...s,
            tenants: s.tenants.filter((t) => !picked.has(t)),
            canary: s.canary.filter((t) => !picked.has(t)),
          }))
          .filter((s) => s.tenants.length > 0);
  return {
    ok: true,
    from: req.from,
    to,
    ...chosen,
    next: after[0] ?? null,
    remaining: after,
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}

/**
 * What `picked` (grouped by wave) would go ahead of: every remaining wave below its highest wave, with its tenants
 * not yet Healthy (picked ones included: going out in the same pull request is not being verified first), and the
 * canaries of its own lowest wave that it leaves out (canaries lead their wave). Empty: it narrows or continues.
 */
function aheadOf(remaining: readonly WaveStep[], picked: readonly WaveStep[]): SkippedWave[] {
  const top = Math.max(...picked.map((s) => s.wave));
  const low = Math.min(...picked.map((s) => s.wave));
  const chosen = new Set(picked.flatMap((s) => s.tenants));
  const out: SkippedWave[] = [];
  for (const s of remaining) {
    if (s.wave < top) out.push({ wave: s.wave, tenants: [...s.tenants] });
    else if (s.wave === low) {
      const left = s.canary.filter((t) => !chosen.has(t));
      if (left.length > 0 && s.tenants.some((t) => chosen.has(t) && !s.canary.includes(t))) {
        out.push({ wave: s.wave, tenants: left });
      }
    }
  }
  return out;
}

function whereText(sorted: readonly WaveStep[]): string {
  return sorted.map((s) => `${list(s.tenants)} (wave ${s.wave})`).join(', ');
}

function jumpRefusal(what: string, skipped: readonly SkippedWave[]): string {
  const waves = skipped.map((s) => `wave ${s.wave} (${tenantsText(s.tenants)})`).join(' and ');
  const first = skipped[0]?.wave ?? 0;
  return (
    `${what} would not wait for ${waves} to be promoted and Healthy: waves go in ascending order, canary first. ` +
    `Promote wave ${first} first (or narrow the tenants to it), or skip on purpose with skip-waves and a reason ` +
    '(repository admins and maintainers; recorded in the promotion)'
  );
}

/** The workload's tenants grouped by wave, ascending; canary tenants first within their wave. */
function groupWaves(tenants: readonly string[], config: ReadonlyMap<string, TenantConfig>): WaveStep[] {
  if (tenants.length === 0) return [{ wave: 0, tenants: [], canary: [] }];
  const byWave = new Map<number, WaveStep>();
  for (const name of tenants) {
    const t = config.get(name);
    const wave = t?.wave ?? 0;
    const step = byWave.get(wave) ?? { wave, tenants: [], canary: [] };
    step.tenants.push(name);
    if (t?.canary === true) step.canary.push(name);
    byWave.set(wave, step);
  }
  return [...byWave.values()]
    .sort((a, b) => a.wave - b.wave)
    .map((s) => ({ ...s, tenants: [...s.canary, ...s.tenants.filter((t) => !s.canary.includes(t))] }));
}

type StepStatus =
  | { kind: 'healthy' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; release: string; state: ReleaseState }
  | { kind: 'in-progress'; release?: string; state?: ReleaseState };

function stepStatus(releases: readonly string[], states: Readonly<Record<string, ReleaseState>>): StepStatus {
  if (releases.length === 0) return { kind: 'in-progress' };
  for (const id of releases) {
    const state = states[id];
    if (state === 'Failed' || state === 'RolledBack') return { kind: 'failed', release: id, state };
  }
  if (releases.every((id) => states[id] === 'Cancelled')) return { kind: 'cancelled' };
  for (const id of releases) {
    const state = states[id];
    if (state !== 'Healthy' && state !== 'Cancelled')
      return { kind: 'in-progress', release: id, ...(state ? { state } : {}) };
  }
  return { kind: 'healthy' };
}

function label(state: ReleaseState | undefined): string {
  return state === undefined ? 'unknown' : STATE_LABELS[state];
}

function tenantsText(tenants: readonly string[]): string {
  return tenants.length === 0 ? 'the environment layer' : list(tenants);
}

export type PromotionOutcome =
  | { state: 'Completed'; reason: string }
  | { state: 'Failed'; reason: string }
  | { state: 'InProgress'; reason: string };

/**
 * Where a promotion stands from its waves' releases alone: Failed (halted) as soon as one wave's release Failed or
 * was Rolled Back, Completed once every tenant of the workload (or the environment layer) was reached by a wave
 * whose releases are all Healthy, InProgress otherwise. The record store moves the record to match.
 */
export function promotionOutcome(
  promotion: Pick<PromotionRecord, 'waves'>,
  workloadTenants: readonly string[],
  releaseStates: Readonly<Record<string, ReleaseState>>,
): PromotionOutcome {
  const steps = promotion.waves.map((w) => ({ ...w, status: stepStatus(w.releases, releaseStates) }));
  for (const s of steps) {
    if (s.status.kind === 'failed') {
      return {
        state: 'Failed',
        reason: `wave ${s.wave} (${tenantsText(s.tenants)}): release ${s.status.release} is ${label(s.status.state)}; halted, no later tenant gets the change`,
      };
    }
  }
  const healthy = steps.filter((s) => s.status.kind === 'healthy');
  const reached = new Set(healthy.flatMap((s) => s.tenants));
  const done =
    workloadTenants.length === 0 ? healthy.length > 0 : workloadTenants.every((t) => reached.has(t));
  if (done) {
    return {
      state: 'Completed',
      reason: `every wave is Healthy (${healthy.map((s) => `wave ${s.wave}`).join(', ')})`,
    };
  }
  const waiting = workloadTenants.filter((t) => !reached.has(t));
  return {
    state: 'InProgress',
    reason:
      workloadTenants.length === 0
        ? 'the environment layer is not Healthy yet'
        : `${waiting.length} tenant(s) not Healthy yet: ${list(waiting.slice(0, 5))}${waiting.length > 5 ? ', ...' : ''}`,
  };
}
