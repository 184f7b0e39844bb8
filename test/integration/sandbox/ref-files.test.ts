// The simulator's ref lookups from a bare repository's files (src/sandbox/github/ref-files.ts) answer as git does:
// loose and packed branches, a loose ref newer than its packed copy, a missing ref, a name that is a folder of
// other refs; anything it cannot be sure of (a name git would read differently, a symbolic ref) is left to git.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Git } from '../../../src/git/git.js';
import { BareRepo } from '../../../src/sandbox/github/bare-repo.js';
import { refFromFiles } from '../../../src/sandbox/github/ref-files.js';
import { tmpDir } from '../../helpers/tmp.js';

async function repo(): Promise<{ bare: BareRepo; first: string; second: string }> {
  const root = tmpDir();
  const work = new Git(join(root, 'work'), {
    env: {
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  });
  await new Git(root).exec(['init', '-q', '-b', 'main', 'work']);
  await work.exec(['commit', '-q', '--allow-empty', '-m', 'one']);
  const first = await work.revParse('HEAD');
  await work.exec(['commit', '-q', '--allow-empty', '-m', 'two']);
  const second = await work.revParse('HEAD');
  await new Git(root).exec(['clone', '-q', '--bare', 'work', 'bare.git']);
  const bare = new BareRepo(join(root, 'bare.git'));
  await bare.git.exec(['update-ref', 'refs/heads/team/feature', first]);
  await bare.git.exec(['update-ref', 'refs/heads/packed-then-moved', first]);
  await bare.git.exec(['tag', '-a', '-m', 'annotated', 'v1', first]);
  await bare.git.exec(['pack-refs', '--all']);
  await bare.git.exec(['update-ref', 'refs/heads/packed-then-moved', second]);
  await bare.git.exec(['update-ref', 'refs/pull/1/head', second]);
  return { bare, first, second };
}

describe('refs from files', () => {
  it('answers each ref as git rev-parse does, and asks git when it cannot be sure', async () => {
    const { bare, first, second } = await repo();
    const refs = [
      'refs/heads/main',
      'refs/heads/team/feature',
      'refs/heads/packed-then-moved',
      'refs/pull/1/head',
      'refs/pull/1/merge',
      'refs/heads/team',
      'refs/heads/nothing',
      'refs/tags/v1',
      'refs/tags/v2',
    ];
    for (const ref of refs) expect(await bare.refSha(ref), ref).toBe(await bare.git.tryRevParse(ref));
    expect(refFromFiles(bare.dir, 'refs/heads/packed-then-moved')).toBe(second);
    expect(refFromFiles(bare.dir, 'refs/heads/team/feature')).toBe(first);
    expect(refFromFiles(bare.dir, 'refs/heads/team')).toBeNull();
    expect(await bare.resolve('v1')).toBe(first); // an annotated tag: peeled by git
    expect(await bare.resolve(first.slice(0, 10))).toBe(first);
    for (const odd of [
      'refs/heads/../config',
      'refs/heads/a..b',
      'refs/heads/x.lock',
      'refs/heads/.hidden',
      'HEAD',
    ])
      expect(refFromFiles(bare.dir, odd), odd).toBeUndefined();
    writeFileSync(join(bare.dir, 'refs', 'heads', 'alias'), 'ref: refs/heads/main\n');
    expect(refFromFiles(bare.dir, 'refs/heads/alias')).toBeUndefined();
    expect(await bare.branchSha('alias')).toBe(second);
  });

  it('remembers answers about full SHAs only once they are final', async () => {
    const { bare, first, second } = await repo();
    expect(await bare.isAncestor(first, second)).toBe(true);
    expect(await bare.isAncestor(second, first)).toBe(false);
    expect(await bare.mergeBase(first, second)).toBe(first);
    const [c] = await bare.commits(first, second);
    expect(c?.message).toBe('two');
    if (c) c.message = 'changed by a caller';
    expect((await bare.commits(first, second))[0]?.message).toBe('two');
    expect((await bare.commit(second))?.parents).toEqual([first]);
    const missing = 'f'.repeat(40);
    expect(await bare.commit(missing)).toBeUndefined();
    expect(await bare.isAncestor(first, missing)).toBe(false);
  });
});
