// Comments point newcomers at docs/architecture.md sections; a renamed heading must not leave them dangling, and
// nothing may cite a document that is not in the repository (the old DESIGN.md, TEMPLATE-FORMAT.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTsFiles } from '../../helpers/import-graph.js';

const root = join(import.meta.dirname, '..', '..', '..');
const DOC = 'docs/architecture.md';

/** The anchors GitHub gives the doc: explicit `<a id>` and one per heading (lower case, punctuation dropped). */
function anchors(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markdown.matchAll(/<a id="([^"]+)">/g)) ids.add(m[1] ?? '');
  for (const m of markdown.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = (m[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    ids.add(slug);
  }
  return ids;
}

const sources = [...listTsFiles(root, 'src'), ...listTsFiles(root, 'test')].map((file) => ({
  file,
  text: readFileSync(join(root, file), 'utf8'),
}));

describe(DOC, () => {
  it('has every section the code cites', () => {
    const known = anchors(readFileSync(join(root, DOC), 'utf8'));
    const dangling: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/docs\/architecture\.md#([\w-]+)/g)) {
        if (!known.has(m[1] ?? '')) dangling.push(`${file}: #${m[1]} is not a section of ${DOC}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('is the only design document cited: none outside the repository', () => {
    const stale = sources
      .filter(
        ({ file, text }) => !file.endsWith('doc-links.test.ts') && /DESIGN\.md|TEMPLATE-FORMAT/.test(text),
      )
      .map(({ file }) => file);
    expect(stale).toEqual([]);
  });
});
