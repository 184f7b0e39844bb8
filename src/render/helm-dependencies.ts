// Chart dependencies listed in Chart.yaml but not vendored in charts/. `helm template` refuses such a chart; Argo CD
// (reposerver/repository/repository.go: on Helm's missing-dependency error it runs `helm dependency build` and
// templates again) and Flux (source-controller builds a chart's dependencies) render it. The generator does the
// same for a `file://` dependency inside the repository: it copies the chart and each missing dependency folder
// into the render's temp folder, as `helm dependency build` would package them into charts/, and templates the
// copy. The checkout is never written. A dependency from a Helm repository or an OCI registry is outside the
// repository: the finding says how to vendor it, since the generator reads nothing the repository does not hold.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { TreeEntry } from '../domain/repo-paths.js';
import { type EngineFinding, type EngineInput, folderFiles, repoRelative } from './engine.js';
import { isObject } from './normalize.js';
import { repoPaths } from './repo-paths.js';

/** The dependency names Helm says are missing: `found in Chart.yaml, but missing in charts/ directory: a, b`. */
export function missingDependencies(stderr: string): string[] | undefined {
  const m = /found in Chart\.yaml, but missing in charts\/ directory: ([^\n]+)/.exec(stderr);
  if (!m?.[1]) return undefined;
  return m[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
}

interface Dependency {
  name: string;
  repository: string;
}

function dependenciesOf(chartDir: string): Dependency[] {
  const doc: unknown = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8'));
  const deps = isObject(doc) && Array.isArray(doc.dependencies) ? doc.dependencies : [];
  return deps.flatMap((d: unknown) =>
    isObject(d) && typeof d.name === 'string'
      ? [{ name: d.name, repository: typeof d.repository === 'string' ? d.repository : '' }]
      : [],
  );
}

function copyTree(files: readonly TreeEntry[], to: string): void {
  for (const f of files) {
    const dest = join(to, ...f.rel.split('/'));
    mkdirSync(dirname(dest), { recursive: true });
    // Contents, not links: the copy holds only what the repository listing checked.
    writeFileSync(dest, readFileSync(f.abs));
  }
}

/**
 * A copy of the chart in the render's temp folder with each missing `file://` dependency unpacked in its charts/,
 * or the finding that explains why the dependencies cannot be had from the repository.
 */
export function vendorFileDependencies(
  input: EngineInput,
  chartDir: string,
  missing: readonly string[],
  copyName: string,
): { dir: string } | { finding: EngineFinding } {
  const chartFile = repoRelative(input, join(chartDir, 'Chart.yaml'));
  const fail = (message: string) => ({
    finding: { severity: 'error', rule: 'helm', file: chartFile, message } satisfies EngineFinding,
  });
  const declared = dependenciesOf(chartDir);
  const sources: { name: string; files: readonly TreeEntry[] }[] = [];
  for (const name of missing) {
    const dep = declared.find((d) => d.name === name);
    if (!dep?.repository.startsWith('file://')) {
      const from = dep?.repository ? ` from ${dep.repository}` : '';
      const chartRel = repoRelative(input, chartDir);
      return fail(
        `dependency '${name}'${from} is not in ${chartRel}/charts/: Argo CD and Flux would download it, but the generator renders only what the repository holds; run \`helm dependency build ${chartRel}\` and commit charts/`,
      );
    }
    const rel = dep.repository.slice('file://'.length);
    const where = repoPaths(input.repoRoot).resolve(rel, chartDir);
    if (where.kind !== 'dir') {
      const why =
        where.kind === 'outside' ? 'points outside the repository' : 'is not a folder in the repository';
      return fail(`dependency '${name}': ${dep.repository} (relative to the chart) ${why}`);
    }
    try {
      const tree = folderFiles(input, where.abs, 'helm');
      if ('refused' in tree) return { finding: tree.refused };
      if (!tree.files.some((f) => f.rel === 'Chart.yaml')) {
        return fail(`dependency '${name}': ${dep.repository} has no Chart.yaml`);
      }
      sources.push({ name, files: tree.files });
    } catch {
      return fail(`dependency '${name}': ${dep.repository} cannot be read`);
    }
  }
  const own = folderFiles(input, chartDir, 'helm');
  if ('refused' in own) return { finding: own.refused };
  const dir = join(input.session.tempDir(), 'charts', copyName);
  copyTree(own.files, dir);
  for (const s of sources) copyTree(s.files, join(dir, 'charts', s.name));
  return { dir };
}
