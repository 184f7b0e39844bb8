// `gitopshq promote RELEASE-ID` from a clone: every checklist item printed, a refused promotion exits 1 and writes
// nothing, and without GitHub credentials it is a usage error (exit 2) before anything is read; --tenants ahead of
// the canary is refused unless --skip-waves gives a reason, which is recorded and printed.
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { BOT, promoteFixture } from '../../helpers/promote-fixture.js';

describe('gitopshq promote', () => {
  it('prints the checklist; skipping staging is refused with exit 1, and no credentials is exit 2', async () => {
    const f = await promoteFixture();
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_TOKEN: f.tokens[BOT] ?? '',
        GITHUB_API_URL: f.sim.apiUrl,
        GITHUB_REPOSITORY: 'acme/gitops',
        GITHUB_ACTOR: 'release-erin',
      },
    };
    const code = await main(['promote', f.source.id, '--to', 'dev', '--repo', f.git.cwd], io);
    expect(code, err.join('\n')).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('ok   payment-api-staging-20261201-abcdef is Healthy in staging');
    expect(text).toContain('FAIL dev is the next environment after staging: promotion goes forward only');
    expect(err.join('\n')).toContain('promotion refused');
    expect(f.apiCalls()).toEqual([]);
    expect(await f.store.listPromotions()).toEqual([]);

    const noToken = await main(['promote', f.source.id, '--repo', f.git.cwd], {
      ...io,
      env: { PATH: io.env.PATH },
    });
    expect(noToken).toBe(2);
    expect(err.at(-1)).toContain('set GITHUB_TOKEN and GITHUB_REPOSITORY');

    // --tenants may not jump ahead of the canary; --skip-waves with a reason does, recorded and printed.
    const at = (args: string[]) => main(['promote', f.source.id, '--repo', f.git.cwd, ...args], io);
    out.length = 0;
    expect(await at(['--tenants', 'acme'])).toBe(1);
    expect(out.join('\n')).toContain(
      'FAIL the previous wave is Healthy: tenant acme (wave 1) would not wait for wave 0 (canary) to be promoted and Healthy',
    );
    expect(await at(['--tenants', 'acme', '--skip-waves', 'yes'])).toBe(2);
    expect(err.at(-1)).toContain('skip-waves takes the reason for skipping, not "yes"');
    expect(await f.store.listPromotions()).toEqual([]);
    out.length = 0;
    const reason = 'INC-4211: acme needs the card fix now';
    expect(await at(['--tenants', 'acme', '--skip-waves', reason]), err.join('\n')).toBe(0);
    expect(out.join('\n')).toMatch(
      new RegExp(
        `WARNING wave 1 skipped wave 0 \\(canary\\) on purpose: by release-erin \\(maintain\\) at \\S+: "${reason}"`,
      ),
    );
    const [promotion] = await f.store.listPromotions();
    expect(promotion?.waves[0]?.skippedWaves).toMatchObject({ actor: 'release-erin', reason });
  }, 300_000);
});
