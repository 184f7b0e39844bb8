// What the Octokit adapter's topic modules (octokit-pulls.ts, octokit-statuses.ts, octokit-repos.ts,
// octokit-issues.ts) share: the client, the repository, and the adapter's memory of what it created itself.
import type { Octokit } from '@octokit/rest';
import type { RestContext } from './create-once-rest.js';
import type { RepoRef } from './port.js';

export interface AdapterContext {
  readonly octokit: Octokit;
  readonly repository: RepoRef;
  /** `{owner, repo}`, spread into every repository-scoped request. */
  readonly repo: { owner: string; repo: string };
  /** For the creates made once (create-once-rest.ts): a lost answer is looked up, not created twice. */
  readonly rest: RestContext;
  /** `call` on something this client may have just created: a 404 on it is retried as read-after-write lag. */
  onCreated<T>(key: string, call: () => Promise<T>): Promise<T>;
  /** Remembers that this client created `key` (`deployment:<id>`, `pull:<number>`). */
  markCreated(key: string): void;
}
