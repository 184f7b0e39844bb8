// What the simulator does inside a bare repository: read refs, files and history, and merge a pull request the
// way GitHub does (a merge or squash commit written with plumbing, no worktree). Client-supplied names only ever
// reach git behind a `refs/heads/` prefix or after matching a SHA pattern, so none can pass for an option.
import { Git } from '../../git/git.js';
import { refFromFiles } from './ref-files.js';

export const SHA = /^[0-9a-f]{4,40}$/;

export interface ChangedFile {
  filename: string;
  previousFilename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  sha: string | null;
  additions: number;
  deletions: number;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerName: string;
  committerEmail: string;
  committerDate: string;
  message: string;
}

export class BareRepo {
  readonly git: Git;

  constructor(readonly dir: string) {
    this.git = new Git(dir);
  }

  async branchSha(branch: string): Promise<string | undefined> {
    return this.refSha(`refs/heads/${branch}`);
  }

  /**
   * The commit a full ref name points to, or undefined, as `git rev-parse --verify REF^{commit}` answers. Read from
   * the ref files when they say for certain (git refuses a non-commit on a branch; pull refs are the simulator's own
   * commits, and a pushed non-commit there only makes the caller recompute it), otherwise asked of git.
   */
  async refSha(ref: string): Promise<string | undefined> {
    const known = refFromFiles(this.dir, ref);
    if (known === null) return undefined;
    if (known !== undefined && (ref.startsWith('refs/heads/') || ref.startsWith('refs/pull/'))) return known;
    return this.git.tryRevParse(ref);
  }

  /** A branch, a tag or a (possibly abbreviated) commit SHA, as GitHub resolves `ref` parameters. */
  async resolve(ref: string): Promise<string | undefined> {
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    const candidates = [`refs/heads/${name}`, `refs/tags/${name}`];
    if (SHA.test(ref)) candidates.push(ref);
    for (const c of candidates) {
      const sha = c.startsWith('refs/') ? await this.refSha(c) : await this.objectCommit(c);
      if (sha) return sha;
    }
    return undefined;
  }

  /** A commit named by a (possibly abbreviated) SHA; a full SHA found once is remembered (objects never change). */
  private async objectCommit(sha: string): Promise<string | undefined> {
    return remembered(this.dir, 'commit-of', [sha], () => this.git.tryRevParse(sha), false);
  }

  async branches(): Promise<{ name: string; sha: string }[]> {
    const r = await this.git.exec(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/']);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha = '', ref = ''] = line.split(' ');
        return { name: ref.replace(/^refs\/heads\//, ''), sha };
      });
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return remembered(
      this.dir,
      'is-ancestor',
      [ancestor, of],
      async () => {
        const r = await this.git.exec(['merge-base', '--is-ancestor', ancestor, of], { allowFail: true });
        return r.exitCode === 0;
      },
      false,
    );
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return remembered(
      this.dir,
      'merge-base',
      [a, b],
      async () => {
        const r = await this.git.exec(['merge-base', a, b], { allowFail: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
      },
      false,
    );
  }

  /** The merged tree of two commits, or undefined on a conflict. */
  async mergeTree(base: string, head: string): Promise<string | undefined> {
    return remembered(this.dir, 'merge-tree', [base, head], async () => {
      const r = await this.git.exec(['merge-tree', '--write-tree', '--no-messages', base, head], {
        allowFail: true,
      });
      if (r.exitCode === 0) return r.stdout.split('\n')[0]?.trim();
      if (r.exitCode === 1) return undefined;
      throw new Error(`git merge-tree failed: ${r.stderr}`);
    });
  }

  async commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: { name: string; email: string },
  ): Promise<string> {
    const git = new Git(this.dir, {
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: 'GitHub',
        GIT_COMMITTER_EMAIL: 'noreply@github.com',
      },
    });
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
    return (await git.exec(args, { input: message })).stdout.trim();
  }

  /** Moves a branch only if it still points at `expected` (a push in between makes this fail, not clobber). */
  async updateBranch(branch: string, sha: string, expected: string): Promise<boolean> {
    const r = await this.git.exec(['update-ref', `refs/heads/${branch}`, sha, expected], { allowFail: true });
    return r.exitCode === 0;
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    return remembered(this.dir, 'changed-files', [base, head], () => this.diffFiles(base, head));
  }

  private async diffFiles(base: string, head: string): Promise<ChangedFile[]> {
    const from = (await this.mergeBase(base, head)) ?? base;
    const raw = (await this.git.exec(['diff', '--raw', '-z', '-M', '--no-abbrev', from, head])).stdout;
    const numstat = (await this.git.exec(['diff', '--numstat', '-z', '-M', from, head])).stdout;
    const counts = parseNumstat(numstat);
    const files: ChangedFile[] = [];
    const parts = raw.split('\0');
    for (let i = 0; i < parts.length - 1; ) {
      const meta = parts[i++] ?? '';
      const [, , , newSha = '', letterScore = ''] = meta.slice(1).split(' ');
      const letter = letterScore[0] ?? 'M';
      const first = parts[i++] ?? '';
      const second = letter === 'R' || letter === 'C' ? (parts[i++] ?? '') : undefined;
      const filename = second ?? first;
      const c = counts.get(filename) ?? { additions: 0, deletions: 0 };
      const status =
        ({ A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied' } as const)[
          letter as 'A' | 'D' | 'M' | 'R' | 'C'
        ] ?? 'changed';
      files.push({
        filename,
        ...(second !== undefined ? { previousFilename: first } : {}),
        status,
        sha: /^0+$/.test(newSha) ? null : newSha,
        ...c,
      });
    }
    return files;
  }

  /** Commits reachable from `head` but not `base`, oldest first. */
  async commits(base: string, head: string): Promise<CommitInfo[]> {
    return remembered(this.dir, 'commits', [base, head], async () =>
      parseLog((await this.git.exec(['log', '--reverse', LOG_FORMAT, `${base}..${head}`])).stdout),
    );
  }

  async commit(sha: string): Promise<CommitInfo | undefined> {
    return remembered(
      this.dir,
      'commit',
      [sha],
      async () => {
        const r = await this.git.exec(['log', '-1', LOG_FORMAT, sha, '--'], { allowFail: true });
        return r.exitCode === 0 ? parseLog(r.stdout)[0] : undefined;
      },
      false,
    );
  }

  /** A file's bytes at a commit, a directory listing, or undefined when the path does not exist. */
  async read(
    sha: string,
    path: string,
  ): Promise<
    | { type: 'file'; sha: string; content: Buffer }
    | { type: 'dir'; entries: { type: 'file' | 'dir'; name: string; sha: string; size: number }[] }
    | undefined
  > {
    const clean = path.replace(/^\/+|\/+$/g, '');
    const spec = `${sha}:${clean}`;
    const type = await this.git.exec(['cat-file', '-t', spec], { allowFail: true });
    if (type.exitCode !== 0) return undefined;
    const objectSha = (await this.git.exec(['rev-parse', spec])).stdout.trim();
    if (type.stdout.trim() === 'blob') {
      const r = await this.git.exec(['cat-file', '-p', objectSha]);
      return { type: 'file', sha: objectSha, content: Buffer.from(r.stdout, 'utf8') };
    }
    const r = await this.git.exec(['ls-tree', '-l', '-z', objectSha]);
    const entries = r.stdout
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta = '', name = ''] = line.split('\t');
        const [, kind = '', objSha = '', size = '0'] = meta.split(/\s+/);
        return {
          type: kind === 'tree' ? ('dir' as const) : ('file' as const),
          name,
          sha: objSha,
          size: Number(size) || 0,
        };
      });
    return { type: 'dir', entries };
  }
}

/**
 * Answers about commits named by full SHAs never change (the simulator never rewrites an object), and the simulator
 * asks the same ones for every request about a pull request: each is computed by git once per repository. Answers
 * are copied out, so no caller can change what the next one gets. Bounded: a long-running sandbox starts over.
 */
const answers = new Map<string, unknown>();
const MAX_ANSWERS = 5000;

async function remembered<T>(
  dir: string,
  op: string,
  shas: string[],
  compute: () => Promise<T>,
  // A negative answer may be about an object not pushed yet: kept only when the caller says it is final.
  keepNegative = true,
): Promise<T> {
  if (!shas.every((s) => /^[0-9a-f]{40}$/.test(s))) return compute();
  const key = `${dir}\0${op}\0${shas.join(' ')}`;
  if (answers.has(key)) return structuredClone(answers.get(key)) as T;
  const value = await compute();
  if (!keepNegative && (value === undefined || value === false)) return value;
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, structuredClone(value));
  return value;
}

const LOG_FORMAT = `--format=${['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00')}%x1e`;

function parseLog(out: string): CommitInfo[] {
  return out
    .split('\x1e')
    .map((s) => s.replace(/^\n/, ''))
    .filter(Boolean)
    .map((rec) => {
      const [
        sha = '',
        tree = '',
        parents = '',
        an = '',
        ae = '',
        ad = '',
        cn = '',
        ce = '',
        cd = '',
        message = '',
      ] = rec.split('\0');
      return {
        sha,
        tree,
        parents: parents.split(' ').filter(Boolean),
        authorName: an,
        authorEmail: ae,
        authorDate: ad,
        committerName: cn,
        committerEmail: ce,
        committerDate: cd,
        message: message.replace(/\n+$/, ''),
      };
    });
}

function parseNumstat(out: string): Map<string, { additions: number; deletions: number }> {
  const map = new Map<string, { additions: number; deletions: number }>();
  const parts = out.split('\0');
  for (let i = 0; i < parts.length; ) {
    const line = parts[i++] ?? '';
    if (!line) continue;
    const [a = '0', d = '0', path = ''] = line.split('\t');
    // A rename is `a\td\t` then the old and new paths as separate fields.
    let name = path;
    if (path === '') {
      i++;
      name = parts[i++] ?? '';
    }
    map.set(name, { additions: Number(a) || 0, deletions: Number(d) || 0 });
  }
  return map;
}
