// The `client_payload` of a `repository_dispatch` that asks for a release (the application repository's "PATCH
// values" webhook, documented in README.md): `{workload, environment, updates: [{path, value}], tenants?, notes?,
// chartVersion?, committedAt?}` (a chart upgrade may come with no value updates at all; `committedAt`: when the
// application commit that asked for the release was made, e.g. `github.event.head_commit.timestamp`; the release's
// lead time starts there).
// Anyone who can dispatch to the repository writes it, so every field is checked before it names a file or a branch,
// and every problem is reported at once.
import { UserError } from './errors.js';
import type { ValueUpdate } from './model.js';
import { checkName } from './names.js';
import { parseValuePath } from './path-syntax.js';

export interface ReleaseDispatch {
  workload: string;
  environment: string;
  updates: ValueUpdate[];
  tenants: string[];
  notes?: string;
  chartVersion?: string;
  /** The source commit's time, ISO 8601 UTC (normalized from the payload's `committedAt`). */
  sourceCommittedAt?: string;
}

const MAX_VALUE = 1024;
const MAX_NOTES = 20_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a dispatch payload; throws one usage UserError listing every problem (`client_payload.<field>: ...`). */
export function parseReleaseDispatch(payload: unknown): ReleaseDispatch {
  const problems: string[] = [];
  const p = isRecord(payload) ? payload : {};
  if (!isRecord(payload)) problems.push('client_payload: must be an object');
  const name = (field: 'workload' | 'environment'): string => {
    const v = p[field];
    if (typeof v !== 'string') {
      problems.push(`client_payload.${field}: is required, a string`);
      return '';
    }
    const problem = checkName(field, v);
    if (problem) problems.push(`client_payload.${field}: ${problem}`);
    return v;
  };
  const workload = name('workload');
  const environment = name('environment');
  let chartVersion: string | undefined;
  if (p.chartVersion !== undefined) {
    // The same shape create-release checks for the `chart-version` input; it becomes a YAML string in workload.yaml.
    if (typeof p.chartVersion !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/.test(p.chartVersion))
      problems.push('client_payload.chartVersion: must be a chart version such as "1.2.3"');
    else chartVersion = p.chartVersion;
  }
  const updates: ValueUpdate[] = [];
  if (p.updates === undefined && p.chartVersion !== undefined) {
    // A chart upgrade alone.
  } else if (!Array.isArray(p.updates) || p.updates.length === 0) {
    problems.push(
      'client_payload.updates: is required, a non-empty list of {path, value} (or give chartVersion for a chart upgrade)',
    );
  } else {
    p.updates.forEach((u: unknown, i) => {
      const checked = checkUpdate(u, `client_payload.updates[${i}]`);
      if (typeof checked === 'string') problems.push(checked);
      else updates.push(checked);
    });
  }
  const tenants: string[] = [];
  if (p.tenants !== undefined) {
    if (!Array.isArray(p.tenants)) problems.push('client_payload.tenants: must be a list of tenant names');
    else
      p.tenants.forEach((t: unknown, i) => {
        const problem = typeof t === 'string' ? checkName('tenant', t) : 'must be a string';
        if (problem) problems.push(`client_payload.tenants[${i}]: ${problem}`);
        else tenants.push(t as string);
      });
  }
  let notes: string | undefined;
  if (p.notes !== undefined) {
    if (typeof p.notes !== 'string') problems.push('client_payload.notes: must be a string');
    else if (p.notes.length > MAX_NOTES)
      problems.push(`client_payload.notes: longer than ${MAX_NOTES} characters`);
    else notes = p.notes;
  }
  let sourceCommittedAt: string | undefined;
  if (p.committedAt !== undefined) {
    sourceCommittedAt = commitTime(p.committedAt);
    if (sourceCommittedAt === undefined) problems.push(`client_payload.committedAt: ${COMMIT_TIME_PROBLEM}`);
  }
  if (problems.length > 0) {
    const n = problems.length;
    throw new UserError(
      `the repository_dispatch payload has ${n} problem${n === 1 ? '' : 's'}:\n${problems.map((x) => `- ${x}`).join('\n')}`,
      [],
      'usage',
    );
  }
  return {
    workload,
    environment,
    updates,
    tenants,
    ...(notes !== undefined ? { notes } : {}),
    ...(chartVersion !== undefined ? { chartVersion } : {}),
    ...(sourceCommittedAt !== undefined ? { sourceCommittedAt } : {}),
  };
}

export const COMMIT_TIME_PROBLEM = 'must be a time such as 2026-11-30T09:15:00Z';

/**
 * A commit time as the payload's `committedAt` and create-release's `committed-at` input give it (such as
 * `github.event.head_commit.timestamp`, `2026-11-30T10:15:00+01:00`), as ISO 8601 UTC; undefined: not a time.
 */
export function commitTime(value: unknown): string | undefined {
  const t = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** One `{path, value}` of the payload, or the problem with it. */
function checkUpdate(u: unknown, at: string): ValueUpdate | string {
  if (!isRecord(u)) return `${at}: must be an object {path, value}`;
  const { path, value } = u;
  if (typeof path !== 'string' || path.trim() === '') return `${at}.path: is required, a string`;
  try {
    parseValuePath(path);
  } catch (e) {
    return `${at}.path: ${(e as Error).message}`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return { path, value: String(value) };
  if (typeof value === 'boolean') return { path, value: String(value) };
  if (typeof value !== 'string') return `${at}.value: must be a string, a number or a boolean`;
  if (/[\r\n]/.test(value)) return `${at}.value: must be a single line`;
  if (value.length > MAX_VALUE) return `${at}.value: longer than ${MAX_VALUE} characters`;
  // A string stays a string in YAML (`"1.10"`, not the number 1.1), as the application sent it.
  return { path, value: JSON.stringify(value) };
}
