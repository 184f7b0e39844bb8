// The record store of a checkout on this machine: the state branch read and written with the real git. Apart from
// local-ports.ts so the commands that only read records (metrics, dashboard, release list) load no renderer.
import { resolve } from 'node:path';
import { Git } from '../git/git.js';
import { RecordCache } from '../state/record-cache.js';
import { RecordStore } from '../state/record-store.js';
import { resolveStateBranch } from '../state/state-branch-name.js';
import { failed, type StepResult } from './result.js';

/**
 * The record store of the GitOps repository at `dir`, on the state branch an action's `state-branch` input (or the
 * CLI's --state-branch) names, else gitopshq.yaml's `stateBranch`, else `gitopshq/state`. `remote` undefined: a
 * local-only repository.
 */
export async function localRecordStore(
  dir: string,
  opts: { stateBranch?: string; token?: string; actor?: string; remote?: string } = {},
): Promise<RecordStore> {
  const { branch } = await resolveStateBranch(dir, opts.stateBranch);
  return new RecordStore({
    git: new Git(dir, { token: opts.token }),
    branch,
    remote: opts.remote,
    actor: opts.actor,
  });
}

/**
 * The record store of the commands that read the whole state branch (metrics, dashboard, release list) in the
 * checkout at `dir`, keeping the cache of parsed records under its git dir unless `cache` is false; a usage failure
 * when `dir` is no git repository. What each of them asks first (is this a repository, where is its git dir, has
 * it an origin, which branch holds the records) goes out at once: each git call costs ~35 ms of start-up.
 */
export async function localReadingStore(
  dir: string,
  opts: { stateBranch?: string; token?: string; cache?: boolean } = {},
): Promise<RecordStore | StepResult<never>> {
  const git = new Git(dir, { token: opts.token });
  const [gitDir, remote, { branch }] = await Promise.all([
    git.exec(['rev-parse', '--git-common-dir'], { allowFail: true }),
    originRemote(dir),
    resolveStateBranch(dir, opts.stateBranch),
  ]);
  if (gitDir.exitCode !== 0) {
    return failed({ kind: 'usage', message: `${dir} is not a git repository (use --repo DIR)` });
  }
  const cache =
    (opts.cache ?? true)
      ? new RecordCache(resolve(dir, gitDir.stdout.trim(), 'gitopshq', 'cache'))
      : undefined;
  return new RecordStore({ git, branch, remote, ...(cache ? { cache } : {}) });
}

/** `origin` when the repository at `dir` has one (a clone), else undefined (a local-only repository). */
export async function originRemote(dir: string): Promise<string | undefined> {
  const r = await new Git(dir).exec(['remote', 'get-url', 'origin'], { allowFail: true });
  return r.exitCode === 0 ? 'origin' : undefined;
}
