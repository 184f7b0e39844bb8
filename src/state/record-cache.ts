// A cache of parsed and validated records, keyed by the git blob id of the file they were read from, so a second
// `gitopshq metrics`, `gitopshq dashboard` or `gitopshq release list` over a state branch of 10,000 records reads
// one local file instead of running `git cat-file`, the YAML reader and the JSON Schema validator over every record
// again (docs/architecture.md#delivery-metrics).
//
// Why it is safe: a blob id names its content, so the record parsed from a blob is the same every time, and an entry
// is only ever written after the record passed the store's checks (schema, id). What else decides the result is in
// the file's name: the format version, the release and promotion schemas, and CACHE_VERSION (the readers'
// behaviour), so a gitopshq that validates differently never reads another's entries. The id of the file a blob
// was found under is checked again on every hit (the same blob under another name is not the same record).
//
// Where: `<git dir>/gitopshq/cache/records-<key>.jsonl`, one line per record, `<blob> <record as JSON>`; written to a
// temporary file and renamed, so a reader never sees half a file; a line that does not parse is a miss. Lines are
// parsed only when their blob is wanted. Nothing outside that folder is touched; deleting it is always safe.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMAT_VERSION, schemaFor } from './schema-validate.js';

/** Bump when the readers (record-fast-parse.ts, the full parser) or this file's format change what an entry holds. */
const CACHE_VERSION = 1;

let key: string | undefined;

/** What decides an entry's content besides the blob: hashed into the file name. */
export function cacheKey(): string {
  key ??= createHash('sha256')
    .update(JSON.stringify([CACHE_VERSION, FORMAT_VERSION, schemaFor('release'), schemaFor('promotion')]))
    .digest('hex')
    .slice(0, 16);
  return key;
}

export class RecordCache {
  private lines = new Map<string, string>();
  /** Blobs whose line was read as the record asked for (only those lines are kept on store). */
  private readonly hits = new Set<string>();
  private loaded = false;

  /** `dir`: the cache folder (`<git dir>/gitopshq/cache`). */
  constructor(readonly dir: string) {}

  get file(): string {
    return join(this.dir, `records-${cacheKey()}.jsonl`);
  }

  /** Reads the cache file once; a missing or unreadable file is an empty cache. */
  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    const text = await readFile(this.file, 'utf8').catch(() => '');
    let pos = 0;
    while (pos < text.length) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      const space = text.indexOf(' ', pos);
      if (space > pos && space < eol) this.lines.set(text.slice(pos, space), text.slice(space + 1, eol));
      pos = eol + 1;
    }
  }

  /** The record stored for `blob` when it is a record with this `id`; undefined: not cached (read the blob). */
  get(blob: string, id: string): unknown {
    const line = this.lines.get(blob);
    if (line === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || (value as { id?: unknown }).id !== id)
        return undefined;
      this.hits.add(blob);
      return value;
    } catch {
      return undefined;
    }
  }

  /**
   * Replaces the cache with exactly these entries (the records at the tip just read, so entries of records no
   * longer there drop out), plus the stored entries of `keep` (records at the tip a filtered read left out), when
   * that differs from what is stored. Best effort: a cache that cannot be written is no error, the next run just
   * reads from git again.
   */
  async store(
    entries: readonly { blob: string; record: unknown }[],
    keep?: readonly string[],
  ): Promise<boolean> {
    // A filtered read (`keep` given) keeps a cache up to date but never starts one: writing every record as JSON
    // costs about what parsing them did, a price the commands that read everything (metrics, dashboard) pay once.
    if (keep !== undefined && this.lines.size === 0) return false;
    const kept = (keep ?? []).filter((blob) => this.lines.has(blob));
    const same =
      entries.length + kept.length === this.lines.size && entries.every((e) => this.hits.has(e.blob));
    if (same) return false;
    const parts: string[] = [];
    for (const { blob, record } of entries) {
      const line = this.hits.has(blob) ? this.lines.get(blob) : undefined;
      parts.push(blob, ' ', line ?? JSON.stringify(record), '\n');
    }
    for (const blob of kept) parts.push(blob, ' ', this.lines.get(blob) as string, '\n');
    try {
      await mkdir(this.dir, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, parts.join(''));
      await rename(tmp, this.file);
      // Files of another key (an older gitopshq, other schemas) are never read again by this one.
      for (const name of await readdir(this.dir)) {
        if (name.startsWith('records-') && join(this.dir, name) !== this.file && !name.endsWith('.tmp')) {
          await rm(join(this.dir, name), { force: true });
        }
      }
      return true;
    } catch {
      return false;
    }
  }
}
