// The deploy branches' tips, read from a bare repository's ref files instead of a `git for-each-ref` process: the
// syncer looks every 250 ms, and spawning git that often costs a busy machine more than the rest of the simulator.
// Loose refs win over packed ones, as in git; anything unexpected falls back to git itself.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Git } from '../../git/git.js';

const SHA = /^[0-9a-f]{40}$/;

function readLoose(gitDir: string, prefix: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  const base = join(gitDir, 'refs', 'heads');
  const walk = (rel: string): boolean => {
    const abs = join(base, rel);
    if (!existsSync(abs)) return true;
    let sha: string;
    try {
      if (statSync(abs).isDirectory()) return readdirSync(abs).every((e) => walk(rel ? `${rel}/${e}` : e));
      sha = readFileSync(abs, 'utf8').trim();
    } catch {
      return false; // a ref (or its lock) git removed between the listing and the read: let git answer
    }
    if (!SHA.test(sha)) return false; // a symbolic ref or a lock being written: let git answer
    if (rel.startsWith(prefix)) out.set(rel, sha);
    return true;
  };
  return walk(prefix.replace(/\/+$/, '')) ? out : undefined;
}

/** branch -> tip for every branch under `prefix` (e.g. `gitopshq/deploy/`). */
export async function branchTips(git: Git, prefix: string): Promise<Map<string, string>> {
  const gitDir = git.cwd;
  if (existsSync(join(gitDir, 'HEAD')) && existsSync(join(gitDir, 'refs'))) {
    const loose = readLoose(gitDir, prefix);
    if (loose) {
      const packed = join(gitDir, 'packed-refs');
      if (existsSync(packed)) {
        for (const line of readFileSync(packed, 'utf8').split('\n')) {
          const [sha = '', ref = ''] = line.split(' ');
          const branch = ref.replace(/^refs\/heads\//, '');
          if (SHA.test(sha) && ref.startsWith(`refs/heads/${prefix}`) && !loose.has(branch))
            loose.set(branch, sha);
        }
      }
      return loose;
    }
  }
  const r = await git.exec(['for-each-ref', '--format=%(objectname) %(refname)', `refs/heads/${prefix}`]);
  const out = new Map<string, string>();
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const [sha = '', ref = ''] = line.split(' ');
    out.set(ref.replace(/^refs\/heads\//, ''), sha);
  }
  return out;
}
