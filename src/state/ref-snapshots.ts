// The GitOps repository as it was at two commits, for everything that compares a change (gitopshq diff, the
// preview action): each side checked out with `git worktree add --detach` into a temporary folder, loaded and
// validated, then removed. The working tree of the checkout itself is never touched.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../domain/errors.js';
import type { RepoSnapshot } from '../domain/repo-snapshot.js';
import { Git } from '../git/git.js';
import { loadRepo } from './repo.js';

export interface RefSnapshots {
  base: string;
  head: string;
  /** Paths changed between base and head, relative to the GitOps repository (which may be a sub-folder). */
  changed: string[];
  /** undefined when the base was not (yet) a valid GitOps repository: everything in head is then new. */
  baseSnap: RepoSnapshot | undefined;
  headSnap: RepoSnapshot;
}

/**
 * Resolves `baseRef` and `headRef` in the repository at `repoDir`, loads both sides and calls `fn`; temporary
 * worktrees are removed afterwards whatever happens. An invalid head throws the ValidationError of loadRepo.
 */
export async function withRefSnapshots<T>(
  repoDir: string,
  baseRef: string,
  headRef: string,
  fn: (s: RefSnapshots) => Promise<T>,
): Promise<T> {
  const git = new Git(repoDir);
  if ((await git.exec(['rev-parse', '--git-dir'], { allowFail: true })).exitCode !== 0) {
    throw new UserError(`${repoDir} is not inside a git repository`, [], 'usage');
  }
  const base = await git.tryRevParse(baseRef);
  const head = await git.tryRevParse(headRef);
  if (!base) throw new UserError(`base ${baseRef}: no such commit in ${repoDir}`, [], 'usage');
  if (!head) throw new UserError(`head ${headRef}: no such commit in ${repoDir}`, [], 'usage');
  // The GitOps repository may be a folder inside the git repository.
  const prefix = (await git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
  const changed = (await git.diffNames(base, head))
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length));

  const tmp = await mkdtemp(join(tmpdir(), 'gitopshq-refs-'));
  const trees: string[] = [];
  const checkout = async (sha: string, name: string) => {
    const dir = join(tmp, name);
    await git.worktreeAdd(dir, sha);
    trees.push(dir);
    return join(dir, prefix);
  };
  try {
    const headSnap = await loadRepo(await checkout(head, 'head'));
    const baseSnap = await loadRepo(await checkout(base, 'base')).catch(() => undefined);
    return await fn({ base, head, changed, baseSnap, headSnap });
  } finally {
    for (const dir of trees) await git.worktreeRemove(dir);
    await rm(tmp, { recursive: true, force: true });
    await git.exec(['worktree', 'prune'], { allowFail: true });
  }
}

/** The checkout port of src/usecases/deps.ts over real git: the action's workspace or the CLI's --repo. */
export class GitCheckout {
  readonly where: string;
  private readonly git: Git;

  constructor(
    readonly dir: string,
    opts: { token?: string; where?: string } = {},
  ) {
    this.git = new Git(dir, { token: opts.token });
    this.where = opts.where ?? dir;
  }

  async ensureCommits(shas: readonly string[]): Promise<{ missing: string[]; reason?: string }> {
    const missing: string[] = [];
    for (const sha of shas) if (!(await this.git.hasCommit(sha))) missing.push(sha);
    if (missing.length === 0) return { missing };
    const fetched = await this.git.fetch('origin', missing, { allowFail: true });
    return fetched.exitCode === 0 ? { missing: [] } : { missing, reason: fetched.stderr.trim() };
  }

  mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.git.mergeBase(a, b);
  }

  async changedFiles(base: string, head: string): Promise<{ prefix: string; files: string[] | undefined }> {
    const prefix = (await this.git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
    if ((await this.git.mergeBase(base, head)) === undefined) return { prefix, files: undefined };
    // Three dots: from the merge base, as GitHub lists a pull request's files. No rename detection, so a policy
    // file moved away is listed under its old name too.
    const r = await this.git.exec(['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`, '--']);
    return { prefix, files: r.stdout.split('\0').filter(Boolean) };
  }

  async firstChangedLines(base: string, head: string): Promise<Map<string, number>> {
    // The GitOps repository may be a folder inside the git repository; its paths are relative to that folder.
    const prefix = (await this.git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
    return new Map(
      [...(await this.git.firstChangedLines(base, head))]
        .filter(([p]) => p.startsWith(prefix))
        .map(([p, line]) => [p.slice(prefix.length), line] as const),
    );
  }

  snapshots<T>(baseRef: string, headRef: string, fn: (s: RefSnapshots) => Promise<T>): Promise<T> {
    return withRefSnapshots(this.dir, baseRef, headRef, fn);
  }
}
