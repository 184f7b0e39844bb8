import { UserError } from './errors.js';
import { type HistoryEntry, RELEASE_STATES, type ReleaseState } from './model.js';

// The release state machine of docs/architecture.md#release-lifecycle. Every other module asks this one whether a
// move is legal, so the table below is the single source of truth for the lifecycle.

export const STATE_LABELS: Readonly<Record<ReleaseState, string>> = {
  Draft: 'Draft',
  PendingApproval: 'Pending Approval',
  Approved: 'Approved',
  Deploying: 'Deploying',
  Deployed: 'Deployed',
  Synced: 'Synced',
  Healthy: 'Healthy',
  Failed: 'Failed',
  RolledBack: 'Rolled Back',
  Cancelled: 'Cancelled',
};

const TRANSITIONS: Readonly<Record<ReleaseState, readonly ReleaseState[]>> = {
  Draft: ['PendingApproval', 'Cancelled'],
  // Back to Draft: the author converted the PR to a draft.
  PendingApproval: ['Approved', 'Draft', 'Cancelled'],
  // Back to PendingApproval: a new commit dismissed the approval.
  Approved: ['Deploying', 'PendingApproval', 'Cancelled'],
  Deploying: ['Deployed', 'Failed'],
  // -> RolledBack: an operator rolls back a release before it was Healthy, in one step (who and why in the entry).
  Deployed: ['Synced', 'Failed', 'RolledBack'],
  Synced: ['Healthy', 'Failed', 'RolledBack'],
  Healthy: ['RolledBack'],
  // Failed -> Deploying is a retry of the same release.
  Failed: ['Deploying', 'RolledBack'],
  RolledBack: [],
  Cancelled: [],
};

export class IllegalTransitionError extends UserError {
  constructor(
    readonly from: ReleaseState,
    readonly to: ReleaseState,
  ) {
    super(illegalMessage(from, to));
  }
}

function describe(state: ReleaseState): string {
  const label = STATE_LABELS[state];
  return label === state ? `'${label}'` : `'${label}' (${state})`;
}

function illegalMessage(from: ReleaseState, to: ReleaseState): string {
  const head = `illegal release transition: ${describe(from)} -> ${describe(to)}`;
  if (from === to) return `${head}: the release is already ${describe(from)}`;
  const next = TRANSITIONS[from];
  if (next.length === 0) return `${head}: ${describe(from)} is final, no transition leaves it`;
  return `${head}: from ${describe(from)} a release can only move to ${next.map(describe).join(', ')}`;
}

export function nextStates(from: ReleaseState): readonly ReleaseState[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ReleaseState, to: ReleaseState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A state no transition leaves: the release's story is over. */
export function isTerminal(state: ReleaseState): boolean {
  return TRANSITIONS[state].length === 0;
}

/** Returns a new record with `state` = to and the entry appended to `history`; throws IllegalTransitionError. */
export function transition<T extends { state: ReleaseState; history: HistoryEntry[] }>(
  record: T,
  to: ReleaseState,
  actor: string,
  note?: string,
  at: Date = new Date(),
): T {
  if (!canTransition(record.state, to)) throw new IllegalTransitionError(record.state, to);
  const entry: HistoryEntry = { state: to, at: at.toISOString(), actor };
  if (note !== undefined) entry.note = note;
  return { ...record, state: to, history: [...record.history, entry] };
}

/** Accepts `PendingApproval`, `Pending Approval`, `pending-approval` (any case, `_` too). */
export function parseState(text: string): ReleaseState {
  const key = normalise(text);
  const found = RELEASE_STATES.find((s) => normalise(s) === key);
  if (found !== undefined && key !== '') return found;
  const forms = RELEASE_STATES.map((s) => kebab(s)).join(', ');
  throw new UserError(`unknown release state '${text}': expected one of ${forms}`, [], 'usage');
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function kebab(state: ReleaseState): string {
  return state.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** States a release record may be created in: opened as a draft, or ready for review at once. */
export const INITIAL_STATES: readonly ReleaseState[] = ['Draft', 'PendingApproval'];

type Lifecycled = { state: ReleaseState; history: readonly HistoryEntry[] };

/**
 * Why writing `after` over `before` would change a release's state outside `transition()`; undefined when it does
 * not. The record store asks this inside its write loop, on the record as stored and as about to be written:
 * - a new record (`before` undefined) starts with exactly one entry, in an initial state;
 * - a plain update keeps the state and every history entry as they were;
 * - a transition to `to` keeps every entry and appends exactly one, a legal move to `to`.
 */
export function lifecycleBypass(
  before: Lifecycled | undefined,
  after: Lifecycled,
  to?: ReleaseState,
): string | undefined {
  if (before === undefined) {
    const [first, ...rest] = after.history;
    if (!INITIAL_STATES.includes(after.state)) {
      return `a release is created in ${INITIAL_STATES.map(describe).join(' or ')}, not ${describe(after.state)}: create it there and move it with transitionRelease`;
    }
    if (first?.state !== after.state || rest.length > 0) {
      return `a new release's history must be one entry for its state ${describe(after.state)}`;
    }
    return undefined;
  }
  const kept = after.history.slice(0, before.history.length);
  if (kept.length < before.history.length || !kept.every((e, i) => sameEntry(e, before.history[i]))) {
    return 'the history of a release is append-only: an entry was removed or rewritten';
  }
  const added = after.history.slice(before.history.length);
  if (to === undefined) {
    if (after.state !== before.state || added.length > 0) {
      return `the state of a release changes only through transitionRelease (${describe(before.state)} -> ${describe(after.state)}, ${added.length} entr${added.length === 1 ? 'y' : 'ies'} appended)`;
    }
    return undefined;
  }
  if (!canTransition(before.state, to)) return illegalMessage(before.state, to);
  if (after.state !== to || added.length !== 1 || added[0]?.state !== to) {
    return `a transition to ${describe(to)} must set that state and append exactly one entry for it`;
  }
  return undefined;
}

function sameEntry(a: HistoryEntry, b: HistoryEntry | undefined): boolean {
  return b !== undefined && a.state === b.state && a.at === b.at && a.actor === b.actor && a.note === b.note;
}

/** A write that would change a release's state around the lifecycle: a bug in the caller, never user input. */
export class LifecycleBypassError extends Error {
  override readonly name = 'LifecycleBypassError';
  constructor(
    readonly recordId: string,
    reason: string,
  ) {
    super(`release ${recordId}: ${reason}; nothing was written`);
  }
}
