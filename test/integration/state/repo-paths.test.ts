// The path guard on a real file system: every way out of the repository is `outside`, with the link named.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPaths } from '../../../src/state/repo-paths.js';
import { tmpDir } from '../../helpers/tmp.js';

function fixture() {
  const top = tmpDir();
  const root = join(top, 'repo');
  mkdirSync(join(root, 'a/b'), { recursive: true });
  mkdirSync(join(top, 'outside'));
  writeFileSync(join(top, 'outside/secret'), 'x');
  writeFileSync(join(root, 'a/b/file.yaml'), 'k: v\n');
  symlinkSync(join(top, 'outside/secret'), join(root, 'a/abs-out'));
  symlinkSync('../../outside', join(root, 'a/rel-dir-out'));
  symlinkSync('b/file.yaml', join(root, 'a/in'));
  symlinkSync('../a', join(root, 'a/b/up')); // a loop back up, inside
  symlinkSync('../../nowhere', join(root, 'a/dangling-out'));
  symlinkSync('nowhere', join(root, 'a/dangling-in'));
  symlinkSync('self', join(root, 'a/self'));
  return { root, paths: repoPaths(root) };
}

describe('RepoPaths.resolve', () => {
  it.each([
    ['a file', 'a/b/file.yaml', { kind: 'file', rel: 'a/b/file.yaml' }],
    ['a folder', 'a/b', { kind: 'dir', rel: 'a/b' }],
    ['a missing file', 'a/none.yaml', { kind: 'missing', rel: 'a/none.yaml' }],
    ['a link inside, followed', 'a/in', { kind: 'file', rel: 'a/in' }],
    ['.. out of the root', '../outside/secret', { kind: 'outside', via: '../outside/secret' }],
    ['an absolute link out', 'a/abs-out', { kind: 'outside', via: 'a/abs-out' }],
    ['a file through a folder link out', 'a/rel-dir-out/secret', { kind: 'outside', via: 'a/rel-dir-out' }],
    ['a dangling link out', 'a/dangling-out', { kind: 'outside', via: 'a/dangling-out' }],
    ['a dangling link inside', 'a/dangling-in', { kind: 'missing' }],
    ['a link to itself', 'a/self', { kind: 'missing' }],
  ])('%s', (_name, path, expected) => {
    const { paths } = fixture();
    expect(paths.resolve(path)).toMatchObject(expected);
  });

  it('names the link a file is reached through', () => {
    const { paths } = fixture();
    const r = paths.resolve('a/rel-dir-out/secret');
    expect(r.kind === 'outside' && r.reason).toBe(
      'is reached through a/rel-dir-out, a symbolic link to a path outside the repository',
    );
  });

  it('resolves relative to a folder, from its real place', () => {
    const { root, paths } = fixture();
    expect(paths.resolve('../../b/file.yaml', join(root, 'a/b/up'))).toMatchObject({ kind: 'file' });
    expect(paths.resolve('../../../x', join(root, 'a/b'))).toMatchObject({ kind: 'outside' });
  });
});

describe('RepoPaths.listTree', () => {
  it('lists files, follows links inside once, refuses links out', () => {
    const { root, paths } = fixture();
    const t = paths.listTree(join(root, 'a'));
    expect(t.files.map((f) => f.rel).sort()).toEqual(['b/file.yaml', 'in']);
    expect(t.refused.map((r) => r.rel).sort()).toEqual(['a/abs-out', 'a/dangling-out', 'a/rel-dir-out']);
  });
});
