// @kubernetes/client-node belongs to verify-health alone (docs/architecture.md#layers): only the adapter imports the
// package, and the adapter is only ever loaded with `await import()`, so the bundles that never verify health do not
// carry it (scripts/build.mjs also refuses to write any bundle but verify-health that contains it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTsFiles, readImports } from '../../helpers/import-graph.js';

const root = join(import.meta.dirname, '..', '..', '..');
const ADAPTER = 'src/kube/client-node-adapter.ts';

describe('the Kubernetes client stays out of other bundles', () => {
  const files = listTsFiles(root, 'src').map((f) => readImports(root, f));

  it('is imported by the client-node adapter only', () => {
    const importers = files.flatMap((f) =>
      f.packages
        .filter((p) => !p.typeOnly && p.specifier.startsWith('@kubernetes/client-node'))
        .map((p) => p.from),
    );
    expect([...new Set(importers)]).toEqual([ADAPTER]);
  });

  it('loads the adapter lazily (await import) wherever it is used', () => {
    const eager = files.flatMap((f) =>
      f.local
        .filter((i) => i.to === ADAPTER && !i.typeOnly)
        .filter((i) => {
          const line = readFileSync(join(root, i.from), 'utf8').split('\n')[i.line - 1] ?? '';
          return !/\bimport\(/.test(line);
        })
        .map((i) => `${i.from}:${i.line}`),
    );
    expect(eager).toEqual([]);
  });
});
