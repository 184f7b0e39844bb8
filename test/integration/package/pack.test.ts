// The npm package as a user gets it: `npm pack` of this repository, installed from the tarball into an empty
// folder, then the command it installs run on Node 24 (`gitopshq --help`, `--version`, `init`, `validate`). The
// tarball must hold only what the command needs: no tests, no sources, no sandbox fixtures, no action bundles.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../../helpers/tmp.js';

const root = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};

interface Packed {
  filename: string;
  files: { path: string }[];
  unpackedSize: number;
}

let packed: Packed;
let tarball: string;

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
}

beforeAll(() => {
  const out = tmpDirOutsideTest();
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', out], root)) as [Packed];
  tarball = join(out, packed.filename);
  afterAll(() => rmSync(out, { recursive: true, force: true }));
}, 60_000);

// beforeAll runs outside a test, where tmpDir's clean-up hook is not available.
function tmpDirOutsideTest(): string {
  return execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
}

describe('npm package', () => {
  it('is named after the command it installs, and needs nothing at run time', () => {
    expect(pkg.name).toBe('gitopshq');
    expect(Object.keys(pkg.bin)).toEqual(['gitopshq']);
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('holds only the command line: bin, the CLI bundle, schemas, README, LICENSE, CHANGELOG', () => {
    const paths = packed.files.map((f) => f.path);
    for (const needed of [
      'package.json',
      'bin/gitopshq.js',
      'dist/cli/index.js',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
    ])
      expect(paths).toContain(needed);
    const stray = paths.filter(
      (p) =>
        !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|bin\/gitopshq\.js|dist\/cli\/.+|schemas\/[a-z]+\.schema\.json)$/.test(
          p,
        ),
    );
    expect(stray).toEqual([]);
    // About 4 MB of CLI plus the Kubernetes client (21 MB, a lazy chunk only `gitopshq verify` loads).
    expect(packed.unpackedSize).toBeLessThan(32 * 1024 * 1024);
  });

  it('installs from the tarball into an empty folder and runs --help, --version, init and validate on Node 24; demo says how to run it', () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'try-gitopshq', private: true }));
    // --offline: a package with no dependencies installs without the registry.
    npm(['install', '--offline', '--no-package-lock', tarball], dir);
    const bin = join(dir, 'node_modules', '.bin', 'gitopshq');
    expect(existsSync(bin)).toBe(true);
    // The shim's `#!/usr/bin/env node` finds the Node that runs these tests (24) first on PATH.
    const env = {
      ...process.env,
      PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
      NO_COLOR: '1',
    };
    const run = (args: string[]) => spawnSync(bin, args, { cwd: dir, env, encoding: 'utf8' });

    const help = run(['--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: gitopshq /m);
    expect(help.stdout).toContain('init');

    const version = run(['--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout).toMatch(
      new RegExp(`gitopshq ${pkg.version.replace(/\./g, '\\.')} \\(node v24\\.`),
    );

    const init = run(['init', 'demo']);
    expect(init.status, init.stderr + init.stdout).toBe(0);
    expect(existsSync(join(dir, 'demo', 'gitopshq.yaml'))).toBe(true);
    const validate = run(['validate', '--repo', 'demo']);
    expect(validate.status, validate.stderr + validate.stdout).toBe(0);

    // The demo runs the action bundles, which the package does not hold: it says how to run it, and starts nothing.
    const scratch = tmpDir();
    const demo = spawnSync(bin, ['demo'], { cwd: dir, env: { ...env, TMPDIR: scratch }, encoding: 'utf8' });
    expect(demo.status, demo.stderr + demo.stdout).toBe(2);
    expect(demo.stderr).toMatch(/^gitopshq demo: .*dist\/create-release\/index\.js .*is missing: /);
    expect(demo.stderr).toContain(
      'git clone https://github.com/gitopshq/gitopshq-actions && cd gitopshq-actions && npm ci && npm run demo',
    );
    expect(demo.stdout).toBe('');
    expect(readdirSync(scratch)).toEqual([]);
  }, 60_000);
});
