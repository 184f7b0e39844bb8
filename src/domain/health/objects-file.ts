// Kubernetes objects read from YAML text as `kubectl get -o yaml` prints them: one object, several documents, or a
// List (`kind: List`, `DeploymentList`...) whose items are the objects. Pure: text in, objects with the line and
// column each starts at out, or findings naming file:line:col and what to change.

import { type Document, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import type { Finding } from '../errors.js';
import type { LiveObject } from './types.js';

export interface LocatedObject {
  object: LiveObject;
  line: number;
  col: number;
}

type Path = readonly (string | number)[];

function nodeAt(doc: Document, path: Path): Node | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

export function parseLiveObjects(
  text: string,
  file: string,
): { objects: LocatedObject[]; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const objects: LocatedObject[] = [];
  const findings: Finding[] = [];
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return p.line === 0 ? { line: 1, col: offset + 1 } : p;
  };
  const report = (offset: number, message: string) => findings.push({ file, ...pos(offset), message });
  // parseAllDocuments returns an EmptyStream (no documents) for a file of comments only.
  for (const doc of Array.isArray(docs) ? docs : []) {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) report(e.pos[0], `invalid YAML: ${e.message.split('\n')[0]}`);
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // The alias limit (an anchor/alias bomb) throws rather than reporting: a finding like any other.
      report(nodeAt(doc, [])?.range?.[0] ?? 0, `invalid YAML: ${(e as Error).message}`);
      continue;
    }
    // An empty document (`---` then nothing, or only a comment), as kubectl and helm print between objects.
    if (value === null || value === undefined) continue;
    const docStart = nodeAt(doc, [])?.range?.[0] ?? 0;
    const items = at(value, 'items');
    const kind = at(value, 'kind');
    if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(items)) {
      const seq = nodeAt(doc, ['items']);
      items.forEach((item, i) => {
        const start = isSeq(seq) ? ((seq.items[i] as Node | undefined)?.range?.[0] ?? docStart) : docStart;
        check(item, start, (path) => nodeAt(doc, ['items', i, ...path])?.range?.[0] ?? start);
      });
    } else {
      check(value, docStart, (path) => nodeAt(doc, path)?.range?.[0] ?? docStart);
    }
  }
  if (objects.length === 0 && findings.length === 0) {
    report(
      0,
      'no Kubernetes object in this file: expected YAML like `kubectl get deployment web -o yaml` prints',
    );
  }
  return { objects, findings };

  function check(value: unknown, start: number, offsetOf: (path: Path) => number): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      report(start, 'expected a Kubernetes object (a mapping with apiVersion, kind and metadata.name)');
      return;
    }
    const missing: [Path, string][] = [];
    if (!nonEmpty(at(value, 'apiVersion'))) missing.push([[], 'apiVersion (e.g. apps/v1)']);
    if (!nonEmpty(at(value, 'kind'))) missing.push([[], 'kind (e.g. Deployment)']);
    const metadata = at(value, 'metadata');
    if (!nonEmpty(at(metadata, 'name'))) {
      missing.push([isPlainMap(metadata) ? ['metadata'] : [], 'metadata.name']);
    }
    for (const [path, what] of missing) report(offsetOf(path), `this object has no ${what}`);
    if (missing.length === 0) objects.push({ object: value as LiveObject, ...pos(start) });
  }
}

function at(value: unknown, key: string): unknown {
  return isPlainMap(value) ? value[key] : undefined;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}
