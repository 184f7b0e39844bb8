// Reads and writes files on one branch of a repository WITHOUT touching the checkout it is given: no working
// tree, no index, no HEAD, no current branch. Everything goes through git plumbing:
//   read:  fetch the branch into a private ref (refs/gitopshq/fetched/<branch>), then `cat-file --batch`;
//   write: one `fast-import` writes blob, trees and commit (parent: the tip that was read) onto a scratch ref
//          (the same as `hash-object -w` + a throw-away index + `write-tree` + `commit-tree`, in one process instead
//          of five), then publish it with a compare-and-swap: `push <remote> <sha>:refs/heads/<branch>` (never
//          forced: a rejection means someone else wrote first) or, with no remote, `update-ref <ref> <new> <old>`.
// The caller (record-store.ts) owns the retry loop; this file only says "published" or "beaten".
import { UserError } from '../domain/errors.js';
import { BOT_IDENTITY, type Git, GitError } from '../git/git.js';
import { type BatchObjectHandler, CatFileBatchReader } from './cat-file-batch.js';

/** Push or update-ref outcomes that mean "another writer moved the branch first": re-read and try again. */
const CONFLICT_MARKERS = [
  '[rejected]', // non-fast-forward, fetch first
  'cannot lock ref',
  'failed to update ref',
  'incorrect old value',
  'but expected',
  'reference already exists',
  'atomic push failed', // --atomic: another ref of the same push was refused
  'atomic transaction failed',
];

export interface StateBranchOptions {
  git: Git;
  /** A remote name (`origin`) or URL; undefined: the repository's own local branch is the truth. */
  remote?: string;
  branch: string;
  /** Written as the commit author (the GitHub login that caused the change); the committer stays the bot. */
  actor?: string;
}

export class StateBranch {
  readonly git: Git;
  readonly remote: string | undefined;
  readonly branch: string;
  private readonly actor: string | undefined;
  private checked = false;
  /** The commit this object last published: the branch's tip as of then, a good guess for the next write. */
  lastPublished: string | undefined;

  constructor(opts: StateBranchOptions) {
    this.git = opts.git;
    this.remote = opts.remote;
    this.branch = opts.branch;
    this.actor = opts.actor;
  }

  /** Where fast-import leaves the commit it made (the ref it must name); nothing reads it. */
  private get scratchRef(): string {
    return `refs/gitopshq/scratch/${this.branch}`;
  }

  /** The ref reads come from: a private mirror of the remote branch, or the local branch itself. */
  get readRef(): string {
    return this.remote === undefined ? `refs/heads/${this.branch}` : `refs/gitopshq/fetched/${this.branch}`;
  }

  /** Where the branch lives, for messages: `gitopshq/state on origin`. */
  get where(): string {
    return this.remote === undefined ? `branch ${this.branch}` : `branch ${this.branch} on ${this.remote}`;
  }

  /** Refuses a branch name git would not take (a usage error naming it). */
  private async checkName(): Promise<void> {
    if (this.checked) return;
    const ok = await this.git.exec(['check-ref-format', `refs/heads/${this.branch}`], { allowFail: true });
    if (ok.exitCode !== 0) {
      throw new UserError(`state branch '${this.branch}' is not a valid branch name`, [], 'usage');
    }
  }

  /**
   * With no remote: the local branch's tip (undefined: no such branch yet) and whether it is the branch checked out
   * here, in one git call.
   */
  private async localTip(): Promise<{ tip: string | undefined; checkedOut: boolean }> {
    const ref = `refs/heads/${this.branch}`;
    // for-each-ref matches by prefix (refs/heads/<branch>/x too): only the line naming the ref itself counts.
    const r = await this.git.exec(
      ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)%00%(HEAD)', ref],
      { allowFail: true },
    );
    const line = r.exitCode === 0 ? r.stdout.split('\n').find((l) => l.startsWith(`${ref}\0`)) : undefined;
    if (line === undefined) {
      // No such branch yet, but HEAD may still name it (a repository with no commit on it): writing it would
      // move that HEAD all the same.
      const head = await this.git.exec(['symbolic-ref', '-q', 'HEAD'], { allowFail: true });
      return { tip: undefined, checkedOut: head.stdout.trim() === ref };
    }
    const [, objectname, type, head] = line.split('\0');
    // A branch always names a commit unless written by hand with update-ref: then git resolves it, as before.
    const tip = type === 'commit' ? objectname : await this.git.tryRevParse(ref);
    return { tip, checkedOut: head === '*' };
  }

  /** Moving the branch that is checked out would change the user's HEAD under their feet. */
  private refuseCheckedOut(): never {
    throw new UserError(
      `the state branch ${this.branch} is checked out in ${this.git.cwd}; check out another branch first`,
      [],
      'usage',
    );
  }

  private async check(): Promise<void> {
    if (this.checked) return;
    // Both questions at once: each git call costs ~35 ms of start-up, and every command asks them first.
    const [, local] = await Promise.all([
      this.checkName(),
      this.remote === undefined ? this.localTip() : undefined,
    ]);
    if (local?.checkedOut) this.refuseCheckedOut();
    this.checked = true;
  }

  /** Brings the read ref up to date and returns the tip, or undefined when the branch does not exist (yet). */
  async refresh(): Promise<string | undefined> {
    if (this.remote === undefined) {
      // Nothing to fetch: the tip and the checks in one round (a failed check still throws first).
      const [, local] = await Promise.all([this.checkName(), this.localTip()]);
      if (local.checkedOut) this.refuseCheckedOut();
      this.checked = true;
      return local.tip;
    }
    await this.fetch();
    return this.git.tryRevParse(this.readRef);
  }

  /**
   * Brings the read ref up to date (with no remote: only checks the branch can be used); `also`: more refspecs in
   * the same fetch (state-intents.ts), whose local refs are pruned when gone from the remote.
   */
  async fetch(also: readonly string[] = []): Promise<void> {
    await this.check();
    if (this.remote !== undefined) {
      const r = await this.git.exec(
        [
          'fetch',
          '-q',
          '--no-tags',
          '--no-write-fetch-head',
          '--no-recurse-submodules',
          // One process less per fetch (git would look at gc after every one), a rev-list less for forced updates,
          // and one negotiation round instead of two: the branch's previous tip is all the server needs to hear.
          '--no-auto-maintenance',
          '--no-show-forced-updates',
          `--negotiation-tip=${this.readRef}*`,
          ...(also.length > 0 ? ['--prune'] : []),
          this.remote,
          `+refs/heads/${this.branch}:${this.readRef}`,
          ...also,
        ],
        { allowFail: true },
      );
      if (r.exitCode !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr)) {
          // The branch was never created (or was deleted): forget any stale mirror.
          await this.git.exec(['update-ref', '-d', this.readRef], { allowFail: true });
          return;
        }
        throw new UserError(
          `could not fetch ${this.where}: ${r.stderr.trim() || `git fetch exited ${r.exitCode}`}`,
          [],
          'usage',
        );
      }
    }
  }

  /**
   * The tip (undefined: no branch yet) and every file under `dirs` in it with its blob id. With no remote to fetch
   * first, the tip, the checks and the listing go out at once (ls-tree reads the ref itself): a write landing in
   * between gives a listing one write newer than the tip, which no reader can tell from one reading a moment later.
   */
  async listTip(
    dirs: readonly string[],
  ): Promise<{ tip: string | undefined; blobs: { path: string; blob: string }[] }> {
    if (this.remote !== undefined) {
      const tip = await this.refresh();
      return { tip, blobs: tip === undefined ? [] : await this.listBlobs(tip, dirs) };
    }
    const [tip, listed] = await Promise.all([this.refresh(), this.listBlobs(this.readRef, dirs, true)]);
    if (tip === undefined) return { tip, blobs: [] };
    // The branch was made between the two calls: list the tip now known.
    return { tip, blobs: listed ?? (await this.listBlobs(tip, dirs)) };
  }

  /** Every file under the `dirs` at `commit` with its blob id, in one git call. */
  async listBlobs(commit: string, dirs: readonly string[]): Promise<{ path: string; blob: string }[]>;
  /** `absentOk`: undefined when `commit` names nothing (yet). */
  async listBlobs(
    commit: string,
    dirs: readonly string[],
    absentOk: true,
  ): Promise<{ path: string; blob: string }[] | undefined>;
  async listBlobs(
    commit: string,
    dirs: readonly string[],
    absentOk = false,
  ): Promise<{ path: string; blob: string }[] | undefined> {
    const r = await this.git.exec(['ls-tree', '-r', '-z', commit, '--', ...dirs.map((d) => `${d}/`)], {
      allowFail: absentOk,
    });
    if (r.exitCode !== 0) return undefined;
    const out: { path: string; blob: string }[] = [];
    const text = r.stdout;
    // `<mode> <type> <id>\t<path>\0` per entry, read in place (10,000 entries: no strings but the two kept).
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\0', at);
      if (end < 0) end = text.length;
      const type = text.indexOf(' ', at) + 1;
      const id = text.indexOf(' ', type) + 1;
      const tab = text.indexOf('\t', id);
      if (type > 0 && id > type && tab > id && tab < end && text.startsWith('blob ', type)) {
        out.push({ path: text.slice(tab + 1, end), blob: text.slice(id, tab) });
      }
      at = end + 1;
    }
    return out;
  }

  /**
   * One `git cat-file --batch` over `names` (ids or `<rev>:<path>`), each object handed to `onObject` as git writes
   * it (src/state/cat-file-batch.ts). Returns how many objects came whole: `names.length` unless the output did
   * not read as the format (it never should), when the caller reads the rest another way.
   */
  async catFileBatch(
    names: readonly string[],
    onObject: BatchObjectHandler,
    opts: { headers?: boolean } = {},
  ): Promise<number> {
    if (names.length === 0) return 0;
    const reader = new CatFileBatchReader(names.length, onObject, opts);
    // --buffer: one flush at the end instead of one per object (10,000 records: ~30% less time in git).
    await this.git.exec(['cat-file', '--batch', '--buffer'], {
      input: names.map((n) => `${n}\n`).join(''),
      onStdout: (chunk) => reader.push(chunk),
    });
    return reader.finish() ? names.length : reader.count;
  }

  /** The contents of many blobs by id in one git call (cat-file --batch), in order. */
  async readBlobs(blobs: readonly string[]): Promise<(string | undefined)[]> {
    const out: (string | undefined)[] = new Array(blobs.length);
    await this.streamBlobs(blobs, (i, text) => {
      out[i] = text;
    });
    return out;
  }

  /**
   * The contents of many blobs by id in one git call (cat-file --batch), each handed to `onBlob` as soon as git has
   * written it (src/state/cat-file-batch.ts), in order; undefined for a blob git does not have.
   */
  async streamBlobs(
    blobs: readonly string[],
    onBlob: (index: number, text: string | undefined) => void,
  ): Promise<void> {
    const whole = await this.catFileBatch(blobs, onBlob);
    // Output that does not read as the batch format (it never should): the rest one blob at a time.
    for (let i = whole; i < blobs.length; i++) onBlob(i, await this.readBlob(blobs[i] as string));
  }

  /**
   * The contents of many files at `commit` in one git call (cat-file --batch), in order; undefined for a path that
   * is absent or not a file.
   */
  async readMany(commit: string, paths: readonly string[]): Promise<(string | undefined)[]> {
    const out: (string | undefined)[] = new Array(paths.length);
    const whole = await this.catFileBatch(
      paths.map((p) => `${commit}:${p}`),
      (i, text, _oid, type) => {
        out[i] = type === 'blob' ? text : undefined;
      },
      { headers: true },
    );
    // Output that does not read as the batch format (it never should): the rest one file at a time.
    for (let i = whole; i < paths.length; i++) out[i] = await this.readBlob(`${commit}:${paths[i]}`);
    return out;
  }

  /**
   * A commit (default: the tip of the read ref) and the file in it, in one git call. git resolves the names in
   * order, so the commit is resolved first and the content is never OLDER than the parent the next commit will
   * name: if the ref moved in between, the content is newer and publish's compare-and-swap on that parent fails.
   * `tip` is undefined when `rev` names no commit; `content` when the file is absent from it (or not a file).
   */
  async readAt(
    path: string,
    rev = this.readRef,
  ): Promise<{ tip: string | undefined; content: string | undefined }> {
    let tip: string | undefined;
    let content: string | undefined;
    const whole = await this.catFileBatch(
      [rev, `${rev}:${path}`],
      (i, text, oid, type) => {
        if (i === 0) tip = type === 'commit' ? oid : undefined;
        else content = type === 'blob' ? text : undefined;
      },
      { headers: true },
    );
    if (whole < 2) {
      // Output that does not read as the batch format (it never should): what is missing, one call each.
      if (whole === 0) tip = await this.git.tryRevParse(rev);
      if (tip !== undefined) content = await this.readBlob(`${tip}:${path}`);
    }
    return tip === undefined ? { tip: undefined, content: undefined } : { tip, content };
  }

  /** One blob by name (`<rev>:<path>` or an id), exactly as stored; undefined when it is not a blob. */
  private async readBlob(name: string): Promise<string | undefined> {
    const r = await this.git.exec(['cat-file', 'blob', name], { allowFail: true });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  /**
   * Writes a commit on top of `parent` (a root commit when undefined) with `path` set to `content`, and returns
   * its id. One `git fast-import` writes the blob, the trees and the commit (five plumbing calls otherwise, which
   * matters when many writers race). Its ref is a scratch ref of ours; the commit is published by publish().
   * Returns undefined when a concurrent writer in this same repository held the scratch ref: retry.
   */
  async commit(
    parent: string | undefined,
    path: string,
    content: string,
    message: string,
    at: Date,
  ): Promise<string | undefined> {
    return this.commitFiles(parent, [{ path, content }], message, at);
  }

  /**
   * commit() for many files at once (a deploy writes one manifests file per target); the parent's other files stay.
   * `content` null deletes the file.
   */
  async commitFiles(
    parent: string | undefined,
    files: readonly { path: string; content: string | null }[],
    message: string,
    at: Date,
  ): Promise<string | undefined> {
    const when = `${Math.floor(at.getTime() / 1000)} +0000`;
    const author = this.actor ? `${ident(this.actor)} <${noreplyEmail(this.actor)}>` : botIdent();
    const data = (text: string) => `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
    const stream = [
      // `reset` forgets the scratch ref's previous commit, so a commit without `from` is a root commit.
      `reset ${this.scratchRef}\n`,
      `commit ${this.scratchRef}\n`,
      'mark :1\n',
      `author ${author} ${when}\n`,
      `committer ${botIdent()} ${when}\n`,
      data(message),
      parent === undefined ? '' : `from ${parent}\n`,
      ...files.map((f) =>
        f.content === null ? `D ${f.path}\n` : `M 100644 inline ${f.path}\n${data(f.content)}`,
      ),
      'get-mark :1\n',
      'done\n',
    ].join('');
    // unpackLimit 0 keeps the few objects as the pack fast-import wrote, instead of running unpack-objects on it.
    const r = await this.git.exec(
      ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet', '--done', '--force'],
      {
        input: stream,
        allowFail: true,
      },
    );
    const sha = /^[0-9a-f]{40,64}$/m.exec(r.stdout)?.[0];
    if (r.exitCode === 0 && sha) return sha;
    if (/lock/i.test(r.stderr)) return undefined;
    throw new GitError(['fast-import'], r);
  }

  /**
   * A chain of commits on `parent`, one per entry, each setting `path` to an existing blob with the entry's author
   * line (`Name <email> <seconds> <tz>`) and message; the bot commits. Returns the last one's id (undefined: the
   * scratch ref was locked by a concurrent writer in this repository, retry).
   */
  async commitChain(
    parent: string,
    entries: readonly { path: string; blob: string; author: string; message: string }[],
    at: Date,
  ): Promise<string | undefined> {
    const when = `${Math.floor(at.getTime() / 1000)} +0000`;
    const data = (text: string) => `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
    const stream = [
      `reset ${this.scratchRef}\n`,
      ...entries.map((e, i) =>
        [
          `commit ${this.scratchRef}\n`,
          `mark :${i + 1}\n`,
          `author ${e.author}\n`,
          `committer ${botIdent()} ${when}\n`,
          data(e.message),
          i === 0 ? `from ${parent}\n` : '',
          `M 100644 ${e.blob} ${e.path}\n`,
        ].join(''),
      ),
      `get-mark :${entries.length}\n`,
      'done\n',
    ].join('');
    const r = await this.git.exec(
      ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet', '--done', '--force'],
      { input: stream, allowFail: true },
    );
    const sha = /^[0-9a-f]{40,64}$/m.exec(r.stdout)?.[0];
    if (r.exitCode === 0 && sha) return sha;
    if (/lock/i.test(r.stderr)) return undefined;
    throw new GitError(['fast-import'], r);
  }

  /**
   * Moves the branch from `parent` (undefined: it must not exist) to `commit`, atomically. Returns false when
   * another writer got there first; throws UserError for anything a retry cannot fix (no permission, protected).
   */
  async publish(
    commit: string,
    parent: string | undefined,
    opts: { atomic?: boolean; deletes?: readonly { ref: string; expect: string }[] } = {},
  ): Promise<boolean> {
    const target = `refs/heads/${this.branch}`;
    if (this.remote === undefined) {
      const r = await this.git.exec(
        // An empty old value means "must not exist yet" (also in SHA-256 repositories, unlike 40 zeros).
        ['update-ref', '-m', 'gitopshq: state record', target, commit, parent ?? ''],
        { allowFail: true },
      );
      if (r.exitCode === 0) {
        this.lastPublished = commit;
        return true;
      }
      if (isConflict(r.stderr)) return false;
      throw new UserError(`could not update ${this.where}: ${r.stderr.trim()}`, [], 'usage');
    }
    const deletes = opts.deletes ?? [];
    const r = await this.git.push(this.remote, [
      '--no-verify',
      ...(opts.atomic ? ['--atomic'] : []),
      ...deletes.map((d) => `--force-with-lease=${d.ref}:${d.expect}`),
      `${commit}:${target}`,
      ...deletes.map((d) => `:${d.ref}`),
    ]);
    if (r.exitCode === 0) {
      this.lastPublished = commit;
      return true;
    }
    if (isConflict(`${r.stdout}\n${r.stderr}`)) return false;
    throw new UserError(
      `could not push to ${this.where}: ${(r.stdout + r.stderr).trim() || `exit ${r.exitCode}`}`,
      [],
      'usage',
    );
  }
}

function isConflict(output: string): boolean {
  return CONFLICT_MARKERS.some((m) => output.includes(m));
}

/** A name git accepts in an ident line: no angle brackets or line breaks, never empty. */
function ident(name: string): string {
  return name.replace(/[<>\n\r]/g, '').trim() || BOT_IDENTITY.name;
}

function botIdent(): string {
  return `${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>`;
}

/** GitHub's no-reply address for a login; anything else gets the bot's address (git rejects `<` and `>`). */
function noreplyEmail(actor: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.[\]-]*$/.test(actor)
    ? `${actor}@users.noreply.github.com`
    : BOT_IDENTITY.email;
}
