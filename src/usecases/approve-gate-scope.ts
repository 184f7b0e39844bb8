// What the approval gate judges a release pull request by, beyond the release's own environment
// (docs/architecture.md#release-lifecycle): a release that also changes policy files (gitopshq.yaml, CODEOWNERS,
// .github/) is refused, because the gate and deploy judge it by the policy on the base branch and the PR would
// change that policy unseen; and a change to a layer several environments share (base values, chart, templates,
// workload.yaml) is judged by every environment it reaches. Read from git in the checkout (no API call), or from
// GitHub's file list when the checkout has no merge base. Split from approve-gate.ts, which decides.
import { MAX_DESCRIPTION } from '../domain/approval-policy.js';
import { policyFilesIn, type WorkloadReach, workloadReach } from '../domain/release-scope.js';
import type { RepoSnapshot } from '../domain/repo-snapshot.js';
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

/** What the files reach: the policy files among them, and each workload's environments. */
export interface GateScope {
  policyFiles: string[];
  /** The changed files inside workloads/ (GitOps-relative), for the refusal's message. */
  workloadFiles: string[];
  reach: WorkloadReach[];
}

export function gateScope(
  changed: ChangedFiles,
  base: Pick<RepoSnapshot, 'config' | 'workloads'> | undefined,
  head: Pick<RepoSnapshot, 'config' | 'workloads'>,
): GateScope {
  const inside = changed.files
    .filter((f) => f.startsWith(changed.prefix))
    .map((f) => f.slice(changed.prefix.length));
  const reach = workloadReach(inside, base, head);
  return {
    policyFiles: policyFilesIn(changed.files, changed.prefix),
    workloadFiles: inside.filter((f) => reach.some((r) => f.startsWith(`workloads/${r.workload}/`))),
    reach,
  };
}

/** Why a release PR that also changes policy files is refused: the full message, and the status' short one. */
export function policyChangeRefusal(
  number: number,
  scope: Pick<GateScope, 'policyFiles' | 'workloadFiles'>,
  releaseId: string | undefined,
): { message: string; description: string } {
  const what = releaseId ? `release ${releaseId}` : 'a release';
  const changes = scope.workloadFiles.length > 0 ? ` as well as ${few(scope.workloadFiles)}` : '';
  return {
    message: `pull request #${number} is ${what} and changes ${few(scope.policyFiles)}${changes}: policy changes (gitopshq.yaml, CODEOWNERS, .github/) go in a pull request of their own, reviewed by their code owners, because a release is judged and deployed by the policy on the base branch; split it, and merge the policy change first`,
    description: clip(
      `changes ${few(scope.policyFiles, 1)}${scope.workloadFiles.length > 0 ? ' as well as workloads' : ''}: policy changes need a pull request of their own${scope.workloadFiles.length > 0 ? '; split it' : ', not a release'}`,
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
    description: clip(`also changes ${others.join(', ')}: a release is one workload; split it`),
  };
}

function few(files: readonly string[], n = 3): string {
  return files.length <= n
    ? files.join(', ')
    : `${files.slice(0, n).join(', ')} and ${files.length - n} more`;
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
