// The command line's front door (issue 8, item 6): what a new user meets first, each through the CLI itself.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { main } from '../../../src/cli/main.js';
import { Git } from '../../../src/git/git.js';
import { RecordStore } from '../../../src/state/record-store.js';
import { tmpDir } from '../../helpers/tmp.js';
import { sampleRelease } from '../state/record-store-fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SYSTEM_PATH = ['/usr/local/bin', '/usr/bin', '/bin'].join(delimiter);

async function run(
  argv: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    ...(env ? { env } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function example(git = false): Promise<string> {
  const dir = join(tmpDir(), 'gitops');
  expect((await run(['init', dir, ...(git ? [] : ['--no-git'])])).code).toBe(0);
  return dir;
}

/** An executable script standing in for helm or kubectl: it prints one ConfigMap named after itself. */
function fakeTool(name: string): string {
  const dir = tmpDir();
  const file = join(dir, name);
  writeFileSync(
    file,
    `#!/bin/sh\nprintf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: from-path-${name}\\n'\n`,
  );
  chmodSync(file, 0o755);
  return dir;
}

const saved = { PATH: process.env.PATH, GITOPSHQ_TOOLS_DIR: process.env.GITOPSHQ_TOOLS_DIR };
function setEnv(env: { PATH: string; GITOPSHQ_TOOLS_DIR?: string }): void {
  process.env.PATH = env.PATH;
  if (env.GITOPSHQ_TOOLS_DIR === undefined) delete process.env.GITOPSHQ_TOOLS_DIR;
  else process.env.GITOPSHQ_TOOLS_DIR = env.GITOPSHQ_TOOLS_DIR;
}
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.GITOPSHQ_TOOLS_DIR === undefined) delete process.env.GITOPSHQ_TOOLS_DIR;
  else process.env.GITOPSHQ_TOOLS_DIR = saved.GITOPSHQ_TOOLS_DIR;
});

/** The example repository plus a Kustomize workload `cache` (one Deployment, an overlay per environment). */
async function withKustomize(): Promise<string> {
  const dir = await example();
  const files: Record<string, string> = {
    'workloads/cache/workload.yaml':
      'apiVersion: gitopshq.io/v1\nkind: Workload\nname: cache\nnamespace: cache\nsource:\n  type: kustomize\nenvironments: [dev]\n',
    'workloads/cache/base/kustomization.yaml': 'resources:\n  - cm.yaml\n',
    'workloads/cache/base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: real-kustomize\n',
    'workloads/cache/overlays/dev/kustomization.yaml': 'namespace: cache\nresources:\n  - ../../base\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('render finds helm and kubectl', () => {
  const HELM = ['render', 'checkout-web', '--env', 'dev', '--tenant', 'acme'];

  it("helm: the project's .tools/bin when PATH has none (before: 'cannot run helm (ENOENT)', exit 1)", async () => {
    const dir = await example();
    setEnv({ PATH: SYSTEM_PATH });
    const r = await run([...HELM, '--repo', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('kind: Deployment');
  });

  it('helm: PATH first, when there is one', async () => {
    const dir = await example();
    setEnv({ PATH: [fakeTool('helm'), SYSTEM_PATH].join(delimiter) });
    const r = await run([...HELM, '--repo', dir]);
    expect(r.out).toContain('name: from-path-helm');
  });

  it("kubectl: the project's v1.33 before one on PATH; PATH's when the project has none", async () => {
    const dir = await withKustomize();
    const onPath = fakeTool('kubectl');
    setEnv({ PATH: [onPath, SYSTEM_PATH].join(delimiter) });
    const project = await run(['render', 'cache', '--env', 'dev', '--repo', dir]);
    expect(project.code).toBe(0);
    expect(project.out).toContain('name: real-kustomize');
    expect(project.out).not.toContain('from-path-kubectl');

    setEnv({ PATH: [onPath, SYSTEM_PATH].join(delimiter), GITOPSHQ_TOOLS_DIR: tmpDir() });
    const fallback = await run(['render', 'cache', '--env', 'dev', '--repo', dir]);
    expect(fallback.out).toContain('name: from-path-kubectl');
  });

  it.each([
    ['helm', ['render', 'checkout-web', '--env', 'dev', '--tenant', 'acme']],
    ['kubectl', ['render', 'cache', '--env', 'dev']],
    ['helm', ['compare', 'dev', 'prod']],
  ])('a missing %s is an environment error (exit 2) saying how to get it', async (tool, argv) => {
    const dir = await withKustomize();
    const empty = tmpDir();
    setEnv({ PATH: empty, GITOPSHQ_TOOLS_DIR: empty });
    const r = await run([...argv, '--repo', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${tool} not found (looked on PATH and in ${empty}): install`);
    expect(r.err).toContain(
      'or run `npm ci` in the gitopshq project, which puts helm and kubectl in .tools/bin',
    );
  });
});

describe('init', () => {
  it('prints next steps that run as printed (before: `cd DIR` then bare `gitopshq`, which npx cannot find there)', async () => {
    const dir = join(tmpDir(), 'gitops');
    const r = await run(['init', dir, '--no-git'], { PATH: SYSTEM_PATH });
    expect(r.code).toBe(0);
    const steps = r.out
      .split('\n')
      .filter((l) => l.startsWith('  npx gitopshq '))
      .map((l) => l.replace(/#.*$/, '').trim().split(/\s+/).slice(2));
    expect(steps.map((s) => s[0])).toEqual(['validate', 'render', 'set', 'compare']);
    for (const argv of steps) {
      expect(argv.slice(-2)).toEqual(['--repo', dir]);
      expect({ argv, code: (await run(argv)).code }).toEqual({ argv, code: 0 });
    }
    expect(r.out).not.toContain('cd ');
    expect(r.out).toContain(`\`npx gitopshq\` works inside the gitopshq project in ${ROOT}`);
    expect(r.out).toContain(`run \`npm link\` in ${ROOT}`);
  });

  it('says plain `gitopshq` when it is on PATH', async () => {
    const bin = tmpDir();
    writeFileSync(join(bin, 'gitopshq'), '#!/bin/sh\n');
    chmodSync(join(bin, 'gitopshq'), 0o755);
    const r = await run(['init', join(tmpDir(), 'g'), '--no-git'], { PATH: bin });
    expect(r.out).toMatch(/^ {2}gitopshq validate --repo /m);
    expect(r.out).not.toContain('npx');
  });

  it("takes the folder as its argument and says so to --repo (before: 'expected exactly one folder')", async () => {
    const r = await run(['init', '--repo', 'gitops']);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'gitopshq init: init takes the folder to create as its argument, not --repo: `gitopshq init gitops`',
    });
  });
});

describe('help examples', () => {
  it("render --help's examples run on the example repository, literally (before: checkout-web needed --tenant)", async () => {
    const dir = await example();
    const help = (await run(['render', '--help'])).out;
    const examples = help
      .slice(help.indexOf('Examples:'))
      .split('\n')
      .filter((l) => l.startsWith('  gitopshq '))
      .map((l) =>
        l
          .replace(/#.*$/, '')
          .replace(/>\s*\S+/, '')
          .trim()
          .split(/\s+/)
          .slice(1),
      );
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const argv of examples) {
        const r = await run(argv);
        expect({ argv, code: r.code, err: r.err }).toEqual({ argv, code: 0, err: '' });
        expect(r.out).not.toBe('');
      }
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('health --file', () => {
  it('is parsed as the help advertises: a file that is not there is a usage error (exit 2)', async () => {
    const r = await run(['health', '--file', join(tmpDir(), 'deployment.yaml')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^gitopshq health: --file .*deployment\.yaml: no such file$/);
    const none = await run(['health']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('expected --file OBJECT.yaml');
  });
});

describe('--repo', () => {
  it('is accepted by every command', async () => {
    for (const c of COMMANDS) {
      const r = await run([c.name, '--help', '--repo', tmpDir()]);
      expect({ command: c.name, code: r.code }).toEqual({ command: c.name, code: 0 });
    }
  });

  it.each([
    ['validate'],
    ['render', 'payment-api', '--env', 'dev', '--tenant', 'acme'],
    ['set', 'payment-api', 'dev', 'image.tag=1.0.0'],
    ['compare', 'dev', 'prod'],
    ['diff', '--base', 'HEAD'],
  ])(
    '%s: a missing folder and a folder without gitopshq.yaml are both exit 2 (before: exit 1 for render)',
    async (...argv) => {
      const missing = join(tmpDir(), 'nope');
      const a = await run([...argv, '--repo', missing]);
      expect(a.code).toBe(2);
      expect(a.err).toBe(
        `gitopshq ${argv[0]}: ${missing} does not exist: pass --repo DIR with the folder of your GitOps repository (default: the current folder), or create one with \`gitopshq init DIR\``,
      );
      const empty = tmpDir();
      const b = await run([...argv, '--repo', empty]);
      expect(b.code).toBe(2);
      expect(b.err).toContain(
        `${empty} is not a GitOpsHQ repository (no gitopshq.yaml in it): pass --repo DIR`,
      );
    },
  );
});

// Node 24 through the package (bin/gitopshq.js, npx) runs the built bundle: test/e2e/cli-bin.test.ts.

describe('release', () => {
  async function repoWithRelease(tenants: string[]): Promise<string> {
    const dir = await example(true);
    // Through the lifecycle: created as a draft, then ready for review (the store refuses a made-up history).
    const store = new RecordStore({ git: new Git(dir) });
    const release = sampleRelease({ environment: 'staging', tenants });
    await store.createRelease(release);
    await store.transitionRelease(release.id, 'PendingApproval', { actor: 'dev-alice' });
    return dir;
  }

  it('list --state accepts and its error lists the one spelling the table prints', async () => {
    const dir = await repoWithRelease(['acme']);
    const list = await run(['release', 'list', '--repo', dir]);
    expect(list.out).toContain('  Pending Approval  ');
    const filtered = await run(['release', 'list', '--state', 'Pending Approval', '--repo', dir]);
    expect(filtered.out).toContain('payment-api-prod-20261126-a1b2c3');
    const bad = await run(['release', 'list', '--state', 'Shipped', '--repo', dir]);
    expect(bad.code).toBe(2);
    // Before: "expected one of draft, pending-approval, ...", a spelling the table never shows.
    expect(bad.err).toContain(
      "unknown release state 'Shipped': expected one of Draft, Pending Approval, Approved, Deploying, Deployed, Synced, Healthy, Failed, Rolled Back, Cancelled (as release list prints them)",
    );
  });

  it("show lists the tenants a release touched: all of the workload's for an environment layer (before: '(no tenant)')", async () => {
    const dir = await repoWithRelease([]);
    const r = await run(['release', 'show', 'payment-api-prod-20261126-a1b2c3', '--repo', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '  Tenants:         canary, acme, globex (every tenant of payment-api: the change is to values/staging.yaml)',
    );
  });
});

describe('diff', () => {
  it('prints an identical change across tenants once, naming the targets (before: once per tenant)', async () => {
    const dir = await example(true);
    const git = new Git(dir);
    await git.exec(['checkout', '-q', '-b', 'change']);
    const prod = join(dir, 'workloads/payment-api/values/prod.yaml');
    writeFileSync(prod, readFileSync(prod, 'utf8').replace('tag: 1.4.1', 'tag: 1.4.2'));
    await git.exec(['commit', '-q', '-am', 'prod 1.4.2']);
    const r = await run(['diff', '--base', 'main', '--head', 'change', '--repo', dir]);
    expect(r.code).toBe(0);
    const headers = r.out
      .split('\n')
      .filter((l) => l.startsWith('~ Deployment/payments/payment-api changed in'));
    expect(headers).toEqual([
      '~ Deployment/payments/payment-api changed in 3 targets: payment-api/prod/acme, payment-api/prod/canary, payment-api/prod/globex',
    ]);
    expect(r.out.match(/\+\s+image: \S+:1\.4\.2/g)).toHaveLength(1);
    expect(r.out).toContain('payment-api/prod/acme: changed (+0 added, ~1 changed, -0 removed)');
  });
});

describe('set', () => {
  it('--output json reports each value with the type it was written as', async () => {
    const dir = await example();
    const r = await run([
      'set',
      'payment-api',
      'staging',
      'replicas=3',
      'image.tag=1.10',
      'config.FLAG=true',
      '--output',
      'json',
      '--repo',
      dir,
    ]);
    expect(r.code).toBe(0);
    // Before: every value a string ("3", "true"), whatever the file now holds.
    expect(JSON.parse(r.out).updates).toEqual([
      { path: 'replicas', value: 3 },
      { path: 'image.tag', value: '1.10' },
      { path: 'config.FLAG', value: true },
    ]);
  });

  it('an error points at the key (before: at the value under it)', async () => {
    const dir = await example();
    const r = await run(['set', 'payment-api', 'staging', 'image=nginx', '--repo', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^gitopshq set: workloads\/payment-api\/values\/staging\.yaml:2:1: cannot set image: /,
    );
  });
});
