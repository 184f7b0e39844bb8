// How an action gets its ports. The GitHub port is created lazily, on first use, and its module is loaded with a
// dynamic import: a run that fails input validation never pays for loading Octokit.
import { UserError } from '../domain/errors.js';
import type { GitHubPort, RepoRef } from '../github/port.js';
import { GITHUB_TOKEN_DEFAULT } from './contract.js';

export interface GitHubPortOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, a GHES `/api/v3` URL, or the simulator. */
  baseUrl: string;
  repository: RepoRef;
  /** Where the HTTP policy reports a retry or a rate limit. */
  warn?: (message: string) => void;
}

export type CreateGitHubPort = (options: GitHubPortOptions) => GitHubPort | Promise<GitHubPort>;

async function loadAdapter(): Promise<CreateGitHubPort> {
  // A literal specifier: ncc puts the adapter and Octokit in a chunk that loads only here.
  const { OctokitGitHub } = await import('../github/octokit-adapter.js');
  return (options) => new OctokitGitHub(options);
}

/** One port per action run, created on the first call. */
export function lazyGitHubPort(
  options: () => GitHubPortOptions,
  load: () => Promise<CreateGitHubPort> = loadAdapter,
): () => Promise<GitHubPort> {
  let port: Promise<GitHubPort> | undefined;
  return () => {
    port ??= (async () => {
      const opts = options();
      if (!opts.token) {
        throw new UserError(
          `the token input is empty: leave its default (${GITHUB_TOKEN_DEFAULT}) or pass a token with the permissions the action needs`,
          [],
          'usage',
        );
      }
      const create = await load();
      return create(opts);
    })();
    return port;
  };
}
