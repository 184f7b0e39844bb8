// The commands that only read records (metrics, dashboard, release list) must not load the renderer (helm, kustomize,
// templates, the Kubernetes schemas) nor the GitHub client: they run on every dashboard refresh and in a terminal,
// where start-up is most of the wait. Their static import closure is checked here; `await import()` is lazy and
// does not count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileImports, listTsFiles, readImports } from '../../helpers/import-graph.js';

const root = join(import.meta.dirname, '..', '..', '..');
const files = new Map<string, FileImports>(
  listTsFiles(root, 'src').map((f) => [f, readImports(root, f)] as const),
);

/** Every file a module loads eagerly: value imports (not `import type`) followed to the end. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!f.endsWith('.ts')) continue; // JSON schemas and other data
    const imports = files.get(f);
    if (!imports) throw new Error(`${f} is not a source file`);
    const lines = readFileSync(join(root, f), 'utf8').split('\n');
    for (const i of imports.local) {
      if (!i.typeOnly && !/\bimport\(/.test(lines[i.line - 1] ?? '')) todo.push(i.to);
    }
  }
  return seen;
}

const FORBIDDEN = [/^src\/render\//, /^src\/github\//, /^src\/sandbox\//, /^src\/kube\//];

describe('the reading commands load no renderer nor GitHub client', () => {
  for (const entry of [
    'src/cli/commands/metrics.ts',
    'src/cli/commands/dashboard.ts',
    'src/cli/commands/release.ts',
  ]) {
    it(entry, () => {
      const loaded = [...closure(entry)];
      expect(loaded.length).toBeGreaterThan(5);
      expect(loaded.filter((f) => FORBIDDEN.some((re) => re.test(f))).sort()).toEqual([]);
    });
  }
});
