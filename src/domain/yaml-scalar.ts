import { isCollection, isScalar, parseDocument, Scalar } from 'yaml';
import { UserError } from './errors.js';

// How a value typed by a user (`1.10`, `"1.10"`, `true`, `[a, b]`) becomes data, and how data is
// written back as scalar text that reads the same — in YAML 1.2 (us) and YAML 1.1 (Helm's parser).

export interface TypedValue {
  /** The data the value text stands for. */
  value: unknown;
  /** Text that reads back as `value` when written verbatim (numbers, booleans, null, flow collections, quoted strings). */
  raw?: string;
}

/** A quoted or plain scalar style; anything else (block scalars) counts as plain. */
export type QuoteStyle = 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'PLAIN';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** First characters that make a plain scalar mean something else (alias, anchor, tag, block, reserved...). */
const INDICATOR_START = /^[,[\]{}#&*!|>'"%@`]/;
const FLOW_CHARS = /[,[\]{}]/;

function typingError(text: string, problem: string): UserError {
  return new UserError(`value '${text}' ${problem}`, [], 'usage');
}

/**
 * Reads the value text of `path=value` by YAML 1.2 core rules: `3` is a number, `true` a boolean,
 * `1.10` the float 1.1, `null`/`~` null, `"1.10"` or `'1.10'` the string 1.10, `[a, b]` a list.
 * An empty value is the empty string; text that is not one clean plain scalar (`a: b`, `x # y`,
 * `*ref`) is taken as the string it spells.
 */
export function typeValueText(text: string): TypedValue {
  // A line break cannot come from one line of `updates`: whoever passes it means the exact string.
  if (/[\r\n]/.test(text)) return { value: text };
  const t = text.trim();
  if (t === '') return { value: '' };
  const first = t[0];
  if (first === '"' || first === "'") {
    const node = soleNode(t);
    if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
      return { value: node.value, raw: t };
    }
    throw typingError(
      t,
      `starts with a quote but is not one quoted string; quote the whole value, e.g. "${t.replace(/["\\]/g, '\\$&')}"`,
    );
  }
  if (first === '[' || first === '{') {
    const node = soleNode(t);
    if (isCollection(node) && node.flow) {
      const doc = parseDocument(t);
      return { value: doc.toJS(), raw: t };
    }
    throw typingError(
      t,
      `looks like a flow ${first === '[' ? 'list' : 'map'} but does not parse as one; fix it, or quote it ('${t.replace(/'/g, "''")}') to set a string`,
    );
  }
  const node = soleNode(t);
  if (isScalar(node) && node.type === 'PLAIN') {
    return node.value === t ? { value: t } : { value: node.value, raw: t };
  }
  return { value: t };
}

/** The one node `text` is made of, with nothing around it (no comment, tag, anchor, second node), or undefined. */
function soleNode(text: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || doc.warnings.length > 0 || doc.commentBefore || doc.comment) return undefined;
  const node = doc.contents;
  if (node === null || !node.range || node.range[0] !== 0 || node.range[1] !== text.length) return undefined;
  if (node.tag || node.anchor || node.comment || node.commentBefore) return undefined;
  return node;
}

export type ScalarPosition = 'block-value' | 'flow-value' | 'key';

/** True when `s` written bare reads back as the same string in YAML 1.2 and 1.1, at `position`. */
export function isSafePlain(s: string, position: ScalarPosition): boolean {
  if (s === '' || s !== s.trim() || UNPRINTABLE.test(s) || INDICATOR_START.test(s)) return false;
  if (/^[-?:](\s|$)/.test(s) || s === '---' || s === '...') return false;
  if (position !== 'block-value' && FLOW_CHARS.test(s)) return false;
  const probe =
    position === 'key'
      ? { src: `${s}: x\n`, at: 'key' }
      : position === 'flow-value'
        ? { src: `[${s}]\n`, at: 'item' }
        : { src: `k: ${s}\n`, at: 'value' };
  for (const version of ['1.2', '1.1'] as const) {
    const doc = parseDocument(probe.src, { version });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    const root = doc.contents;
    let node: unknown;
    if (probe.at === 'item') {
      node = isCollection(root) && root.items.length === 1 ? root.items[0] : undefined;
    } else {
      const pair = isCollection(root) && root.items.length === 1 ? root.items[0] : undefined;
      node =
        pair && typeof pair === 'object' && 'key' in pair
          ? probe.at === 'key'
            ? pair.key
            : pair.value
          : undefined;
    }
    if (!(node instanceof Scalar) || node.type !== 'PLAIN' || node.value !== s || node.tag || node.anchor)
      return false;
  }
  return true;
}

/** `s` as a quoted scalar in `style`; single quotes give way to double where they cannot express `s` on one line. */
export function quoteString(s: string, style: 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'): string {
  if (style === 'QUOTE_SINGLE' && !UNPRINTABLE.test(s) && !s.includes('\t'))
    return `'${s.replace(/'/g, "''")}'`;
  // JSON string syntax is a subset of YAML 1.2 double-quoted scalars and always fits on one line.
  return JSON.stringify(s);
}

/**
 * Scalar text for `typed` at a place that held a scalar of style `old` (PLAIN when new).
 * Non-strings are written as the user typed them; strings keep an existing quote style, stay bare
 * when that is safe, and are quoted otherwise.
 */
export function renderValue(
  typed: TypedValue,
  old: QuoteStyle,
  position: 'block-value' | 'flow-value',
): string {
  if (typeof typed.value !== 'string') {
    if (typed.raw === undefined) throw new Error(`bug: typed value without its text: ${String(typed.value)}`);
    return typed.raw;
  }
  const s = typed.value;
  if (old !== 'PLAIN') return quoteString(s, old);
  if (typed.raw !== undefined) return typed.raw;
  return isSafePlain(s, position) ? s : quoteString(s, 'QUOTE_DOUBLE');
}

/** A map key as written in new lines: bare when safe, double-quoted otherwise. */
export function renderKey(key: string): string {
  return isSafePlain(key, 'key') ? key : quoteString(key, 'QUOTE_DOUBLE');
}
