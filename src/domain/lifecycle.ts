// STUB — being written by the domain helper. Signatures are the contract.
import { UserError } from './errors.js';
import type { HistoryEntry, ReleaseState } from './model.js';
export class IllegalTransitionError extends UserError {
  constructor(
    readonly from: ReleaseState,
    readonly to: ReleaseState,
  ) {
    super(`illegal release transition ${from} -> ${to}`);
  }
}
export function canTransition(_from: ReleaseState, _to: ReleaseState): boolean {
  throw new Error('not implemented yet');
}
/** Returns a new record with `state` = to and the entry appended to `history`; throws IllegalTransitionError. */
export function transition<T extends { state: ReleaseState; history: HistoryEntry[] }>(
  _record: T,
  _to: ReleaseState,
  _actor: string,
  _note?: string,
  _at?: Date,
): T {
  throw new Error('not implemented yet');
}
