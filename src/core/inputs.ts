// The one place that turns the runner's INPUT_* strings into a typed settings object. Every input is checked
// and every problem collected, so a user with three mistakes fixes them in one round trip, not three.
import { UserError } from '../domain/errors.js';
import type { ValueUpdate } from '../domain/model.js';
import { checkName, type NameKind } from '../domain/names.js';
import { parseUpdateLines } from '../domain/path-syntax.js';
import { COMMIT_TIME_PROBLEM, commitTime } from '../domain/release-dispatch.js';
import { checkRecordId } from '../domain/release-id.js';

interface Base {
  /** The runner never enforces `required`; we do, with a message naming the input. */
  required?: boolean;
  /** The default as written in action.yml, parsed like a value the user typed. */
  default?: string;
}

export type InputDef =
  | (Base & { kind: 'string' })
  | (Base & { kind: 'boolean' })
  | (Base & { kind: 'enum'; values: readonly string[] })
  | (Base & { kind: 'duration' })
  | (Base & { kind: 'json' })
  | (Base & { kind: 'integer'; min?: number })
  | (Base & { kind: 'updates' })
  | (Base & { kind: 'name'; name: NameKind })
  | (Base & { kind: 'names'; name: NameKind })
  | (Base & { kind: 'id' })
  | (Base & { kind: 'path' })
  | (Base & { kind: 'branch' })
  /** A point in time (ISO 8601, such as a commit's timestamp), read as ISO 8601 UTC. */
  | (Base & { kind: 'time' })
  /** A credential: masked before anything is logged; `token` defaults to `${{ github.token }}` in action.yml. */
  | (Omit<Base, 'default'> & { kind: 'secret'; multiline?: boolean; githubToken?: boolean });

export type InputSpec = Readonly<Record<string, InputDef>>;

interface KindValue {
  string: string;
  boolean: boolean;
  enum: string;
  duration: number;
  json: unknown;
  integer: number;
  updates: ValueUpdate[];
  name: string;
  names: string[];
  id: string;
  path: string;
  branch: string;
  time: string;
  secret: string;
}

type ValueOf<D extends InputDef> = D extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : KindValue[D['kind']];

/** Lists always have a value (possibly empty); others are undefined when neither given nor defaulted. */
type Present<D extends InputDef> = D extends { required: true }
  ? true
  : D extends { default: string }
    ? true
    : D extends { kind: 'updates' | 'names' | 'boolean' }
      ? true
      : false;

export type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

export type InputsOf<S extends InputSpec> = {
  -readonly [K in keyof S & string as CamelCase<K>]: Present<S[K]> extends true
    ? ValueOf<S[K]>
    : ValueOf<S[K]> | undefined;
};

export function camelCase<S extends string>(name: S): CamelCase<S> {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) as CamelCase<S>;
}

/** The environment variable the runner sets for an input: upper-cased, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export type InputSource = (name: string) => string;

export const envInputSource =
  (env: NodeJS.ProcessEnv = process.env): InputSource =>
  (name) =>
    env[inputEnvName(name)] ?? '';

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
// git check-ref-format's rules, restricted further to what is safe to show in a path and a URL.
const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;

/** Milliseconds in `90s`, `10m`, `1h30m`; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m || text === '') return undefined;
  const [, h = '0', min = '0', s = '0'] = m;
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}

function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function parseKind(def: InputDef, raw: string): { value: unknown } | { problem: string } {
  const shown = JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);
  switch (def.kind) {
    case 'string':
    case 'secret':
      return { value: raw };
    case 'boolean':
      if (TRUE.includes(raw)) return { value: true };
      if (FALSE.includes(raw)) return { value: false };
      return { problem: `${shown} is not a boolean: use true or false` };
    case 'enum':
      return def.values.includes(raw)
        ? { value: raw }
        : { problem: `${shown} is not one of ${def.values.join(', ')}` };
    case 'duration': {
      const ms = parseDuration(raw);
      return ms === undefined || ms === 0
        ? { problem: `${shown} is not a duration: write it like 90s, 10m, 1h or 1h30m` }
        : { value: ms };
    }
    case 'json':
      try {
        return { value: JSON.parse(raw) };
      } catch (e) {
        return { problem: `is not valid JSON (${(e as Error).message})` };
      }
    case 'integer': {
      const min = def.min ?? 1;
      return /^\d+$/.test(raw) && Number(raw) >= min && Number.isSafeInteger(Number(raw))
        ? { value: Number(raw) }
        : { problem: `${shown} is not a whole number >= ${min}` };
    }
    case 'updates':
      return parseUpdatesInput(raw);
    case 'name': {
      const problem = checkName(def.name, raw);
      return problem ? { problem } : { value: raw };
    }
    case 'names': {
      const names = splitList(raw);
      const problems = names.map((n) => checkName(def.name, n)).filter((p) => p !== undefined);
      return problems.length ? { problem: problems.join('; ') } : { value: [...new Set(names)] };
    }
    case 'id': {
      const problem = checkRecordId(raw);
      return problem ? { problem: `${shown} is not a release id: it ${problem}` } : { value: raw };
    }
    case 'path':
      return raw.includes('\0') ? { problem: 'contains a NUL character' } : { value: raw };
    case 'branch':
      return BRANCH.test(raw) && !raw.includes('..') && !raw.startsWith('/') && !raw.endsWith('/')
        ? { value: raw }
        : { problem: `${shown} is not a branch name: letters, digits, '.', '_', '-' and '/' only` };
    case 'time': {
      const at = commitTime(raw);
      return at === undefined ? { problem: `${shown} ${COMMIT_TIME_PROBLEM}` } : { value: at };
    }
  }
}

function parseUpdatesInput(raw: string): { value: ValueUpdate[] } | { problem: string } {
  try {
    return { value: parseUpdateLines(raw) };
  } catch (e) {
    if (e instanceof UserError) return { problem: e.message };
    throw e;
  }
}

/**
 * The runner masks a multi-line value only where it appears whole, so each line's secret part is masked too.
 * For `key: value` lines only the value is masked, and short ones not at all: masking `apiVersion: v1` would
 * turn every later mention of it in the log into `***`.
 */
function secretLines(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split('\n')) {
    const text = line.trim().replace(/^- /, '');
    const kv = /^[\w.-]+:\s*(.*)$/.exec(text);
    const candidate = (kv ? (kv[1] ?? '') : text).replace(/^(["'])(.*)\1$/, '$2');
    if (candidate.length >= 8) out.push(candidate);
  }
  return out;
}

export interface InputProblem {
  input: string;
  problem: string;
}

export type InputCheck<S extends InputSpec> = (inputs: Partial<InputsOf<S>>) => InputProblem[];

/** The raw text of every credential input, for masking before anything else happens. */
export function secretValues(spec: InputSpec, source: InputSource): string[] {
  const values: string[] = [];
  for (const [name, def] of Object.entries(spec)) {
    if (def.kind !== 'secret') continue;
    const raw = source(name).trim();
    if (raw === '') continue;
    values.push(raw);
    if (def.multiline) values.push(...secretLines(raw));
  }
  return values;
}

/**
 * Reads and checks every input of `spec`. Throws one UserError listing every problem (`- draft: "yes" is not a
 * boolean: use true or false`), kind `usage`, with the problems in `problems` for callers that want them.
 */
export function readInputs<S extends InputSpec>(
  spec: S,
  source: InputSource = envInputSource(),
  /** Rules across inputs; gets the inputs that parsed (a bad one is undefined) so its problems join the rest. */
  check?: InputCheck<S>,
): InputsOf<S> {
  const out: Record<string, unknown> = {};
  const problems: InputProblem[] = [];
  for (const [name, def] of Object.entries(spec)) {
    const given = source(name).trim();
    const fromDefault = given === '' && def.kind !== 'secret' && def.default !== undefined;
    const raw = fromDefault ? (def as Base).default! : given;
    const key = camelCase(name);
    if (raw === '') {
      if (def.required) problems.push({ input: name, problem: "is required: set it in the step's `with:`" });
      if (def.kind === 'updates' || def.kind === 'names') out[key] = [];
      else if (def.kind === 'boolean') out[key] = false;
      else out[key] = undefined;
      continue;
    }
    const parsed = parseKind(def, raw);
    if ('problem' in parsed) {
      problems.push({ input: name, problem: fromDefault ? `default ${parsed.problem}` : parsed.problem });
    } else out[key] = parsed.value;
  }
  if (check) problems.push(...check(out as Partial<InputsOf<S>>));
  if (problems.length) throw new InputError(problems);
  return out as InputsOf<S>;
}

export class InputError extends UserError {
  override readonly name = 'InputError';
  constructor(readonly problems: InputProblem[]) {
    const head = problems.length === 1 ? '1 input needs changing' : `${problems.length} inputs need changing`;
    super(`${head}:\n${problems.map((p) => `- ${p.input}: ${p.problem}`).join('\n')}`, [], 'usage');
  }
}
