// What the approval gate judges a pull request by, beyond a release's own environment
// (docs/architecture.md#release-lifecycle): a release that also changes policy files (gitopshq.yaml, CODEOWNERS,
// .github/) or the cluster objects under clusters/ is refused, because the gate and deploy judge it by the policy on
// the base branch and the PR would change that policy unseen; a change to a layer several environments share (base
// values, chart, templates, workload.yaml) is judged by every environment it reaches; and a pull request that changes
// no workload is no release, judged by every environment its files reach (none for docs: nonReleaseChange). Read
// from git in the checkout (no API call), or from GitHub's file list when the checkout has no merge base; the files
// a render reads from outside its workload folder (a shared chart) are followed on disk. Split from approve-gate.ts.
import { clipDescription } from '../domain/approval-policy.js';
import { WORKLOADS_DIR } from '../domain/layout.js';
import type { GitopshqConfig } from '../domain/model.js';
import {
  clusterFilesIn,
  type NonReleaseChange,
  nonReleaseChange,
  policyFilesIn,
  type WorkloadReach,
  workloadReach,
} from '../domain/release-scope.js';
import type { LoadedWorkload, RepoSnapshot } from '../domain/repo-snapshot.js';
import type { PullRequest } from '../github/port.js';
import type { Checkout } from './deps.js';

/** The pull request's changed files: relative to the git root, and the GitOps repository's folder in it. */
export interface ChangedFiles {
  prefix: string;
  files: string[];
}

export async function changedFiles(
  pr: PullRequest,
  checkout: Pick<Checkout, 'changedFiles'>,
  fromGitHub: () => Promise<string[]>,
): Promise<ChangedFiles> {
  const local = await checkout.changedFiles(pr.base.sha, pr.head.sha);
  return { prefix: local.prefix, files: local.files ?? (await fromGitHub()) };
}

/** What the files reach: the policy and cluster files among them, each workload's environments, and what renders read. */
export interface GateScope {
  policyFiles: string[];
  /** Files under clusters/ (git-root relative, as policyFiles). */
  clusterFiles: string[];
  /** The changed files inside workloads/ (GitOps-relative), for the refusal's message. */
  workloadFiles: string[];
  reach: WorkloadReach[];
  /** Changed files outside workloads/ that a workload's render reads (GitOps-relative), and their environments. */
  rendered: { files: string[]; environments: string[] };
}

export async function gateScope(
  changed: ChangedFiles,
  base: RepoSnapshot | undefined,
  head: RepoSnapshot,
): Promise<GateScope> {
  const inside = changed.files
    .filter((f) => f.startsWith(changed.prefix))
    .map((f) => f.slice(changed.prefix.length));
  const reach = workloadReach(inside, base, head);
  const policyFiles = policyFilesIn(changed.files, changed.prefix);
  const clusterFiles = clusterFilesIn(changed.files, changed.prefix);
  // What is left once workloads/, policy and clusters/ are set aside: docs, unless a render reads them.
  const counted = new Set([...policyFiles, ...clusterFiles]);
  const others = changed.files
    .filter((f) => f.startsWith(changed.prefix) && !counted.has(f))
    .map((f) => f.slice(changed.prefix.length))
    .filter((f) => !f.startsWith(`${WORKLOADS_DIR}/`));
  return {
    policyFiles,
    clusterFiles,
    workloadFiles: inside.filter((f) => reach.some((r) => f.startsWith(`workloads/${r.workload}/`))),
    reach,
    rendered: others.length > 0 ? await renderedFiles(others, base, head) : { files: [], environments: [] },
  };
}

/**
 * The files among `paths` (GitOps-relative, outside workloads/) that a workload's render reads at base or head, by
 * the reads preview follows (a chart's in-repository links and `file://` dependencies, Kustomize references), and
 * the environments of those renders. Loaded only for such files: most pull requests have none.
 */
async function renderedFiles(
  paths: readonly string[],
  base: RepoSnapshot | undefined,
  head: RepoSnapshot,
): Promise<{ files: string[]; environments: string[] }> {
  const [{ affectedTargets }, { followedReads }] = await Promise.all([
    import('../render/affected.js'),
    import('../render/workload-reads.js'),
  ]);
  const reads = new Map<LoadedWorkload, ReturnType<typeof followedReads>>();
  const readsOf = (snap: RepoSnapshot, w: LoadedWorkload) => {
    let r = reads.get(w);
    if (r === undefined) {
      r = followedReads(snap, w);
      reads.set(w, r);
    }
    return r;
  };
  const snaps = base ? [base, head] : [head];
  const files: string[] = [];
  const environments = new Set<string>();
  for (const path of paths) {
    const targets = affectedTargets([path], snaps, readsOf);
    if (targets.length === 0) continue;
    files.push(path);
    for (const t of targets) environments.add(t.environment);
  }
  return { files, environments: [...environments] };
}

/** A release (a record, or workload changes) that also changes policy or cluster files: refused. */
export function policyRefused(scope: GateScope, record: object | undefined): boolean {
  const policy = scope.policyFiles.length + scope.clusterFiles.length > 0;
  return policy && (record !== undefined || scope.reach.length > 0);
}

/** What a pull request with no release record is when it changes no workload; undefined: it is a release. */
export function nonReleaseOf(
  scope: GateScope,
  config: Pick<GitopshqConfig, 'environments'>,
): NonReleaseChange | undefined {
  if (scope.reach.length > 0) return undefined;
  return nonReleaseChange(
    {
      policyFiles: scope.policyFiles,
      clusterFiles: scope.clusterFiles,
      renderedFiles: scope.rendered.files,
      renderedEnvironments: scope.rendered.environments,
    },
    config.environments.map((e) => e.name),
  );
}

/** Why a release PR that also changes policy or cluster files is refused: the full message, and the status' short one. */
export function policyChangeRefusal(
  number: number,
  scope: Pick<GateScope, 'policyFiles' | 'clusterFiles' | 'workloadFiles'>,
  releaseId: string | undefined,
): { message: string; description: string } {
  const what = releaseId ? `release ${releaseId}` : 'a release';
  const files = [...scope.policyFiles, ...scope.clusterFiles];
  const changes = scope.workloadFiles.length > 0 ? ` as well as ${few(scope.workloadFiles)}` : '';
  return {
    message: `pull request #${number} is ${what} and changes ${few(files)}${changes}: policy changes (gitopshq.yaml, CODEOWNERS, .github/, clusters/) go in a pull request of their own, reviewed by their code owners and judged by every environment's policy, because a release is judged and deployed by the policy on the base branch; split it, and merge the policy change first`,
    description: clipDescription(
      `changes ${few(files, 1)}${scope.workloadFiles.length > 0 ? ' as well as workloads' : ''}: policy changes need a pull request of their own${scope.workloadFiles.length > 0 ? '; split it' : ', not a release'}`,
    ),
  };
}

/** Why a release PR that also changes another workload is refused (its record names one). */
export function otherWorkloadRefusal(
  number: number,
  release: { id: string; workload: string },
  others: readonly string[],
): { message: string; description: string } {
  return {
    message: `pull request #${number} is release ${release.id} of ${release.workload}, and it also changes ${others.join(', ')}: a release is one workload, so keep this pull request to ${release.workload} and open another for the rest`,
    description: clipDescription(`also changes ${others.join(', ')}: a release is one workload; split it`),
  };
}

function few(files: readonly string[], n = 3): string {
  return files.length <= n
    ? files.join(', ')
    : `${files.slice(0, n).join(', ')} and ${files.length - n} more`;
}
