// promote's tenants and wave inputs through the OpenAPI-checked GitHub simulator and real git: they may not jump
// ahead of the canary unless a release manager skips it on purpose, and then the skip is in the promotion record,
// the result and the wave's pull request (the plan rule itself: test/unit/domain/promotion-plan.test.ts).
import { describe, expect, it } from 'vitest';
import { promoteFixture } from '../../helpers/promote-fixture.js';

const REASON = 'INC-4211: acme needs the card-payment fix before the canary window';
const failing = (r: Awaited<ReturnType<Awaited<ReturnType<typeof promoteFixture>>['run']>>) =>
  r.value?.checklist.items.filter((i) => !i.ok).map((i) => i.id);

describe('promote: tenants and waves never jump ahead of the canary unrecorded', () => {
  it('refuses a jump, refuses a skip by a developer, records a skip by a release manager', async () => {
    const f = await promoteFixture();

    // A wave-1 tenant before the canary: refused, naming the wave and what to do; nothing written or called.
    const jump = await f.run({ tenants: ['acme'] });
    expect(jump.outcome).toBe('failed');
    expect(failing(jump)).toEqual(['wave']);
    const msg = jump.outcome === 'failed' ? jump.error.message : '';
    expect(msg).toContain(
      'tenant acme (wave 1) would not wait for wave 0 (canary) to be promoted and Healthy',
    );
    expect(msg).toContain('Promote wave 0 first');
    expect(msg).toContain('skip-waves');
    expect((await f.run({ wave: 1 })).outcome).toBe('failed');
    expect(f.apiCalls()).toEqual([]);
    expect(await f.store.listPromotions()).toEqual([]);

    // A reason that says nothing is a usage error before anything is read.
    const vague = await f.run({ tenants: ['acme'], skipWaves: 'true' });
    expect(vague.outcome === 'failed' && vague.error).toMatchObject({ kind: 'usage' });
    expect(f.apiCalls()).toEqual([]);

    // dev-alice has write access, not maintain: her role is read from GitHub, and the skip is refused.
    const dev = await f.run({ tenants: ['acme'], skipWaves: REASON, actor: 'dev-alice' });
    expect(dev.outcome).toBe('failed');
    expect(failing(dev)).toEqual(['wave']);
    expect(dev.outcome === 'failed' && dev.error.message).toContain(
      "dev-alice may not skip wave 0 (canary): skip-waves is allowed to repository admins and maintainers (dev-alice's role is write)",
    );
    expect(f.apiCalls()).toEqual(['GET /repos/acme/gitops/collaborators/dev-alice/permission']);
    expect(await f.store.listPromotions()).toEqual([]);

    // release-erin (maintain) skips the canary on purpose: opened, and recorded on the wave.
    const r = await f.run({ tenants: ['acme'], skipWaves: REASON });
    if (r.outcome !== 'succeeded') throw new Error(r.outcome === 'failed' ? r.error.message : r.reason);
    const v = r.value;
    expect(v.wave?.tenants).toEqual(['acme']);
    expect(v.checklist.items.find((i) => i.id === 'wave')?.detail).toContain(
      `SKIPS wave 0 (canary) on purpose (maintain): "${REASON}"`,
    );
    const skip = {
      actor: 'release-erin',
      reason: REASON,
      permission: 'maintain',
      waves: [{ wave: 0, tenants: ['canary'] }],
    };
    expect(v.skippedWaves).toMatchObject(skip);
    const record = await f.store.getPromotion(v.promotionId ?? '');
    expect(record?.waves).toEqual([
      {
        wave: 1,
        tenants: ['acme'],
        releases: [v.opened?.releaseId],
        skippedWaves: { ...skip, at: '2026-12-02T10:00:00.000Z' },
      },
    ]);
    const pr = await f.github('rev-bob').getPullRequest(v.opened?.pullRequestNumber ?? 0);
    expect(pr.body).toContain(
      'This wave goes out before wave 0 (canary) is promoted and Healthy:** skipped on purpose by release-erin (maintain)',
    );
    expect(pr.body).toContain(REASON);
    expect(pr.merged).toBe(false); // prod's approvals still apply

    // A re-run while that wave is open reports the skip again, and writes nothing.
    const again = await f.run({ tenants: ['acme'], skipWaves: REASON });
    expect(again.outcome === 'succeeded' && again.value).toMatchObject({
      unchanged: true,
      skippedWaves: skip,
    });

    // Once acme is Healthy, the plan goes on with the canary it skipped.
    await f.moveTo(v.opened?.releaseId ?? '', 'Healthy');
    const canary = await f.run({});
    expect(canary.outcome === 'succeeded' && canary.value.wave?.tenants).toEqual(['canary']);
    expect(canary.outcome === 'succeeded' && canary.value.skippedWaves).toBeUndefined();
  }, 300_000);
});
