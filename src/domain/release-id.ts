// Ids of records on the state branch. A release id reads as what it is, `payment-api-prod-20261126-a1b2c3`
// (workload, environment, UTC date, 6 random hex digits), and becomes a file name (`releases/<id>.yaml`) and part
// of branch names, so every id that reaches the store must be a safe path component: no `/`, no `..`, no leading
// `-` (it could read as an option), no upper case (case-insensitive file systems would merge two ids).
// Pure: the clock and the random source are parameters.
import { NameError } from './errors.js';

/** Returns `n` random bytes. Production passes node:crypto's randomBytes; tests pass a fixed sequence. */
export type RandomSource = (n: number) => Uint8Array;

// Git refuses ref components ending in `.lock`, file systems choke on very long names: 200 leaves room for
// `releases/` and `.yaml` and for branch prefixes under the usual 255-byte limit.
const MAX_ID_LENGTH = 200;
const SAFE_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const RELEASE_ID = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-(\d{4})(\d{2})(\d{2})-[0-9a-f]{6}$/;

/** The problem with `id` as a record id (a file name on the state branch), or undefined when it is safe. */
export function checkRecordId(id: string): string | undefined {
  if (id.length === 0) return 'must not be empty';
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters (it has ${id.length})`;
  if (id.includes('/') || id.includes('\\')) return 'must not contain a slash';
  if (id.includes('..')) return "must not contain '..'";
  if (!SAFE_ID.test(id)) {
    return 'must use only lower-case letters, digits and hyphens, and start and end with a letter or digit';
  }
  return undefined;
}

/** Throws NameError when `id` cannot be a record file name; `kind` names the record in the message. */
export function assertRecordId(kind: 'release' | 'promotion', id: string): void {
  const problem = checkRecordId(id);
  if (problem) throw new NameError(`${kind} id '${id}' ${problem}`, [], 'usage');
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** True for ids made by newReleaseId: `<workload>-<env>-<YYYYMMDD>-<6 hex>` with a real calendar date. */
export function isReleaseId(s: string): boolean {
  if (checkRecordId(s) !== undefined) return false;
  const m = RELEASE_ID.exec(s);
  if (!m) return false;
  // The prefix must hold at least a workload and an environment, each a non-empty label.
  if (!m[1]?.includes('-')) return false;
  return isRealDate(Number(m[2]), Number(m[3]), Number(m[4]));
}

function utcDate(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('release id needs a valid date');
  const y = at.getUTCFullYear();
  if (y < 1000 || y > 9999) throw new RangeError(`release id needs a four-digit year, not ${y}`);
  return `${y}${String(at.getUTCMonth() + 1).padStart(2, '0')}${String(at.getUTCDate()).padStart(2, '0')}`;
}

function hex(random: RandomSource, bytes: number): string {
  const b = random(bytes);
  if (b.length < bytes) throw new RangeError(`random source returned ${b.length} bytes, wanted ${bytes}`);
  return Array.from(b.subarray(0, bytes), (x) => x.toString(16).padStart(2, '0')).join('');
}

/**
 * `payment-api-prod-20261126-a1b2c3`. Throws NameError when workload or environment would make an unsafe id
 * (callers normally validated them as names already; this is the last line before they become a path).
 */
export function newReleaseId(workload: string, environment: string, at: Date, random: RandomSource): string {
  const id = `${workload}-${environment}-${utcDate(at)}-${hex(random, 3)}`;
  if (!SAFE_ID.test(workload) || !SAFE_ID.test(environment) || !isReleaseId(id)) {
    throw new NameError(
      `cannot make a release id from workload '${workload}' and environment '${environment}': both must be ` +
        'lower-case letters, digits and hyphens, starting and ending with a letter or digit',
      [],
      'usage',
    );
  }
  return id;
}

/** `payment-api-staging-to-prod-20261126-a1b2c3`: the promotion of a workload from one environment to the next. */
export function newPromotionId(
  workload: string,
  from: string,
  to: string,
  at: Date,
  random: RandomSource,
): string {
  const id = `${workload}-${from}-to-${to}-${utcDate(at)}-${hex(random, 3)}`;
  if (![workload, from, to].every((n) => SAFE_ID.test(n)) || checkRecordId(id) !== undefined) {
    throw new NameError(
      `cannot make a promotion id from workload '${workload}', '${from}' and '${to}': each must be lower-case ` +
        'letters, digits and hyphens, starting and ending with a letter or digit',
      [],
      'usage',
    );
  }
  return id;
}
