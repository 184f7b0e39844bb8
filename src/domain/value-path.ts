import type { ValueUpdate } from './model.js';
import { applyValueUpdate } from './yaml-edit.js';

// Value paths and `PATH=VALUE` updates, the language of `gitopshq set` and create-release's `updates`.

// Parsing lives in path-syntax.ts, which does not load the yaml library: actions that only read an `updates`
// input stay fast to start.
export {
  formatValuePath,
  type PathSegment,
  parseUpdate,
  parseUpdateLines,
  parseValuePath,
} from './path-syntax.js';
export { type TypedValue, typeValueText } from './yaml-scalar.js';

/**
 * Applies updates to a YAML document's text; comments, key order and every untouched line stay byte-identical.
 * Values are typed by YAML rules unless quoted. `file` names the document in error messages.
 */
export function applyValueUpdates(text: string, updates: ValueUpdate[], file: string): string {
  let out = text;
  for (const u of updates) out = applyValueUpdate(out, u, file);
  return out;
}
