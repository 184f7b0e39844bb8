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
  Deployed: ['Synced', 'Failed'],
  Synced: ['Healthy', 'Failed'],
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
