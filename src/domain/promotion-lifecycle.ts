// The promotion state machine (docs/architecture.md#release-lifecycle): a promotion is InProgress while its waves
// go out, Completed once every wave is Healthy, Failed when a wave Failed or was Rolled Back (the promotion is halted:
// no later tenant gets the change), Cancelled when a person gives it up. The record store accepts a promotion's state
// change only through this table, as it does for releases, and keeps its waves append-only.
import { UserError } from './errors.js';
import type { PromotionRecord, PromotionState } from './model.js';

const TRANSITIONS: Readonly<Record<PromotionState, readonly PromotionState[]>> = {
  InProgress: ['Completed', 'Failed', 'Cancelled'],
  Completed: [],
  Failed: [],
  Cancelled: [],
};

export function canTransitionPromotion(from: PromotionState, to: PromotionState): boolean {
  return TRANSITIONS[from].includes(to);
}

function illegal(from: PromotionState, to: PromotionState): string {
  const head = `illegal promotion transition: ${from} -> ${to}`;
  if (from === to) return `${head}: the promotion is already ${from}`;
  const next = TRANSITIONS[from];
  return next.length === 0
    ? `${head}: ${from} is final, no transition leaves it`
    : `${head}: from ${from} a promotion can only move to ${next.join(', ')}`;
}

export class IllegalPromotionTransitionError extends UserError {
  constructor(
    readonly from: PromotionState,
    readonly to: PromotionState,
  ) {
    super(illegal(from, to));
  }
}

/** A new record with `state` = to and the entry appended; throws IllegalPromotionTransitionError. */
export function transitionPromotion(
  record: PromotionRecord,
  to: PromotionState,
  actor: string,
  note?: string,
  at: Date = new Date(),
): PromotionRecord {
  if (!canTransitionPromotion(record.state, to)) throw new IllegalPromotionTransitionError(record.state, to);
  const entry: PromotionRecord['history'][number] = { state: to, at: at.toISOString(), actor };
  if (note !== undefined) entry.note = note;
  return { ...record, state: to, history: [...record.history, entry] };
}

type Entry = PromotionRecord['history'][number];
const sameEntry = (a: Entry, b: Entry | undefined) =>
  b !== undefined && a.state === b.state && a.at === b.at && a.actor === b.actor && a.note === b.note;

/**
 * Why writing `after` over `before` would change a promotion outside transitionPromotion, or rewrite what it
 * already did; undefined when it would not. New: InProgress with one entry. Always: the history only grows, every
 * wave stays (same number, tenants and recorded skip) and keeps its releases, in order. A plain update keeps the state; a
 * transition to `to` is legal and appends exactly one entry for it.
 */
export function promotionBypass(
  before: PromotionRecord | undefined,
  after: PromotionRecord,
  to?: PromotionState,
): string | undefined {
  if (before === undefined) {
    if (after.state !== 'InProgress') return `a promotion is created InProgress, not ${after.state}`;
    if (after.history.length !== 1 || after.history[0]?.state !== 'InProgress') {
      return "a new promotion's history must be one InProgress entry";
    }
    return undefined;
  }
  const kept = after.history.slice(0, before.history.length);
  if (kept.length < before.history.length || !kept.every((e, i) => sameEntry(e, before.history[i]))) {
    return 'the history of a promotion is append-only: an entry was removed or rewritten';
  }
  for (const [i, wave] of before.waves.entries()) {
    const now = after.waves[i];
    const same =
      now !== undefined &&
      now.wave === wave.wave &&
      now.tenants.join(',') === wave.tenants.join(',') &&
      wave.releases.every((r, j) => now.releases[j] === r) &&
      // A skip is recorded when its wave opens and never rewritten or dropped afterwards.
      sameSkip(now.skippedWaves, wave.skippedWaves);
    if (!same) return `wave ${wave.wave} of the promotion was removed or rewritten: waves are append-only`;
  }
  const added = after.history.slice(before.history.length);
  if (to === undefined) {
    if (after.state !== before.state || added.length > 0) {
      return `the state of a promotion changes only through transitionPromotion (${before.state} -> ${after.state})`;
    }
    return undefined;
  }
  if (!canTransitionPromotion(before.state, to)) return illegal(before.state, to);
  if (after.state !== to || added.length !== 1 || added[0]?.state !== to) {
    return `a transition to ${to} must set that state and append exactly one entry for it`;
  }
  return undefined;
}

type Skip = PromotionRecord['waves'][number]['skippedWaves'];
/** Field by field: a record read back from YAML may list the keys in another order. */
function sameSkip(a: Skip, b: Skip): boolean {
  if (a === undefined || b === undefined) return a === b;
  const waves = (s: NonNullable<Skip>) => s.waves.map((w) => `${w.wave}:${w.tenants.join(',')}`).join(';');
  return (
    a.actor === b.actor &&
    a.at === b.at &&
    a.reason === b.reason &&
    a.permission === b.permission &&
    waves(a) === waves(b)
  );
}

/** A promotion write that would bypass the state machine: a bug in the caller, never user input. */
export class PromotionBypassError extends Error {
  override readonly name = 'PromotionBypassError';
  constructor(
    readonly recordId: string,
    reason: string,
  ) {
    super(`promotion ${recordId}: ${reason}; nothing was written`);
  }
}
