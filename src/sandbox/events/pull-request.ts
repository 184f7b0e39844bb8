// The pull_request object of pull_request and pull_request_review payloads, from the shared builder.
import { type PullInfo, pullRequest as pullRequestObject } from '../github/factories.js';
import {
  accountOf,
  DEFAULT_REPOSITORY,
  DEFAULT_TIME,
  type EventRepository,
  repoInfoOf,
  stableId,
  urlsOf,
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

/** Who the payloads say everyone is to the repository (the simulator asks its collaborators). */
const ASSOCIATION = 'MEMBER';

export function pullRequest(spec: PullRequestSpec): Record<string, unknown> {
  const repo = spec.repo ?? DEFAULT_REPOSITORY;
  const info = repoInfoOf(repo);
  const created = spec.createdAt ?? DEFAULT_TIME;
  const merged = spec.merged;
  const state = spec.state ?? (merged ? 'closed' : 'open');
  const closedAt = state === 'closed' ? (spec.closedAt ?? merged?.at ?? created) : null;
  const pull: PullInfo = {
    id: stableId('pull', `${repo.owner}/${repo.name}`, spec.number),
    number: spec.number,
    title: spec.title ?? `Pull request ${spec.number}`,
    body: spec.body ?? null,
    state,
    draft: spec.draft ?? false,
    head: spec.head.ref,
    base: spec.base.ref,
    user: spec.author ?? 'dev-alice',
    labels: spec.labels ?? [],
    createdAt: created,
    updatedAt: spec.updatedAt ?? closedAt ?? created,
    closedAt,
    mergedAt: merged ? (merged.at ?? closedAt) : null,
    mergedBy: merged?.by ?? null,
    mergeCommitSha: merged?.commitSha ?? null,
  };
  return pullRequestObject(
    {
      urls: urlsOf(repo),
      repo: info,
      owner: accountOf(repo.owner, 'Organization'),
      account: (login) => accountOf(login),
      labels: pull.labels.map((name) => ({
        id: stableId('label', name),
        name,
        color: 'ededed',
        description: null,
      })),
      association: () => ASSOCIATION,
      pushedAt: DEFAULT_TIME,
      openIssues: 0,
    },
    {
      pull,
      headSha: spec.head.sha,
      baseSha: spec.base.sha,
      mergeable: true,
      commits: 1,
      additions: 1,
      deletions: 1,
      changedFiles: 1,
      comments: 0,
    },
    true,
  );
}
