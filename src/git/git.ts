// The git command-line adapter: one method per git verb, arguments always as arrays (never a shell string, so no
// branch name, PR title or value can reach a shell), `--` before paths. GITOPSHQ_DEBUG_GIT=1 echoes each call.
import { type ProcessResult, runProcess } from '../process/run-process.js';

export type ExecResult = Pick<ProcessResult, 'exitCode' | 'stdout' | 'stderr'>;

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: string[],
    readonly result: ExecResult,
  ) {
    super(
      `git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
}

/** Identity used for commits the actions make, unless the repository or environment says otherwise. */
export const BOT_IDENTITY = { name: 'gitopshq[bot]', email: 'gitopshq-bot@users.noreply.github.com' };

export interface GitOptions {
  /** Extra environment for every call (e.g. GIT_TERMINAL_PROMPT=0 is always set). */
  env?: Record<string, string>;
  /** A GitHub token for fetch and push over https (see tokenAuthEnv). */
  token?: string;
}

/**
 * git authenticates with a GitHub token through its environment (GIT_CONFIG_* entries), never through argv (where
 * `ps` shows it) nor the repository's config (where a later step would find it).
 */
export function tokenAuthEnv(token: string | undefined): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

export class Git {
  constructor(
    readonly cwd: string,
    private readonly options: GitOptions = {},
  ) {}

  /** Runs git; `allowFail` returns the result instead of throwing on a non-zero exit. */
  async exec(
    args: string[],
    opts: { allowFail?: boolean; input?: string; cwd?: string; onStdout?: (chunk: Buffer) => void } = {},
  ): Promise<ExecResult> {
    const debug = process.env.GITOPSHQ_DEBUG_GIT === '1';
    if (debug) process.stderr.write(`[git] ${args.join(' ')}\n`);
    const cwd = opts.cwd ?? this.cwd;
    const run = await runProcess('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? BOT_IDENTITY.name,
        GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? BOT_IDENTITY.email,
        GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? BOT_IDENTITY.name,
        GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? BOT_IDENTITY.email,
        ...tokenAuthEnv(this.options.token),
        ...this.options.env,
      },
      ...(opts.input === undefined ? {} : { input: opts.input }),
      ...(opts.onStdout === undefined ? {} : { onStdout: opts.onStdout }),
    });
    if (run.spawnError) {
      throw new Error(
        `cannot run git in ${cwd} (${run.spawnError}): is git on PATH, and does the folder exist?`,
      );
    }
    const result: ExecResult = { exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr };
    if (debug && result.stderr) process.stderr.write(`[git] ${result.stderr}`);
    if (result.exitCode !== 0 && !opts.allowFail) throw new GitError(args, result);
    return result;
  }

  async init(opts: { bare?: boolean; initialBranch?: string } = {}): Promise<void> {
    await this.exec([
      'init',
      '-q',
      ...(opts.bare ? ['--bare'] : []),
      `--initial-branch=${opts.initialBranch ?? 'main'}`,
    ]);
  }

  async clone(
    url: string,
    dir: string,
    opts: { branch?: string; depth?: number; noCheckout?: boolean } = {},
  ) {
    const args = ['clone', '-q'];
    if (opts.branch) args.push('--branch', opts.branch);
    if (opts.depth) args.push('--depth', String(opts.depth));
    if (opts.noCheckout) args.push('--no-checkout');
    args.push('--', url, dir);
    await this.exec(args);
  }

  async add(paths: string[]): Promise<void> {
    await this.exec(['add', '--', ...paths]);
  }

  async addAll(): Promise<void> {
    await this.exec(['add', '-A']);
  }

  /** Commits what is staged; returns the new commit SHA. */
  async commit(message: string, opts: { allowEmpty?: boolean } = {}): Promise<string> {
    await this.exec(
      ['commit', '-q', '--no-verify', '-F', '-', ...(opts.allowEmpty ? ['--allow-empty'] : [])],
      {
        input: message,
      },
    );
    return this.revParse('HEAD');
  }

  async revParse(ref: string): Promise<string> {
    return (await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).stdout.trim();
  }

  /** The SHA a ref points to, or undefined when it does not exist. */
  async tryRevParse(ref: string): Promise<string | undefined> {
    const r = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  async checkout(ref: string, opts: { create?: boolean; force?: boolean } = {}): Promise<void> {
    const args = ['checkout', '-q'];
    if (opts.force) args.push('-f');
    if (opts.create) args.push('-B');
    args.push(ref);
    if (!opts.create) args.push('--');
    await this.exec(args);
  }

  async fetch(remote: string, refspecs: string[], opts: { depth?: number; allowFail?: boolean } = {}) {
    const args = ['fetch', '-q', '--no-tags'];
    if (opts.depth) args.push('--depth', String(opts.depth));
    args.push(remote, ...refspecs);
    return this.exec(args, { allowFail: opts.allowFail ?? false });
  }

  /** Pushes; returns the result so callers can tell a rejected (non-fast-forward) push from other failures. */
  async push(remote: string, refspecs: string[], opts: { force?: boolean } = {}): Promise<ExecResult> {
    return this.exec(['push', '-q', '--porcelain', ...(opts.force ? ['--force'] : []), remote, ...refspecs], {
      allowFail: true,
    });
  }

  /** The content of a file at a ref, or undefined when the path does not exist there. */
  async show(ref: string, path: string): Promise<string | undefined> {
    const r = await this.exec(['show', `${ref}:${path}`], { allowFail: true });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  /** Paths under `dir` at `ref` (recursive), or [] when the ref or folder does not exist. */
  async lsTree(ref: string, dir = ''): Promise<string[]> {
    const r = await this.exec(['ls-tree', '-r', '--name-only', '-z', ref, '--', ...(dir ? [dir] : [])], {
      allowFail: true,
    });
    return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : [];
  }

  /** Files changed between two commits (`base...head` merge-base semantics when `threeDot`). */
  async diffNames(base: string, head: string, opts: { threeDot?: boolean } = {}): Promise<string[]> {
    const range = opts.threeDot ? `${base}...${head}` : `${base}..${head}`;
    const r = await this.exec(['diff', '--name-only', '-z', range, '--']);
    return r.stdout.split('\0').filter(Boolean);
  }

  async diff(args: string[] = []): Promise<string> {
    return (await this.exec(['--no-pager', 'diff', ...args])).stdout;
  }

  async hasCommit(sha: string): Promise<boolean> {
    return (await this.exec(['cat-file', '-e', `${sha}^{commit}`], { allowFail: true })).exitCode === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.exec(['merge-base', a, b], { allowFail: true });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /** For each file changed between two commits, the first line of `head` that the change added or altered. */
  async firstChangedLines(base: string, head: string): Promise<Map<string, number>> {
    const out = (
      await this.exec(['--no-pager', 'diff', '-U0', '--no-color', '--no-ext-diff', base, head, '--'])
    ).stdout;
    const lines = new Map<string, number>();
    let file: string | undefined;
    for (const line of out.split('\n')) {
      if (line.startsWith('+++ ')) {
        file = line === '+++ /dev/null' ? undefined : line.slice(4).replace(/^b\//, '');
        continue;
      }
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      if (hunk && file && !lines.has(file)) lines.set(file, Math.max(1, Number(hunk[1])));
    }
    return lines;
  }

  async configSet(key: string, value: string): Promise<void> {
    await this.exec(['config', key, value]);
  }

  async status(): Promise<string> {
    return (await this.exec(['status', '--porcelain'])).stdout;
  }

  async worktreeAdd(dir: string, ref: string): Promise<void> {
    await this.exec(['worktree', 'add', '-q', '--detach', dir, ref]);
  }

  async worktreeRemove(dir: string): Promise<void> {
    await this.exec(['worktree', 'remove', '--force', dir], { allowFail: true });
  }
}
