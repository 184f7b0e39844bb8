// What a chart upgrade asks of the workload (docs/architecture.md#release-lifecycle): the values the new chart's
// values.schema.json requires that the workload's values for the environment do not set. Pure: the charts are read
// by src/render/chart-upgrade.ts.
//
// A `required` list applies where its object exists, so a key required inside an optional object counts only when
// that object is required too or present in the values Helm would see (the chart's defaults, then the workload's).
// Listed: every required value with no value at all (Helm's schema check fails the render until it is set), and
// every value the new chart requires that the old one did not, even with a default (the reviewer should know the
// chart now depends on it and what it defaults to).
import { formatValuePath, type PathSegment } from './path-syntax.js';
import { isPlainObject } from './plain-object.js';
import { getPath, layerValues, type Values } from './values.js';

/** One chart version as the comparison needs it: its default values and its values.schema.json, if any. */
export interface ChartSide {
  version: string;
  defaults: Values;
  /** The parsed values.schema.json; undefined when the chart has none. */
  schema?: unknown;
}

export interface RequiredValue {
  /** A value path as `gitopshq set` and `updates` write it, e.g. `auth.issuer`. */
  path: string;
  /** Not required by the old chart. */
  isNew: boolean;
  /** The new chart's default for it; undefined when it has none (the render fails until the workload sets it). */
  chartDefault?: unknown;
}

// A schema that refers to itself (a tree of items) must not send the walk round forever.
const MAX_DEPTH = 32;

/** Every value path `schema` requires, given the values Helm would see (which optional objects are present). */
export function requiredValuePaths(schema: unknown, effective: unknown): string[] {
  return [...requiredSegments(schema, effective).keys()].sort();
}

function requiredSegments(schema: unknown, effective: unknown): Map<string, PathSegment[]> {
  const out = new Map<string, PathSegment[]>();
  const walk = (node: unknown, path: PathSegment[], depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const s = resolveRef(schema, node);
    if (!isPlainObject(s)) return;
    for (const part of Array.isArray(s.allOf) ? s.allOf : []) walk(part, path, depth + 1);
    const required = Array.isArray(s.required)
      ? s.required.filter((k): k is string => typeof k === 'string')
      : [];
    for (const key of required) out.set(formatValuePath([...path, key]), [...path, key]);
    const properties = isPlainObject(s.properties) ? s.properties : {};
    for (const [key, sub] of Object.entries(properties)) {
      const at = [...path, key];
      if (required.includes(key) || isPlainObject(getPath(effective, at))) walk(sub, at, depth + 1);
    }
  };
  walk(schema, [], 0);
  return out;
}

/** `{ $ref: '#/definitions/x' }` in the same document, followed; any other node as it is. */
function resolveRef(root: unknown, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < MAX_DEPTH && isPlainObject(current); hops++) {
    const ref = current.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#')) return current;
    current = pointer(root, ref.slice(1));
  }
  return current;
}

function pointer(root: unknown, ptr: string): unknown {
  if (ptr === '') return root;
  let node = root;
  for (const raw of ptr.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isPlainObject(node) ? node[key] : undefined;
  }
  return node;
}

/**
 * The values the new chart requires that the workload does not set: those with no default first, then by path.
 * `workloadValues` are the workload's layered values for the target (base, environment, tenant).
 */
export function unsetRequiredValues(input: {
  from: ChartSide | undefined;
  to: ChartSide;
  workloadValues: Values;
}): RequiredValue[] {
  const { from, to, workloadValues } = input;
  if (to.schema === undefined) return [];
  const before =
    from?.schema === undefined
      ? new Map()
      : requiredSegments(from.schema, layerValues(from.defaults, workloadValues));
  const out: RequiredValue[] = [];
  for (const [path, segments] of requiredSegments(to.schema, layerValues(to.defaults, workloadValues))) {
    if (present(getPath(workloadValues, segments))) continue;
    const chartDefault = getPath(to.defaults, segments);
    const isNew = !before.has(path);
    if (present(chartDefault) && !isNew) continue;
    out.push({ path, isNew, ...(present(chartDefault) ? { chartDefault } : {}) });
  }
  const rank = (r: RequiredValue) => (r.chartDefault === undefined ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}
