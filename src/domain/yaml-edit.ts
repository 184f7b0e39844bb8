import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { type Finding, UserError } from './errors.js';
import type { ValueUpdate } from './model.js';
import { formatValuePath, type PathSegment, parseValuePath } from './path-syntax.js';
import { deepEqual, getPath, setPath } from './values.js';
import { type QuoteStyle, renderKey, renderValue, type TypedValue, typeValueText } from './yaml-scalar.js';

// Edits a YAML document as text: every change is a splice at a node's source range or new lines
// after a block, so comments, order, blank lines and untouched bytes survive exactly.

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** How the node being looked at hangs in the document; needed to replace it with a block. */
type Holder =
  | { kind: 'root' }
  | { kind: 'pair'; map: YAMLMap; pair: Pair }
  | { kind: 'item'; seq: YAMLSeq; index: number };

class Editor {
  private readonly lineCounter = new LineCounter();
  private doc: Document.Parsed | undefined;
  private readonly eol: string;
  readonly segments: PathSegment[];
  typed: TypedValue;

  constructor(
    readonly text: string,
    readonly update: ValueUpdate,
    readonly file: string,
  ) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.segments = parseValuePath(update.path);
    this.typed = typeValueText(update.value);
  }

  run(): string {
    const doc = parseDocument(this.text, { lineCounter: this.lineCounter, prettyErrors: false });
    this.doc = doc;
    const problem = doc.errors[0];
    if (problem) {
      const why =
        problem.code === 'MULTIPLE_DOCS'
          ? 'it holds several YAML documents (---); a values file holds one'
          : problem.message.split(' at line ')[0];
      throw this.fail(problem.pos[0], `${this.file} is not valid YAML: ${why}; fix it first`);
    }
    let node: unknown = doc.contents;
    let holder: Holder = { kind: 'root' };
    const segs = this.segments;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!;
      const here = formatValuePath(segs.slice(0, i)) || 'the document';
      if (isAlias(node))
        throw this.fail(
          this.at(holder, node),
          `${here} is an alias (*${node.source}); set the anchored value instead`,
        );
      if (isEmptyNode(node)) return this.apply(this.replaceEmpty(holder, node, i));
      if (isMap(node)) {
        if (typeof seg === 'number')
          throw this.fail(this.at(holder, node), `${here} is a map, not a list; use a key, not [${seg}]`);
        const pair = node.items.find((p) => keyMatches(p.key, seg));
        if (!pair) return this.apply(this.insertInMap(node, i, here));
        holder = { kind: 'pair', map: node, pair };
        node = pair.value;
        continue;
      }
      if (isSeq(node)) {
        if (typeof seg !== 'number') {
          throw this.fail(
            this.at(holder, node),
            `${here} is a list, not a map; use an index such as ${indexHint(here)}`,
          );
        }
        if (seg < node.items.length) {
          holder = { kind: 'item', seq: node, index: seg };
          node = node.items[seg];
          continue;
        }
        if (seg === node.items.length) return this.apply(this.appendToSeq(node, i, here));
        throw this.fail(
          this.at(holder, node),
          `${here} has ${plural(node.items.length, 'item')}; [${seg}] is past the end (use [${node.items.length}] to append)`,
        );
      }
      throw this.fail(
        this.at(holder, node),
        `${here} is a ${describeScalar(node)}, not a map or list, so nothing can be set under it`,
      );
    }
    return this.apply(this.replaceTarget(holder, node));
  }

  private replaceTarget(holder: Holder, node: unknown): Edit[] {
    const path = this.update.path;
    const flow =
      holder.kind !== 'root' && (holder.kind === 'pair' ? holder.map.flow : holder.seq.flow) === true;
    const position = flow ? 'flow-value' : 'block-value';
    if (isAlias(node))
      throw this.fail(
        this.at(holder, node),
        `${path} is an alias (*${node.source}); set the anchored value instead`,
      );
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag) {
      throw this.fail(this.at(holder, node), `${path} has an explicit tag (${node.tag}); edit it by hand`);
    }
    if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      const old: QuoteStyle =
        typeof node.value === 'string' && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
          ? node.type
          : 'PLAIN';
      // A string stays a string: `image.tag=1.10` on `tag: "1.4.1"` must not become the float 1.1 (Helm
      // would deploy image `:1.1`). Numbers and booleans typed bare keep their text as the string.
      if (
        typeof node.value === 'string' &&
        (typeof this.typed.value === 'number' || typeof this.typed.value === 'boolean') &&
        this.typed.raw !== undefined
      ) {
        this.typed = { value: this.typed.raw };
      }
      let text = renderValue(this.typed, old, position);
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        // A block scalar's range runs through its last line break; keep the breaks so the next key stays put.
        text += /(?:\r?\n[ \t]*)*$/.exec(this.text.slice(start, end))?.[0] ?? '';
      }
      if (start === end) text = this.padEmpty(start, text);
      return [{ start, end, text }];
    }
    if ((isMap(node) || isSeq(node)) && node.range) {
      if (node.flow)
        return [
          { start: node.range[0], end: node.range[1], text: renderValue(this.typed, 'PLAIN', position) },
        ];
      const what = isMap(node)
        ? `a map with ${plural(node.items.length, 'key')}`
        : `a list with ${plural(node.items.length, 'item')}`;
      const hint = isMap(node) ? `${path}.KEY=VALUE` : `${path}[0]=VALUE`;
      throw this.fail(
        this.at(holder, node),
        `${path} is ${what}; set one entry (${hint}) or edit the file by hand to replace it`,
      );
    }
    throw this.fail(undefined, `${path} cannot be set here; edit the file by hand`);
  }

  /** `{}`, `[]`, `~`, an empty value or an empty document at segment `i`: replace it with a block holding the rest. */
  private replaceEmpty(holder: Holder, node: Node | null, i: number): Edit[] {
    const here = formatValuePath(this.segments.slice(0, i)) || 'the document';
    const seg = this.segments[i]!;
    if (isMap(node) && typeof seg === 'number')
      throw this.fail(this.at(holder, node), `${here} is a map, not a list; use a key, not [${seg}]`);
    if (isSeq(node) && typeof seg !== 'number')
      throw this.fail(
        this.at(holder, node),
        `${here} is a list, not a map; use an index such as ${indexHint(here)}`,
      );
    if (typeof seg === 'number' && seg !== 0) {
      throw this.fail(this.at(holder, node), `${here} is empty, so the first item is [0], not [${seg}]`);
    }
    if (holder.kind !== 'root' && (holder.kind === 'pair' ? holder.map.flow : holder.seq.flow)) {
      // Inside `{...}` or `[...]` the new structure is written in flow style too.
      const fallbackAt = holder.kind === 'pair' ? pairEnd(holder.pair) : (holder.seq.range?.[0] ?? 0);
      const [start, end] = node?.range ?? [fallbackAt, fallbackAt];
      const text = this.flowValue(i);
      return [{ start, end, text: start === end ? this.padEmpty(start, text) : text }];
    }
    if (holder.kind === 'root') {
      const lines = this.build(i, 0);
      if (!node?.range) {
        const sep = this.text === '' || this.text.endsWith('\n') ? '' : this.eol;
        return [
          { start: this.text.length, end: this.text.length, text: sep + lines.join(this.eol) + this.eol },
        ];
      }
      const [start, end] = node.range;
      const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
      const before = this.text.slice(lineStart, start);
      // `--- {}`: the block must start on a line of its own.
      if (before.trim() !== '') {
        const keep = lineStart + before.trimEnd().length;
        return [{ start: keep, end, text: this.eol + lines.join(this.eol) }];
      }
      return [{ start, end, text: lines.join(this.eol) }];
    }
    const fallback = holder.kind === 'pair' ? pairEnd(holder.pair) : (holder.seq.range?.[0] ?? 0);
    const [start, end] = node?.range ?? [fallback, fallback];
    if (holder.kind === 'pair') {
      const lines = this.build(i, this.column(holder.map.range?.[0] ?? keyStart(holder.pair)) + 2);
      let cut = start;
      // Only when something is removed: `key: # note` must keep the space before its comment.
      while (end > start && cut > 0 && (this.text[cut - 1] === ' ' || this.text[cut - 1] === '\t')) cut--;
      return [{ start: cut, end, text: '' }, this.insertAfterLine(end, lines)];
    }
    const dash = this.column(holder.seq.range?.[0] ?? start);
    const [first, ...rest] = this.build(i, dash + 2);
    const itemText = first!.trimStart();
    const edits: Edit[] = [{ start, end, text: start === end ? this.padEmpty(start, itemText) : itemText }];
    if (rest.length > 0) edits.push(this.insertAfterLine(end, rest));
    return edits;
  }

  private insertInMap(map: YAMLMap, i: number, here: string): Edit[] {
    const last = map.items[map.items.length - 1];
    if (!last) throw this.fail(map.range?.[0], `${here} has no entries to add ${this.update.path} after`);
    if (map.flow) {
      const key = renderKey(this.segments[i] as string);
      return [{ start: pairEnd(last), end: pairEnd(last), text: `, ${key}: ${this.flowValue(i + 1)}` }];
    }
    const lines = this.build(i, this.column(map.range?.[0] ?? keyStart(map.items[0]!)));
    return [this.insertAfterLine(pairEnd(last), lines)];
  }

  private appendToSeq(seq: YAMLSeq, i: number, here: string): Edit[] {
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    if (!last?.range || !seq.range) throw this.fail(seq.range?.[0], `${here} has no items to append after`);
    if (seq.flow) {
      this.checkNewLists(i);
      return [{ start: last.range[1], end: last.range[1], text: `, ${this.flowValue(i + 1)}` }];
    }
    const lines = this.build(i, this.column(seq.range[0]));
    return [this.insertAfterLine(last.range?.[1] ?? seq.range[1], lines)];
  }

  /** segments[i..] as flow text (`{a: [1]}`) for a place inside a flow collection. */
  private flowValue(i: number): string {
    this.checkNewLists(i);
    const seg = this.segments[i];
    if (seg === undefined) return renderValue(this.typed, 'PLAIN', 'flow-value');
    if (typeof seg === 'number') return `[${this.flowValue(i + 1)}]`;
    return `{${renderKey(seg)}: ${this.flowValue(i + 1)}}`;
  }

  /** New lines for segments[i..] at `indent`: nested keys, `- ` items, and the value at the end. */
  private build(i: number, indent: number): string[] {
    this.checkNewLists(i);
    return this.newLines(i, indent);
  }

  /** Lists created by this update start empty, so each index after segment `i` must be [0]. */
  private checkNewLists(i: number): void {
    for (let j = i + 1; j < this.segments.length; j++) {
      const seg = this.segments[j];
      if (typeof seg === 'number' && seg !== 0) {
        const here = formatValuePath(this.segments.slice(0, j));
        throw this.fail(undefined, `${here} does not exist yet, so its first item is [0], not [${seg}]`);
      }
    }
  }

  private newLines(i: number, indent: number): string[] {
    const seg = this.segments[i]!;
    const pad = ' '.repeat(indent);
    const last = i === this.segments.length - 1;
    if (typeof seg === 'number') {
      if (last) return [`${pad}- ${renderValue(this.typed, 'PLAIN', 'block-value')}`];
      const inner = this.newLines(i + 1, indent + 2);
      return [`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1)];
    }
    const key = renderKey(seg);
    if (last) return [`${pad}${key}: ${renderValue(this.typed, 'PLAIN', 'block-value')}`];
    return [`${pad}${key}:`, ...this.newLines(i + 1, indent + 2)];
  }

  /** Inserts whole lines after the line holding offset `pos` (or at `pos` when it already starts a line). */
  private insertAfterLine(pos: number, lines: string[]): Edit {
    let at: number;
    if (pos > 0 && this.text[pos - 1] === '\n') at = pos;
    else {
      const nl = this.text.indexOf('\n', pos);
      at = nl < 0 ? this.text.length : nl + 1;
    }
    const body = lines.join(this.eol);
    // A file without a final line break keeps lacking one.
    if (at === this.text.length && !this.text.endsWith('\n'))
      return { start: at, end: at, text: this.eol + body };
    return { start: at, end: at, text: body + this.eol };
  }

  /** Text for an empty value's zero-width spot: apart from `key:`/`-` before it and from a `# comment` after it. */
  private padEmpty(at: number, text: string): string {
    const before = at > 0 && !/\s/.test(this.text[at - 1]!) ? ' ' : '';
    const after = this.text[at] === '#' ? ' ' : '';
    return before + text + after;
  }

  private column(offset: number): number {
    return this.lineCounter.linePos(offset).col - 1;
  }

  private apply(edits: Edit[]): string {
    let out = this.text;
    for (const e of [...edits].sort((a, b) => b.start - a.start))
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
    this.selfCheck(out);
    return out;
  }

  /** The edit must parse and hold exactly the old data with the one path changed; anything else is our bug. */
  private selfCheck(out: string): void {
    const before = this.doc;
    const after = parseDocument(out);
    const bug = (why: string): Error =>
      new Error(
        `bug: editing ${this.file} for ${this.update.path}=${this.update.value} ${why}; result:\n${out}`,
      );
    if (after.errors.length > 0) throw bug(`produced invalid YAML (${after.errors[0]!.message})`);
    const data: unknown = after.toJS({ maxAliasCount: -1 });
    if (!deepEqual(getPath(data, this.segments), this.typed.value)) throw bug('did not set the value');
    // With aliases an edit may rightly change other paths too; only check the whole document without them.
    if (before && !hasAliases(before)) {
      const expected = setPath(before.toJS({ maxAliasCount: -1 }) ?? {}, this.segments, this.typed.value);
      if (!deepEqual(data, expected)) throw bug('changed other values too');
    }
  }

  /** Where an error about `node` points: the key that names it (what a person looks for), else the node. */
  private at(holder: Holder, node: unknown): number | undefined {
    if (holder.kind === 'pair') return keyStart(holder.pair);
    return (node as Node | null | undefined)?.range?.[0];
  }

  private fail(offset: number | undefined, message: string): UserError {
    const { line, col } = offset === undefined ? { line: 1, col: 1 } : this.lineCounter.linePos(offset);
    const finding: Finding = {
      file: this.file,
      line,
      col,
      message: `cannot set ${this.update.path}: ${message}`,
    };
    return new UserError(`${this.file}:${line}:${col}: ${finding.message}`, [finding]);
  }
}

function hasAliases(doc: Document.Parsed): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found) return;
    if (isAlias(n)) found = true;
    else if (isMap(n)) {
      for (const p of n.items) {
        walk(p.key);
        walk(p.value);
      }
    } else if (isSeq(n)) for (const x of n.items) walk(x);
  };
  walk(doc.contents);
  return found;
}

function isEmptyNode(node: unknown): node is Node | null {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return node.value === null && !node.tag;
  if (isMap(node) || isSeq(node)) return node.flow === true && node.items.length === 0;
  return false;
}

/** Keys match the way they read as data: `80:` is the key "80", `true:` the key "true". */
function keyMatches(key: unknown, seg: string): boolean {
  if (!isScalar(key)) return false;
  const v = key.value;
  return v === seg || ((typeof v === 'number' || typeof v === 'boolean') && String(v) === seg);
}

function keyStart(pair: Pair): number {
  const k = pair.key as Node | null;
  return k?.range?.[0] ?? 0;
}

function pairEnd(pair: Pair): number {
  const v = pair.value as Node | null;
  const k = pair.key as Node | null;
  if (v?.range && v.range[1] > v.range[0]) return v.range[1];
  return k?.range?.[1] ?? 0;
}

function describeScalar(node: unknown): string {
  if (isScalar(node)) {
    const v = node.value;
    return `${typeof v === 'string' ? 'string' : typeof v} scalar (${JSON.stringify(v)})`;
  }
  return 'scalar';
}

/** Applies one update to the text of a YAML document. */
export function applyValueUpdate(text: string, update: ValueUpdate, file: string): string {
  return new Editor(text, update, file).run();
}

function indexHint(here: string): string {
  return here === 'the document' ? '[0]' : `${here}[0]`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
