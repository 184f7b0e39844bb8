// The ports and request of the deploy step (deploy.ts), apart so the modules it is split into (deploy-find.ts,
// deploy-checks.ts) name them without importing deploy.ts back.
import type { CommitInfo } from '../domain/merge-commit.js';
import type { FreezeWindow, ReleaseRecord } from '../domain/model.js';
import type { GitHubPort } from '../github/port.js';
import type { Manifest, RenderFinding, RenderTarget } from '../render/types.js';
import type { DeployBranches } from '../state/deploy-branch.js';
import type { Logger, RecordStorePort } from './deps.js';

export interface RenderedTarget {
  target: RenderTarget;
  manifests: Manifest[];
  findings: RenderFinding[];
}

/**
 * The GitOps repository as a deploy needs it: the policy (freezes, deploy branches) as the gate judged it, from the
 * base the release merged onto, never from the merged pull request (which could rewrite its own policy); the targets
 * and their manifests from the merged content, which is the release.
 */
export interface OpenedRepo {
  /** The freeze windows of the policy commit. */
  freezes: FreezeWindow[];
  /** The environment's deploy branch in the policy commit (`deploy.branch`); undefined: no such environment there. */
  deployBranch(environment: string): string | undefined;
  /** The targets a release covers: its workload in its environment, its tenants (none listed: every tenant). */
  targets(release: Pick<ReleaseRecord, 'workload' | 'environment' | 'tenants'>): RenderTarget[];
  render(targets: readonly RenderTarget[]): Promise<RenderedTarget[]>;
}

export interface ReleaseSource {
  /**
   * Loads the repository at `ref` (rendered) and its policy at `policyRef`; throws the ValidationError of an invalid
   * repository at `ref`, a UserError when the policy at `policyRef` does not load.
   */
  open<T>(ref: string, policyRef: string, fn: (repo: OpenedRepo) => Promise<T>): Promise<T>;
  /** The commit `sha` as the checkout holds it (parents, message); undefined when it does not hold it. */
  commit(sha: string): Promise<CommitInfo | undefined>;
}

export type DeployGitHub = Pick<
  GitHubPort,
  | 'findPullRequestForMergeCommit'
  | 'getPullRequest'
  | 'createDeployment'
  | 'createDeploymentStatus'
  | 'listDeployments'
>;

export interface DeployPorts {
  /** Also lists a pull request's commits: a rebase merge's copies are told apart by them (deploy-checks.ts). */
  github: DeployGitHub & Pick<GitHubPort, 'listPullRequestCommits'>;
  store: RecordStorePort;
  source: ReleaseSource;
  branches: DeployBranches;
  log: Logger;
}

export interface DeployRequest {
  /** The release to deploy; else the release whose PR merged as `sha`. */
  releaseId?: string;
  /** The pushed commit (GITHUB_SHA). */
  sha?: string;
  /** When given, the release must be for this environment. */
  environment?: string;
  actor: string;
  runUrl?: string;
}
