// A parsed YAML file that remembers where everything came from, so a problem found in the plain JS value (by the
// schema or a cross-file check) can be reported at the line and column a person has to edit.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { Finding } from '../domain/errors.js';

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toPos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    // linePos reports line 0 for an offset before the first newline was seen (a one-line file).
    return p.line === 0 ? { line: 1, col: offset + 1 } : p;
  };
  const findings: Finding[] = doc.errors.map((e) => ({
    file,
    ...toPos(e.pos[0]),
    message: `invalid YAML: ${firstLine(e.message)}`,
  }));
  let value: unknown;
  if (findings.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      findings.push({ file, line: 1, col: 1, message: `invalid YAML: ${(e as Error).message}` });
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
