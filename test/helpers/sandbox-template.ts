// Seeded sandboxes, built once per test run and copied per test. Seeding one (users, teams, `gitopshq init`'s
// example repository committed and pushed into a new bare repository) is eight git processes, seconds on a loaded
// runner, and every test that starts a sandbox needs the same one. The simulator keeps all its state in its folder
// (users and tokens, repositories, pull requests), so a copy of a seeded folder, started, is that sandbox again on a
// port of its own: each test still gets a private simulator and repository that no other test sees.
// Every test file runs in a process of its own, so a template kept per process was seeded again by each of the
// thirty-odd files that start one: test/global-setup.ts names a folder for the run (GITOPSHQ_TEST_TEMPLATES), where
// the first process to finish a template publishes it (an atomic rename) for all the others. Without that variable
// (a file run outside vitest's global setup) a template is kept per process, as before.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Git } from '../../src/git/git.js';
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
  const shared = process.env.GITOPSHQ_TEST_TEMPLATES;
  if (!template && shared && existsSync(shared)) {
    template = sharedTemplate(shared, key, build);
    templates.set(key, template);
    template.catch(() => templates.delete(key));
  }
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

/**
 * The run's template for `key` in `shared`: the one another test process published, or one built here and published
 * (building into a folder of its own, then renaming it into place: a process never sees half a template). Two
 * processes that build the same template at once both succeed; the first rename wins, the other copy is dropped.
 * `meta` travels as JSON, so it must be plain data.
 */
async function sharedTemplate<T>(
  shared: string,
  key: string,
  build: (dir: string) => Promise<T>,
): Promise<Template<T>> {
  const published = join(shared, createHash('sha256').update(key).digest('hex').slice(0, 16));
  const metaFile = join(published, 'meta.json');
  if (!existsSync(metaFile)) {
    const root = mkdtempSync(join(shared, 'building-'));
    try {
      const meta = await build(join(root, 'template'));
      writeFileSync(join(root, 'meta.json'), JSON.stringify({ meta }));
      try {
        renameSync(root, published);
      } catch (e) {
        // Published by another process meanwhile (the target exists and is not empty): use that one.
        if (!existsSync(metaFile)) throw e;
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const { meta } = JSON.parse(readFileSync(metaFile, 'utf8')) as { meta: T };
  return { dir: join(published, 'template'), meta };
}

/** startSandbox on a copy of a seeded sandbox folder (same users, tokens and acme/gitops as a fresh one). */
export async function startSeededSandbox(opts: Parameters<typeof startSandbox>[0]): Promise<Sandbox> {
  await fromTemplate('sandbox', opts.dir, async (dir) => {
    await (await startSandbox({ dir })).close();
  });
  return startSandbox(opts);
}

/**
 * What `git clone <url> <dir>` over the simulator's HTTP makes, made from the bare repository on disk instead (its
 * objects borrowed: `git clone --shared`) with origin then set to `url`, so every fetch and push after it goes
 * through the simulator as before. A clone over HTTP is a pack of the whole repository built by the simulator's git
 * for each checkout, several per test; no test that uses this is about the clone itself.
 */
export async function cloneFromDisk(bare: string, url: string, dir: string): Promise<void> {
  const git = new Git(dirname(dir));
  await git.exec(['clone', '-q', '--shared', '--', bare, dir]);
  await new Git(dir).exec(['remote', 'set-url', 'origin', url]);
}

/** cloneFromDisk of the sandbox's acme/gitops, origin its HTTP URL for `login`. */
export function cloneSandbox(sb: Sandbox, login: string, dir: string): Promise<void> {
  return cloneFromDisk(sb.sim.store.bareDir({ owner: 'acme', name: 'gitops' }), sb.cloneUrl(login), dir);
}
