// GitHubPort over @octokit/rest. API logic only: how each port method maps to REST calls and back to port types.
// Retries, throttling and error strings live in http-policy.ts.
import type { Octokit } from '@octokit/rest';
import { normalizeReviewState } from '../domain/reviews.js';
import {
  createCommentOnce,
  createDeploymentOnce,
  createDeploymentStatusOnce,
  createIssueOnce,
  mergeOnce,
  type RestContext,
} from './create-once-rest.js';
import { messageOf, statusOf } from './failure.js';
import {
  apiUrlFrom,
  type ClientOptions,
  createClient,
  type HttpPolicy,
  type RequestCounter,
  retryReadAfterWrite,
} from './http-policy.js';
import {
  type CodeownersFile,
  type CombinedStatus,
  type CommitStatus,
  type CommitStatusInput,
  type CommitSummary,
  type Deployment,
  type DeploymentInput,
  type DeploymentStatusInput,
  type FileStatus,
  type GitHubPort,
  HeadChangedError,
  type Issue,
  type MergeMethod,
  type MergeResult,
  type PullRequest,
  type PullRequestFile,
  PullRequestNotMergeableError,
  type RepoRef,
  type RepositoryPermission,
  type Review,
  type StickyCommentResult,
  TeamMembershipUnreadableError,
} from './port.js';
import { isStickyComment, stickyBody } from './sticky-comment.js';

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

interface RawPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  state: string;
  draft?: boolean;
  merged?: boolean;
  mergeable?: boolean | null;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  user: { login: string } | null;
  labels: { name?: string }[];
  merge_commit_sha: string | null;
  merged_at: string | null;
  created_at: string;
}

function toPullRequest(p: RawPull): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    title: p.title,
    body: p.body ?? '',
    state: p.state === 'closed' ? 'closed' : 'open',
    draft: p.draft ?? false,
    merged: p.merged ?? p.merged_at !== null,
    mergeable: p.mergeable ?? null,
    head: { ref: p.head.ref, sha: p.head.sha },
    base: { ref: p.base.ref, sha: p.base.sha },
    author: p.user?.login ?? '',
    labels: p.labels.flatMap((l) => (l.name ? [l.name] : [])),
    mergeCommitSha: p.merge_commit_sha,
    mergedAt: p.merged_at,
    createdAt: p.created_at,
  };
}

/** GitHub's 422 to a pull request whose head already has an open one (in the error's `errors[].message`). */
const ALREADY_EXISTS = /A pull request already exists for /;

function errorData(e: unknown): unknown {
  return (e as { status?: unknown; response?: { data?: unknown } } | null)?.status === 422
    ? (e as { response?: { data?: unknown } }).response?.data
    : undefined;
}

const PERMISSION_RANK: RepositoryPermission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

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

  constructor(options: OctokitAdapterOptions) {
    this.repository = options.repository;
    const client = createClient(options);
    this.octokit = client.octokit;
    this.counter = client.counter;
    this.policy = options.policy;
    this.warn = options.warn;
  }

  /** `call` on something this client may have just created: a 404 on it is retried as read-after-write lag. */
  private onCreated<T>(key: string, call: () => Promise<T>): Promise<T> {
    return this.created.has(key) ? retryReadAfterWrite(call, this.policy, this.warn) : call();
  }

  /** For the creates made once (create-once-rest.ts): a lost answer is looked up, not created twice. */
  private get rest(): RestContext {
    return { octokit: this.octokit, repo: this.repo, policy: this.policy, warn: this.warn };
  }

  get requestCount(): number {
    return this.counter.total;
  }

  requestsByRoute(): Record<string, number> {
    return Object.fromEntries(this.counter.byRoute);
  }

  private get repo(): { owner: string; repo: string } {
    return { owner: this.repository.owner, repo: this.repository.repo };
  }

  async createPullRequest(input: {
    head: string;
    base: string;
    title: string;
    body: string;
    draft?: boolean;
  }): Promise<PullRequest> {
    let data: Awaited<ReturnType<typeof this.octokit.rest.pulls.create>>['data'];
    try {
      ({ data } = await this.octokit.rest.pulls.create({
        ...this.repo,
        ...input,
        draft: input.draft ?? false,
      }));
    } catch (e) {
      // A retry of a create whose first attempt landed (its answer lost to a timeout or a 502) meets that pull
      // request: it is the one asked for, so it is the answer. Callers look for an open one first, as here.
      const open = ALREADY_EXISTS.test(JSON.stringify(errorData(e)))
        ? await this.findOpenPullRequest(input.head)
        : undefined;
      if (open?.base.ref !== input.base) throw e;
      this.created.add(`pull:${open.number}`);
      return open;
    }
    this.created.add(`pull:${data.number}`);
    return toPullRequest(data);
  }

  async updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] },
  ): Promise<PullRequest> {
    const { labels, ...fields } = changes;
    if (labels && labels.length > 0) {
      await this.octokit.rest.issues.setLabels({ ...this.repo, issue_number: number, labels });
    } else if (labels) {
      // setLabels requires at least one label (the OpenAPI description says minItems 1).
      await this.octokit.rest.issues.removeAllLabels({ ...this.repo, issue_number: number });
    }
    if (Object.keys(fields).length === 0) return this.getPullRequest(number);
    const { data } = await this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, ...fields });
    return toPullRequest(data);
  }

  async findOpenPullRequest(branch: string): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.repo,
      state: 'open',
      head: `${this.repository.owner}:${branch}`,
      per_page: 10,
    });
    const first = data[0];
    return first ? toPullRequest(first) : undefined;
  }

  async getPullRequest(number: number): Promise<PullRequest> {
    const { data } = await this.onCreated(`pull:${number}`, () =>
      this.octokit.rest.pulls.get({ ...this.repo, pull_number: number }),
    );
    return toPullRequest(data);
  }

  async listPullRequestFiles(number: number): Promise<PullRequestFile[]> {
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      ...this.repo,
      pull_number: number,
      per_page: 100,
    });
    return files.map((f) => ({
      filename: f.filename,
      status: f.status as FileStatus,
      ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
      additions: f.additions,
      deletions: f.deletions,
    }));
  }

  async listPullRequestCommits(number: number): Promise<CommitSummary[]> {
    const commits = await this.onCreated(`pull:${number}`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listCommits, {
        ...this.repo,
        pull_number: number,
        per_page: 100,
      }),
    );
    return commits.map((c) => ({
      sha: c.sha,
      message: c.commit.message,
      author: c.author?.login ?? null,
      authorName: c.commit.author?.name ?? '',
      date: c.commit.author?.date ?? '',
      committer: c.committer?.login ?? null,
    }));
  }

  async findPullRequestForMergeCommit(sha: string): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...this.repo,
      commit_sha: sha,
      per_page: 100,
    });
    const exact = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at !== null);
    return exact ? toPullRequest(exact) : undefined;
  }

  async mergePullRequest(
    number: number,
    opts: { method?: MergeMethod; sha?: string; commitTitle?: string; commitMessage?: string } = {},
  ): Promise<MergeResult> {
    const route = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge';
    try {
      const data = await this.onCreated(`pull:${number}`, () =>
        mergeOnce(this.rest, number, {
          merge_method: opts.method ?? 'merge',
          ...(opts.sha ? { sha: opts.sha } : {}),
          ...(opts.commitTitle ? { commit_title: opts.commitTitle } : {}),
          ...(opts.commitMessage ? { commit_message: opts.commitMessage } : {}),
        }),
      );
      return { sha: data.sha, message: data.message };
    } catch (e) {
      const status = statusOf(e);
      if (status === 405) throw new PullRequestNotMergeableError(messageOf(e), 405, route);
      if (status === 409) throw new HeadChangedError(messageOf(e), 409, route);
      throw e;
    }
  }

  async listReviews(number: number): Promise<Review[]> {
    const reviews = await this.onCreated(`pull:${number}`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
        ...this.repo,
        pull_number: number,
        per_page: 100,
      }),
    );
    return reviews.flatMap((r) => {
      const state = normalizeReviewState(r.state);
      if (!state) return [];
      return [
        {
          id: r.id,
          reviewer: r.user?.login ?? '',
          state,
          commitId: r.commit_id ?? '',
          submittedAt: r.submitted_at ?? '',
          body: r.body,
        },
      ];
    });
  }

  async upsertStickyComment(
    number: number,
    purpose: string,
    text: string,
    opts: { summaryUrl?: string } = {},
  ): Promise<StickyCommentResult> {
    const { body, truncated } = stickyBody(purpose, text, opts.summaryUrl);
    const comments = await this.onCreated(`pull:${number}`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.repo,
        issue_number: number,
        per_page: 100,
      }),
    );
    const existing = comments.find((c) => isStickyComment(c.body, purpose));
    if (existing) {
      if (existing.body === body)
        return { id: existing.id, url: existing.html_url, created: false, truncated };
      const { data } = await this.octokit.rest.issues.updateComment({
        ...this.repo,
        comment_id: existing.id,
        body,
      });
      return { id: data.id, url: data.html_url, created: false, truncated };
    }
    const data = await createCommentOnce(this.rest, number, body);
    return { id: data.id, url: data.html_url, created: true, truncated };
  }

  async createCommitStatus(sha: string, status: CommitStatusInput): Promise<CommitStatus> {
    const { data } = await this.octokit.rest.repos.createCommitStatus({
      ...this.repo,
      sha,
      state: status.state,
      context: status.context,
      ...(status.description !== undefined ? { description: status.description.slice(0, 140) } : {}),
      ...(status.targetUrl !== undefined ? { target_url: status.targetUrl } : {}),
    });
    return {
      state: data.state as CommitStatus['state'],
      context: data.context,
      description: data.description,
      targetUrl: data.target_url,
    };
  }

  async getCombinedStatus(ref: string): Promise<CombinedStatus> {
    const { data } = await this.octokit.rest.repos.getCombinedStatusForRef({
      ...this.repo,
      ref,
      per_page: 100,
    });
    return {
      state: data.state as CombinedStatus['state'],
      sha: data.sha,
      statuses: data.statuses.map((s) => ({
        state: s.state as CommitStatus['state'],
        context: s.context,
        description: s.description,
        targetUrl: s.target_url,
      })),
    };
  }

  async createDeployment(input: DeploymentInput): Promise<Deployment> {
    const data = await createDeploymentOnce(this.rest, input);
    if (!('id' in data)) {
      // 202: GitHub merged or refused to merge the default branch; with auto_merge false it should not happen.
      throw new Error(
        `GitHub did not create the deployment of ${input.ref}: ${data.message ?? 'no reason given'}`,
      );
    }
    this.created.add(`deployment:${data.id}`);
    return {
      id: data.id,
      ref: data.ref,
      sha: data.sha,
      environment: data.environment,
      task: data.task,
      description: data.description,
    };
  }

  async listDeployments(filter: { environment: string; sha: string }): Promise<Deployment[]> {
    const { data } = await this.octokit.rest.repos.listDeployments({
      ...this.repo,
      environment: filter.environment,
      sha: filter.sha,
      per_page: 100,
    });
    return data.map((d) => ({
      id: d.id,
      ref: d.ref,
      sha: d.sha,
      environment: d.environment,
      task: d.task,
      description: d.description,
    }));
  }

  async createDeploymentStatus(deploymentId: number, status: DeploymentStatusInput): Promise<void> {
    const description = status.description?.slice(0, 140);
    await this.onCreated(`deployment:${deploymentId}`, () =>
      createDeploymentStatusOnce(this.rest, deploymentId, {
        ...status,
        ...(description !== undefined ? { description } : {}),
      }),
    );
  }

  async addLabels(number: number, labels: string[]): Promise<string[]> {
    const { data } = await this.onCreated(`pull:${number}`, () =>
      this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: number, labels }),
    );
    return data.map((l) => l.name);
  }

  async removeLabel(number: number, label: string): Promise<void> {
    try {
      await this.octokit.rest.issues.removeLabel({ ...this.repo, issue_number: number, name: label });
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
  }

  async isTeamMember(org: string, teamSlug: string, username: string): Promise<boolean> {
    try {
      const { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: teamSlug,
        username,
      });
      return data.state === 'active';
    } catch (e) {
      const status = statusOf(e);
      if (status === 404) return false;
      if (status === 403) {
        throw new TeamMembershipUnreadableError(
          org,
          teamSlug,
          'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
        );
      }
      throw e;
    }
  }

  async getCodeowners(ref: string): Promise<CodeownersFile | undefined> {
    for (const path of CODEOWNERS_PATHS) {
      try {
        const { data } = await this.octokit.rest.repos.getContent({ ...this.repo, path, ref });
        if (!Array.isArray(data) && data.type === 'file' && 'content' in data) {
          return { path, content: Buffer.from(data.content, 'base64').toString('utf8') };
        }
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
      }
    }
    return undefined;
  }

  async getRepositoryPermission(username: string): Promise<RepositoryPermission> {
    try {
      const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
        ...this.repo,
        username,
      });
      // role_name says maintain/triage, which `permission` folds into write/read.
      const role = data.role_name as RepositoryPermission;
      return PERMISSION_RANK.includes(role) ? role : (data.permission as RepositoryPermission);
    } catch (e) {
      if (statusOf(e) === 404) return 'none';
      throw e;
    }
  }

  async dispatchWorkflow(
    workflow: string | number,
    ref: string,
    inputs: Record<string, string>,
  ): Promise<void> {
    await this.octokit.rest.actions.createWorkflowDispatch({
      ...this.repo,
      workflow_id: workflow,
      ref,
      inputs,
    });
  }

  async dispatchRepository(eventType: string, clientPayload: Record<string, unknown>): Promise<void> {
    await this.octokit.rest.repos.createDispatchEvent({
      ...this.repo,
      event_type: eventType,
      client_payload: clientPayload,
    });
  }

  // verify-health (issue 10): the drift issue.
  async listIssues(filter: { labels: string[]; state: 'open' | 'closed' | 'all' }): Promise<Issue[]> {
    const { data } = await this.octokit.rest.issues.listForRepo({
      ...this.repo,
      state: filter.state,
      labels: filter.labels.join(','),
      sort: 'created',
      direction: 'desc',
      per_page: 100,
    });
    return data.filter((i) => !i.pull_request).map(toIssue);
  }

  async createIssue(input: { title: string; body: string; labels?: string[] }): Promise<Issue> {
    return toIssue(await createIssueOnce(this.rest, input));
  }

  async updateIssue(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<Issue> {
    const { data } = await this.octokit.rest.issues.update({
      ...this.repo,
      issue_number: number,
      ...changes,
    });
    return toIssue(data);
  }
}

interface RawIssue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
}

function toIssue(i: RawIssue): Issue {
  return {
    number: i.number,
    url: i.html_url,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    labels: i.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
  };
}

/** The adapter for an action run: GITHUB_REPOSITORY, GITHUB_API_URL and the token input. */
export function gitHubFromEnv(
  env: NodeJS.ProcessEnv,
  token: string,
  opts: Omit<OctokitAdapterOptions, 'repository' | 'baseUrl' | 'token'> = {},
): OctokitGitHub {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY must be set to OWNER/REPO');
  return new OctokitGitHub({
    ...opts,
    token,
    repository: { owner, repo },
    baseUrl: apiUrlFrom(env),
  });
}
