// Validates a state-repo file against its JSON Schema and says what is wrong the way a person reads the file:
// positioned at the key or value to edit, in words (`environments[2].approvals.required must be >= 0`), every
// problem at once. Whether a document is valid is answered by validators compiled at build time
// (schema-validators.generated.ts, no compile at run time); ajv compiles its message-giving validator (all errors,
// with the schema beside each) only when a document is invalid, and then only for that schema.
import { Ajv2020, type ErrorObject, type SchemaObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Finding } from '../domain/errors.js';
import { checkName, type NameKind } from '../domain/names.js';
import { AJV_OPTIONS } from './schema-options.js';
import { SCHEMAS, type SchemaName } from './schema-sources.js';
import * as precompiled from './schema-validators.generated.js';
import {
  formatPath,
  type PathSegment,
  parseYamlSource,
  pointerToPath,
  type YamlSource,
} from './yaml-source.js';

export type { SchemaName } from './schema-sources.js';

/** Valid or not, with no compile: the build-time validators (scripts/generate-validators.ts). */
const VALID: Record<SchemaName, (value: unknown) => boolean> = {
  gitopshq: precompiled.gitopshq,
  workload: precompiled.workload,
  values: precompiled.values,
  release: precompiled.release,
  promotion: precompiled.promotion,
};

/** The JSON Schema of a file kind, e.g. for documentation or editors. */
export function schemaFor(name: SchemaName): SchemaObject {
  return SCHEMAS[name];
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/** The run-time validator that explains: every error, each with its schema (for the messages). */
function explainer(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    // parentSchema (verbose) lets messages list the allowed keys and the discriminator's choices.
    ajv ??= new Ajv2020({ ...AJV_OPTIONS, allErrors: true, verbose: true });
    fn = ajv.compile(SCHEMAS[name]);
    compiled.set(name, fn);
  }
  return fn;
}

/**
 * Parses YAML `text` (named `file` in findings) and validates it against schemas/<name>.schema.json.
 * Returns every problem at once, each positioned at the offending key or value; `value` is the parsed document
 * (undefined when the YAML itself could not be parsed).
 */
export function validateDocument<T>(
  text: string,
  file: string,
  schema: SchemaName,
): { value: T | undefined; findings: Finding[] } {
  const { source, findings } = checkDocument(text, file, schema);
  return { value: source.value as T | undefined, findings };
}

/** Whether an already parsed value passes schemas/<name>.schema.json (no positions: see validateDocument). */
export function isValidValue(schema: SchemaName, value: unknown): boolean {
  return VALID[schema](value) === true;
}

/** validateDocument, also returning the parsed source so callers can position findings of their own. */
export function checkDocument(
  text: string,
  file: string,
  schema: SchemaName,
): { source: YamlSource; findings: Finding[] } {
  const source = parseYamlSource(text, file);
  if (source.findings.length > 0) return { source, findings: source.findings };
  if (VALID[schema](source.value) === true) return { source, findings: [] };
  const newer = newerFormat(source);
  if (newer) return { source, findings: [newer] };
  const validate = explainer(schema);
  validate(source.value);
  return { source, findings: explain(validate.errors ?? [], source, SCHEMAS[schema]) };
}

/** The one format version this gitopshq reads (docs/architecture.md#compatibility: a major version reads its own). */
export const FORMAT_VERSION = 'gitopshq.io/v1';

/**
 * A file in a later format than this gitopshq reads (`apiVersion: gitopshq.io/v2`) gets one finding saying so, rather
 * than a list of schema errors about fields it has never heard of: the fix is upgrading gitopshq, not the file.
 */
function newerFormat(source: YamlSource): Finding | undefined {
  const value = source.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const apiVersion = (value as { apiVersion?: unknown }).apiVersion;
  const m = typeof apiVersion === 'string' ? /^gitopshq\.io\/v(\d+)(?:[a-z]+\d*)?$/.exec(apiVersion) : null;
  if (!m || apiVersion === FORMAT_VERSION || Number(m[1]) < 1) return undefined;
  const at = source.locate(['apiVersion']);
  return {
    file: source.file,
    line: at.line,
    col: at.col,
    message: `apiVersion ${apiVersion} is a format this gitopshq does not read (it reads ${FORMAT_VERSION}): the file was written by a newer gitopshq; upgrade gitopshq to the major version that wrote it (see CHANGELOG.md)`,
  };
}

interface Problem {
  path: PathSegment[];
  key: boolean;
  message: string;
}

function explain(errors: ErrorObject[], source: YamlSource, root: SchemaObject): Finding[] {
  const problems: Problem[] = [];
  const missing = new Map<string, { path: PathSegment[]; keys: string[]; freeze: boolean }>();
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    if (e.keyword === 'required') {
      // One line per object listing every missing key reads better than one line per key.
      const entry = missing.get(e.instancePath) ?? { path, keys: [], freeze: false };
      const key = (e.params as { missingProperty: string }).missingProperty;
      if (!entry.keys.includes(key)) entry.keys.push(key);
      entry.freeze ||= isFreeze(root, e.instancePath) && e.schemaPath.endsWith('/else/required');
      missing.set(e.instancePath, entry);
      continue;
    }
    const p = explainOne(e, path, source, root);
    if (p) problems.push(p);
  }
  for (const { path, keys, freeze } of missing.values()) {
    const list = keys.map((k) => `'${k}'`).join(', ');
    let message = `${prefix(path)}missing required key${keys.length > 1 ? 's' : ''} ${list}`;
    if (freeze) message += ": a freeze needs 'start' and 'end' (one-off) or 'weekly' (recurring)";
    problems.push({ path, key: false, message });
  }
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const p of problems) {
    const pos = source.locate(p.path, { key: p.key });
    const id = `${pos.line}:${pos.col}:${p.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({ file: source.file, ...pos, message: p.message });
  }
  return sortFindings(findings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.col - b.col,
  );
}

/** `environments[0]: ` — or nothing at the top level. */
function prefix(path: PathSegment[]): string {
  return path.length ? `${formatPath(path)}: ` : '';
}

function subject(path: PathSegment[]): string {
  return path.length ? formatPath(path) : 'the file';
}

// Which schema definitions are names, by object identity: ajv reports schemaPath relative to a $ref target it
// compiled on its own, so the path is not a reliable way to tell.
const NAME_DEFS = new Map<unknown, NameKind>();
for (const schema of [SCHEMAS.gitopshq, SCHEMAS.workload]) {
  const defs = (schema.$defs ?? {}) as Record<string, unknown>;
  for (const [def, kind] of [
    ['environmentName', 'environment'],
    ['tenantName', 'tenant'],
    ['workloadName', 'workload'],
  ] as const) {
    if (defs[def]) NAME_DEFS.set(defs[def], kind);
  }
}

/** What each pattern in schemas/ means, in words. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$':
    "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
  '^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$':
    "a Helm release name: lowercase letters, digits and '-', at most 53 characters",
  '^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$':
    "a git branch name: letters, digits, '.', '_', '-' and '/', without '..', '//' or a '.lock' suffix",
  '^[A-Za-z0-9][A-Za-z0-9_.-]*$': 'a GitHub team slug such as platform',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$':
    'a local date and time such as 2026-12-24T00:00, or an instant such as 2026-12-24T00:00Z',
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'a time of day as HH:MM, e.g. 18:00',
  '^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$':
    "a time of day as HH:MM, optionally after a day: '18:00' or 'fri 18:00'",
  '^1\\.[0-9]+$': "a Kubernetes minor version such as '1.33' (quoted)",
  '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))':
    'an https:// URL (http:// only for 127.0.0.1, localhost or [::1])',
  '^(?![/\\\\])(?![A-Za-z]:)': 'a path relative to the workload folder',
  '^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$':
    "a record id: lowercase letters, digits and '-', at most 200 characters",
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$':
    'an ISO 8601 UTC timestamp such as 2026-11-26T21:35:57Z',
  '^[1-9][0-9]*(s|m|h|d)$': 'a duration such as 90s, 30m, 1h or 2d (or a number of seconds)',
  '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a full git commit id: 40 (or 64) lowercase hexadecimal digits',
};

function explainOne(
  e: ErrorObject,
  path: PathSegment[],
  source: YamlSource,
  root: SchemaObject,
): Problem | undefined {
  const at = formatPath(path);
  const params = e.params as Record<string, unknown>;
  const propertyName = typeof params.propertyName === 'string' ? params.propertyName : undefined;
  // `propertyNames` itself only says "some key is bad"; the error under it says which and why.
  if (e.keyword === 'propertyNames') return undefined;
  if (propertyName !== undefined) return explainKey(e, [...path, propertyName], propertyName);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      return {
        path: [...path, key],
        key: true,
        message: `${prefix(path)}unknown key '${key}' (allowed: ${allowed.join(', ')})`,
      };
    }
    case 'type':
      return { path, key: false, message: typeMessage(path, String(params.type), source) };
    case 'const':
      return { path, key: false, message: `${subject(path)} must be '${String(params.allowedValue)}'` };
    case 'enum':
      return {
        path,
        key: false,
        message: `${subject(path)} must be one of ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        path,
        key: false,
        message: `${at} must be ${String(params.comparison)} ${String(params.limit)}`,
      };
    case 'minItems':
      return {
        path,
        key: false,
        message: `${at} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
      };
    case 'minLength':
      return {
        path,
        key: false,
        message:
          params.limit === 1
            ? `${at} must not be empty`
            : `${at} must be at least ${String(params.limit)} characters`,
      };
    case 'uniqueItems': {
      const [first, again] = [Number(params.j), Number(params.i)].sort((a, b) => a - b) as [number, number];
      return {
        path: [...path, again],
        key: false,
        message: `${formatPath([...path, again])} repeats ${formatPath([...path, first])}`,
      };
    }
    case 'pattern':
      return { path, key: false, message: patternMessage(e, path, source.sourceAt(path) ?? '') };
    case 'discriminator':
      return discriminatorProblem(e, path, root);
    case 'false schema':
      return { path, key: true, message: falseSchemaMessage(e, path, root) };
    case 'if':
      // Says only "must match then/else"; the error inside the branch is reported on its own.
      return undefined;
    default:
      return { path, key: false, message: `${subject(path)} ${e.message ?? 'is not valid'}` };
  }
}

function explainKey(e: ErrorObject, path: PathSegment[], key: string): Problem {
  const kind = nameKindOf(e);
  const nameProblem = kind ? checkName(kind, key) : undefined;
  const parent = formatPath(path.slice(0, -1));
  const words = PATTERN_WORDS[String(e.params.pattern)];
  return {
    path,
    key: true,
    message:
      nameProblem !== undefined
        ? `${parent}: ${nameProblem}`
        : `${parent}: key '${key}' is not valid${words ? `: expected ${words}` : ''}`,
  };
}

function nameKindOf(e: ErrorObject): NameKind | undefined {
  return NAME_DEFS.get(e.parentSchema);
}

function patternMessage(e: ErrorObject, path: PathSegment[], written: string): string {
  const kind = nameKindOf(e);
  const value = String(e.data);
  // Names become paths: the domain's own rule (and wording) decides, the schema pattern is its mirror.
  const nameProblem = kind ? checkName(kind, value) : undefined;
  if (nameProblem !== undefined) return `${formatPath(path)}: ${nameProblem}`;
  const words = PATTERN_WORDS[String(e.params.pattern)];
  const shown = `'${written && !/^['"]/.test(written) ? written : value}'`;
  return words
    ? `${formatPath(path)} ${shown} is not valid: expected ${words}`
    : `${formatPath(path)} ${shown} must match ${String(e.params.pattern)}`;
}

function typeMessage(path: PathSegment[], type: string, source: YamlSource): string {
  const expected = type
    .split(',')
    .map(
      (t) => ({ object: 'a mapping', array: 'a list', integer: 'an integer', null: 'empty' })[t] ?? `a ${t}`,
    )
    .join(' or ');
  const value = lookup(source.value, path);
  const got =
    value === null
      ? 'empty'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'a mapping'
          : `a ${typeof value}`;
  const written = source.sourceAt(path);
  // YAML reads 1.10 as the number 1.1 and yes as a string: quoting keeps a version as written.
  const hint =
    type === 'string' && (typeof value === 'number' || typeof value === 'boolean') && written
      ? ` (quote it to keep it as written: "${written}")`
      : '';
  if (path.length === 0)
    return value === null ? `the file must be ${expected}` : `the file must be ${expected}, not ${got}`;
  return `${formatPath(path)} must be ${expected}, not ${got}${hint}`;
}

function lookup(value: unknown, path: PathSegment[]): unknown {
  let v = value;
  for (const seg of path) v = (v as Record<string | number, unknown> | null | undefined)?.[seg];
  return v;
}

function discriminatorProblem(e: ErrorObject, path: PathSegment[], root: SchemaObject): Problem {
  const params = e.params as { error: string; tag: string; tagValue: unknown };
  const branches = ((e.parentSchema?.oneOf as { $ref?: string }[] | undefined) ?? []).map((b) =>
    resolve(root, b),
  );
  const choices = branches
    .map((b) => (b.properties as Record<string, { const?: unknown }> | undefined)?.[params.tag]?.const)
    .filter((c) => c !== undefined)
    .join(', ');
  if (params.tagValue === undefined) {
    return {
      path,
      key: false,
      message: `${prefix(path)}missing required key '${params.tag}' (one of ${choices})`,
    };
  }
  const tagPath = [...path, params.tag];
  return { path: tagPath, key: false, message: `${formatPath(tagPath)} must be one of ${choices}` };
}

function resolve(root: SchemaObject, schema: { $ref?: string }): SchemaObject {
  if (!schema.$ref?.startsWith('#/')) return schema;
  let s: unknown = root;
  for (const seg of schema.$ref.slice(2).split('/')) s = (s as Record<string, unknown>)[seg];
  return s as SchemaObject;
}

/** A freeze window's if/then/else (start+end or weekly) deserves its own words; found by where the data is. */
function isFreeze(root: SchemaObject, instancePath: string): boolean {
  return root === SCHEMAS.gitopshq && /^\/freezes\/\d+(\/(start|end))?$/.test(instancePath);
}

function falseSchemaMessage(e: ErrorObject, path: PathSegment[], root: SchemaObject): string {
  if (isFreeze(root, e.instancePath)) {
    return `${formatPath(path)} cannot be combined with weekly: a freeze is either one-off (start and end) or recurring (weekly)`;
  }
  return `${formatPath(path)} is not allowed here`;
}
