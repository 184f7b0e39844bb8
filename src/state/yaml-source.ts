// A parsed YAML file that remembers where everything came from, so a problem found in the plain JS value (by the
// schema or a cross-file check) can be reported at the line and column a person has to edit.
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { Finding } from '../domain/errors.js';
import { sizeText } from '../domain/size-text.js';

/**
 * The largest file of the repository or the state branch that is parsed at all. The biggest real values files are
 * tens of KiB; a 100 MB file is an attack on the runner's memory and time (the parser needs seconds per MiB).
 */
export const MAX_YAML_BYTES = 4 * 1024 * 1024;

/** Deeper than any chart's values; the parser and the schema check recurse, so depth is bounded before they run. */
export const MAX_YAML_DEPTH = 64;

/** Tags a plain-data file may carry: the YAML core schema's. `!!js/function`, `!!binary`, `!Ref` are refused. */
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat('!'),
);

/** Where the first character YAML forbids in a stream is (C0 controls but tab, LF and CR; DEL), or -1. A NUL is
 * the usual smuggler. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}

export type PathSegment = string | number;

export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  file: string;
  text: string;
  /** The plain value; undefined when the text is not valid YAML. An empty file is null. */
  value: unknown;
  /** Syntax errors, positioned. */
  findings: Finding[];
  /** Where the node at `path` starts; with `key`, where its key starts. Falls back to the nearest ancestor. */
  locate(path: readonly PathSegment[], opts?: { key?: boolean }): Position;
  /** The text of the scalar at `path` as written (`1.10` for what YAML reads as the number 1.1), if it is one. */
  sourceAt(path: readonly PathSegment[]): string | undefined;
}

export function parseYamlSource(text: string, file: string): YamlSource {
  const refused = refuseBeforeParsing(text, file);
  if (refused) return refused;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toPos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    // linePos reports line 0 for an offset before the first newline was seen (a one-line file).
    return p.line === 0 ? { line: 1, col: offset + 1 } : p;
  };
  const findings: Finding[] = [];
  for (const e of doc.errors) {
    // The parser recurses per level: a file nested thousands deep overflows its stack at every level. One
    // finding says it, at the first place.
    if (/call stack/i.test(e.message)) {
      if (!findings.some((f) => f.message.startsWith('nested'))) {
        findings.push({ file, ...toPos(e.pos[0]), message: tooDeep() });
      }
      continue;
    }
    findings.push({ file, ...toPos(e.pos[0]), message: `invalid YAML: ${plainMessage(e.message)}` });
  }
  if (findings.length === 0) findings.push(...shapeFindings(doc, file, toPos));
  let value: unknown;
  if (findings.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      findings.push({
        file,
        line: 1,
        col: 1,
        message: `invalid YAML: ${plainMessage((e as Error).message)}`,
      });
    }
  }
  return {
    file,
    text,
    value: findings.length === 0 ? (value ?? null) : undefined,
    findings,
    locate: (path, opts = {}) => toPos(offsetOf(doc, path, opts.key ?? false)),
    sourceAt: (path) => {
      const node = doc.getIn(path, true);
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
  };
}

function emptySource(text: string, file: string, finding: Finding): YamlSource {
  return {
    file,
    text,
    value: undefined,
    findings: [finding],
    locate: () => ({ line: finding.line, col: finding.col }),
    sourceAt: () => undefined,
  };
}

/** Too big to parse, or holding characters no YAML file may: refused without running the parser. */
function refuseBeforeParsing(text: string, file: string): YamlSource | undefined {
  // UTF-16 code units >= UTF-8 bytes / 3: a cheap bound first, the exact size only near the limit.
  if (text.length * 3 > MAX_YAML_BYTES && Buffer.byteLength(text) > MAX_YAML_BYTES) {
    return emptySource(text, file, {
      file,
      line: 1,
      col: 1,
      message: `the file is ${sizeText(Buffer.byteLength(text))}, over the ${sizeText(MAX_YAML_BYTES)} a GitOpsHQ YAML file may have: it is not read; split it or remove what does not belong in it`,
    });
  }
  const bad = firstControl(text);
  if (bad >= 0) {
    const before = text.slice(0, bad);
    const line = before.split('\n').length;
    const col = bad - before.lastIndexOf('\n');
    const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
    const name = code === '0000' ? 'a NUL byte (U+0000)' : `the control character U+${code}`;
    return emptySource(text, file, {
      file,
      line,
      col,
      message: `invalid YAML: ${name}, which a YAML file may not contain: remove it (write \\x${code.slice(2)} inside a double-quoted string if the value needs it)`,
    });
  }
  const deep = flowNestingBeyond(text, MAX_YAML_DEPTH);
  if (deep !== undefined) {
    const before = text.slice(0, deep);
    return emptySource(text, file, {
      file,
      line: before.split('\n').length,
      col: deep - before.lastIndexOf('\n'),
      message: tooDeep(),
    });
  }
  return undefined;
}

/**
 * Where `[`/`{` nesting first exceeds `max`, by a linear scan that skips quoted strings and comments. The parser
 * takes seconds (and overflows its stack) on `[[[[...` 100,000 deep; this takes milliseconds. A bracket inside a
 * block scalar is counted too: it takes more than `max` unclosed ones in a row to matter.
 */
function flowNestingBeyond(text: string, max: number): number | undefined {
  let depth = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

const tooDeep = () =>
  `nested more than ${MAX_YAML_DEPTH} levels deep, which no GitOpsHQ file needs: flatten it (the file is not read)`;

const tagName = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/** A tag outside plain data, or nesting deeper than MAX_YAML_DEPTH; walked without recursion. */
function shapeFindings(doc: Document, file: string, toPos: (offset: number) => Position): Finding[] {
  const out: Finding[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  let deep = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!isNode(node)) continue;
    const at = toPos(node.range?.[0] ?? 0);
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      out.push({
        file,
        ...at,
        message: `the tag ${tagName(node.tag)} is not allowed: GitOpsHQ files hold plain data (maps, lists, strings, numbers, booleans, null); remove the tag`,
      });
    }
    if (!isCollection(node)) continue;
    if (depth > MAX_YAML_DEPTH) {
      if (!deep) out.push({ file, ...at, message: tooDeep() });
      deep = true;
      continue;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.value, depth: depth + 1 });
        stack.push({ node: item.key, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return out;
}

/** The parser's message, in the words of someone editing the file rather than calling the library. */
function plainMessage(message: string): string {
  const first = firstLine(message);
  if (/multiple documents/i.test(first)) {
    return 'a second document (after ---) follows the first: this file holds one document; remove the --- and what follows it';
  }
  if (/excessive alias count/i.test(first)) {
    return 'anchors and aliases expand to too many nodes (an alias bomb): write the values out instead of repeating aliases';
  }
  return first;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

function offsetOf(doc: Document, path: readonly PathSegment[], key: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  let keyOffset = offset;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (!pair) return offset;
      keyOffset = rangeStart(pair.key) ?? offset;
      node = pair.value;
      // `key:` with nothing after it has no value node: the key is the best place to point at.
      offset = rangeStart(node) ?? keyOffset;
    } else if (isSeq(node)) {
      const item = node.items[typeof seg === 'number' ? seg : Number(seg)];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
      keyOffset = offset;
    } else {
      return offset;
    }
  }
  return key ? keyOffset : offset;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** `['environments', 2, 'approvals']` -> `environments[2].approvals`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A JSON pointer (`/environments/2/name`) as path segments; digits become numbers. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
