// The promote bundle run as a runner runs it (workflow_dispatch), against the OpenAPI-checked GitHub simulator backed
// by real git: a Healthy staging release opens prod's canary wave and sets every output; a request that skips an
// environment, or a tenant ahead of the canary, fails with the checklist in the job summary and writes nothing. Run
// `npm run build` first.
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../src/sandbox/runner/index.js';
import { localRecordStore } from '../../src/usecases/local-ports.js';
import { BOT, promoteFixture } from '../helpers/promote-fixture.js';

const SLOW = 300_000;

describe('promote bundle', () => {
  it(
    'opens the canary wave of prod and sets promotion-id, release-id, pull-request-number and matrix',
    async () => {
      const f = await promoteFixture();
      const run = (inputs: Record<string, string>) =>
        runBundle({
          name: 'promote',
          inputs,
          workspace: f.git.cwd,
          token: f.tokens[BOT],
          apiUrl: f.sim.apiUrl,
          serverUrl: f.sim.gitUrl,
          actor: 'release-erin',
          timeoutMs: SLOW,
        });
      const skip = await run({ 'release-id': f.source.id, to: 'dev' });
      expect(skip.exitCode).toBe(1);
      expect(skip.log).toContain('promote failed: promotion refused');
      expect(skip.summary).toContain('| FAILED | dev is the next environment after staging |');
      expect(skip.summary).toContain(
        '| passed | payment-api-staging-20261201-abcdef is Healthy in staging |',
      );
      expect(f.apiCalls()).toEqual([]);

      // A tenant of wave 1 before the canary: refused with the wave it would not wait for, and what to do.
      const jump = await run({ 'release-id': f.source.id, tenants: 'acme' });
      expect(jump.exitCode).toBe(1);
      expect(jump.summary).toContain(
        '| FAILED | the previous wave is Healthy | tenant acme (wave 1) would not wait for wave 0 (canary) to be promoted and Healthy',
      );
      expect(jump.summary).toContain('or skip on purpose with skip-waves and a reason');
      // A reason that is no reason is an input error.
      const vague = await run({ 'release-id': f.source.id, tenants: 'acme', 'skip-waves': 'true' });
      expect(vague.exitCode).toBe(1);
      expect(vague.log).toContain('skip-waves takes the reason for skipping, not "true"');
      expect(f.apiCalls()).toEqual([]);

      const ok = await run({ 'release-id': f.source.id });
      expect(ok.exitCode, ok.log).toBe(0);
      const records = await localRecordStore(f.git.cwd, { remote: 'origin' });
      const [promotion] = await records.listPromotions();
      expect(ok.outputs['promotion-id']).toBe(promotion?.id);
      const releaseId = promotion?.waves[0]?.releases[0];
      expect(ok.outputs['release-id']).toBe(releaseId);
      expect(JSON.parse(ok.outputs.matrix ?? '')).toEqual({
        include: [
          { tenant: 'canary', environment: 'prod', workload: 'payment-api', 'release-id': releaseId },
        ],
      });
      const pr = await f.github('rev-bob').getPullRequest(Number(ok.outputs['pull-request-number']));
      expect(pr.head.ref).toMatch(/^gitopshq\/release\/payment-api-prod-/);
      expect(ok.summary).toContain(`| Promotion | \`${promotion?.id}\` |`);
      expect(ok.summary).toContain('| Wave | 0 (1 tenant(s)) |');
      expect(f.sim.violations).toEqual([]);
    },
    2 * SLOW,
  );
});
