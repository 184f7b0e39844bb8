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

interface Line {
  indent: number;
  text: string;
}

const KEY = /^([A-Za-z0-9_][A-Za-z0-9_./-]*):(?: (.*))?$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
// Characters that start something other than a plain scalar, or that the subset leaves to the full parser.
const SPECIAL_START = new Set([...'[]{}&*!|>%@`#,?\'"-:.+=<~']);

function plain(text: string): Value {
  if (text !== text.trim() || text.includes(' #') || text.includes(': ') || text.endsWith(':')) bail();
  if (NULLS.has(text)) return null;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  if (INT.test(text) || FLOAT.test(text)) {
    const n = Number(text);
    // Past 2^53 the full parser may keep digits a double cannot: let it decide.
    if (!Number.isFinite(n) || (INT.test(text) && !Number.isSafeInteger(n))) bail();
    return n;
  }
  const first = text[0] as string;
  // `-1x` or `.5x` are strings, but `-` and `.` lead to numbers, `- ` to sequences, `.inf` to floats: not ours.
  if (SPECIAL_START.has(first)) bail();
  // 0o17 and 0x1f are numbers in YAML 1.2's core schema.
  if (text.includes('\t') || /^0[oOxX]/.test(text)) bail();
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

class Reader {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  document(): Value {
    const value = this.node(0);
    if (this.i !== this.lines.length) bail();
    return value;
  }

  private peek(): Line | undefined {
    return this.lines[this.i];
  }

  private node(indent: number): Value {
    const line = this.peek() ?? bail();
    if (line.indent !== indent) bail();
    return line.text === '-' || line.text.startsWith('- ') ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Value {
    const out: { [key: string]: Value } = {};
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      if (line.text.startsWith('-')) break;
      const m = KEY.exec(line.text) ?? bail();
      const key = m[1] as string;
      if (Object.hasOwn(out, key) || key === '__proto__') bail();
      this.i++;
      const rest = m[2];
      if (rest === undefined || rest === '') {
        const next = this.peek();
        if (next && next.indent > indent) out[key] = this.node(next.indent);
        else if (next && next.indent === indent && next.text.startsWith('- '))
          out[key] = this.sequence(indent);
        else out[key] = null;
      } else if (rest === '|' || rest === '|-') {
        out[key] = this.literal(indent, rest === '|-');
      } else {
        out[key] = scalar(rest);
      }
    }
    const after = this.peek();
    if (after && after.indent > indent) bail();
    return out;
  }

  private sequence(indent: number): Value {
    const out: Value[] = [];
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      if (line.text !== '-' && !line.text.startsWith('- ')) break;
      const item = line.text.slice(2);
      if (item === '' || item.startsWith('-') || item.startsWith('|') || item.startsWith('>')) bail();
      if (KEY.test(item)) {
        // `- key: value` opens a mapping whose keys sit two columns further in.
        this.lines[this.i] = { indent: indent + 2, text: item };
        out.push(this.mapping(indent + 2));
      } else {
        this.i++;
        out.push(scalar(item));
      }
    }
    const after = this.peek();
    if (after && after.indent > indent) bail();
    return out;
  }

  /** A literal block scalar under a key at `indent`: clip (`|`) keeps one final newline, strip (`|-`) none. */
  private literal(indent: number, strip: boolean): string {
    const body: string[] = [];
    let contentIndent: number | undefined;
    for (let line = this.peek(); line; line = this.peek()) {
      if (line.text === '') {
        // A blank line inside the scalar; one with spaces past the indentation, or before the first content
        // line, has rules of its own: not ours.
        if (contentIndent === undefined || line.indent > contentIndent) bail();
        body.push('');
      } else {
        if (line.indent <= indent) break;
        contentIndent ??= line.indent;
        if (line.indent < contentIndent) bail();
        body.push(' '.repeat(line.indent - contentIndent) + line.text);
      }
      this.i++;
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
    const lines: Line[] = raw.split('\n').map((l) => {
      const text = l.trimStart();
      // Trailing spaces: meaningful in block scalars, ignored elsewhere; either way the full parser's call.
      if (text.trimEnd() !== text && text.trim() !== '') bail();
      return { indent: l.length - text.length, text: text.trim() === '' ? '' : text };
    });
    return new Reader(lines).document();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}
