// Seeded sandboxes, built once per test process and copied per test. Seeding one (users, teams, `gitopshq init`'s
// example repository committed and pushed into a new bare repository) is eight git processes, seconds on a loaded
// runner, and every test that starts a sandbox needs the same one. The simulator keeps all its state in its folder
// (users and tokens, repositories, pull requests), so a copy of a seeded folder, started, is that sandbox again on a
// port of its own: each test still gets a private simulator and repository that no other test sees.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sandbox, startSandbox } from '../../src/sandbox/sandbox.js';

interface Template<T> {
  dir: string;
  meta: T;
}

const templates = new Map<string, Promise<Template<unknown>>>();
const roots: string[] = [];

/**
 * Copies the template folder built by `build` (once per `key` in this process) into `dir`, which must not exist, and
 * returns what `build` returned about it. A failed build is not cached: the next test builds again.
 */
export async function fromTemplate<T>(
  key: string,
  dir: string,
  build: (dir: string) => Promise<T>,
): Promise<T> {
  if (existsSync(dir)) throw new Error(`fromTemplate: ${dir} already exists`);
  let template = templates.get(key) as Promise<Template<T>> | undefined;
  if (!template) {
    const root = mkdtempSync(join(tmpdir(), 'gitopshq-template-'));
    // The templates go when the test process exits.
    if (roots.length === 0)
      process.once('exit', () => {
        for (const r of roots) rmSync(r, { recursive: true, force: true });
      });
    roots.push(root);
    const made = join(root, 'template');
    template = build(made).then((meta) => ({ dir: made, meta }));
    templates.set(key, template);
    template.catch(() => {
      templates.delete(key);
      rmSync(root, { recursive: true, force: true });
    });
  }
  const { dir: from, meta } = await template;
  cpSync(from, dir, { recursive: true, preserveTimestamps: true });
  return meta;
}

/** startSandbox on a copy of a seeded sandbox folder (same users, tokens and acme/gitops as a fresh one). */
export async function startSeededSandbox(opts: Parameters<typeof startSandbox>[0]): Promise<Sandbox> {
  await fromTemplate('sandbox', opts.dir, async (dir) => {
    await (await startSandbox({ dir })).close();
  });
  return startSandbox(opts);
}
