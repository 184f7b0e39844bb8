// The pull_request object of pull_request and pull_request_review payloads.
import {
  DEFAULT_REPOSITORY,
  DEFAULT_TIME,
  type EventRepository,
  repository,
  stableId,
  user,
} from './objects.js';

export interface PullRequestSpec {
  number: number;
  title?: string;
  body?: string | null;
  author?: string;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  draft?: boolean;
  labels?: string[];
  state?: 'open' | 'closed';
  /** Set for a merged pull request. */
  merged?: { by: string; commitSha: string; at?: string };
  closedAt?: string;
  createdAt?: string;
  updatedAt?: string;
  repo?: EventRepository;
}

type Json = Record<string, unknown>;

function label(name: string, repo: EventRepository, api: string): Json {
  const id = stableId('label', name);
  return {
    id,
    node_id: `LA_${id}`,
    url: `${api}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export function pullRequest(spec: PullRequestSpec): Json {
  const repo = spec.repo ?? DEFAULT_REPOSITORY;
  const api = (repo.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const web = (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const full = `${repo.owner}/${repo.name}`;
  const u = `${api}/repos/${full}/pulls/${spec.number}`;
  const issue = `${api}/repos/${full}/issues/${spec.number}`;
  const html = `${web}/${full}/pull/${spec.number}`;
  const id = stableId('pull', full, spec.number);
  const author = user(spec.author ?? 'dev-alice', repo);
  const repoObject = repository(repo);
  const created = spec.createdAt ?? DEFAULT_TIME;
  const merged = spec.merged;
  const state = spec.state ?? (merged ? 'closed' : 'open');
  const closedAt = state === 'closed' ? (spec.closedAt ?? merged?.at ?? created) : null;
  const ref = (r: { ref: string; sha: string }) => ({
    label: `${repo.owner}:${r.ref}`,
    ref: r.ref,
    sha: r.sha,
    user: user(repo.owner, repo, 'Organization'),
    repo: repoObject,
  });
  return {
    url: u,
    id,
    node_id: `PR_${id}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    number: spec.number,
    state,
    locked: false,
    title: spec.title ?? `Pull request ${spec.number}`,
    user: author,
    body: spec.body === undefined ? null : spec.body,
    created_at: created,
    updated_at: spec.updatedAt ?? closedAt ?? created,
    closed_at: closedAt,
    merged_at: merged ? (merged.at ?? closedAt) : null,
    merge_commit_sha: merged ? merged.commitSha : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: (spec.labels ?? []).map((l) => label(l, repo, api)),
    milestone: null,
    draft: spec.draft ?? false,
    commits_url: `${u}/commits`,
    review_comments_url: `${u}/comments`,
    review_comment_url: `${api}/repos/${full}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${api}/repos/${full}/statuses/${spec.head.sha}`,
    head: ref(spec.head),
    base: ref(spec.base),
    _links: {
      self: { href: u },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${u}/comments` },
      review_comment: { href: `${api}/repos/${full}/pulls/comments{/number}` },
      commits: { href: `${u}/commits` },
      statuses: { href: `${api}/repos/${full}/statuses/${spec.head.sha}` },
    },
    author_association: 'MEMBER',
    auto_merge: null,
    active_lock_reason: null,
    merged: Boolean(merged),
    mergeable: merged ? null : true,
    rebaseable: merged ? null : true,
    mergeable_state: merged ? 'unknown' : 'clean',
    merged_by: merged ? user(merged.by, repo) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 1,
    changed_files: 1,
  };
}
