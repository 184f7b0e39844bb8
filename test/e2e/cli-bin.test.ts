// The installed command line (bin/gitopshq.js importing the dist/cli bundle, as `npx gitopshq` runs it) on the
// machine's own older node: it hands over to the pinned Node 24, and npm prints no EBADENGINE warning per command
// (issue 8, item 6); and `gitopshq demo` run from the built bundle. Like every e2e test it runs the committed
// bundle: `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SYSTEM_PATH = ['/usr/local/bin', '/usr/bin', '/bin'].join(delimiter);

describe('Node 24 through the package, without EBADENGINE noise', () => {
  // The machine's own node, when older than 24 (here /usr/bin/node is v20): what a user without Node 24 runs.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    const r = spawnSync(p, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' });
    return r.status === 0 && Number(r.stdout.trim()) < 24;
  });
  it.skipIf(systemNode === undefined)(
    'bin/gitopshq.js on an old node hands over to the pinned Node 24',
    () => {
      const r = spawnSync(systemNode!, [join(ROOT, 'bin', 'gitopshq.js'), '--version'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^gitopshq \d+\.\d+\.\d+ \(node v24\.\d+\.\d+\)\n$/);
      expect(r.status).toBe(0);
    },
  );

  it.skipIf(systemNode === undefined)(
    'npx gitopshq prints no EBADENGINE warning (before: five lines per command)',
    () => {
      const npx = spawnSync('npx', ['gitopshq', '--version'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PATH: [join(systemNode!, '..'), SYSTEM_PATH].join(delimiter) },
      });
      expect(npx.stderr).not.toContain('EBADENGINE');
      expect(npx.stderr).toBe('');
      expect(npx.stdout).toMatch(/\(node v24\./);
    },
  );
});

describe('the built command line in a checkout', () => {
  it('node dist/cli/index.js demo finds the action bundles (before: it looked one folder above the project)', async () => {
    // Before its first step the demo looks for the bundles and action.yml files through the paths runBundle reads
    // (src/sandbox/runner), and stops with exit 2 if one is missing; stopped here once the second step starts, as
    // the whole demo takes minutes. Its temp folders land in `tmp`; its process group is killed, git included.
    const tmp = tmpDir();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'demo'], {
      env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
      detached: true,
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    const exit = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const started = await new Promise<boolean>((done) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (/^2\. gitopshq validate/m.test(out)) done(true);
      });
      child.on('close', () => done(false));
    });
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    const code = await exit;
    expect(started, `exit ${code}: ${err}${out}`).toBe(true);
    expect(err).toBe('');
    expect(out).toMatch(/^1\. gitopshq init: /m);
    expect(readdirSync(tmp).some((f) => f.startsWith('gitopshq-demo-'))).toBe(true);
  }, 60_000);
});
