// StateBranch's reads (state-branch.ts): files and blobs of a commit, many at a time, each in one git call
// (`ls-tree`, `cat-file --batch` read as git writes it: cat-file-batch.ts), never a process per file. They read
// objects only: no working tree, index or HEAD is involved.
import type { Git } from '../git/git.js';
import { type BatchObjectHandler, CatFileBatchReader } from './cat-file-batch.js';

/** Every file under the `dirs` at `commit` with its blob id; `absentOk`: undefined when `commit` names nothing. */
export async function listBlobs(
  git: Git,
  commit: string,
  dirs: readonly string[],
  absentOk: boolean,
): Promise<{ path: string; blob: string }[] | undefined> {
  const r = await git.exec(['ls-tree', '-r', '-z', commit, '--', ...dirs.map((d) => `${d}/`)], {
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
export async function catFileBatch(
  git: Git,
  names: readonly string[],
  onObject: BatchObjectHandler,
  opts: { headers?: boolean } = {},
): Promise<number> {
  if (names.length === 0) return 0;
  const reader = new CatFileBatchReader(names.length, onObject, opts);
  // --buffer: one flush at the end instead of one per object (10,000 records: ~30% less time in git).
  await git.exec(['cat-file', '--batch', '--buffer'], {
    input: names.map((n) => `${n}\n`).join(''),
    onStdout: (chunk) => reader.push(chunk),
  });
  return reader.finish() ? names.length : reader.count;
}

/**
 * The contents of many blobs by id in one git call (cat-file --batch), each handed to `onBlob` as soon as git has
 * written it (src/state/cat-file-batch.ts), in order; undefined for a blob git does not have.
 */
export async function streamBlobs(
  git: Git,
  blobs: readonly string[],
  onBlob: (index: number, text: string | undefined) => void,
): Promise<void> {
  const whole = await catFileBatch(git, blobs, onBlob);
  // Output that does not read as the batch format (it never should): the rest one blob at a time.
  for (let i = whole; i < blobs.length; i++) onBlob(i, await readBlob(git, blobs[i] as string));
}

/**
 * The contents of many files at `commit` in one git call (cat-file --batch), in order; undefined for a path that
 * is absent or not a file.
 */
export async function readMany(
  git: Git,
  commit: string,
  paths: readonly string[],
): Promise<(string | undefined)[]> {
  const out: (string | undefined)[] = new Array(paths.length);
  const whole = await catFileBatch(
    git,
    paths.map((p) => `${commit}:${p}`),
    (i, text, _oid, type) => {
      out[i] = type === 'blob' ? text : undefined;
    },
    { headers: true },
  );
  // Output that does not read as the batch format (it never should): the rest one file at a time.
  for (let i = whole; i < paths.length; i++) out[i] = await readBlob(git, `${commit}:${paths[i]}`);
  return out;
}

/**
 * A commit and the file in it, in one git call. git resolves the names in order, so the commit is resolved first
 * and the content is never OLDER than the parent the next commit will name: if the ref moved in between, the
 * content is newer and publish's compare-and-swap on that parent fails. `tip` is undefined when `rev` names no
 * commit; `content` when the file is absent from it (or not a file).
 */
export async function readAt(
  git: Git,
  path: string,
  rev: string,
): Promise<{ tip: string | undefined; content: string | undefined }> {
  let tip: string | undefined;
  let content: string | undefined;
  const whole = await catFileBatch(
    git,
    [rev, `${rev}:${path}`],
    (i, text, oid, type) => {
      if (i === 0) tip = type === 'commit' ? oid : undefined;
      else content = type === 'blob' ? text : undefined;
    },
    { headers: true },
  );
  if (whole < 2) {
    // Output that does not read as the batch format (it never should): what is missing, one call each.
    if (whole === 0) tip = await git.tryRevParse(rev);
    if (tip !== undefined) content = await readBlob(git, `${tip}:${path}`);
  }
  return tip === undefined ? { tip: undefined, content: undefined } : { tip, content };
}

/** One blob by name (`<rev>:<path>` or an id), exactly as stored; undefined when it is not a blob. */
async function readBlob(git: Git, name: string): Promise<string | undefined> {
  const r = await git.exec(['cat-file', 'blob', name], { allowFail: true });
  return r.exitCode === 0 ? r.stdout : undefined;
}
