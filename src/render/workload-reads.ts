// What a workload's render reads, followed on disk (the ReadsOf that `gitopshq diff` and preview use): a chart's
// files with the real place of every in-repository link (`charts/common -> ../../shared/common`) and its
// `file://` dependencies, recursively; a templates folder; each environment's kustomize overlay with everything
// its kustomizations reference, recursively. So a change to a shared base or chart shows every target it alters.
// Paths that leave the repository are left out here: the engines refuse them with a finding.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RepoPaths } from '../domain/repo-paths.js';
import type { LoadedWorkload, RepoSnapshot } from '../domain/repo-snapshot.js';
import type { ReadsOf, WorkloadReads } from './affected.js';
import { overlayFor } from './kustomize-engine.js';
import { kustomizeReads } from './kustomize-tree.js';
import { repoPaths } from './repo-paths.js';
import { workloadTargets } from './targets.js';

export const followedReads: ReadsOf = (snap: RepoSnapshot, w: LoadedWorkload): WorkloadReads => {
  const paths = repoPaths(snap.root);
  const src = w.config.source;
  if (src.type === 'kustomize') {
    const envs = [...new Set(workloadTargets(snap.config, w.config).map((t) => t.environment))];
    const byEnv: Record<string, string[]> = {};
    for (const env of envs) {
      const overlay = paths.resolve(overlayFor(src.overlay, env, src.overlays), w.dir);
      // A missing overlay still names its folder: adding it is a change to that environment.
      byEnv[env] = overlay.kind === 'dir' ? kustomizeReads(paths, overlay.abs).paths : [overlay.rel];
    }
    return { all: [], byEnv };
  }
  if (src.type === 'helm' && (src.chart.startsWith('oci://') || src.repository))
    return { all: [], byEnv: {} };
  const folder = src.type === 'helm' ? src.chart : src.path || 'templates';
  const all: string[] = [];
  const seen = new Set<string>();
  const visit = (rel: string, from: string, chart: boolean) => {
    const r = paths.resolve(rel, from);
    if (r.kind === 'outside') return;
    all.push(r.rel);
    if (r.kind !== 'dir' || seen.has(r.abs)) return;
    seen.add(r.abs);
    all.push(paths.relative(r.abs));
    for (const f of paths.listTree(r.abs).files) all.push(paths.relative(f.abs));
    if (chart) for (const dep of fileDependencies(paths, r.abs)) visit(dep, r.abs, true);
  };
  visit(folder, w.dir, src.type === 'helm');
  return { all: [...new Set(all)], byEnv: {} };
};

/** `repository: file://../common` entries of a chart's Chart.yaml, as paths relative to the chart folder. */
function fileDependencies(paths: RepoPaths, chartDir: string): string[] {
  const chartYaml = paths.resolve('Chart.yaml', chartDir);
  if (chartYaml.kind !== 'file') return [];
  let doc: unknown;
  try {
    doc = parse(readFileSync(chartYaml.abs, 'utf8'));
  } catch {
    return [];
  }
  const deps = (doc as { dependencies?: unknown } | null)?.dependencies;
  if (!Array.isArray(deps)) return [];
  return deps
    .map((d) => (d as { repository?: unknown } | null)?.repository)
    .filter((r): r is string => typeof r === 'string' && r.startsWith('file://'))
    .map((r) => r.slice('file://'.length));
}
