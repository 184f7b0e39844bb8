// A checkpoint of everything the simulator holds (its API state and every ref of every repository), so a test can
// run a step many times from the same starting point without starting a new simulator each time. Git objects
// written since are left in place (unreachable, as after a force push): only refs say what a repository holds.
import { runProcess } from '../../process/run-process.js';
import type { SimStore } from './state.js';

async function refsOf(dir: string): Promise<Map<string, string>> {
  const r = await runProcess('git', ['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: dir });
  if (r.exitCode !== 0) throw new Error(`git for-each-ref in ${dir}: ${r.stderr}`);
  const refs = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const [sha, ref] = line.split(' ');
    if (sha && ref) refs.set(ref, sha);
  }
  return refs;
}

/** Saves the simulator's state now; the function returned puts it back exactly. */
export async function checkpoint(store: SimStore): Promise<() => Promise<void>> {
  const saved = JSON.stringify(store.state);
  const repos = Object.values(store.state.repos).map((r) => store.bareDir(r));
  const refs = new Map<string, Map<string, string>>();
  for (const dir of repos) refs.set(dir, await refsOf(dir));
  return async () => {
    const state = store.state as unknown as Record<string, unknown>;
    for (const key of Object.keys(state)) delete state[key];
    Object.assign(state, JSON.parse(saved));
    store.save();
    for (const [dir, want] of refs) {
      const now = await refsOf(dir);
      const lines = [...want].map(([ref, sha]) => `update ${ref} ${sha}`);
      for (const ref of now.keys()) if (!want.has(ref)) lines.push(`delete ${ref}`);
      const r = await runProcess('git', ['update-ref', '--stdin'], {
        cwd: dir,
        input: `${lines.join('\n')}\n`,
      });
      if (r.exitCode !== 0) throw new Error(`git update-ref in ${dir}: ${r.stderr}`);
    }
  };
}
