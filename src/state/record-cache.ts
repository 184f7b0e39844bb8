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
//
// A record read from git is written to the temporary file as soon as it is parsed (remember), while git writes the
// next ones: turned into JSON at once it is still fresh in memory, and its bytes leave the JavaScript heap at once.
// Holding 10,000 lines until the end, then joining them, cost about as much again as parsing the records (the
// garbage collector copies every line and record the longer they live young).
import { createHash } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
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
  /** Blobs whose line remember() has written to the file being made. */
  private readonly fresh = new Set<string>();
  private writer: LineWriter | undefined;
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
   * A record just parsed and accepted from `blob`: its line goes to the file being made now (see the top of this
   * file); store() finishes the file. `filtered`: the read leaves records out, and such a read never starts a cache
   * (see store).
   */
  remember(blob: string, record: unknown, filtered: boolean): void {
    if (filtered && this.lines.size === 0) return;
    this.writer ??= new LineWriter(`${this.file}.${process.pid}.tmp`, this.dir);
    this.writer.add(blob, JSON.stringify(record));
    this.fresh.add(blob);
  }

  /** Drops the file being made (the read failed: nothing it read may be kept). */
  async discard(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    this.fresh.clear();
    await writer?.abandon();
  }

  /**
   * Replaces the cache with exactly the entries of `blobs` (the records at the tip just read, so entries of records no
   * longer there drop out), plus the stored entries of `keep` (records at the tip a filtered read left out), when
   * that differs from what is stored. Best effort: a cache that cannot be written is no error, the next run just
   * reads from git again.
   */
  async store(blobs: readonly string[], keep?: readonly string[]): Promise<boolean> {
    // A filtered read (`keep` given) keeps a cache up to date but never starts one: writing every record as JSON
    // costs about what parsing them did, a price the commands that read everything (metrics, dashboard) pay once.
    if (keep !== undefined && this.lines.size === 0) {
      await this.discard();
      return false;
    }
    const kept = (keep ?? []).filter((blob) => this.lines.has(blob));
    const same = blobs.length + kept.length === this.lines.size && blobs.every((b) => this.hits.has(b));
    if (same) {
      await this.discard();
      return false;
    }
    const writer = this.writer ?? new LineWriter(`${this.file}.${process.pid}.tmp`, this.dir);
    this.writer = undefined;
    // A record read from git has its line written already (remember); one from the cache keeps its line.
    for (const blob of blobs) {
      const line = this.fresh.has(blob) || !this.hits.has(blob) ? undefined : this.lines.get(blob);
      if (line !== undefined) writer.add(blob, line);
    }
    for (const blob of kept) writer.add(blob, this.lines.get(blob) as string);
    this.fresh.clear();
    if (!(await writer.finish(this.file))) return false;
    try {
      // Files of another key (an older gitopshq, other schemas) are never read again by this one; a temporary file
      // is another run's file being made, unless it is an hour old (a run killed while reading).
      const stale = Date.now() - 3_600_000;
      for (const name of await readdir(this.dir)) {
        const path = join(this.dir, name);
        if (!name.startsWith('records-') || path === this.file) continue;
        if (name.endsWith('.tmp') && (await stat(path)).mtimeMs > stale) continue;
        await rm(path, { force: true });
      }
    } catch {
      // Best effort, as the rest.
    }
    return true;
  }
}

/**
 * `<blob> <line>\n` lines into a temporary file through buffers of a megabyte, each written out (in the
 * background) once full. Never throws: a failed write makes finish() false and the file is removed.
 */
class LineWriter {
  private static readonly SIZE = 1024 * 1024;
  private buffer: Buffer = Buffer.allocUnsafe(LineWriter.SIZE);
  private used = 0;
  /** Buffers written out, to fill again. */
  private readonly spare: Buffer[] = [];
  /** The writes so far, one after the other; false once one failed. */
  private done: Promise<boolean>;
  private file: FileHandle | undefined;

  constructor(
    private readonly tmp: string,
    dir: string,
  ) {
    this.done = mkdir(dir, { recursive: true })
      .then(() => open(tmp, 'w'))
      .then(
        (file) => {
          this.file = file;
          return true;
        },
        () => false,
      );
  }

  add(blob: string, line: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8: a line that might not fit goes out after what is buffered.
    const most = blob.length + line.length * 3 + 2;
    if (this.used + most > this.buffer.length) {
      this.send();
      if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    }
    this.used += this.buffer.write(blob, this.used, 'latin1');
    this.buffer[this.used++] = 0x20;
    this.used += this.buffer.write(line, this.used);
    this.buffer[this.used++] = 0x0a;
  }

  /**
   * Hands the buffered bytes to the queue of writes and goes on in a buffer already written out (fresh memory costs
   * a page fault per 4 KB on first touch: 15 MB of new buffers took longer than encoding the lines into them).
   */
  private send(): void {
    if (this.used === 0) return;
    const full = this.buffer;
    const bytes = full.subarray(0, this.used);
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(LineWriter.SIZE);
    this.used = 0;
    this.done = this.done.then(async (ok) => {
      if (!ok || this.file === undefined) return false;
      try {
        for (let at = 0; at < bytes.length; ) {
          at += (await this.file.write(bytes, at, bytes.length - at)).bytesWritten;
        }
        if (full.length === LineWriter.SIZE) this.spare.push(full);
        return true;
      } catch {
        return false;
      }
    });
  }

  /** Writes what is left and renames the file to `to`; false (and no file left) when any of it failed. */
  async finish(to: string): Promise<boolean> {
    this.send();
    let ok = await this.done;
    try {
      await this.file?.close();
      if (ok) await rename(this.tmp, to);
    } catch {
      ok = false;
    }
    if (!ok) await rm(this.tmp, { force: true }).catch(() => {});
    return ok;
  }

  async abandon(): Promise<void> {
    await this.done;
    await this.file?.close().catch(() => {});
    await rm(this.tmp, { force: true }).catch(() => {});
  }
}
