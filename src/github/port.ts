// The port the actions use to talk to GitHub: plain types, no Octokit types, so a use case runs the same against
// the Octokit adapter (real GitHub or the simulator) and anything else that implements it.
import type { ReviewState } from '../domain/reviews.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequest {
  number: number;
  /** The page a person opens (`html_url`). */
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  /** null while GitHub is still computing it, and always in list results. */
  mergeable: boolean | null;
  /**
   * `repo` is the head's repository as `owner/name` (a fork's, for a PR from a fork; null when that fork is gone),
   * left out by callers that build a PR of this repository.
   */
  head: { ref: string; sha: string; repo?: string | null };
  base: { ref: string; sha: string };
  author: string;
  labels: string[];
  mergeCommitSha: string | null;
  mergedAt: string | null;
  createdAt: string;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullRequestFile {
  filename: string;
  status: FileStatus;
  previousFilename?: string;
  additions: number;
  deletions: number;
}

export interface CommitSummary {
  sha: string;
  message: string;
  /** The GitHub login of the author, when GitHub could match the commit's e-mail to a user. */
  author: string | null;
  authorName: string;
  date: string;
  /** The GitHub login of the committer (who rebased or pushed it), when GitHub could match the e-mail. */
  committer?: string | null;
}

export type RefActivityType =
  | 'push'
  | 'force_push'
  | 'branch_creation'
  | 'branch_deletion'
  | 'pr_merge'
  | 'merge_queue_merge';

/** One change to a ref as GitHub recorded it (GET /repos/{o}/{r}/activity): who moved it, from where to where. */
export interface RefActivity {
  type: RefActivityType;
  /** The GitHub account that pushed (from the token or session it pushed with, not from any commit); null: deleted. */
  actor: string | null;
  /** `refs/heads/<branch>`. */
  ref: string;
  before: string;
  after: string;
  timestamp: string;
}

export interface Review {
  id: number;
  reviewer: string;
  state: ReviewState;
  /** The PR head the review was made on. */
  commitId: string;
  submittedAt: string;
  body: string;
}

/** Commit status contexts that branch protection requires (part of the public contract: never rename). */
export const PREVIEW_STATUS_CONTEXT = 'gitopshq/preview';
export const APPROVAL_STATUS_CONTEXT = 'gitopshq/approval';

export type CommitState = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatusInput {
  state: CommitState;
  context: string;
  description?: string;
  targetUrl?: string;
}

export interface CommitStatus {
  state: CommitState;
  context: string;
  description: string | null;
  targetUrl: string | null;
}

export interface CombinedStatus {
  /** GitHub's roll-up: failure if any is error/failure, pending if any is pending or there are none. */
  state: 'failure' | 'pending' | 'success';
  sha: string;
  statuses: CommitStatus[];
}

export interface DeploymentInput {
  ref: string;
  environment: string;
  task?: string;
  description?: string;
  payload?: Record<string, unknown>;
  /** Status contexts GitHub must see green on `ref` first; empty (the default) means none. */
  requiredContexts?: string[];
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  task: string;
  description: string | null;
}

export type DeploymentState =
  | 'error'
  | 'failure'
  | 'inactive'
  | 'in_progress'
  | 'queued'
  | 'pending'
  | 'success';

export interface DeploymentStatusInput {
  state: DeploymentState;
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
}

export type RepositoryPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface MergeResult {
  sha: string;
  message: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  created: boolean;
  /** The body was longer than a PR comment may be and was shortened with a pointer to the job summary. */
  truncated: boolean;
}

export interface CodeownersFile {
  path: string;
  content: string;
}

/** An issue (not a pull request; the issues API lists both, the adapter keeps the issues). */
export interface Issue {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

export interface GitHubPort {
  readonly repository: RepoRef;

  createPullRequest(input: {
    head: string;
    base: string;
    title: string;
    body: string;
    draft?: boolean;
  }): Promise<PullRequest>;
  /** Changes title/body/state; `labels` replaces the PR's labels. */
  updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] },
  ): Promise<PullRequest>;
  /** The open PR whose head is `branch` of this repository, if there is one. */
  findOpenPullRequest(branch: string): Promise<PullRequest | undefined>;
  getPullRequest(number: number): Promise<PullRequest>;
  listPullRequestFiles(number: number): Promise<PullRequestFile[]>;
  listPullRequestCommits(number: number): Promise<CommitSummary[]>;
  /**
   * Who moved `branch` of this repository and how, newest first, every page (GET /repos/{o}/{r}/activity). Throws
   * RefActivityUnreadableError when GitHub answers 403 or 404 (the token may not read it, or no such repository).
   */
  listBranchActivity(branch: string): Promise<RefActivity[]>;
  /**
   * The merged PR whose merge produced `sha` (GET /repos/{o}/{r}/commits/{sha}/pulls): the one whose merge_commit_sha
   * is `sha` (GitHub sets it for merge, squash and rebase merges alike). A PR the commit merely belongs to (its head,
   * or one merged earlier whose commits a direct push carries) is not it: undefined, so deploy never takes an old
   * release for a commit that did not merge it.
   */
  findPullRequestForMergeCommit(sha: string): Promise<PullRequest | undefined>;
  /** Throws PullRequestNotMergeableError (405) or HeadChangedError (409, `sha` no longer the head). */
  mergePullRequest(
    number: number,
    opts?: { method?: MergeMethod; sha?: string; commitTitle?: string; commitMessage?: string },
  ): Promise<MergeResult>;

  /** Every review, every page, oldest first. */
  listReviews(number: number): Promise<Review[]>;

  /** One comment per PR and purpose, found by a hidden marker and edited in place. */
  upsertStickyComment(
    number: number,
    purpose: string,
    body: string,
    opts?: { summaryUrl?: string },
  ): Promise<StickyCommentResult>;

  createCommitStatus(sha: string, status: CommitStatusInput): Promise<CommitStatus>;
  getCombinedStatus(ref: string): Promise<CombinedStatus>;

  /** Always `auto_merge: false`, and `required_contexts` explicit (default: none). */
  createDeployment(input: DeploymentInput): Promise<Deployment>;
  createDeploymentStatus(deploymentId: number, status: DeploymentStatusInput): Promise<void>;

  // deploy (issue 9): a re-run finds the deployment it created before it was killed.
  /** Deployments of `environment` at `sha`, newest first (one page: a deploy commit has one or two). */
  listDeployments(filter: { environment: string; sha: string }): Promise<Deployment[]>;

  /** Returns the labels the PR has afterwards. */
  addLabels(number: number, labels: string[]): Promise<string[]>;
  /** Removing a label the PR does not have is not an error. */
  removeLabel(number: number, label: string): Promise<void>;

  /** Active membership only. Throws TeamMembershipUnreadableError when the token may not read memberships. */
  isTeamMember(org: string, teamSlug: string, username: string): Promise<boolean>;
  /** .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS at `ref`: the first that exists, as GitHub reads them. */
  getCodeowners(ref: string): Promise<CodeownersFile | undefined>;
  getRepositoryPermission(username: string): Promise<RepositoryPermission>;

  dispatchWorkflow(workflow: string | number, ref: string, inputs: Record<string, string>): Promise<void>;
  dispatchRepository(eventType: string, clientPayload: Record<string, unknown>): Promise<void>;

  // verify-health (issue 10): one drift issue per environment, found by its label, updated in place, closed when
  // the drift is gone.
  /** Issues with every one of `labels` (pull requests left out), newest first, at most 100. */
  listIssues(filter: { labels: string[]; state: 'open' | 'closed' | 'all' }): Promise<Issue[]>;
  createIssue(input: { title: string; body: string; labels?: string[] }): Promise<Issue>;
  updateIssue(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<Issue>;

  /** HTTP requests made so far (retries included), for the job summary. */
  readonly requestCount: number;
  requestsByRoute(): Record<string, number>;
}

/** A GitHub API call failed in a way the caller may want to tell apart. */
export class GitHubError extends Error {
  override readonly name: string = 'GitHubError';
  constructor(
    message: string,
    readonly status: number,
    readonly route: string,
  ) {
    super(message);
  }
}

export class PullRequestNotMergeableError extends GitHubError {
  override readonly name = 'PullRequestNotMergeableError';
}

export class HeadChangedError extends GitHubError {
  override readonly name = 'HeadChangedError';
}

/** The repository activity API answered 403 or 404: who pushed can only be read from the commits (forgeable). */
export class RefActivityUnreadableError extends GitHubError {
  override readonly name = 'RefActivityUnreadableError';
}

/** The token may not read team memberships (organization Members read permission): team policies fail closed. */
export class TeamMembershipUnreadableError extends GitHubError {
  override readonly name = 'TeamMembershipUnreadableError';
  constructor(
    readonly org: string,
    readonly team: string,
    route: string,
  ) {
    super(
      `cannot read membership of team ${org}/${team}: the token lacks the organization "Members: read" permission ` +
        '(GITHUB_TOKEN never has it). Use a GitHub App token with Members read, or drop the team rule; ' +
        'until then the policy is treated as not met.',
      403,
      route,
    );
  }
}
