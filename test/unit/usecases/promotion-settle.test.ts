// The one helper that settles a promotion from its waves' releases (promote, verify-health's halt and completion),
// on an in-memory store that moves the record through the real promotion lifecycle.
import { describe, expect, it } from 'vitest';
import type { PromotionRecord, PromotionState, ReleaseState } from '../../../src/domain/model.js';
import { transitionPromotion } from '../../../src/domain/promotion-lifecycle.js';
import { haltPromotionOf, settlePromotion } from '../../../src/usecases/promotion-settle.js';

const AT = new Date('2026-12-02T10:00:00Z');

function promotion(): PromotionRecord {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id: 'promo-1',
    source: 'api-staging-1',
    from: 'staging',
    to: 'prod',
    actor: 'release-erin',
    createdAt: '2026-12-01T09:00:00.000Z',
    state: 'InProgress',
    waves: [
      { wave: 0, tenants: ['canary'], releases: ['r0'] },
      { wave: 1, tenants: ['acme'], releases: ['r1'] },
    ],
    history: [{ state: 'InProgress', at: '2026-12-01T09:00:00.000Z', actor: 'release-erin' }],
  };
}

function store(p = promotion()) {
  const moves: PromotionState[] = [];
  return {
    moves,
    getPromotion: async (id: string) => (id === p.id ? p : undefined),
    transitionPromotion: async (
      _id: string,
      to: PromotionState,
      o: { actor: string; note?: string; at?: Date },
    ) => {
      moves.push(to);
      return transitionPromotion(p, to, o.actor, o.note, o.at);
    },
  };
}

const ctx = (s: ReturnType<typeof store>) => ({ store: s, actor: 'verify-health', clock: { now: () => AT } });

describe('settlePromotion', () => {
  it('completes once every tenant is reached by a Healthy wave, and moves nothing before', async () => {
    const s = store();
    const some: Record<string, ReleaseState> = { r0: 'Healthy', r1: 'Deploying' };
    expect(await settlePromotion(promotion(), ['canary', 'acme'], some, ctx(s))).toBeUndefined();
    const all: Record<string, ReleaseState> = { r0: 'Healthy', r1: 'Healthy' };
    const done = await settlePromotion(promotion(), ['canary', 'acme'], all, ctx(s));
    expect(done?.state).toBe('Completed');
    expect(done?.history.at(-1)).toMatchObject({ actor: 'verify-health', at: AT.toISOString() });
    expect(s.moves).toEqual(['Completed']);
  });

  it('halts (Failed) on a failed wave even when the tenants are not known; decides nothing else without them', async () => {
    const s = store();
    const failed = await settlePromotion(promotion(), undefined, { r1: 'RolledBack' }, ctx(s));
    expect(failed?.state).toBe('Failed');
    expect(failed?.history.at(-1)?.note).toBe(
      'wave 1 (acme): release r1 is Rolled Back; halted, no later tenant gets the change',
    );
    const healthy: Record<string, ReleaseState> = { r0: 'Healthy', r1: 'Healthy' };
    expect(await settlePromotion(promotion(), undefined, healthy, ctx(s))).toBeUndefined();
    expect(s.moves).toEqual(['Failed']);
  });

  it('haltPromotionOf is its Failed case: only for a failed release its waves name', async () => {
    const s = store();
    expect(
      await haltPromotionOf({ id: 'r0', state: 'Healthy', promotion: 'promo-1' }, s, 'v'),
    ).toBeUndefined();
    expect(
      await haltPromotionOf({ id: 'rX', state: 'Failed', promotion: 'promo-1' }, s, 'v'),
    ).toBeUndefined();
    const halted = await haltPromotionOf({ id: 'r0', state: 'Failed', promotion: 'promo-1' }, s, 'v');
    expect(halted?.state).toBe('Failed');
    expect(s.moves).toEqual(['Failed']);
  });
});
