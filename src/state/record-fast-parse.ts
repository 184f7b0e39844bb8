// A fast reader for the YAML that record-yaml.ts writes, so a state branch of 10,000 records loads in a fraction of
// a second (the full YAML parser takes about 2 ms a record). It understands only the block subset `yaml.stringify`
// produces for records: block mappings and sequences, plain scalars (typed by YAML 1.2's core schema), simple
// single- and double-quoted strings, `[]` and `{}`, and literal block scalars (`|`, `|-`). On ANYTHING else
// (comments, anchors, tags, flow collections with content, folded or multi-line scalars, a file edited by hand into
// another style) it returns undefined, and the caller parses the text with the full parser: this is a shortcut
// that never changes what a file means (test/unit/state/record-fast-parse.test.ts compares the two).

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
// Characters that start something other than a plain scalar, or that the subset leaves to the full parser.
const SPECIAL_START = new Set([...'[]{}&*!|>%@`#,?\'"-:.+=<~']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function plain(text: string): Value {
  if (text.includes(' #') || text.includes(': ') || text.endsWith(':')) bail();
  if (text.length <= 5) {
    if (NULLS.has(text)) return null;
    if (TRUE.has(text)) return true;
    if (FALSE.has(text)) return false;
  }
  const first = text.charCodeAt(0);
  // A time or a date (`2026-11-30...`): four digits then `-` is no number of YAML 1.2's core schema, so no regex.
  if (text.length > 5 && isDigit(first) && isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2))) {
    if (isDigit(text.charCodeAt(3)) && text.charCodeAt(4) === 45) return text;
  }
  // Digits, signs and dots may start a number (the only other plain scalars YAML 1.2's core schema types).
  if ((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46) {
    if (INT.test(text) || FLOAT.test(text)) {
      const n = Number(text);
      // Past 2^53 the full parser may keep digits a double cannot: let it decide.
      if (!Number.isFinite(n) || (INT.test(text) && !Number.isSafeInteger(n))) bail();
      return n;
    }
    // 0o17 and 0x1f are numbers too; `-x`, `.inf`, `+1x`: not ours.
    if (first !== 48 && !(first > 48 && first <= 57)) bail();
    if (/^0[oOxX]/.test(text)) bail();
    return text;
  }
  if (SPECIAL_START.has(text[0] as string)) bail();
  return text;
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
};

function doubleQuoted(text: string): Value {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      if (i !== text.length - 1) bail();
      return out;
    }
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = text[++i] ?? bail();
    if (e === 'x' || e === 'u') {
      const len = e === 'x' ? 2 : 4;
      const hex = text.slice(i + 1, i + 1 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) bail();
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += len;
      continue;
    }
    out += ESCAPES[e] ?? bail();
  }
  return bail(); // no closing quote on this line: a multi-line string
}

function singleQuoted(text: string): Value {
  if (text.length < 2 || !text.endsWith("'")) bail();
  const inner = text.slice(1, -1);
  if (inner.replace(/''/g, '').includes("'")) bail();
  return inner.replace(/''/g, "'");
}

function scalar(text: string): Value {
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text.startsWith('"')) return doubleQuoted(text);
  if (text.startsWith("'")) return singleQuoted(text);
  return plain(text);
}

const SPACE = 32;

function isKeyChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 95 || // _
    c === 46 || // .
    c === 47 || // /
    c === 45 // -
  );
}

/**
 * The keys met so far, by a hash of their characters: a record file repeats the same few dozen keys, and a key
 * taken from here is one string, already internalized as a property name, instead of a new one per line (about a
 * fifth of the reader's time at 10,000 records). A hash collision just makes a new string.
 */
const KEYS = new Map<number, string>();

function internKey(text: string, start: number, end: number, hash: number): string {
  const known = KEYS.get(hash);
  if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
  const key = text.slice(start, end);
  if (known === undefined && KEYS.size < 4096) KEYS.set(hash, key);
  return key;
}

let scratch = { indent: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256) };

/**
 * Lines are kept as offsets into the text (indent, content start, end), not as strings: a state branch holds hundreds
 * of thousands of lines, and the garbage of one string per line cost more than the parsing.
 */
class Reader {
  private i = 0;
  /** Where the value of the line key() last read starts. */
  private valueAt = 0;
  private readonly n: number;
  private readonly indent: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;

  constructor(private readonly text: string) {
    let count = 1;
    for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) count++;
    this.n = count;
    // One set of line tables for every record (parsing is synchronous): a typed array per record cost more in
    // allocation and garbage collection than the parsing itself.
    if (scratch.indent.length < count) {
      const size = Math.max(count, scratch.indent.length * 2);
      scratch = { indent: new Int32Array(size), start: new Int32Array(size), end: new Int32Array(size) };
    }
    this.indent = scratch.indent;
    this.start = scratch.start;
    this.end = scratch.end;
    let pos = 0;
    for (let l = 0; l < count; l++) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      let c = pos;
      while (c < eol && text.charCodeAt(c) === SPACE) c++;
      // Trailing spaces: meaningful in block scalars, ignored elsewhere; either way the full parser's call.
      if (c < eol && text.charCodeAt(eol - 1) === SPACE) bail();
      this.indent[l] = c - pos;
      this.start[l] = c;
      this.end[l] = eol;
      pos = eol + 1;
    }
  }

  document(): Value {
    const value = this.node(0);
    if (this.i !== this.n) bail();
    return value;
  }

  private blank(l: number): boolean {
    return this.start[l] === this.end[l];
  }

  /** Whether line `l` is a sequence item (`- ...` or a lone `-`). */
  private isItem(l: number): boolean {
    const s = this.start[l] as number;
    if (this.text.charCodeAt(s) !== 45) return false;
    return s + 1 === this.end[l] || this.text.charCodeAt(s + 1) === SPACE;
  }

  /**
   * Reads line `l` as `key:` or `key: value`: the key, with `valueAt` set to where the value starts (the line's end
   * for `key:`); undefined when the line is not a key of ours.
   */
  private key(l: number): string | undefined {
    const s = this.start[l] as number;
    const e = this.end[l] as number;
    const text = this.text;
    let c = s;
    let hash = 0;
    for (; c < e; c++) {
      const code = text.charCodeAt(c);
      if (!isKeyChar(code)) break;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    if (c === s || c === e || text.charCodeAt(c) !== 58) return undefined; // ':'
    const first = text.charCodeAt(s);
    if (first === 45 || first === 46 || first === 47) return undefined; // keys like `-x`, `.x`: not ours
    if (c + 1 === e) this.valueAt = e;
    else if (text.charCodeAt(c + 1) !== SPACE) return undefined;
    else this.valueAt = c + 2;
    return internKey(text, s, c, hash);
  }

  private node(indent: number): Value {
    if (this.i >= this.n || this.blank(this.i) || this.indent[this.i] !== indent) bail();
    return this.isItem(this.i) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Value {
    const out: { [key: string]: Value } = {};
    while (this.i < this.n && !this.blank(this.i) && this.indent[this.i] === indent && !this.isItem(this.i)) {
      const key = this.key(this.i) ?? bail();
      const valueAt = this.valueAt;
      if (Object.hasOwn(out, key) || key === '__proto__') bail();
      const end = this.end[this.i] as number;
      this.i++;
      if (valueAt >= end) {
        const next = this.i;
        if (next < this.n && !this.blank(next) && (this.indent[next] as number) > indent) {
          out[key] = this.node(this.indent[next] as number);
        } else if (next < this.n && !this.blank(next) && this.indent[next] === indent && this.isItem(next)) {
          out[key] = this.sequence(indent);
        } else out[key] = null;
        continue;
      }
      const rest = this.text.slice(valueAt, end);
      if (rest === '|' || rest === '|-') out[key] = this.literal(indent, rest === '|-');
      else out[key] = scalar(rest);
    }
    if (this.i < this.n && (this.blank(this.i) || (this.indent[this.i] as number) > indent)) bail();
    return out;
  }

  private sequence(indent: number): Value {
    const out: Value[] = [];
    while (this.i < this.n && !this.blank(this.i) && this.indent[this.i] === indent && this.isItem(this.i)) {
      const s = (this.start[this.i] as number) + 2;
      if (s >= (this.end[this.i] as number)) bail(); // a lone `-`: a nested node, not ours
      const c = this.text.charCodeAt(s);
      if (c === 45 || c === 124 || c === 62 || c === SPACE) bail(); // `- -`, `- |`, `- >`
      // `- key: value` opens a mapping whose keys sit two columns further in.
      this.start[this.i] = s;
      this.indent[this.i] = indent + 2;
      if (this.key(this.i) !== undefined) out.push(this.mapping(indent + 2));
      else {
        out.push(scalar(this.text.slice(s, this.end[this.i])));
        this.i++;
      }
    }
    if (this.i < this.n && (this.blank(this.i) || (this.indent[this.i] as number) > indent)) bail();
    return out;
  }

  /** A literal block scalar under a key at `indent`: clip (`|`) keeps one final newline, strip (`|-`) none. */
  private literal(indent: number, strip: boolean): string {
    const body: string[] = [];
    let contentIndent: number | undefined;
    for (; this.i < this.n; this.i++) {
      const l = this.i;
      if (this.blank(l)) {
        // A blank line with spaces past the indentation, or before the first content line, has rules of its own.
        if (contentIndent === undefined || (this.indent[l] as number) > contentIndent) bail();
        body.push('');
        continue;
      }
      const ind = this.indent[l] as number;
      if (ind <= indent) break;
      contentIndent ??= ind;
      if (ind < contentIndent) bail();
      body.push(this.text.slice((this.start[l] as number) - (ind - contentIndent), this.end[l]));
    }
    // No content, or trailing blank lines (which chomping treats specially): the full parser's call.
    if (body.length === 0 || body.at(-1) === '') bail();
    const text = body.join('\n');
    return strip ? text : `${text}\n`;
  }
}

/** The parsed record, or undefined when the text is outside the subset (then use the full YAML parser). */
export function fastParseRecord(text: string): unknown {
  if (text.includes('\r') || text.includes('\t') || text.startsWith('%') || text.startsWith('---'))
    return undefined;
  const raw = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (raw === '') return undefined;
  try {
    return new Reader(raw).document();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}
