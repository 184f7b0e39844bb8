// The installed command line (bin/gitopshq.js importing the dist/cli bundle, as `npx gitopshq` runs it) on the
// machine's own older node: it hands over to the pinned Node 24, and npm prints no EBADENGINE warning per command
// (issue 8, item 6). Like every e2e test it runs the committed bundle: `npm run build` first.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
