// Reads and writes files on one branch of a repository WITHOUT touching the checkout it is given: no working
// tree, no index, no HEAD, no current branch. Everything goes through git plumbing:
//   read:  fetch the branch into a private ref (refs/gitopshq/fetched/<branch>), then `ls-tree` and
//          `cat-file --batch` (state-branch-read.ts);
//   write: one `fast-import` writes blob, trees and commit (parent: the tip that was read) onto a scratch ref
//          (state-branch-commit.ts), then publish it with a compare-and-swap:
//          `push <remote> <sha>:refs/heads/<branch>` (never forced: a rejection means someone else wrote first) or,
//          with no remote, `update-ref <ref> <new> <old>`.
// This file holds the branch itself: its refs, the checks before any use, fetch and publish. The caller
// (record-store-write.ts) owns the retry loop; this file only says "published" or "beaten".
import { UserError } from '../domain/errors.js';
import type { Git } from '../git/git.js';
import type { BatchObjectHandler } from './cat-file-batch.js';
import { writeCommit, writeCommitChain } from './state-branch-commit.js';
import * as reads from './state-branch-read.js';

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

  /** Every file under the `dirs` at `commit` with its blob id, in one git call (state-branch-read.ts). */
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
    return reads.listBlobs(this.git, commit, dirs, absentOk);
  }

  /**
   * One `git cat-file --batch` over `names` (ids or `<rev>:<path>`), each object handed to `onObject` as git writes
   * it; returns how many objects came whole (state-branch-read.ts).
   */
  catFileBatch(
    names: readonly string[],
    onObject: BatchObjectHandler,
    opts: { headers?: boolean } = {},
  ): Promise<number> {
    return reads.catFileBatch(this.git, names, onObject, opts);
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
   * The contents of many blobs by id in one git call, each handed to `onBlob` as soon as git has written it, in
   * order; undefined for a blob git does not have (state-branch-read.ts).
   */
  streamBlobs(
    blobs: readonly string[],
    onBlob: (index: number, text: string | undefined) => void,
  ): Promise<void> {
    return reads.streamBlobs(this.git, blobs, onBlob);
  }

  /** The contents of many files at `commit` in one git call, in order; undefined for one absent or not a file. */
  readMany(commit: string, paths: readonly string[]): Promise<(string | undefined)[]> {
    return reads.readMany(this.git, commit, paths);
  }

  /**
   * A commit (default: the tip of the read ref) and the file in it, in one git call; the content is never OLDER
   * than the commit (state-branch-read.ts). `tip` is undefined when `rev` names no commit; `content` when the file
   * is absent from it (or not a file).
   */
  readAt(
    path: string,
    rev = this.readRef,
  ): Promise<{ tip: string | undefined; content: string | undefined }> {
    return reads.readAt(this.git, path, rev);
  }

  /**
   * Writes a commit on top of `parent` (a root commit when undefined) with `path` set to `content`, and returns
   * its id; one `git fast-import` onto a scratch ref of ours (state-branch-commit.ts), published by publish().
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
  commitFiles(
    parent: string | undefined,
    files: readonly { path: string; content: string | null }[],
    message: string,
    at: Date,
  ): Promise<string | undefined> {
    return writeCommit(this.git, this.scratchRef, this.actor, { parent, files, message, at });
  }

  /**
   * A chain of commits on `parent`, one per entry, each setting `path` to an existing blob with the entry's author
   * line (`Name <email> <seconds> <tz>`) and message; the bot commits. Returns the last one's id (undefined: the
   * scratch ref was locked by a concurrent writer in this repository, retry).
   */
  commitChain(
    parent: string,
    entries: readonly { path: string; blob: string; author: string; message: string }[],
    at: Date,
  ): Promise<string | undefined> {
    return writeCommitChain(this.git, this.scratchRef, parent, entries, at);
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
