// Settling a promotion: moving an InProgress promotion record to where its waves' releases put it (the pure
// promotionOutcome of src/domain/promotion-plan.ts), through promotion-lifecycle.ts's transitions. One helper for
// every step that may settle one: promote before it plans the next wave, verify-health when a wave's release turns
// Healthy (the last wave completes it) or Failed (halting it is the Failed case). Flow:
// docs/architecture.md#release-lifecycle.
import type { PromotionRecord, ReleaseRecord, ReleaseState } from '../domain/model.js';
import { promotionOutcome } from '../domain/promotion-plan.js';
import { type Clock, type Logger, type RecordStorePort, systemClock } from './deps.js';

export interface SettleContext {
  store: Pick<RecordStorePort, 'transitionPromotion'>;
  actor: string;
  clock?: Clock;
  log?: Pick<Logger, 'info'>;
}

/**
 * Moves `promotion` (when InProgress) to its outcome: Failed (halted) as soon as one wave's release Failed or was
 * Rolled Back, Completed once every tenant of the workload is reached by a Healthy wave. `workloadTenants`: as
 * promote plans them (empty for a Kustomize workload); undefined when not known, and then only a halt is decided.
 * `states`: the states of the releases its waves name (one missing is not Healthy yet). Returns the promotion when
 * it moved, undefined when it stays as it is.
 */
export async function settlePromotion(
  promotion: PromotionRecord,
  workloadTenants: readonly string[] | undefined,
  states: Readonly<Record<string, ReleaseState>>,
  ctx: SettleContext,
): Promise<PromotionRecord | undefined> {
  if (promotion.state !== 'InProgress') return undefined;
  const outcome = promotionOutcome(promotion, workloadTenants ?? [], states);
  if (outcome.state === 'InProgress') return undefined;
  if (workloadTenants === undefined && outcome.state !== 'Failed') return undefined;
  const moved = await ctx.store.transitionPromotion(promotion.id, outcome.state, {
    actor: ctx.actor,
    note: outcome.reason,
    at: (ctx.clock ?? systemClock).now(),
  });
  ctx.log?.info(`promotion ${promotion.id}: ${outcome.state} (${outcome.reason})`);
  return moved;
}

/** The InProgress promotion whose waves name `release`; undefined when it was not promoted or that one is settled. */
async function promotionOf(
  release: Pick<ReleaseRecord, 'id' | 'promotion'>,
  store: Pick<RecordStorePort, 'getPromotion'>,
): Promise<PromotionRecord | undefined> {
  if (release.promotion === undefined) return undefined;
  const promotion = await store.getPromotion(release.promotion);
  if (promotion?.state !== 'InProgress') return undefined;
  return promotion.waves.some((w) => w.releases.includes(release.id)) ? promotion : undefined;
}

/**
 * For the steps that move a wave's release (verify-health): a promoted release that Failed or was Rolled Back halts
 * its promotion at once (state Failed), so the record says so before anyone runs promote again. Returns the
 * promotion as it now is; undefined when the release was not promoted or the promotion is already settled.
 */
export async function haltPromotionOf(
  release: Pick<ReleaseRecord, 'id' | 'state' | 'promotion'>,
  store: Pick<RecordStorePort, 'getPromotion' | 'transitionPromotion'>,
  actor: string,
  clock: Clock = systemClock,
): Promise<PromotionRecord | undefined> {
  if (release.state !== 'Failed' && release.state !== 'RolledBack') return undefined;
  const promotion = await promotionOf(release, store);
  if (promotion === undefined) return undefined;
  return settlePromotion(promotion, undefined, { [release.id]: release.state }, { store, actor, clock });
}

/**
 * For verify-health: a promoted release that became Healthy may be the last wave of its promotion. The promotion is
 * settled at once (Completed, or Failed if another wave failed meanwhile) instead of reading "in progress" until
 * someone runs promote again. `workloadTenants` as promote plans them (empty for a Kustomize workload); the caller
 * reads them from the workload.yaml on main. Returns the promotion when it moved.
 */
export async function settlePromotionOf(
  release: Pick<ReleaseRecord, 'id' | 'state' | 'promotion'>,
  workloadTenants: readonly string[],
  store: Pick<RecordStorePort, 'getPromotion' | 'getRelease' | 'transitionPromotion'>,
  actor: string,
  clock: Clock = systemClock,
): Promise<PromotionRecord | undefined> {
  if (release.state !== 'Healthy') return undefined;
  const promotion = await promotionOf(release, store);
  if (promotion === undefined) return undefined;
  // Only the releases the waves name (a handful), not the whole state branch.
  const states: Record<string, ReleaseState> = { [release.id]: 'Healthy' };
  for (const id of promotion.waves.flatMap((w) => w.releases)) {
    if (id === release.id) continue;
    const r = await store.getRelease(id);
    if (r) states[id] = r.state;
  }
  return settlePromotion(promotion, workloadTenants, states, { store, actor, clock });
}
