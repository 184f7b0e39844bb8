// promote through the OpenAPI-checked GitHub simulator and real git: the checklist, the canary wave first, the next
// wave only once the canary is Healthy, a failed wave halting the promotion, refusals with their reasons, idempotent
// re-runs (the GitHub API calls of a wave of 200 tenants: promote-api-calls.test.ts).
import { describe, expect, it } from 'vitest';
import { haltPromotionOf, type PromoteValue, settlePromotionOf } from '../../../src/usecases/promote.js';
import { promoteFixture, SATURDAY } from '../../helpers/promote-fixture.js';

function opened(r: Awaited<ReturnType<Awaited<ReturnType<typeof promoteFixture>>['run']>>): PromoteValue {
  if (r.outcome !== 'succeeded') {
    throw new Error(`expected success: ${r.outcome === 'failed' ? r.error.message : r.reason}`);
  }
  return r.value;
}

const failing = (v: PromoteValue | undefined) => v?.checklist.items.filter((i) => !i.ok).map((i) => i.id);

// Each test makes a dozen git round trips per promote run: seconds on a quiet machine, minutes on a loaded one.
const SLOW = 300_000;

describe('promote', () => {
  it(
    'staging -> prod: canary first, the next wave once it is Healthy, then Completed',
    async () => {
      const f = await promoteFixture();
      const canary = opened(await f.run({}));
      expect(canary.checklist.ok).toBe(true);
      expect(canary.checklist.items.map((i) => i.id)).toEqual([
        'source-healthy',
        'no-drift',
        'rollback-target',
        'order',
        'freeze',
        'wave',
      ]);
      // Nothing ran in prod for canary yet: the first release there, accepted and said.
      expect(canary.checklist.items.find((i) => i.id === 'rollback-target')?.detail).toContain(
        'first release for canary',
      );
      expect(canary.to).toBe('prod');
      expect(canary.wave).toEqual({ wave: 0, tenants: ['canary'], canary: ['canary'] });
      expect(canary.next?.tenants).toEqual(['acme', 'globex']);
      expect(canary.matrix.include).toEqual([
        {
          tenant: 'canary',
          environment: 'prod',
          workload: 'payment-api',
          'release-id': canary.opened?.releaseId,
        },
      ]);
      const pr = await f.github('rev-bob').getPullRequest(canary.opened?.pullRequestNumber ?? 0);
      expect(pr.merged).toBe(false); // prod needs two approvals: the PR waits for them
      expect(pr.body).toContain(`Promoted from release ${f.source.id} (staging)`);
      const files = await f.github('rev-bob').listPullRequestFiles(pr.number);
      expect(files.map((x) => x.filename)).toEqual(['workloads/payment-api/values/prod/canary.yaml']);
      const rel = await f.store.getRelease(canary.opened?.releaseId ?? '');
      expect(rel).toMatchObject({
        environment: 'prod',
        tenants: ['canary'],
        promotedFrom: f.source.id,
        promotion: canary.promotionId,
        changes: { updates: [{ path: 'image.tag', value: '2.0.0' }] },
      });

      // A re-run while the canary is open writes nothing and makes no GitHub call.
      const calls = f.apiCalls().length;
      const again = opened(await f.run({}));
      expect(again.unchanged).toBe(true);
      expect(again.opened?.pullRequestNumber).toBe(pr.number);
      expect(f.apiCalls().length).toBe(calls);
      // Asking for wave 1 now is refused with the reason.
      const early = await f.run({ wave: 1 });
      expect(early.outcome).toBe('failed');
      expect(failing(early.value)).toEqual(['wave']);
      expect(early.outcome === 'failed' && early.error.message).toContain(
        'wave 0 (canary) is still in progress',
      );

      await f.moveTo(canary.opened?.releaseId ?? '', 'Healthy');
      const rest = opened(await f.run({}));
      expect(rest.promotionId).toBe(canary.promotionId);
      expect(rest.wave?.tenants).toEqual(['acme', 'globex']);
      expect(rest.next).toBeNull();
      const restFiles = await f.github('rev-bob').listPullRequestFiles(rest.opened?.pullRequestNumber ?? 0);
      expect(restFiles.map((x) => x.filename).sort()).toEqual([
        'workloads/payment-api/values/prod/acme.yaml',
        'workloads/payment-api/values/prod/globex.yaml',
      ]);
      expect(rest.matrix.include.map((r) => r.tenant)).toEqual(['acme', 'globex']);

      await f.moveTo(rest.opened?.releaseId ?? '', 'Healthy');
      const done = opened(await f.run({}));
      expect(done.promotionState).toBe('Completed');
      const record = await f.store.getPromotion(canary.promotionId ?? '');
      expect(record?.state).toBe('Completed');
      expect(record?.history.map((h) => h.state)).toEqual(['InProgress', 'Completed']);
      expect(record?.waves).toEqual([
        { wave: 0, tenants: ['canary'], releases: [canary.opened?.releaseId] },
        { wave: 1, tenants: ['acme', 'globex'], releases: [rest.opened?.releaseId] },
      ]);
    },
    2 * SLOW, // six promote runs and three moves: the longest story here
  );

  it(
    'a canary that failed halts the promotion: no later tenant gets the change',
    async () => {
      const f = await promoteFixture();
      const canary = opened(await f.run({}));
      await f.moveTo(canary.opened?.releaseId ?? '', 'RolledBack');
      const calls = f.apiCalls().length;
      const halted = await f.run({});
      expect(halted.outcome).toBe('failed');
      expect(halted.value?.promotionState).toBe('Failed');
      expect(halted.outcome === 'failed' && halted.error.message).toContain('is halted');
      // An explicit tenant list does not get around it either.
      const forced = await f.run({ tenants: ['acme'] });
      expect(forced.outcome).toBe('failed');
      expect(f.apiCalls().length).toBe(calls); // no pull request for anyone else
      const record = await f.store.getPromotion(canary.promotionId ?? '');
      expect(record?.state).toBe('Failed');
      expect(record?.history.at(-1)?.note).toContain('Rolled Back');
      expect(record?.waves.map((w) => w.tenants)).toEqual([['canary']]);
    },
    SLOW,
  );

  it(
    'refuses with every failing item: skipping staging, a frozen prod, an unhealthy or drifted source',
    async () => {
      const f = await promoteFixture({
        sourceHealth: { drift: true, status: 'Degraded', message: 'web 0/2' },
      });
      const r = await f.run({}, SATURDAY);
      expect(r.outcome).toBe('failed');
      expect(failing(r.value)).toEqual(['source-healthy', 'no-drift', 'freeze']);
      const msg = r.outcome === 'failed' ? r.error.message : '';
      expect(msg).toContain('latest health verdict is Degraded');
      expect(msg).toContain('frozen until Mon 07:00 Europe/Berlin (weekend)');
      expect(f.apiCalls()).toEqual([]);
      expect(await f.store.listPromotions()).toEqual([]);

      // A dev release promoted straight to prod skips staging.
      const dev = await f.store.createRelease({
        ...f.source,
        id: 'payment-api-dev-20261201-abcdef',
        environment: 'dev',
        state: 'PendingApproval',
        history: [{ state: 'PendingApproval', at: f.source.createdAt, actor: 'x' }],
        health: undefined,
      });
      const skip = await f.run({ releaseId: dev.id, to: 'prod' });
      expect(failing(skip.value)).toContain('order');
      expect(skip.outcome === 'failed' && skip.error.message).toContain(
        'promoting dev to prod would skip staging; promote to staging first',
      );
    },
    SLOW,
  );

  it(
    'a frozen prod with break-glass: the PR carries the label and the promotion records who and why',
    async () => {
      const f = await promoteFixture();
      const r = opened(await f.run({ breakGlass: 'hotfix for the card outage' }, SATURDAY));
      const freeze = r.checklist.items.find((i) => i.id === 'freeze');
      expect(freeze).toMatchObject({ ok: true });
      expect(freeze?.detail).toContain('break-glass requested');
      const pr = await f.github('rev-bob').getPullRequest(r.opened?.pullRequestNumber ?? 0);
      expect(pr.labels).toEqual(['break-glass']);
      const record = await f.store.getPromotion(r.promotionId ?? '');
      expect(record?.breakGlass).toMatchObject({
        actor: 'release-erin',
        reason: 'hotfix for the card outage',
        freezes: ['weekend'],
      });
      // verify-health finds the canary Failed: the promotion is halted at once, before anyone runs promote again.
      await f.moveTo(r.opened?.releaseId ?? '', 'Failed');
      const failed = await f.store.getRelease(r.opened?.releaseId ?? '');
      if (failed === undefined) throw new Error('the canary release is gone');
      const halted = await haltPromotionOf(failed, f.store, 'verify-health');
      expect(halted?.state).toBe('Failed');
      expect(halted?.history.at(-1)).toMatchObject({ actor: 'verify-health', state: 'Failed' });
      expect(halted?.breakGlass?.reason).toBe('hotfix for the card outage');
    },
    SLOW,
  );

  it(
    'verify-health settles a promotion when its last wave turns Healthy (not only when promote runs again)',
    async () => {
      const f = await promoteFixture();
      const tenants = ['canary', 'acme', 'globex'];
      const canary = opened(await f.run({}));
      await f.moveTo(canary.opened?.releaseId ?? '', 'Healthy');
      const first = await f.store.getRelease(canary.opened?.releaseId ?? '');
      if (first === undefined) throw new Error('the canary release is gone');
      // acme and globex are not reached yet: nothing to settle.
      expect(await settlePromotionOf(first, tenants, f.store, 'verify-health')).toBeUndefined();
      expect((await f.store.getPromotion(canary.promotionId ?? ''))?.state).toBe('InProgress');
      const rest = opened(await f.run({}));
      await f.moveTo(rest.opened?.releaseId ?? '', 'Healthy');
      const last = await f.store.getRelease(rest.opened?.releaseId ?? '');
      if (last === undefined) throw new Error('the last wave release is gone');
      const settled = await settlePromotionOf(last, tenants, f.store, 'verify-health');
      expect(settled?.state).toBe('Completed');
      expect(settled?.history.at(-1)).toMatchObject({ actor: 'verify-health', state: 'Completed' });
      expect(settled?.history.at(-1)?.note).toContain('every wave is Healthy (wave 0, wave 1)');
      // Settled once: a second verdict changes nothing.
      expect(await settlePromotionOf(last, tenants, f.store, 'verify-health')).toBeUndefined();
    },
    SLOW,
  );
});
