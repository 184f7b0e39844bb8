// Which targets a set of changed files can change. Pure: paths and snapshots in, targets out.
//   gitopshq.yaml                          -> every target of every workload
//   workloads/<w>/values/<env>.yaml        -> w's targets in env
//   workloads/<w>/values/<env>/<t>.yaml    -> the one target (w, env, t)
//   workloads/<w>/... anything else        -> every target of w (workload.yaml, values.yaml, chart, templates),
//                                             except a kustomize overlay folder of one env -> that env's targets
//   a chart or templates folder outside workloads/<w> that w uses -> every target of w
import { posix } from 'node:path';
import { CONFIG_FILE, WORKLOADS_DIR } from '../domain/layout.js';
import type { LoadedWorkload, RepoSnapshot } from '../domain/repo-snapshot.js';
import { overlayFor } from './kustomize-engine.js';
import { uniqueTargets, workloadTargets } from './targets.js';
import type { RenderTarget } from './types.js';

export function affectedTargets(
  changedPaths: readonly string[],
  snapshots: readonly RepoSnapshot[],
): RenderTarget[] {
  const found: RenderTarget[] = [];
  for (const snap of snapshots) {
    const workloads = [...snap.workloads.values()];
    for (const raw of changedPaths) {
      const path = posix.normalize(raw.split('\\').join('/')).replace(/^\.\//, '');
      if (path === CONFIG_FILE) {
        for (const w of workloads) found.push(...workloadTargets(snap.config, w.config));
        continue;
      }
      for (const w of workloads) found.push(...targetsForPath(snap, w, path));
    }
  }
  return sortTargets(uniqueTargets(found), snapshots);
}

function targetsForPath(snap: RepoSnapshot, w: LoadedWorkload, path: string): RenderTarget[] {
  const all = workloadTargets(snap.config, w.config);
  const dir = `${WORKLOADS_DIR}/${w.config.name}`;
  const used = usedFolders(snap, w);
  if (path.startsWith(`${dir}/`)) {
    const rest = path.slice(dir.length + 1);
    const env = /^values\/([^/]+)\.ya?ml$/.exec(rest)?.[1];
    if (env !== undefined) return all.filter((t) => t.environment === env);
    const tenant = /^values\/([^/]+)\/([^/]+)\.ya?ml$/.exec(rest);
    if (tenant) return all.filter((t) => t.environment === tenant[1] && t.tenant === tenant[2]);
    const src = w.config.source;
    if (src.type === 'kustomize') {
      const envs = [...new Set(all.map((t) => t.environment))];
      const owners = envs.filter((e) =>
        isUnder(path, posix.join(dir, overlayFor(src.overlay, e, src.overlays))),
      );
      if (owners.length > 0) return all.filter((t) => owners.includes(t.environment));
    }
    return all;
  }
  return used.some((folder) => isUnder(path, folder)) ? all : [];
}

/** Repo-relative folders outside the workload folder that its source reads (a shared chart, templates). */
function usedFolders(snap: RepoSnapshot, w: LoadedWorkload): string[] {
  const src = w.config.source;
  const rel = src.type === 'helm' ? src.chart : src.type === 'template' ? src.path || 'templates' : undefined;
  if (!rel || (src.type === 'helm' && (rel.startsWith('oci://') || src.repository))) return [];
  const workloadRel = posix.relative(snap.root.split('\\').join('/'), w.dir.split('\\').join('/'));
  const folder = posix.normalize(posix.join(workloadRel, rel));
  return folder.startsWith('..') ? [] : [folder];
}

function isUnder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder.replace(/\/$/, '')}/`);
}

function sortTargets(targets: RenderTarget[], snapshots: readonly RepoSnapshot[]): RenderTarget[] {
  const order = snapshots[snapshots.length - 1]?.config.environments.map((e) => e.name) ?? [];
  const rank = (e: string) => {
    const i = order.indexOf(e);
    return i < 0 ? order.length : i;
  };
  return targets.sort(
    (a, b) =>
      (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : 0) ||
      rank(a.environment) - rank(b.environment) ||
      (a.environment < b.environment ? -1 : a.environment > b.environment ? 1 : 0) ||
      (a.tenant ?? '').localeCompare(b.tenant ?? ''),
  );
}
