// A release's pull-request branch, written with git plumbing (see state-branch.ts) so the user's checkout is never
// touched: no work tree, no index, no HEAD. The base branch and the release branch are read from private mirrors
// (refs/gitopshq/fetched/...); a commit goes on top of the tip that was read and is pushed without force, so a
// branch someone else moved is never overwritten.
import { Git } from '../git/git.js';
import { StateBranch } from './state-branch.js';

export interface FileWrite {
  path: string;
  content: string;
}

/** The release branches of one GitOps checkout (the create-release port). */
export interface ReleaseBranches {
  /** The work tree the request is planned against (gitopshq.yaml, workloads/). */
  readonly root: string;
  /** The tip of `branch` on the remote, fetched now; undefined when it does not exist. */
  tip(branch: string): Promise<string | undefined>;
  /** A file at `commit`, or undefined. */
  read(commit: string, path: string): Promise<string | undefined>;
  /** A commit on `parent` with `files` set; not published. */
  commit(
    branch: string,
    parent: string,
    files: readonly FileWrite[],
    message: string,
    at: Date,
  ): Promise<string>;
  /** Moves `branch` from `parent` (undefined: must not exist) to `commit`; false when someone moved it first. */
  publish(branch: string, commit: string, parent: string | undefined): Promise<boolean>;
}

/** The release branches of the checkout at `dir`, pushed to `remote` with `token` (through git's environment). */
export function gitReleaseBranches(
  dir: string,
  opts: { remote?: string; token?: string; actor?: string } = {},
): ReleaseBranches {
  const git = new Git(dir, { token: opts.token });
  const branches = new Map<string, StateBranch>();
  const on = (branch: string) => {
    let b = branches.get(branch);
    if (!b) {
      b = new StateBranch({ git, remote: opts.remote ?? 'origin', branch, actor: opts.actor });
      branches.set(branch, b);
    }
    return b;
  };
  return {
    root: dir,
    tip: (branch) => on(branch).refresh(),
    read: (commit, path) => git.show(commit, path),
    async commit(branch, parent, files, message, at) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const sha = await on(branch).commitFiles(parent, files, message, at);
        if (sha !== undefined) return sha;
        await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
      }
      throw new Error(`could not write a commit for ${branch}: its scratch ref stayed locked`);
    },
    publish: (branch, commit, parent) => on(branch).publish(commit, parent),
  };
}
