import { UserError } from './errors.js';
import type { ValueUpdate } from './model.js';
import { parseValuePath } from './path-syntax.js';
import { applyValueUpdate } from './yaml-edit.js';

// Value paths and `PATH=VALUE` updates, the language of `gitopshq set` and create-release's `updates`.

export { formatValuePath, type PathSegment, parseValuePath } from './path-syntax.js';
export { type TypedValue, typeValueText } from './yaml-scalar.js';

const EXPECTED = 'expected PATH=VALUE, e.g. image.tag=1.2.3';

/** `image.tag=1.2.3` -> { path: 'image.tag', value: '1.2.3' }; throws UserError naming the argument. */
export function parseUpdate(arg: string): ValueUpdate {
  const eq = firstEqualsOutsideQuotes(arg);
  if (eq < 0) throw new UserError(`'${arg}' has no '=': ${EXPECTED}`, [], 'usage');
  const path = arg.slice(0, eq).trim();
  if (path === '') throw new UserError(`'${arg}' has no path before '=': ${EXPECTED}`, [], 'usage');
  parseValuePath(path);
  return { path, value: arg.slice(eq + 1).trim() };
}

/** The first '=' that is not inside a quoted key such as `a["x=y"]`. */
function firstEqualsOutsideQuotes(arg: string): number {
  let quote: string | undefined;
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && arg[i - 1] === '[') quote = c;
    else if (c === '=') return i;
  }
  return -1;
}

/** Parses every line of an `updates` input (blank lines and `#` comments skipped); errors name the line. */
export function parseUpdateLines(text: string): ValueUpdate[] {
  const out: ValueUpdate[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    try {
      out.push(parseUpdate(t));
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`line ${i + 1}: ${e.message}`, e.findings, e.kind);
      throw e;
    }
  });
  return out;
}

/**
 * Applies updates to a YAML document's text; comments, key order and every untouched line stay byte-identical.
 * Values are typed by YAML rules unless quoted. `file` names the document in error messages.
 */
export function applyValueUpdates(text: string, updates: ValueUpdate[], file: string): string {
  let out = text;
  for (const u of updates) out = applyValueUpdate(out, u, file);
  return out;
}
