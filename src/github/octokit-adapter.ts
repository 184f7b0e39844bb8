// GitHubPort over @octokit/rest. API logic only: how each port method maps to REST calls and back to port types,
// by topic in octokit-pulls.ts, octokit-statuses.ts, octokit-issues.ts and octokit-repos.ts. Retries, throttling
// and error strings live in http-policy.ts.
import type { Octokit } from '@octokit/rest';
import type { RestContext } from './create-once-rest.js';
import {
  apiUrlFrom,
  type ClientOptions,
  createClient,
  type HttpPolicy,
  type RequestCounter,
  retryReadAfterWrite,
} from './http-policy.js';
import type { AdapterContext } from './octokit-context.js';
import * as issues from './octokit-issues.js';
import * as pulls from './octokit-pulls.js';
import * as repos from './octokit-repos.js';
import * as statuses from './octokit-statuses.js';
import type {
  CodeownersFile,
  CombinedStatus,
  CommitStatus,
  CommitStatusInput,
  CommitSummary,
  Deployment,
  DeploymentInput,
  DeploymentStatusInput,
  GitHubPort,
  Issue,
  MergeMethod,
  MergeResult,
  PullRequest,
  PullRequestFile,
  RefActivity,
  RepoRef,
  RepositoryPermission,
  Review,
  StickyCommentResult,
} from './port.js';

export { CODEOWNERS_PATHS } from './octokit-repos.js';

export interface OctokitAdapterOptions extends Omit<ClientOptions, 'baseUrl'> {
  repository: RepoRef;
  /** API base URL; default GITHUB_API_URL or https://api.github.com. */
  baseUrl: string;
}

export class OctokitGitHub implements GitHubPort {
  readonly repository: RepoRef;
  private readonly octokit: Octokit;
  private readonly counter: RequestCounter;
  private readonly policy: Partial<HttpPolicy> | undefined;
  private readonly warn: ((message: string) => void) | undefined;
  /**
   * `deployment:<id>`, `pull:<number>`: what this client created, so a 404 on it right after is lag, not absence
   * (every read of a pull request it opened, its comments, commits and reviews, and a label put on it).
   */
  private readonly created = new Set<string>();
  private readonly c: AdapterContext;

  constructor(options: OctokitAdapterOptions) {
    this.repository = options.repository;
    const client = createClient(options);
    this.octokit = client.octokit;
    this.counter = client.counter;
    this.policy = options.policy;
    this.warn = options.warn;
    const repo = { owner: this.repository.owner, repo: this.repository.repo };
    const rest: RestContext = { octokit: this.octokit, repo, policy: this.policy, warn: this.warn };
    this.c = {
      octokit: this.octokit,
      repository: this.repository,
      repo,
      rest,
      onCreated: (key, call) =>
        this.created.has(key) ? retryReadAfterWrite(call, this.policy, this.warn) : call(),
      markCreated: (key) => {
        this.created.add(key);
      },
    };
  }

  get requestCount(): number {
    return this.counter.total;
  }

  requestsByRoute(): Record<string, number> {
    return Object.fromEntries(this.counter.byRoute);
  }

  createPullRequest(input: {
    head: string;
    base: string;
    title: string;
    body: string;
    draft?: boolean;
  }): Promise<PullRequest> {
    return pulls.createPullRequest(this.c, input);
  }

  updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] },
  ): Promise<PullRequest> {
    return pulls.updatePullRequest(this.c, number, changes);
  }

  findOpenPullRequest(branch: string): Promise<PullRequest | undefined> {
    return pulls.findOpenPullRequest(this.c, branch);
  }

  getPullRequest(number: number): Promise<PullRequest> {
    return pulls.getPullRequest(this.c, number);
  }

  listPullRequestFiles(number: number): Promise<PullRequestFile[]> {
    return pulls.listPullRequestFiles(this.c, number);
  }

  listPullRequestCommits(number: number): Promise<CommitSummary[]> {
    return pulls.listPullRequestCommits(this.c, number);
  }

  listBranchActivity(branch: string): Promise<RefActivity[]> {
    return repos.listBranchActivity(this.c, branch);
  }

  findPullRequestForMergeCommit(sha: string): Promise<PullRequest | undefined> {
    return pulls.findPullRequestForMergeCommit(this.c, sha);
  }

  mergePullRequest(
    number: number,
    opts: { method?: MergeMethod; sha?: string; commitTitle?: string; commitMessage?: string } = {},
  ): Promise<MergeResult> {
    return pulls.mergePullRequest(this.c, number, opts);
  }

  listReviews(number: number): Promise<Review[]> {
    return pulls.listReviews(this.c, number);
  }

  upsertStickyComment(
    number: number,
    purpose: string,
    text: string,
    opts: { summaryUrl?: string } = {},
  ): Promise<StickyCommentResult> {
    return issues.upsertStickyComment(this.c, number, purpose, text, opts);
  }

  createCommitStatus(sha: string, status: CommitStatusInput): Promise<CommitStatus> {
    return statuses.createCommitStatus(this.c, sha, status);
  }

  getCombinedStatus(ref: string): Promise<CombinedStatus> {
    return statuses.getCombinedStatus(this.c, ref);
  }

  createDeployment(input: DeploymentInput): Promise<Deployment> {
    return statuses.createDeployment(this.c, input);
  }

  listDeployments(filter: { environment: string; sha: string }): Promise<Deployment[]> {
    return statuses.listDeployments(this.c, filter);
  }

  createDeploymentStatus(deploymentId: number, status: DeploymentStatusInput): Promise<void> {
    return statuses.createDeploymentStatus(this.c, deploymentId, status);
  }

  addLabels(number: number, labels: string[]): Promise<string[]> {
    return issues.addLabels(this.c, number, labels);
  }

  removeLabel(number: number, label: string): Promise<void> {
    return issues.removeLabel(this.c, number, label);
  }

  isTeamMember(org: string, teamSlug: string, username: string): Promise<boolean> {
    return repos.isTeamMember(this.c, org, teamSlug, username);
  }

  getCodeowners(ref: string): Promise<CodeownersFile | undefined> {
    return repos.getCodeowners(this.c, ref);
  }

  getRepositoryPermission(username: string): Promise<RepositoryPermission> {
    return repos.getRepositoryPermission(this.c, username);
  }

  dispatchWorkflow(workflow: string | number, ref: string, inputs: Record<string, string>): Promise<void> {
    return repos.dispatchWorkflow(this.c, workflow, ref, inputs);
  }

  dispatchRepository(eventType: string, clientPayload: Record<string, unknown>): Promise<void> {
    return repos.dispatchRepository(this.c, eventType, clientPayload);
  }

  // verify-health (issue 10): the drift issue.
  listIssues(filter: { labels: string[]; state: 'open' | 'closed' | 'all' }): Promise<Issue[]> {
    return issues.listIssues(this.c, filter);
  }

  createIssue(input: { title: string; body: string; labels?: string[] }): Promise<Issue> {
    return issues.createIssue(this.c, input);
  }

  updateIssue(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<Issue> {
    return issues.updateIssue(this.c, number, changes);
  }
}

/** The adapter for an action run: GITHUB_REPOSITORY, GITHUB_API_URL and the token input. */
export function gitHubFromEnv(
  env: NodeJS.ProcessEnv,
  token: string,
  opts: Omit<OctokitAdapterOptions, 'repository' | 'baseUrl' | 'token'> = {},
): OctokitGitHub {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY must be set to OWNER/REPO');
  return new OctokitGitHub({ ...opts, token, repository: { owner, repo }, baseUrl: apiUrlFrom(env) });
}
