// The one builder of GitHub's objects (users, repositories, labels, pull requests, reviews...), for the
// simulator's REST responses and the webhook payloads of src/sandbox/events alike, so a pull request looks the
// same whichever way an action meets it. Real ones have dozens of required fields (a pull request ~60); these
// fill every one the OpenAPI description and the webhook schemas require, so both validate, and derive URLs the
// way GitHub does so a person following along can open them. Inputs are plain data: the simulator passes its
// state, the event factories what a test describes.
import type { CommitInfo } from './bare-repo.js';
import type {
  SimComment,
  SimDeployment,
  SimDeploymentStatus,
  SimLabel,
  SimPull,
  SimRepo,
  SimReview,
  SimStatus,
} from './state.js';

/** What a repository object is built from (the simulator's SimRepo has more). */
export type RepoInfo = Pick<
  SimRepo,
  'id' | 'owner' | 'name' | 'private' | 'defaultBranch' | 'description' | 'createdAt'
>;

/** What a pull request object is built from. */
export type PullInfo = Omit<SimPull, 'closedHeadSha' | 'closedBaseSha' | 'reviews'>;

/** What a review object is built from; `state` as the caller's API spells it (REST upper case, webhooks lower). */
export type ReviewInfo = Omit<SimReview, 'state' | 'body'> & { state: string; body: string | null };

export interface Urls {
  /** API base, e.g. http://127.0.0.1:PORT/api/v3 (the GitHub Enterprise Server layout). */
  api: string;
  /** Web and git base, e.g. http://127.0.0.1:PORT. */
  web: string;
}

export interface Account {
  id: number;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
}

const nodeId = (kind: string, id: number) =>
  Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');

export function simpleUser(u: Urls, a: Account) {
  const url = `${u.api}/users/${a.login}`;
  return {
    login: a.login,
    id: a.id,
    node_id: nodeId(a.type, a.id),
    avatar_url: `${u.web}/avatars/${a.login}`,
    gravatar_id: '',
    url,
    html_url: `${u.web}/${a.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: a.type,
    site_admin: false,
    user_view_type: 'public',
  };
}

export function privateUser(u: Urls, a: Account & { name: string; email: string; createdAt: string }) {
  return {
    ...simpleUser(u, a),
    user_view_type: 'private',
    name: a.name,
    company: null,
    blog: '',
    location: null,
    email: a.email,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: false,
  };
}

const REPO_URLS: [string, string][] = [
  ['archive_url', '/{archive_format}{/ref}'],
  ['assignees_url', '/assignees{/user}'],
  ['blobs_url', '/git/blobs{/sha}'],
  ['branches_url', '/branches{/branch}'],
  ['collaborators_url', '/collaborators{/collaborator}'],
  ['comments_url', '/comments{/number}'],
  ['commits_url', '/commits{/sha}'],
  ['compare_url', '/compare/{base}...{head}'],
  ['contents_url', '/contents/{+path}'],
  ['contributors_url', '/contributors'],
  ['deployments_url', '/deployments'],
  ['downloads_url', '/downloads'],
  ['events_url', '/events'],
  ['forks_url', '/forks'],
  ['git_commits_url', '/git/commits{/sha}'],
  ['git_refs_url', '/git/refs{/sha}'],
  ['git_tags_url', '/git/tags{/sha}'],
  ['hooks_url', '/hooks'],
  ['issue_comment_url', '/issues/comments{/number}'],
  ['issue_events_url', '/issues/events{/number}'],
  ['issues_url', '/issues{/number}'],
  ['keys_url', '/keys{/key_id}'],
  ['labels_url', '/labels{/name}'],
  ['languages_url', '/languages'],
  ['merges_url', '/merges'],
  ['milestones_url', '/milestones{/number}'],
  ['notifications_url', '/notifications{?since,all,participating}'],
  ['pulls_url', '/pulls{/number}'],
  ['releases_url', '/releases{/id}'],
  ['stargazers_url', '/stargazers'],
  ['statuses_url', '/statuses/{sha}'],
  ['subscribers_url', '/subscribers'],
  ['subscription_url', '/subscription'],
  ['tags_url', '/tags'],
  ['teams_url', '/teams'],
  ['trees_url', '/git/trees{/sha}'],
];

export const repoApi = (u: Urls, r: RepoInfo) => `${u.api}/repos/${r.owner}/${r.name}`;
export const repoWeb = (u: Urls, r: RepoInfo) => `${u.web}/${r.owner}/${r.name}`;

/** `minimal-repository`: what lists and nested objects carry. */
export function minimalRepository(u: Urls, r: RepoInfo, owner: Account) {
  const api = repoApi(u, r);
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: simpleUser(u, owner),
    private: r.private,
    html_url: repoWeb(u, r),
    description: r.description,
    fork: false,
    url: api,
    ...Object.fromEntries(REPO_URLS.map(([k, suffix]) => [k, api + suffix])),
  };
}

/** `repository` (inside a PR's head and base) and, with `full`, `full-repository` (GET /repos/{o}/{r}). */
export function repository(
  u: Urls,
  r: RepoInfo,
  owner: Account,
  extra: { pushedAt: string; openIssues: number; permission?: string; full?: boolean },
) {
  const p = extra.permission;
  return {
    ...minimalRepository(u, r, owner),
    clone_url: `${repoWeb(u, r)}.git`,
    git_url: `${repoWeb(u, r).replace(/^https?:/, 'git:')}.git`,
    ssh_url: `git@${new URL(u.web).host}:${r.owner}/${r.name}.git`,
    svn_url: repoWeb(u, r),
    mirror_url: null,
    homepage: null,
    language: null,
    license: null,
    size: 0,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: extra.openIssues,
    open_issues_count: extra.openIssues,
    default_branch: r.defaultBranch,
    visibility: r.private ? 'private' : 'public',
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    is_template: false,
    topics: [],
    allow_forking: false,
    web_commit_signoff_required: false,
    pushed_at: extra.pushedAt,
    created_at: r.createdAt,
    updated_at: extra.pushedAt,
    ...(p
      ? {
          permissions: {
            admin: p === 'admin',
            maintain: ['admin', 'maintain'].includes(p),
            push: ['admin', 'maintain', 'write'].includes(p),
            triage: p !== 'read',
            pull: true,
          },
        }
      : {}),
    ...(extra.full ? { network_count: 0, subscribers_count: 0 } : {}),
  };
}

export function label(u: Urls, r: RepoInfo, l: SimLabel) {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${repoApi(u, r)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}

export interface PullView {
  pull: PullInfo;
  headSha: string;
  baseSha: string;
  mergeable: boolean | null;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
  comments: number;
}

export interface PullContext {
  urls: Urls;
  repo: RepoInfo;
  owner: Account;
  account: (login: string) => Account;
  labels: SimLabel[];
  association: (login: string) => string;
  pushedAt: string;
  openIssues: number;
}

/** `pull-request-simple` (lists); with `view.mergeable` etc. also `pull-request` (one PR). */
export function pullRequest(c: PullContext, v: PullView, full: boolean) {
  const { urls: u, repo: r } = c;
  const p = v.pull;
  const api = `${repoApi(u, r)}/pulls/${p.number}`;
  const issue = `${repoApi(u, r)}/issues/${p.number}`;
  const html = `${repoWeb(u, r)}/pull/${p.number}`;
  const repoObj = repository(u, r, c.owner, { pushedAt: c.pushedAt, openIssues: c.openIssues });
  const side = (ref: string, sha: string) => ({
    label: `${r.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(u, c.owner),
    repo: repoObj,
  });
  const simple = {
    url: api,
    id: p.id,
    node_id: nodeId('PullRequest', p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(u, r)}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${repoApi(u, r)}/statuses/${v.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: simpleUser(u, c.account(p.user)),
    body: p.body,
    labels: c.labels.filter((l) => p.labels.includes(l.name)).map((l) => label(u, r, l)),
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(p.head, v.headSha),
    base: side(p.base, v.baseSha),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(u, r)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(u, r)}/statuses/${v.headSha}` },
    },
    author_association: c.association(p.user),
    auto_merge: null,
    draft: p.draft,
  };
  if (!full) return simple;
  const merged = p.mergedAt !== null;
  return {
    ...simple,
    merged,
    mergeable: merged || p.state === 'closed' ? null : v.mergeable,
    rebaseable: null,
    mergeable_state: merged ? 'unknown' : v.mergeable === false ? 'dirty' : v.mergeable ? 'clean' : 'unknown',
    merged_by: p.mergedBy ? simpleUser(u, c.account(p.mergedBy)) : null,
    comments: v.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: v.commits,
    additions: v.additions,
    deletions: v.deletions,
    changed_files: v.changedFiles,
  };
}

export function review(
  u: Urls,
  r: RepoInfo,
  prNumber: number,
  rv: ReviewInfo,
  user: Account,
  association: string,
) {
  const html = `${repoWeb(u, r)}/pull/${prNumber}#pullrequestreview-${rv.id}`;
  return {
    id: rv.id,
    node_id: nodeId('PullRequestReview', rv.id),
    user: simpleUser(u, user),
    body: rv.body,
    state: rv.state,
    html_url: html,
    pull_request_url: `${repoApi(u, r)}/pulls/${prNumber}`,
    _links: { html: { href: html }, pull_request: { href: `${repoApi(u, r)}/pulls/${prNumber}` } },
    submitted_at: rv.submittedAt,
    commit_id: rv.commitId,
    author_association: association,
  };
}

export function issueComment(u: Urls, r: RepoInfo, c: SimComment, user: Account, association: string) {
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${repoApi(u, r)}/issues/comments/${c.id}`,
    html_url: `${repoWeb(u, r)}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(u, user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoApi(u, r)}/issues/${c.issueNumber}`,
    author_association: association,
  };
}

export function commitStatus(u: Urls, r: RepoInfo, s: SimStatus, creator: Account) {
  return {
    url: `${repoApi(u, r)}/statuses/${s.sha}`,
    avatar_url: `${u.web}/avatars/${creator.login}`,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: simpleUser(u, creator),
  };
}

export function deployment(u: Urls, r: RepoInfo, d: SimDeployment, creator: Account) {
  const url = `${repoApi(u, r)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(u, creator),
    created_at: d.createdAt,
    updated_at: d.statuses[d.statuses.length - 1]?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(u, r),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

export function deploymentStatus(
  u: Urls,
  r: RepoInfo,
  d: SimDeployment,
  s: SimDeploymentStatus,
  creator: Account,
) {
  const deploymentUrl = `${repoApi(u, r)}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: simpleUser(u, creator),
    description: s.description,
    environment: d.environment,
    target_url: s.logUrl,
    log_url: s.logUrl,
    environment_url: s.environmentUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoApi(u, r),
  };
}

export function commit(
  u: Urls,
  r: RepoInfo,
  c: CommitInfo,
  author: Account | null,
  committer: Account | null,
) {
  const api = `${repoApi(u, r)}/commits/${c.sha}`;
  return {
    url: api,
    sha: c.sha,
    node_id: nodeId('Commit', Number.parseInt(c.sha.slice(0, 8), 16)),
    html_url: `${repoWeb(u, r)}/commit/${c.sha}`,
    comments_url: `${api}/comments`,
    commit: {
      url: `${repoApi(u, r)}/git/commits/${c.sha}`,
      author: { name: c.authorName, email: c.authorEmail, date: c.authorDate },
      committer: { name: c.committerName, email: c.committerEmail, date: c.committerDate },
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${repoApi(u, r)}/git/trees/${c.tree}` },
      verification: {
        verified: false,
        reason: 'unsigned',
        payload: null,
        signature: null,
        verified_at: null,
      },
    },
    author: author ? simpleUser(u, author) : null,
    committer: committer ? simpleUser(u, committer) : null,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${repoApi(u, r)}/commits/${p}`,
      html_url: `${repoWeb(u, r)}/commit/${p}`,
    })),
  };
}
