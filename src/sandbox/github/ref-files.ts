// A bare repository's refs read from its ref files (loose, then packed-refs, as git reads them) instead of a
// `git rev-parse` process: the simulator looks up a branch or a pull ref several times for every API request and
// every fetch, and a process spawned by a large process (a test runner's worker) costs tens of milliseconds of
// kernel time. Only the answers the files give for certain are used; anything else is left to git.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SHA40 = /^[0-9a-f]{40}$/;
/** Names whose file path is the ref itself: no `..`, no empty or dot-led component, no lock file. */
const PLAIN_REF =
  /^refs\/(?:heads|tags|pull)\/(?:[A-Za-z0-9_+-][A-Za-z0-9._+-]*\/)*[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/;

/**
 * The object a ref points to as its files say: a SHA, `null` when the ref does not exist, `undefined` when only git
 * can tell (a symbolic ref, a name outside the plain form, the reftable format, a file being written).
 */
export function refFromFiles(gitDir: string, ref: string): string | null | undefined {
  if (!PLAIN_REF.test(ref) || ref.includes('..') || ref.endsWith('.lock') || ref.endsWith('.'))
    return undefined;
  if (existsSync(join(gitDir, 'reftable')) || !existsSync(join(gitDir, 'refs'))) return undefined;
  const loose = join(gitDir, ref);
  try {
    if (statSync(loose).isFile()) {
      const text = readFileSync(loose, 'utf8').trim();
      return SHA40.test(text) ? text : undefined;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR')
      return undefined;
  }
  let packed: string;
  try {
    packed = readFileSync(join(gitDir, 'packed-refs'), 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
  }
  for (const line of packed.split('\n')) {
    if (line.length === 41 + ref.length && line.endsWith(ref) && line[40] === ' ') {
      const sha = line.slice(0, 40);
      return SHA40.test(sha) ? sha : undefined;
    }
  }
  return null;
}
