// STUB — being written by the domain helper. Signatures are the contract.
import type { ValueUpdate } from './model.js';
export type PathSegment = string | number;
/** `a.b[2].c` -> ['a', 'b', 2, 'c']; throws UserError on malformed paths. */
export function parseValuePath(_path: string): PathSegment[] {
  throw new Error('not implemented yet');
}
/** `image.tag=1.2.3` -> { path: 'image.tag', value: '1.2.3' }; throws UserError naming the argument. */
export function parseUpdate(_arg: string): ValueUpdate {
  throw new Error('not implemented yet');
}
/**
 * Applies updates to a YAML document's text; comments, key order and every untouched line stay byte-identical.
 * Values are typed by YAML rules unless quoted. `file` names the document in error messages.
 */
export function applyValueUpdates(_text: string, _updates: ValueUpdate[], _file: string): string {
  throw new Error('not implemented yet');
}
