// The hostile-input corpus (test/fixtures/hostile/<category>/<case>.yaml): loading the cases, preparing what each
// feeds (files in a checkout, records on the state branch, an event payload), and the checks every case shares:
// nothing written, no workflow command started by untrusted text, no forged output. test/e2e/hostile-corpus.test.ts
// runs them; test/fixtures/hostile/README.md describes the case format.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/sandbox/runner/index.js';

export const CORPUS_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'hostile');

/** A file made at test time (too big or too repetitive to commit). */
export interface Generated {
  path: string;
  /** large: `mb` MiB of valid YAML; deep: a flow sequence nested `depth` levels; wide-laughs: an alias bomb. */
  kind: 'large' | 'deep' | 'deep-block';
  mb?: number;
  depth?: number;
}

export interface HostileCase {
  /** Path under the corpus, e.g. `yaml/billion-laughs-config.yaml`. */
  id: string;
  category: string;
  about: string;
  via: 'cli' | 'bundle';
  /** Text files written into the checkout (replacing what is there). */
  files?: Record<string, string>;
  /** Text appended to files of the checkout. */
  append?: Record<string, string>;
  /** Files given as base64, for bytes YAML cannot hold (NUL, invalid UTF-8). */
  bytes?: Record<string, string>;
  generate?: Generated[];
  /** Files committed on the state branch (gitopshq/state) of the checkout. */
  state?: Record<string, string>;
  /** cli: the arguments after `gitopshq`; `{repo}` is the checkout. `--repo {repo}` is added. */
  argv?: string[];
  /** bundle: the action folder. */
  action?: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload?: Record<string, unknown> };
  /** Replaces the event file: garbled text, missing, or padded to `mb` MiB of JSON. */
  eventFile?: { text?: string; missing?: boolean; mb?: number };
  env?: Record<string, string>;
  expect: {
    exit: number;
    /** Each must appear in what the user sees (stderr and stdout; for a bundle its log, annotations and summary). */
    message: string | string[];
  };
}

const REQUIRED = ['category', 'about', 'via', 'expect'] as const;

export function loadCorpus(): HostileCase[] {
  const out: HostileCase[] = [];
  for (const category of readdirSync(CORPUS_DIR).sort()) {
    const dir = join(CORPUS_DIR, category);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const id = `${category}/${name}`;
      const raw = parse(readFileSync(join(dir, name), 'utf8')) as Omit<HostileCase, 'id'>;
      for (const key of REQUIRED) if (raw[key] === undefined) throw new Error(`${id}: ${key} is missing`);
      if (raw.category !== category) throw new Error(`${id}: category ${raw.category} is not its folder`);
      if (raw.via === 'cli' && !raw.argv) throw new Error(`${id}: a cli case needs argv`);
      if (raw.via === 'bundle' && !raw.action) throw new Error(`${id}: a bundle case needs action`);
      out.push({ id, ...raw });
    }
  }
  return out;
}

export const messagesOf = (c: HostileCase): string[] =>
  Array.isArray(c.expect.message) ? c.expect.message : [c.expect.message];

/** Writes the case's files into `dir` (a checkout). */
export function applyFiles(c: HostileCase, dir: string): void {
  const at = (p: string) => {
    const abs = join(dir, ...p.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    return abs;
  };
  for (const [p, text] of Object.entries(c.files ?? {})) writeFileSync(at(p), text);
  for (const [p, text] of Object.entries(c.append ?? {})) appendFileSync(at(p), text);
  for (const [p, b64] of Object.entries(c.bytes ?? {})) writeFileSync(at(p), Buffer.from(b64, 'base64'));
  for (const g of c.generate ?? []) generate(at(g.path), g);
}

function generate(abs: string, g: Generated): void {
  if (g.kind === 'large') {
    // Valid YAML all the way, so only its size is wrong; written in 1 MiB chunks, never held whole.
    const line = `k: "${'x'.repeat(1018)}"\n`;
    const chunk = Buffer.from(
      line.repeat(1024).replace(/^k/gm, () => `k${Math.random().toString(36).slice(2, 8)}`),
    );
    const fd = openSync(abs, 'w');
    try {
      for (let i = 0; i < (g.mb ?? 100); i++) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  } else if (g.kind === 'deep') {
    const depth = g.depth ?? 100_000;
    writeFileSync(abs, `image: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
  } else {
    const depth = g.depth ?? 5_000;
    writeFileSync(abs, `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`);
  }
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Commits the case's records on the state branch of the checkout `dir`, leaving the working tree on main. */
export function commitState(c: HostileCase, dir: string, branch = 'gitopshq/state'): void {
  if (!c.state) return;
  const env = ['-c', 'user.name=hostile', '-c', 'user.email=hostile@example.com'];
  const entries = Object.entries(c.state).map(([p, text]) => {
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], {
      cwd: dir,
      input: text,
      encoding: 'utf8',
    });
    return { p, blob: blob.trim() };
  });
  // One level of folders (releases/, promotions/) is all a record needs.
  const byDir = new Map<string, string[]>();
  for (const { p, blob } of entries) {
    const [folder, name] = p.split('/');
    if (!folder || !name) throw new Error(`${c.id}: state path ${p} must be <folder>/<file>`);
    byDir.set(folder, [...(byDir.get(folder) ?? []), `100644 blob ${blob}\t${name}`]);
  }
  const top = [...byDir].map(([folder, lines]) => {
    const tree = execFileSync('git', ['mktree'], {
      cwd: dir,
      input: `${lines.join('\n')}\n`,
      encoding: 'utf8',
    });
    return `040000 tree ${tree.trim()}\t${folder}`;
  });
  const root = execFileSync('git', ['mktree'], {
    cwd: dir,
    input: `${top.join('\n')}\n`,
    encoding: 'utf8',
  }).trim();
  const commit = git(dir, ...env, 'commit-tree', root, '-m', 'hostile records').trim();
  git(dir, 'update-ref', `refs/heads/${branch}`, commit);
}

/** Everything a run could have written locally: every ref, and every file's size and mtime outside .git. */
export function localSnapshot(dir: string): string {
  const refs = git(dir, 'for-each-ref', '--format=%(refname) %(objectname)');
  const head = git(dir, 'rev-parse', 'HEAD');
  const files: string[] = [];
  const walk = (abs: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(abs, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p, { throwIfNoEntry: false });
        files.push(`${relative(dir, p)} ${st?.size ?? -1} ${st?.mtimeMs ?? -1}`);
      }
    }
  };
  walk(dir);
  return `${head}${refs}${files.sort().join('\n')}`;
}

/** The refs of a bare repository (the simulator's). */
export const bareRefs = (bare: string): string =>
  git(bare, 'for-each-ref', '--format=%(refname) %(objectname)');

export interface RequestLike {
  method: string;
  path: string;
}

/** Requests that change something: anything but a read or a git fetch. */
export function writesIn(requests: readonly RequestLike[]): string[] {
  return requests
    .filter((r) => !['GET', 'HEAD'].includes(r.method) && !r.path.endsWith('/git-upload-pack'))
    .map((r) => `${r.method} ${r.path}`);
}

/** Workflow commands our code issues itself; anything else on stdout came from somewhere it should not have. */
const OWN_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask']);

/**
 * The lines of `out` a runner would act on as workflow commands although untrusted text made them, given the
 * markers the hostile text carries (`PWNED`). The runner's `::stop-commands::TOKEN` ... `::TOKEN::` is honoured;
 * leading blanks count as the start of a line (the safe reading); the legacy `##[` form anywhere is suspect.
 * `trusted`: commands our code may issue (none for the CLI).
 */
export function injectedCommands(out: string, trusted: ReadonlySet<string>, marker = 'PWNED'): string[] {
  const bad: string[] = [];
  let stopToken: string | undefined;
  for (const raw of out.split(/\r?\n|\r/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    if (/##\[[A-Za-z]/.test(line)) {
      bad.push(raw);
      continue;
    }
    const m = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, name = '', props = '', data = ''] = m;
    if (name === 'stop-commands' && trusted.has('stop-commands') && !line.includes(marker)) {
      stopToken = data;
      continue;
    }
    const injected =
      !trusted.has(name) ||
      props.includes(marker) ||
      data.startsWith(marker) ||
      (name === 'add-mask' && data.includes(marker));
    if (injected) bad.push(raw);
  }
  return bad;
}

export const BUNDLE_COMMANDS: ReadonlySet<string> = new Set([...OWN_COMMANDS, 'stop-commands']);
export const CLI_COMMANDS: ReadonlySet<string> = new Set(['stop-commands']);
