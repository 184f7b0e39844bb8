// `gitopshq demo` through main() with its output collected: the one command that styles its output (bold step
// titles) must print none of it when stdout is not a terminal. It is also the only test that runs the whole demo,
// the lifecycle on the sandbox and its cluster simulator with the bundled actions (dist/: `npm run build` first), so
// it is slow.
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
    // Every step is a bundle's, verify-health included (against the sandbox's cluster simulator); none is walked.
    for (const name of ['create-release', 'preview', 'approve-gate', 'deploy', 'verify-health'])
      expect(text).toContain(`dist/${name}/index.js: exit 0`);
    // create-release ran the first gate itself: dev needs no approval, so the release is Approved at once.
    expect(text).toMatch(/Approved +dev-alice +no approval required/);
    expect(text).toMatch(/Deployed +release-erin +deployed as [0-9a-f]{7} on gitopshq\/deploy\/dev/);
    expect(text).toMatch(/^ +\d+\tcanary\/payment-api\/manifests\.yaml$/m);
    expect(text).toContain('outputs: status=healthy state=Healthy');
    // Synced and Healthy are written by verify-health, from the Argo CD Applications of the three tenants.
    expect(text).toMatch(/Synced +release-erin +argocd: 3 Application\(s\) synced, Healthy/);
    expect(text).toMatch(/Healthy +release-erin +3 Application\(s\) synced, Healthy/);
    expect(text).toMatch(
      /Application dev-canary-payment-api: \w+ at [0-9a-f]{7}, Healthy, ghcr\.io\/acme\/payment-api:2\.5\.0/,
    );
    expect(text).not.toMatch(/walked by/);
    // The promotion: staging in one PR, prod canary first in its own cluster, then the rest.
    expect(text).toMatch(/staging-canary: 2\.5\.0, staging-acme: 2\.5\.0, staging-globex: 2\.5\.0/);
    expect(text).toMatch(/prod-canary: 2\.5\.0, prod-acme: nothing, prod-globex: nothing/);
    expect(text).toMatch(/prod-canary: 2\.5\.0, prod-acme: 2\.5\.0, prod-globex: 2\.5\.0/);
    expect(text).toMatch(/promotion payment-api-staging-to-prod-\S+ is complete/);
    // The bad release: Failed in the canary for its crash-looping pods, rolled back, the other tenants untouched.
    // The message names the pods' CrashLoopBackOff first, also when a loaded machine lets the simulated rollout pass
    // its progress deadline before the verdict (the health summary leads with a pod's reason).
    expect(text).toMatch(/verify-health: Failed after [\d.]+ s: .*CrashLoopBackOff/);
    expect(text).toMatch(/Rolled back `payment-api-prod-\S+` to `payment-api-prod-\S+`/);
    expect(text).toContain("acme's folder on gitopshq/deploy/prod: unchanged");
    expect(text).toMatch(/promote the next wave: promotion refused: .*is halted \(Failed\)/);
    expect(text).toMatch(/Done: \d+ GitHub API requests, .* 0 violations\./);
    // It ends with the dashboard of its own history, and says where it is.
    const page = join(site, 'index.html');
    expect(text.trimEnd().split('\n').at(-1)).toBe(`Open the dashboard: ${pathToFileURL(page).href}`);
    expect(text).toMatch(/wrote .*index\.html \(\d+ KiB\): 7 releases, 4 promotions from gitopshq\/state/);
    // Every promotion settled by verify-health or the halt: none reads "in progress".
    expect(text).toMatch(
      /board: 0 awaiting approval, 0 deploying, 0 failed, 0 drift, 0 promotions in progress/,
    );
    expect(existsSync(page)).toBe(true);
    const id = /Release (\S+) recorded on the gitopshq\/state branch/.exec(text)?.[1] ?? '?';
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(`["${id}","payment-api","dev",[],`);
    expect(html).toContain('"Healthy","2.5.0"');
  }, 900_000);
});
