// The objects GitHub nests in webhook payloads (users, repositories, pull requests), with every field the
// official webhook schemas require, so code that reads a payload meets the same shape it will meet on GitHub.
import { createHash } from 'node:crypto';

export interface EventRepository {
  owner: string;
  name: string;
  defaultBranch?: string;
  private?: boolean;
  /** The web origin (GITHUB_SERVER_URL), default https://github.com. */
  serverUrl?: string;
  /** The API origin (GITHUB_API_URL), default https://api.github.com. */
  apiUrl?: string;
}

export const DEFAULT_REPOSITORY: EventRepository = { owner: 'acme', name: 'gitops' };
export const DEFAULT_TIME = '2026-01-15T09:30:00Z';

type Json = Record<string, unknown>;

/** A stable positive id from a name, so payloads are reproducible and ids differ between objects. */
export function stableId(...parts: (string | number)[]): number {
  return (createHash('sha256').update(parts.join('\0')).digest().readUInt32BE(0) % 2_000_000_000) + 1;
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`;
}

function origins(repo: EventRepository): { web: string; api: string } {
  return {
    web: (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
    api: (repo.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
  };
}

export function user(login: string, repo: EventRepository = DEFAULT_REPOSITORY, type = 'User'): Json {
  const { web, api } = origins(repo);
  const id = stableId('user', login);
  const u = `${api}/users/${login}`;
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `${web}/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The repository object of pull_request, review and dispatch payloads (`repository-webhooks`). */
export function repository(
  repo: EventRepository = DEFAULT_REPOSITORY,
  style: 'webhook' | 'push' = 'webhook',
): Json {
  const { web, api } = origins(repo);
  const fullName = `${repo.owner}/${repo.name}`;
  const id = stableId('repo', fullName);
  const u = `${api}/repos/${fullName}`;
  const created = DEFAULT_TIME;
  return {
    id,
    node_id: nodeId('R', id),
    name: repo.name,
    full_name: fullName,
    private: repo.private ?? true,
    owner: user(repo.owner, repo, 'Organization'),
    html_url: `${web}/${fullName}`,
    description: null,
    fork: false,
    url: u,
    forks_url: `${u}/forks`,
    keys_url: `${u}/keys{/key_id}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    teams_url: `${u}/teams`,
    hooks_url: `${u}/hooks`,
    issue_events_url: `${u}/issues/events{/number}`,
    events_url: `${u}/events`,
    assignees_url: `${u}/assignees{/user}`,
    branches_url: `${u}/branches{/branch}`,
    tags_url: `${u}/tags`,
    blobs_url: `${u}/git/blobs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    trees_url: `${u}/git/trees{/sha}`,
    statuses_url: `${u}/statuses/{sha}`,
    languages_url: `${u}/languages`,
    stargazers_url: `${u}/stargazers`,
    contributors_url: `${u}/contributors`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    commits_url: `${u}/commits{/sha}`,
    git_commits_url: `${u}/git/commits{/sha}`,
    comments_url: `${u}/comments{/number}`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    contents_url: `${u}/contents/{+path}`,
    compare_url: `${u}/compare/{base}...{head}`,
    merges_url: `${u}/merges`,
    archive_url: `${u}/{archive_format}{/ref}`,
    downloads_url: `${u}/downloads`,
    issues_url: `${u}/issues{/number}`,
    pulls_url: `${u}/pulls{/number}`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    labels_url: `${u}/labels{/name}`,
    releases_url: `${u}/releases{/id}`,
    deployments_url: `${u}/deployments`,
    // Push payloads carry the legacy repository shape: times as epoch seconds, plus `stargazers` and `master_branch`.
    ...(style === 'push'
      ? {
          created_at: Math.floor(Date.parse(created) / 1000),
          pushed_at: Math.floor(Date.parse(created) / 1000),
        }
      : { created_at: created, pushed_at: created }),
    updated_at: created,
    git_url: `git://${new URL(web).host}/${fullName}.git`,
    ssh_url: `git@${new URL(web).host}:${fullName}.git`,
    clone_url: `${web}/${fullName}.git`,
    svn_url: `${web}/${fullName}`,
    homepage: null,
    size: 120,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: false,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: null,
    allow_forking: false,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: repo.private === false ? 'public' : 'private',
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: repo.defaultBranch ?? 'main',
    ...(style === 'push' ? { stargazers: 0, master_branch: repo.defaultBranch ?? 'main' } : {}),
  };
}
