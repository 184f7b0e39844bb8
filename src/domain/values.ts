import { formatValuePath, type PathSegment } from './path-syntax.js';
import { isPlainObject } from './plain-object.js';

// Values as plain data (parsed as YAML 1.2): layering (base -> environment -> tenant) for the template engine,
// lookup by path, and the flattened view and diff that Environment Compare shows. Helm workloads do not use
// this layering: Helm reads the layer files itself (YAML 1.1, its own null rules).

export type Values = Record<string, unknown>;

export interface FlatValue {
  path: string;
  value: unknown;
}

export interface ValueDiff {
  path: string;
  a: unknown;
  b: unknown;
  kind: 'added' | 'removed' | 'changed';
}

/** Own-property write that also works for a `__proto__` key read from YAML, without touching prototypes. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function hasOwn(target: object, key: string): boolean {
  return Object.hasOwn(target, key);
}

export function cloneValue<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => cloneValue(x)) as T;
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) setOwn(out, k, cloneValue(x));
    return out as T;
  }
  if (typeof v === 'object' && v !== null) return structuredClone(v);
  return v;
}

/** Merges `over` into `target` in place; `target` is already our own copy. */
function mergeInto(target: Record<string, unknown>, over: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(over)) {
    if (value === null) {
      // Our layering's rule (template engine, compare): null in a later layer removes the inherited key. Helm
      // never sees this merge: it gets each layer as its own -f file and applies its own rules (README).
      delete target[key];
      continue;
    }
    const current = hasOwn(target, key) ? target[key] : undefined;
    if (isPlainObject(value)) {
      const base: Record<string, unknown> = isPlainObject(current) ? current : {};
      mergeInto(base, value);
      setOwn(target, key, base);
    } else {
      setOwn(target, key, cloneValue(value));
    }
  }
}

/**
 * base -> environment -> tenant: objects deep-merge, arrays and scalars replace, a `null` in a later
 * layer deletes the key. Undefined layers are skipped; inputs are not mutated and share nothing with
 * the result. Nulls in the first layer are data and stay.
 */
export function layerValues(...layers: (Values | undefined)[]): Values {
  const present = layers.filter((l): l is Values => l !== undefined);
  const [first, ...rest] = present;
  if (first === undefined) return {};
  const result = cloneValue(first);
  for (const layer of rest) mergeInto(result, layer);
  return result;
}

/** The value at `segments`, or undefined when any step is missing. Numbers index lists, strings key maps. */
export function getPath(values: unknown, segments: readonly PathSegment[]): unknown {
  let node: unknown = values;
  for (const seg of segments) {
    if (typeof seg === 'number') {
      if (!Array.isArray(node) || seg < 0 || seg >= node.length) return undefined;
      node = node[seg];
    } else {
      if (!isPlainObject(node) || !hasOwn(node, seg)) return undefined;
      node = node[seg];
    }
  }
  return node;
}

/** Leaves of `values` (scalars, empty maps, empty lists) with their paths, in path order. */
export function flattenValues(values: unknown): FlatValue[] {
  const out: { segments: PathSegment[]; value: unknown }[] = [];
  walkLeaves(values, [], (segments, value) => out.push({ segments, value }));
  out.sort((x, y) => compareSegments(x.segments, y.segments));
  return out.map((e) => ({ path: formatValuePath(e.segments), value: cloneValue(e.value) }));
}

function walkLeaves(
  value: unknown,
  at: PathSegment[],
  visit: (segments: PathSegment[], value: unknown) => void,
): void {
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((x, i) => {
      walkLeaves(x, [...at, i], visit);
    });
  } else if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [k, x] of Object.entries(value)) walkLeaves(x, [...at, k], visit);
  } else if (at.length > 0 || !isPlainObject(value)) {
    // An empty root map has no leaves; any other root (a scalar) is its own leaf at path ''.
    visit(at, value);
  }
}

/** Orders paths segment by segment: list indexes numerically, keys by code unit, an index before a key. */
export function compareSegments(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return false;
}

/**
 * What changes from `a` to `b`, leaf by leaf, in path order. Maps and lists are compared inside; a
 * leaf present on one side only is added or removed; a leaf whose value (or shape) differs is changed.
 */
export function diffValues(a: unknown, b: unknown): ValueDiff[] {
  const out: { segments: PathSegment[]; a: unknown; b: unknown; kind: ValueDiff['kind'] }[] = [];
  diffAt(a, b, [], (segments, x, y, kind) => out.push({ segments, a: x, b: y, kind }));
  out.sort((x, y) => compareSegments(x.segments, y.segments));
  return out.map((d) => ({ path: formatValuePath(d.segments), a: d.a, b: d.b, kind: d.kind }));
}

type DiffSink = (segments: PathSegment[], a: unknown, b: unknown, kind: ValueDiff['kind']) => void;

const MISSING = Symbol('missing');

function diffAt(a: unknown, b: unknown, at: PathSegment[], emit: DiffSink): void {
  if (a === MISSING) {
    walkLeaves(b, at, (s, v) => emit(s, undefined, cloneValue(v), 'added'));
    return;
  }
  if (b === MISSING) {
    walkLeaves(a, at, (s, v) => emit(s, cloneValue(v), undefined, 'removed'));
    return;
  }
  if (isPlainObject(a) && isPlainObject(b) && !(isEmpty(a) !== isEmpty(b) && at.length > 0)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      diffAt(hasOwn(a, k) ? a[k] : MISSING, hasOwn(b, k) ? b[k] : MISSING, [...at, k], emit);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && !(isEmpty(a) !== isEmpty(b))) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++)
      diffAt(i < a.length ? a[i] : MISSING, i < b.length ? b[i] : MISSING, [...at, i], emit);
    return;
  }
  if (!deepEqual(a, b)) emit(at, cloneValue(a), cloneValue(b), 'changed');
}

function isEmpty(v: Record<string, unknown> | unknown[]): boolean {
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}

/** A copy of `root` with `value` at `segments`, creating maps (for keys) and lists (for indexes) on the way. */
export function setPath(root: unknown, segments: readonly PathSegment[], value: unknown): unknown {
  const [seg, ...rest] = segments;
  if (seg === undefined) return cloneValue(value);
  if (typeof seg === 'number') {
    const list: unknown[] = Array.isArray(root) ? cloneValue(root) : [];
    list[seg] = setPath(list[seg], rest, value);
    return list;
  }
  const map: Record<string, unknown> = isPlainObject(root) ? cloneValue(root) : {};
  setOwn(map, seg, setPath(hasOwn(map, seg) ? map[seg] : undefined, rest, value));
  return map;
}
