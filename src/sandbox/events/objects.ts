// The objects GitHub nests in webhook payloads (users, repositories, pull requests), built by the same builder as
// the simulator's REST responses (src/sandbox/github/factories.ts), from what a test describes. Ids are derived
// from names, so payloads are reproducible and ids differ between objects.
import { createHash } from 'node:crypto';
import {
  type Account,
  type RepoInfo,
  repository as repositoryObject,
  simpleUser,
  type Urls,
} from '../github/factories.js';

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

export function urlsOf(repo: EventRepository): Urls {
  return {
    web: (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
    api: (repo.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
  };
}

export function accountOf(login: string, type: Account['type'] = 'User'): Account {
  return { id: stableId('user', login), login, type };
}

export function repoInfoOf(repo: EventRepository): RepoInfo {
  return {
    id: stableId('repo', `${repo.owner}/${repo.name}`),
    owner: repo.owner,
    name: repo.name,
    private: repo.private ?? true,
    defaultBranch: repo.defaultBranch ?? 'main',
    description: null,
    createdAt: DEFAULT_TIME,
  };
}

export function user(
  login: string,
  repo: EventRepository = DEFAULT_REPOSITORY,
  type: Account['type'] = 'User',
): Json {
  return simpleUser(urlsOf(repo), accountOf(login, type));
}

/** The repository object of webhook payloads; `push` payloads carry GitHub's legacy shape of it. */
export function repository(
  repo: EventRepository = DEFAULT_REPOSITORY,
  style: 'webhook' | 'push' = 'webhook',
): Json {
  const object = repositoryObject(urlsOf(repo), repoInfoOf(repo), accountOf(repo.owner, 'Organization'), {
    pushedAt: DEFAULT_TIME,
    openIssues: 0,
  });
  if (style === 'webhook') return object;
  // Legacy: times as epoch seconds, plus `stargazers` and `master_branch`.
  const epoch = Math.floor(Date.parse(DEFAULT_TIME) / 1000);
  return {
    ...object,
    created_at: epoch,
    pushed_at: epoch,
    stargazers: 0,
    master_branch: object.default_branch,
  };
}
