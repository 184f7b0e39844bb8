// `gitopshq promote RELEASE-ID` from a clone: every checklist item printed, a refused promotion exits 1 and writes
// nothing, and without GitHub credentials it is a usage error (exit 2) before anything is read.
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
  }, 300_000);
});
