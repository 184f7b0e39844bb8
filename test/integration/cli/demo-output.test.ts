// `gitopshq demo` through main() with its output collected: the one command that styles its output (bold step
// titles) must print none of it when stdout is not a terminal. It is also the only test that runs the whole demo,
// the lifecycle on the sandbox with the bundled actions (dist/: `npm run build` first), so it is slow.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { shouldColor } from '../../../src/cli/style.js';
import { tmpDir } from '../../helpers/tmp.js';

const ESC = String.fromCharCode(27);

describe('output', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{}, undefined, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
  ])('env %j, stdout a TTY: %s -> color %s', (env, tty, expected) => {
    expect(shouldColor(env, tty)).toBe(expected);
  });

  it('has no ANSI codes when stdout is not a terminal (before: bold escapes in every step title)', async () => {
    const out: string[] = [];
    const site = join(tmpDir(), 'dashboard');
    const code = await main(['demo', '--dashboard', site], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
    });
    const text = out.join('\n');
    expect(code, text).toBe(0);
    expect(text).toMatch(/^1\. gitopshq init: /m);
    expect(text).not.toContain(ESC);
    // Up to Deployed every step is a bundle's; only Synced and Healthy are walked by the demo, and say so.
    for (const name of ['create-release', 'preview', 'approve-gate', 'deploy'])
      expect(text).toContain(`dist/${name}/index.js: exit 0`);
    expect(text).toMatch(/Approved +rev-bob +no approval required/);
    expect(text).toMatch(/Deployed +release-erin +deployed as [0-9a-f]{7} on gitopshq\/deploy\/dev/);
    expect(text).toMatch(/^ +\d+\tcanary\/payment-api\/manifests\.yaml$/m);
    const simulated = text.split('\n').filter((l) => /simulated|walked/.test(l));
    expect(simulated.length).toBe(3);
    for (const line of simulated) expect(line).toMatch(/verify-health is not built yet/);
    expect(text).toMatch(/Done: \d+ GitHub API requests, .* 0 violations\./);
    // It ends with the dashboard of its own history, and says where it is.
    const page = join(site, 'index.html');
    expect(text.trimEnd().split('\n').at(-1)).toBe(`Open the dashboard: ${pathToFileURL(page).href}`);
    expect(text).toMatch(/wrote .*index\.html \(\d+ KiB\): 1 releases, 0 promotions from gitopshq\/state/);
    expect(existsSync(page)).toBe(true);
    const id = /Release (\S+) recorded on the gitopshq\/state branch/.exec(text)?.[1] ?? '?';
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(`["${id}","payment-api","dev",[],`);
    expect(html).toContain('"Healthy","2.5.0"');
  }, 240_000);
});
