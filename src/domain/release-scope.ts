// What a pull request reaches beyond the layer it names (docs/architecture.md#release-lifecycle): the
// policy files that judge it (gitopshq.yaml, CODEOWNERS, .github/), and every environment whose render its files
// change. A base values.yaml, a chart or template folder, workload.yaml (beyond one environment's chart version), a
// Kustomize base: no single environment owns them, so they change every environment the workload runs in, and the
// gate judges the pull request by each of those environments' policies. One that changes no workload is no release,
// and nonReleaseChange says whose policies judge it (none for docs). Pure: the paths come from git or GitHub.
import { overlayFolder } from './kustomize-edit.js';
import { CLUSTERS_DIR, CONFIG_FILE, WORKLOADS_DIR } from './layout.js';
import type { WorkloadConfig } from './model.js';
import type { RepoSnapshot } from './repo-snapshot.js';

/**
 * The changed files that set a policy rather than a release: gitopshq.yaml (at the GitOps repository's folder
 * `prefix`, '' or `sub/`), CODEOWNERS wherever GitHub reads it, anything under `.github/` (the workflows that run
 * the gate). `files` are relative to the git repository's root. Case-insensitive: refusing too much is safe.
 */
export function policyFilesIn(files: readonly string[], prefix = ''): string[] {
  const config = `${prefix}${CONFIG_FILE}`.toLowerCase();
  const owners = new Set(['codeowners', '.github/codeowners', 'docs/codeowners']);
  return [
    ...new Set(
      files.filter((f) => {
        const p = f.toLowerCase();
        return p === config || owners.has(p) || p.startsWith('.github/');
      }),
    ),
  ].sort();
}

/**
 * The changed files under clusters/ (at the GitOps folder `prefix`): the Argo CD and Flux objects a team applies or
 * syncs from the main branch. They decide where every environment's deploy branch goes, so no one environment owns
 * them. `files` relative to the git repository's root; case-insensitive, as policyFilesIn.
 */
export function clusterFilesIn(files: readonly string[], prefix = ''): string[] {
  const folder = `${prefix}${CLUSTERS_DIR}/`.toLowerCase();
  return [...new Set(files.filter((f) => f.toLowerCase().startsWith(folder)))].sort();
}

/**
 * A pull request that changes no workload folder is no release (nothing for deploy to ship), yet what merges may
 * still reach every cluster: the policy that judges releases, the Argo CD / Flux objects under clusters/, or a file
 * a workload's render reads from outside its folder (a shared chart or Kustomize base), which ships with each
 * environment's next render. `nothing-deployable`: no environment consumes any of its files (docs, a README).
 */
export type NonReleaseChange =
  | { kind: 'nothing-deployable' }
  | {
      kind: 'policy' | 'clusters' | 'shared';
      /** The files that make it this kind (policy first, then clusters/, then rendered files). */
      files: string[];
      /** Every environment whose policy judges it, in gitopshq.yaml order. */
      environments: string[];
    };

/** The facts nonReleaseChange decides on; paths as their finders return them. */
export interface NonReleaseFacts {
  policyFiles: readonly string[];
  clusterFiles: readonly string[];
  /** Files outside workloads/ that some workload's render reads, at base or head. */
  renderedFiles: readonly string[];
  /** The environments of the targets those renders belong to. */
  renderedEnvironments: readonly string[];
}

/**
 * What a pull request without workload changes is. Policy and clusters/ files are judged by every environment of
 * `order` (the base branch's environments): the policy judges every release and the cluster objects steer every
 * deploy. Rendered files are judged by the environments whose renders read them.
 */
export function nonReleaseChange(facts: NonReleaseFacts, order: readonly string[]): NonReleaseChange {
  const { policyFiles, clusterFiles, renderedFiles } = facts;
  // No environment in gitopshq.yaml: nothing deploys anywhere, and no policy could judge it.
  if (order.length === 0) return { kind: 'nothing-deployable' };
  if (policyFiles.length > 0 || clusterFiles.length > 0) {
    return {
      kind: policyFiles.length > 0 ? 'policy' : 'clusters',
      files: [...policyFiles, ...clusterFiles, ...renderedFiles],
      environments: [...order],
    };
  }
  if (renderedFiles.length === 0) return { kind: 'nothing-deployable' };
  const reached = new Set(facts.renderedEnvironments);
  const known = order.filter((e) => reached.has(e));
  const unknown = [...reached].filter((e) => !order.includes(e)).sort();
  return { kind: 'shared', files: [...renderedFiles], environments: [...known, ...unknown] };
}

/** The environments one workload's changed files reach. */
export interface WorkloadReach {
  workload: string;
  /** Files no single environment owns: they change every environment of the workload. */
  shared: string[];
  /** The environments whose render the files change, in gitopshq.yaml order (unknown names last, sorted). */
  environments: string[];
}

/** `files` relative to the GitOps repository; one entry per workload they touch, by workload name. */
export function workloadReach(
  files: readonly string[],
  base: Pick<RepoSnapshot, 'config' | 'workloads'> | undefined,
  head: Pick<RepoSnapshot, 'config' | 'workloads'>,
): WorkloadReach[] {
  const byWorkload = new Map<string, string[]>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts[0] !== WORKLOADS_DIR || parts.length < 3 || !parts[1]) continue;
    byWorkload.set(parts[1], [...(byWorkload.get(parts[1]) ?? []), file]);
  }
  const order = (base ?? head).config.environments.map((e) => e.name);
  const sortEnvs = (envs: Iterable<string>) =>
    [...new Set(envs)].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return [...byWorkload].map(([workload, changed]) => {
    const configs = [base?.workloads.get(workload)?.config, head.workloads.get(workload)?.config].filter(
      (c): c is WorkloadConfig => c !== undefined,
    );
    // Where the workload runs before or after the change: an environment it leaves or joins is changed too.
    const listed = configs.length > 0 && configs.every((c) => Array.isArray(c.environments));
    const runsIn = listed ? configs.flatMap((c) => c.environments) : order;
    const shared: string[] = [];
    const owned = new Set<string>();
    for (const file of changed) {
      const owners = ownersOf(file.slice(`${WORKLOADS_DIR}/${workload}/`.length), configs, runsIn);
      if (owners === undefined) shared.push(file);
      else for (const env of owners) owned.add(env);
    }
    const environments = sortEnvs(shared.length > 0 ? [...owned, ...runsIn] : owned);
    return { workload, shared, environments };
  });
}

function rank(order: readonly string[], env: string): number {
  const i = order.indexOf(env);
  return i === -1 ? order.length : i;
}

/** The environments that own a file of the workload folder (`rest`: the path inside it); undefined: shared. */
function ownersOf(
  rest: string,
  configs: readonly WorkloadConfig[],
  runsIn: readonly string[],
): string[] | undefined {
  const parts = rest.split('/');
  if (parts[0] === 'values' && parts.length === 2 && parts[1]?.endsWith('.yaml')) {
    return [parts[1].slice(0, -'.yaml'.length)];
  }
  if (parts[0] === 'values' && parts.length === 3 && parts[1] && parts[2]?.endsWith('.yaml'))
    return [parts[1]];
  if (rest === 'workload.yaml') return chartVersionOwners(configs);
  const overlays = new Set<string>();
  for (const config of configs) {
    if (config.source?.type !== 'kustomize') continue;
    for (const env of runsIn) {
      const folder = overlayFolder(config.source, env).replace(/^\.\//, '').replace(/\/+$/, '');
      if (folder !== '' && rest.startsWith(`${folder}/`)) overlays.add(env);
    }
  }
  return overlays.size > 0 ? [...overlays] : undefined;
}

/**
 * A workload.yaml that changed only in per-environment chart versions (`source.versions.<env>`, what a chart
 * upgrade release writes) belongs to those environments; any other change, or a workload.yaml added or removed, is
 * shared. A change that reads the same (a comment) is shared too: it is cheap to ask, and the gate cannot tell.
 */
function chartVersionOwners(configs: readonly WorkloadConfig[]): string[] | undefined {
  const [before, after] = configs;
  if (configs.length !== 2 || !before || !after) return undefined;
  if (before.source?.type !== 'helm' || after.source?.type !== 'helm') return undefined;
  const rest = (c: WorkloadConfig) => JSON.stringify({ ...c, source: { ...c.source, versions: undefined } });
  if (rest(before) !== rest(after)) return undefined;
  const a = before.source.versions ?? {};
  const b = after.source.versions ?? {};
  const changed = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((env) => a[env] !== b[env]);
  return changed.length > 0 ? changed : undefined;
}
