// The deploy branches (`gitopshq/deploy/<env>`, docs/architecture.md#state-repo-layout): the rendered manifests
// Argo CD or Flux sync, one `<tenant>/<workload>/manifests.yaml` per target. Written like the state branch
// (state-branch.ts): plumbing only, a commit on the tip that was read, a push that is never forced, and a retry
// when another writer moved the branch first. Every commit names what it did in a trailer, so a re-run finds the
// commit it made before it was killed instead of writing a second one.
import { UserError } from '../domain/errors.js';
import type { Git } from '../git/git.js';
import { StateBranch } from './state-branch.js';

export interface DeployFile {
  path: string;
  content: string;
}

export interface DeployBranches {
  /** The newest commit on `branch` whose message carries the trailer `key: value`; undefined when none. */
  findCommit(branch: string, key: string, value: string): Promise<string | undefined>;
  /** Files at `commit` under each prefix (`_/api/`), with their exact bytes. */
  readFiles(commit: string, paths: readonly string[]): Promise<(string | undefined)[]>;
  /** Every file at `commit`. */
  list(commit: string): Promise<string[]>;
  /** The branch's tip, fetched now; undefined when it does not exist. */
  tip(branch: string): Promise<string | undefined>;
  /**
   * A new commit on the branch tip with `files` set (other files kept); returns it. Never forced. A branch that
   * does not exist yet starts from `startFrom` (a commit), else from nothing.
   */
  write(
    branch: string,
    files: readonly DeployFile[],
    message: string,
    at: Date,
    startFrom?: string,
  ): Promise<string>;
}

export class GitDeployBranches implements DeployBranches {
  private readonly branches = new Map<string, StateBranch>();

  constructor(private readonly opts: { git: Git; remote?: string; actor?: string; maxAttempts?: number }) {}

  private of(branch: string): StateBranch {
    let b = this.branches.get(branch);
    if (!b) {
      b = new StateBranch({ git: this.opts.git, remote: this.opts.remote, branch, actor: this.opts.actor });
      this.branches.set(branch, b);
    }
    return b;
  }

  async findCommit(branch: string, key: string, value: string): Promise<string | undefined> {
    const b = this.of(branch);
    const tip = await b.refresh();
    if (tip === undefined) return undefined;
    const r = await b.git.exec(['log', '--format=%H%x00%B%x01', tip], { allowFail: true });
    for (const entry of r.stdout.split('\x01')) {
      const [sha, body = ''] = entry.trim().split('\x00');
      if (sha && body.split('\n').some((line) => line.trim() === `${key}: ${value}`)) return sha;
    }
    return undefined;
  }

  async readFiles(commit: string, paths: readonly string[]): Promise<(string | undefined)[]> {
    const b = new StateBranch({ git: this.opts.git, branch: 'unused' });
    return b.readMany(commit, [...paths]);
  }

  async list(commit: string): Promise<string[]> {
    const r = await this.opts.git.exec(['ls-tree', '-r', '--name-only', '-z', commit]);
    return r.stdout.split('\0').filter(Boolean);
  }

  tip(branch: string): Promise<string | undefined> {
    return this.of(branch).refresh();
  }

  async write(
    branch: string,
    files: readonly DeployFile[],
    message: string,
    at: Date,
    startFrom?: string,
  ): Promise<string> {
    const b = this.of(branch);
    const attempts = this.opts.maxAttempts ?? 10;
    for (let i = 0; i < attempts; i++) {
      const tip = await b.refresh();
      const commit = await b.commitFiles(tip ?? startFrom, files, message, at);
      // publish's compare-and-swap is on `tip`: undefined means "the branch must not exist yet".
      if (commit !== undefined && (await b.publish(commit, tip))) return commit;
      await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** i));
    }
    throw new UserError(
      `could not write ${b.where}: another writer moved it first ${attempts} times in a row; re-run the deploy`,
      [],
      'usage',
    );
  }
}
