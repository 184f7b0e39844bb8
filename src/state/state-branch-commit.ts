// StateBranch's commits (state-branch.ts): one `git fast-import` writes the blobs, the trees and the commits onto a
// scratch ref of ours (the same as `hash-object -w` + a throw-away index + `write-tree` + `commit-tree`, in one
// process instead of five, which matters when many writers race). The commit is published by StateBranch.publish;
// nothing reads the scratch ref. The author is the GitHub login that caused the change; the committer the bot.
import { BOT_IDENTITY, type Git, GitError } from '../git/git.js';

/**
 * Writes a commit on top of `parent` (a root commit when undefined) setting each file's content (`null`: deletes
 * it); the parent's other files stay. Returns its id, or undefined when a concurrent writer in this same
 * repository held the scratch ref: retry.
 */
export async function writeCommit(
  git: Git,
  scratchRef: string,
  actor: string | undefined,
  change: {
    parent: string | undefined;
    files: readonly { path: string; content: string | null }[];
    message: string;
    at: Date;
  },
): Promise<string | undefined> {
  const { parent, files, message, at } = change;
  const when = `${Math.floor(at.getTime() / 1000)} +0000`;
  const author = actor ? `${ident(actor)} <${noreplyEmail(actor)}>` : botIdent();
  const stream = [
    // `reset` forgets the scratch ref's previous commit, so a commit without `from` is a root commit.
    `reset ${scratchRef}\n`,
    `commit ${scratchRef}\n`,
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
  return fastImport(git, stream);
}

/**
 * A chain of commits on `parent`, one per entry, each setting `path` to an existing blob with the entry's author
 * line (`Name <email> <seconds> <tz>`) and message; the bot commits. Returns the last one's id (undefined: the
 * scratch ref was locked by a concurrent writer in this repository, retry).
 */
export async function writeCommitChain(
  git: Git,
  scratchRef: string,
  parent: string,
  entries: readonly { path: string; blob: string; author: string; message: string }[],
  at: Date,
): Promise<string | undefined> {
  const when = `${Math.floor(at.getTime() / 1000)} +0000`;
  const stream = [
    `reset ${scratchRef}\n`,
    ...entries.map((e, i) =>
      [
        `commit ${scratchRef}\n`,
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
  return fastImport(git, stream);
}

/** Runs fast-import on `stream`, which ends with `get-mark` of the commit to return. */
async function fastImport(git: Git, stream: string): Promise<string | undefined> {
  // unpackLimit 0 keeps the few objects as the pack fast-import wrote, instead of running unpack-objects on it.
  const r = await git.exec(
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

/** A fast-import `data` command: the byte count, then the text. */
function data(text: string): string {
  return `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
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
