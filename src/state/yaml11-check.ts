// Warnings for values-file literals that Helm (YAML 1.1) and YAML 1.2 read differently: `defaultMode: 0644` is
// 420 to Helm and 644 to a 1.2 reader, `enabled: yes` is a boolean to Helm and a string to 1.2. Helm gets the
// file's own bytes (so it deploys what `helm template` shows); the warning is for the person reading the file.
import { LineCounter, parseDocument, visit } from 'yaml';
import type { Finding } from '../domain/errors.js';
import { yaml11Mismatch } from '../domain/yaml11.js';

/** One warning per plain scalar (key or value) whose meaning differs between YAML 1.1 and 1.2. */
export function yaml11Findings(text: string, file: string): Finding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) return [];
  const out: Finding[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (node.type !== 'PLAIN' || node.tag || !node.range) return;
      const position = key === 'key' ? 'key' : 'value';
      const source = text.slice(node.range[0], node.range[1]);
      const why = yaml11Mismatch(source, node.value, position);
      if (!why) return;
      const pos = lineCounter.linePos(node.range[0]);
      out.push({ file, line: pos.line, col: pos.col, severity: 'warning', message: why });
    },
  });
  return out;
}
