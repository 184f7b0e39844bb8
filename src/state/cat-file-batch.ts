// Reads the output of `git cat-file --batch` while git still writes it: each object is handed on as soon as its
// last byte arrives, so the records of a 10,000-record state branch are parsed on one core while git reads the
// pack on the other (npm run bench:metrics), and no copy of the whole output is ever made, as bytes or as a string.
//
// The format, per requested name: `<oid> <type> <size>\n<size bytes>\n`, or `<name> missing\n` (or `ambiguous`).
// Sizes are byte counts, so the content is cut from the bytes and decoded one object at a time: a blob that is not
// valid UTF-8 (or a commit whose message is in another encoding) costs its own text, never the objects after it.

const EMPTY = Buffer.alloc(0);

/**
 * Called once per requested name, in order; content is undefined for a name git did not find. `oid` and `type`
 * come from the object's header, only for a reader made with `{ headers: true }` (undefined otherwise, and for a
 * name git did not find): the 10,000 blobs of a metrics read need neither, so they cost no extra strings there.
 */
export type BatchObjectHandler = (
  index: number,
  content: string | undefined,
  oid: string | undefined,
  type: string | undefined,
) => void;

export class CatFileBatchReader {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  /** Bytes the next object needs before it is worth looking again (0: look at any new data). */
  private need = 0;
  private delivered = 0;
  private broken = false;
  private failure: { error: unknown } | undefined;

  private readonly headers: boolean;

  /** `onObject`: see BatchObjectHandler. An exception it throws stops the reading and is thrown again by `finish`. */
  constructor(
    private readonly expected: number,
    private readonly onObject: BatchObjectHandler,
    opts: { headers?: boolean } = {},
  ) {
    this.headers = opts.headers === true;
  }

  /** How many objects were handed on so far. */
  get count(): number {
    return this.delivered;
  }

  push(chunk: Buffer): void {
    if (this.broken || this.failure || this.delivered >= this.expected) return;
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength < this.need) return;
    const data = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    let pos = 0;
    this.need = 0;
    while (this.delivered < this.expected) {
      const eol = data.indexOf(0x0a, pos);
      if (eol < 0) {
        this.need = data.length - pos + 1;
        break;
      }
      // The header is ASCII but for a missing name, of which only the last word is read.
      const header = data.toString('latin1', pos, eol);
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        if (!this.deliver(undefined, undefined, undefined)) return;
        pos = eol + 1;
        continue;
      }
      const lastSpace = header.lastIndexOf(' ');
      const size = Number(header.slice(lastSpace + 1));
      if (!Number.isInteger(size) || size < 0) {
        this.broken = true;
        return;
      }
      const end = eol + 1 + size;
      if (end >= data.length) {
        // Not all there yet (with the newline after it): wait for the whole object.
        this.need = end + 1 - pos;
        break;
      }
      if (data[end] !== 0x0a) {
        this.broken = true;
        return;
      }
      let oid: string | undefined;
      let type: string | undefined;
      if (this.headers) {
        const firstSpace = header.indexOf(' ');
        oid = header.slice(0, firstSpace);
        type = header.slice(firstSpace + 1, lastSpace);
      }
      if (!this.deliver(data.toString('utf8', eol + 1, end), oid, type)) return;
      pos = end + 1;
    }
    const rest = pos >= data.length ? EMPTY : data.subarray(pos);
    this.pending = rest.length === 0 ? [] : [rest];
    this.pendingLength = rest.length;
  }

  /**
   * After the output ended: true when every object came whole, false when the output did not read as the format
   * (the caller then reads the objects from `count` on another way). Throws what `onObject` threw.
   */
  finish(): boolean {
    if (this.failure) throw this.failure.error;
    return !this.broken && this.delivered === this.expected;
  }

  private deliver(content: string | undefined, oid: string | undefined, type: string | undefined): boolean {
    try {
      this.onObject(this.delivered++, content, oid, type);
      return true;
    } catch (error) {
      this.failure = { error };
      return false;
    }
  }
}
