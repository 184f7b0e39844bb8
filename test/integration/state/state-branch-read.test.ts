// StateBranch's reads (readAt, readMany) against a real repository whose state branch holds what people and other
// tools may leave there: multi-byte UTF-8, a file that is not UTF-8 at all, a commit message in Latin-1. Each read
// is one `git cat-file --batch` process, and what it returns is what `git cat-file blob` says, byte for byte.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { releaseFile } from '../../../src/domain/layout.js';
import { Git } from '../../../src/git/git.js';
import { RecordStore } from '../../../src/state/record-store.js';
import { releaseToYaml } from '../../../src/state/record-yaml.js';
import { StateBranch } from '../../../src/state/state-branch.js';
import { StateIntents } from '../../../src/state/state-intents.js';
import { tmpDir } from '../../helpers/tmp.js';
import { cloneOf, makeRemote, sampleRelease } from './record-store-fixtures.js';

const BRANCH = 'gitopshq/state';
const MULTI = 'title: café 🚀 — ünïcödé 日本\n';
// `caf\xe9` in Latin-1, a line break, then two bytes no UTF-8 text holds.
const LATIN1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xfe]);

function git(cwd: string, args: string[], input?: Buffer | string): string {
  return execFileSync('git', args, { cwd, input }).toString('utf8').trim();
}

/** What `git cat-file blob` prints for `name`, decoded as the store decodes text. */
function catFileBlob(cwd: string, name: string): string {
  return execFileSync('git', ['cat-file', 'blob', name], { cwd }).toString('utf8');
}

/**
 * A repository with main checked out and a state branch of two commits written with plumbing, as another tool
 * might: the first holds releases/a.yaml; the tip changes it and adds a multi-byte file, a Latin-1 file and one
 * more after it, with a Latin-1 commit message.
 */
function repository() {
  const dir = tmpDir();
  git(dir, ['init', '-q', '--initial-branch=main']);
  git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'main']);
  const blob = (content: Buffer | string) => git(dir, ['hash-object', '-w', '--stdin'], content);
  const tree = (files: Record<string, string>) => {
    const releases = git(
      dir,
      ['mktree'],
      Object.entries(files)
        .map(([name, id]) => `100644 blob ${id}\t${name}\n`)
        .join(''),
    );
    return git(dir, ['mktree'], `040000 tree ${releases}\treleases\n`);
  };
  const env = ['-c', 'user.name=t', '-c', 'user.email=t@t'];
  const first = git(dir, [...env, 'commit-tree', tree({ 'a.yaml': blob('id: a\nv: 1\n') }), '-m', 'first']);
  const message = Buffer.concat([Buffer.from('r\xe9sum\xe9 from another tool', 'latin1'), Buffer.from('\n')]);
  const files = {
    'a.yaml': blob('id: a\nv: 2\n'),
    'multi.yaml': blob(MULTI),
    'latin1.yaml': blob(LATIN1),
    'z-after.yaml': blob('after: ok\n'),
  };
  const tip = git(
    dir,
    [...env, '-c', 'i18n.commitEncoding=ISO-8859-1', 'commit-tree', tree(files), '-p', first, '-F', '-'],
    message,
  );
  git(dir, ['update-ref', `refs/heads/${BRANCH}`, tip]);
  const g = new Git(dir);
  return { dir, git: g, first, tip, state: new StateBranch({ git: g, branch: BRANCH }) };
}

/** Counts the git processes `run` starts through `g`. */
async function processes<T>(g: Git, run: () => Promise<T>): Promise<{ value: T; calls: string[][] }> {
  const exec = vi.spyOn(g, 'exec');
  try {
    const value = await run();
    return { value, calls: exec.mock.calls.map(([args]) => args) };
  } finally {
    exec.mockRestore();
  }
}

/** A Git whose `cat-file --batch` output stops after `keep` bytes, as if git's output did not read as the format. */
class CutBatchGit extends Git {
  constructor(
    cwd: string,
    private readonly keep: number,
  ) {
    super(cwd);
  }
  override exec(args: string[], opts: Parameters<Git['exec']>[1] = {}) {
    const onStdout = opts.onStdout;
    if (args[1] !== '--batch' || onStdout === undefined) return super.exec(args, opts);
    let seen = 0;
    return super.exec(args, {
      ...opts,
      onStdout: (chunk) => {
        const room = Math.max(0, this.keep - seen);
        seen += chunk.length;
        if (room > 0) onStdout(chunk.subarray(0, room));
      },
    });
  }
}

describe('readAt', () => {
  test('returns the tip of the branch and the file in it, in one git process', async () => {
    const { git: g, tip, state } = repository();
    const { value, calls } = await processes(g, () => state.readAt('releases/a.yaml'));
    expect(value).toEqual({ tip, content: 'id: a\nv: 2\n' });
    expect(calls).toEqual([['cat-file', '--batch', '--buffer']]);
  });

  test('at an older commit: that commit and the file as it was there', async () => {
    const { first, state } = repository();
    expect(await state.readAt('releases/a.yaml', first)).toEqual({ tip: first, content: 'id: a\nv: 1\n' });
    expect(await state.readAt('releases/multi.yaml', first)).toEqual({ tip: first, content: undefined });
  });

  test('a missing path: the tip, and no content; a folder is no file either', async () => {
    const { tip, state } = repository();
    expect(await state.readAt('releases/nope.yaml')).toEqual({ tip, content: undefined });
    expect(await state.readAt('releases')).toEqual({ tip, content: undefined });
  });

  test('a branch or commit that does not exist: neither tip nor content', async () => {
    const { git: g, state } = repository();
    const absent = new StateBranch({ git: g, branch: 'gitopshq/never-written' });
    expect(await absent.readAt('releases/a.yaml')).toEqual({ tip: undefined, content: undefined });
    expect(await state.readAt('releases/a.yaml', 'f'.repeat(40))).toEqual({
      tip: undefined,
      content: undefined,
    });
    // A blob's id is no commit: nothing to build on.
    const blob = git(g.cwd, ['rev-parse', `${BRANCH}:releases/a.yaml`]);
    expect(await state.readAt('releases/a.yaml', blob)).toEqual({ tip: undefined, content: undefined });
  });

  test('multi-byte and non-UTF-8 files read as git cat-file blob prints them, under a Latin-1 commit message, in one process each', async () => {
    const { dir, git: g, tip, state } = repository();
    for (const path of ['releases/multi.yaml', 'releases/latin1.yaml', 'releases/z-after.yaml']) {
      const { value, calls } = await processes(g, () => state.readAt(path));
      expect(value).toEqual({ tip, content: catFileBlob(dir, `${tip}:${path}`) });
      expect(calls).toHaveLength(1);
    }
    expect((await state.readAt('releases/multi.yaml')).content).toBe(MULTI);
    expect((await state.readAt('releases/latin1.yaml')).content).toBe(LATIN1.toString('utf8'));
  });

  test('output that does not read as the format: the tip and the file are read another way', async () => {
    const { dir, tip } = repository();
    const size = Number(git(dir, ['cat-file', '-s', tip]));
    const commitEnd = `${tip} commit ${size}\n`.length + size + 1;
    // Cut inside the commit's header, inside its message (nothing handed on), then inside the file's header.
    for (const keep of [10, commitEnd - 5, commitEnd + 10]) {
      const state = new StateBranch({ git: new CutBatchGit(dir, keep), branch: BRANCH });
      expect(await state.readAt('releases/multi.yaml')).toEqual({ tip, content: MULTI });
      expect(await state.readAt('releases/nope.yaml')).toEqual({ tip, content: undefined });
    }
    const absent = new StateBranch({ git: new CutBatchGit(dir, 10), branch: 'gitopshq/never-written' });
    expect(await absent.readAt('releases/a.yaml')).toEqual({ tip: undefined, content: undefined });
  });
});

describe('readMany', () => {
  const PATHS = [
    'releases/latin1.yaml',
    'releases/multi.yaml',
    'releases/nope.yaml',
    'releases',
    'releases/z-after.yaml',
    'releases/a.yaml',
  ];

  test('every file as git cat-file blob prints it, in order, undefined for absent ones, in one git process', async () => {
    const { dir, git: g, tip, state } = repository();
    const { value, calls } = await processes(g, () => state.readMany(tip, PATHS));
    expect(calls).toHaveLength(1);
    expect(value).toEqual([
      catFileBlob(dir, `${tip}:releases/latin1.yaml`),
      MULTI,
      undefined,
      undefined,
      'after: ok\n',
      'id: a\nv: 2\n',
    ]);
    expect(value[0]).toBe(LATIN1.toString('utf8'));
    expect(await state.readMany(tip, [])).toEqual([]);
  });

  test('output that does not read as the format: the rest read one file at a time, same answer', async () => {
    const { dir, tip } = repository();
    const whole = await new StateBranch({ git: new Git(dir), branch: BRANCH }).readMany(tip, PATHS);
    for (const keep of [0, 30, 70, 200]) {
      const state = new StateBranch({ git: new CutBatchGit(dir, keep), branch: BRANCH });
      expect(await state.readMany(tip, PATHS)).toEqual(whole);
    }
  });
});

test('records round-trip through a branch another tool left with non-UTF-8 content', async () => {
  const { dir, git: g } = repository();
  const theirs = git(dir, ['rev-parse', `${BRANCH}:releases/latin1.yaml`]);
  const store = new RecordStore({ git: g, branch: BRANCH });
  const release = sampleRelease({ title: 'payment-api: café 🚀 — ünïcödé' });
  await store.createRelease(release);
  expect(await store.getRelease(release.id)).toEqual(release);
  const moved = await store.transitionRelease(release.id, 'PendingApproval', { actor: 'dev-bob' });
  expect(await store.getRelease(release.id)).toEqual(moved);
  expect(catFileBlob(dir, `${BRANCH}:${releaseFile(release.id)}`)).toBe(releaseToYaml(moved));
  // The other tool's files are untouched.
  expect(git(dir, ['rev-parse', `${BRANCH}:releases/latin1.yaml`])).toBe(theirs);
});

test('pending intents read whole when a record before them is not UTF-8', async () => {
  const dir = tmpDir();
  const url = await makeRemote(dir);
  // Another tool pushes the state branch with a Latin-1 record; then two writers publish intents on that tip.
  const other = join(dir, 'other');
  git(dir, ['clone', '-q', url, other]);
  const latin1 = git(other, ['hash-object', '-w', '--stdin'], LATIN1);
  const plain = git(other, ['hash-object', '-w', '--stdin'], 'id: b\n');
  const releases = git(other, ['mktree'], `100644 blob ${latin1}\ta.yaml\n100644 blob ${plain}\tb.yaml\n`);
  const tree = git(other, ['mktree'], `040000 tree ${releases}\treleases\n`);
  const tip = git(other, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit-tree', tree, '-m', 'other']);
  git(other, ['push', '-q', 'origin', `${tip}:refs/heads/${BRANCH}`]);

  const g = await cloneOf(url, join(dir, 'writer'));
  const state = new StateBranch({ git: g, remote: 'origin', branch: BRANCH });
  const intents = new StateIntents(state, 'origin');
  await state.fetch();
  const at = new Date('2026-11-30T12:00:00Z');
  const published: { ref: string; commit: string; path: string; blob: string }[] = [];
  for (const path of ['releases/a.yaml', 'releases/b.yaml']) {
    const commit = await state.commit(tip, path, `id: ${path} \u00e9\n`, `write ${path}`, at);
    if (commit === undefined) throw new Error('scratch ref locked');
    const ref = await intents.publish(commit, path);
    published.push({ ref, commit, path, blob: git(g.cwd, ['rev-parse', `${commit}:${path}`]) });
  }

  const snapshot = await intents.snapshot();
  expect(snapshot.tip).toBe(tip);
  expect(snapshot.blobs).toEqual(
    new Map([
      ['releases/a.yaml', latin1],
      ['releases/b.yaml', plain],
    ]),
  );
  expect(
    snapshot.pending
      .map((i) => ({
        ref: i.ref,
        commit: i.commit,
        path: i.path,
        blob: i.blob,
        base: i.base,
        message: i.message,
      }))
      .sort((x, y) => x.path.localeCompare(y.path)),
  ).toEqual([
    { ...published[0], base: latin1, message: 'write releases/a.yaml' },
    { ...published[1], base: plain, message: 'write releases/b.yaml' },
  ]);
});

test('listBlobs names every file under the folders with the blob git has for it, and nothing else', async () => {
  const dir = tmpDir();
  git(dir, ['init', '-q', '--initial-branch=main']);
  const blob = (content: string) => git(dir, ['hash-object', '-w', '--stdin'], content);
  const mktree = (lines: string[]) => git(dir, ['mktree', '-z'], `${lines.join('\0')}\0`);
  const a = blob('a\n');
  const b = blob('b\n');
  git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'x']);
  const head = git(dir, ['rev-parse', 'HEAD']);
  const nested = mktree([`100644 blob ${a}\tdeep.yaml`]);
  // Names with a space, a tab and multi-byte characters; a symlink (a blob to git), a submodule (a commit) and a
  // nested folder; and a folder the read does not ask for.
  const releases = mktree([
    `100644 blob ${a}\tplain.yaml`,
    `100644 blob ${b}\twith space.yaml`,
    `100644 blob ${b}\twith\ttab.yaml`,
    `100755 blob ${a}\tcafé 🚀.yaml`,
    `120000 blob ${b}\tlink.yaml`,
    `160000 commit ${head}\tsubmodule`,
    `040000 tree ${nested}\tnested`,
  ]);
  const other = mktree([`100644 blob ${a}\tx.yaml`]);
  const root = mktree([`040000 tree ${releases}\treleases`, `040000 tree ${other}\tother`]);
  const commit = git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit-tree', root, '-m', 'state']);
  const state = new StateBranch({ git: new Git(dir), branch: BRANCH });
  const listed = await state.listBlobs(commit, ['releases']);
  expect(listed.sort((x, y) => x.path.localeCompare(y.path))).toEqual(
    [
      { path: 'releases/café 🚀.yaml', blob: a },
      { path: 'releases/link.yaml', blob: b },
      { path: 'releases/nested/deep.yaml', blob: a },
      { path: 'releases/plain.yaml', blob: a },
      { path: 'releases/with space.yaml', blob: b },
      { path: 'releases/with\ttab.yaml', blob: b },
    ].sort((x, y) => x.path.localeCompare(y.path)),
  );
});
