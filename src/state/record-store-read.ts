// The record store's read path (record-store.ts): turning the files of a state-branch commit into checked records.
// `readRecords` is where `gitopshq metrics` spends its time at 10,000 records (docs/architecture.md#delivery-metrics):
// one `cat-file --batch` over every record not in the cache (record-cache.ts), each record parsed as soon as git
// has written it, with the fast reader for files as the store writes them (record-fast-parse.ts) and the full YAML
// parser and validator for anything else.
import { ValidationError } from '../domain/errors.js';
import type { PromotionRecord, ReleaseRecord } from '../domain/model.js';
import type { RecordCache } from './record-cache.js';
import { fastParseRecord } from './record-fast-parse.js';
import type { KindInfo } from './record-kinds.js';
import { isValidValue, validateDocument } from './schema-validate.js';
import type { StateBranch } from './state-branch.js';

/** See RecordStore.readAll. */
export type RecordListener = (kind: 'release' | 'promotion', record: ReleaseRecord | PromotionRecord) => void;

/** What a read took from the cache. */
export interface CacheReadStats {
  hits: number;
  misses: number;
  /** Whether the cache file was written again. */
  written: boolean;
}

export interface ReadRecordsOptions {
  /** Skips records by id before their files are even read. */
  include?: (kind: 'release' | 'promotion', id: string) => boolean;
  /** Loaded already. */
  cache?: RecordCache;
  /** Called with each record as soon as it is read and checked, in no particular order. */
  onRecord?: RecordListener;
  /** The kinds whose records are returned (default: both); the others are only handed to `onRecord`. */
  collect?: readonly ('release' | 'promotion')[];
}

/**
 * Parses and validates a stored record of `branch`; ValidationError naming `<branch>:<path>` when it is not
 * valid, or when its id is not the one its file name says.
 */
export function parseRecord<T extends { id: string }>(
  branch: string,
  kind: KindInfo,
  id: string,
  text: string,
): T {
  // The shortcut for files as record-yaml.ts writes them; anything else (or anything invalid) takes the full
  // parser, which also positions the findings.
  const fast = fastParseRecord(text);
  if (fast !== undefined && isValidValue(kind.schema, fast) && (fast as T).id === id) return fast as T;
  const file = `${branch}:${kind.file(id)}`;
  const { value, findings } = validateDocument<T>(text, file, kind.schema);
  if (findings.length > 0 || value === undefined) {
    throw new ValidationError(
      findings.length > 0 ? findings : [{ file, line: 1, col: 1, message: 'not a valid YAML document' }],
    );
  }
  if (value.id !== id) {
    throw new ValidationError([
      {
        file,
        line: 1,
        col: 1,
        message: `id '${value.id}' does not match the file name (expected '${id}')`,
      },
    ]);
  }
  return value;
}

/**
 * The records of `kinds` among `blobs` (a listing of the tip, StateBranch.listTip), one list per kind in the order
 * of `kinds`. Every invalid record at once is a ValidationError. `cacheStats` is undefined without a cache.
 */
export async function readRecords(
  state: StateBranch,
  blobs: readonly { path: string; blob: string }[],
  kinds: readonly KindInfo[],
  { include, cache, onRecord, collect = ['release', 'promotion'] }: ReadRecordsOptions = {},
): Promise<{ records: (ReleaseRecord | PromotionRecord)[][]; cacheStats: CacheReadStats | undefined }> {
  /** `read`: the record was read (kept in `record` only when its kind is collected). */
  const wanted: { kind: number; id: string; blob: string; read?: boolean; record?: unknown }[] = [];
  const keep = kinds.map((kind) => collect.includes(kind.name));
  const misses: number[] = [];
  /** Records `include` left out: their cache entries are kept as they are. */
  const skipped: string[] = [];
  const prefixes = kinds.map((kind) => `${kind.dir}/`);
  for (const { path, blob } of blobs) {
    const k = prefixes.findIndex((prefix) => path.startsWith(prefix));
    const kind = kinds[k];
    if (kind === undefined || !path.endsWith('.yaml') || path.indexOf('/', kind.dir.length + 1) >= 0)
      continue;
    const id = path.slice(kind.dir.length + 1, -'.yaml'.length);
    if (include && !include(kind.name, id)) {
      skipped.push(blob);
      continue;
    }
    const record = cache?.get(blob, id);
    if (record === undefined) misses.push(wanted.length);
    else onRecord?.(kind.name, record as ReleaseRecord | PromotionRecord);
    wanted.push({ kind: k, id, blob, read: record !== undefined, ...(keep[k] ? { record } : {}) });
  }
  const findings: ValidationError['findings'] = [];
  try {
    // Each record is parsed as soon as git has written it, while git goes on with the next ones (and goes to the
    // cache file being made, record-cache.ts).
    await state.streamBlobs(
      misses.map((i) => (wanted[i] as { blob: string }).blob),
      (i, text) => {
        const entry = wanted[misses[i] as number];
        const kind = kinds[entry?.kind ?? -1];
        if (text === undefined || kind === undefined || entry === undefined) return;
        try {
          const record = parseRecord<ReleaseRecord | PromotionRecord>(state.branch, kind, entry.id, text);
          entry.read = true;
          if (keep[entry.kind]) entry.record = record;
          cache?.remember(entry.blob, record, include !== undefined);
          onRecord?.(kind.name, record);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          findings.push(...e.findings);
        }
      },
    );
    // Every broken file at once, so one look at the error says everything that needs fixing.
    if (findings.length > 0) throw new ValidationError(findings);
  } catch (e) {
    // Nothing of a failed read is kept: the cache file being made goes.
    await cache?.discard();
    throw e;
  }
  const records: (ReleaseRecord | PromotionRecord)[][] = kinds.map(() => []);
  for (const w of wanted) {
    if (w.record !== undefined) records[w.kind]?.push(w.record as ReleaseRecord | PromotionRecord);
  }
  if (cache === undefined) return { records, cacheStats: undefined };
  const written = await cache.store(
    wanted.filter((w) => w.read).map((w) => w.blob),
    include === undefined ? undefined : skipped,
  );
  return { records, cacheStats: { hits: wanted.length - misses.length, misses: misses.length, written } };
}
