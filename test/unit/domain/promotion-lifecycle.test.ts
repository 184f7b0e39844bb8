import { describe, expect, it } from 'vitest';
import type { PromotionRecord, PromotionState } from '../../../src/domain/model.js';
import {
  canTransitionPromotion,
  IllegalPromotionTransitionError,
  promotionBypass,
  transitionPromotion,
} from '../../../src/domain/promotion-lifecycle.js';

const STATES: PromotionState[] = ['InProgress', 'Completed', 'Failed', 'Cancelled'];
const LEGAL = new Set(['InProgress->Completed', 'InProgress->Failed', 'InProgress->Cancelled']);

function promo(overrides: Partial<PromotionRecord> = {}): PromotionRecord {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id: 'p',
    source: 'r',
    from: 'staging',
    to: 'prod',
    actor: 'erin',
    createdAt: '2026-11-30T10:00:00.000Z',
    state: 'InProgress',
    waves: [{ wave: 0, tenants: ['canary'], releases: ['r0'] }],
    history: [{ state: 'InProgress', at: '2026-11-30T10:00:00.000Z', actor: 'erin' }],
    ...overrides,
  };
}

describe('the promotion state machine', () => {
  const pairs = STATES.flatMap((from) => STATES.map((to) => [from, to] as const));
  it.each(pairs)('%s -> %s', (from, to) => {
    const legal = LEGAL.has(`${from}->${to}`);
    expect(canTransitionPromotion(from, to)).toBe(legal);
    const record = promo({ state: from });
    if (legal) {
      const moved = transitionPromotion(record, to, 'bot', 'why', new Date('2026-11-30T11:00:00Z'));
      expect(moved.state).toBe(to);
      expect(moved.history.at(-1)).toEqual({
        state: to,
        at: '2026-11-30T11:00:00.000Z',
        actor: 'bot',
        note: 'why',
      });
      expect(promotionBypass(record, moved, to)).toBeUndefined();
    } else {
      expect(() => transitionPromotion(record, to, 'bot')).toThrow(IllegalPromotionTransitionError);
    }
  });

  it('says why a move is illegal', () => {
    expect(() => transitionPromotion(promo({ state: 'Failed' }), 'InProgress', 'bot')).toThrow(
      'illegal promotion transition: Failed -> InProgress: Failed is final, no transition leaves it',
    );
  });
});

describe('promotionBypass: what the record store refuses', () => {
  const before = promo();
  const rows: [
    string,
    PromotionRecord | undefined,
    PromotionRecord,
    PromotionState | undefined,
    string | undefined,
  ][] = [
    ['a new InProgress record', undefined, before, undefined, undefined],
    [
      'created Completed',
      undefined,
      promo({ state: 'Completed' }),
      undefined,
      'a promotion is created InProgress, not Completed',
    ],
    [
      'a new wave appended',
      before,
      promo({ waves: [...before.waves, { wave: 1, tenants: ['acme'], releases: [] }] }),
      undefined,
      undefined,
    ],
    [
      'a release appended to a wave (its PR was closed and opened again)',
      before,
      promo({ waves: [{ wave: 0, tenants: ['canary'], releases: ['r0', 'r1'] }] }),
      undefined,
      undefined,
    ],
    [
      'a wave dropped',
      before,
      promo({ waves: [] }),
      undefined,
      'wave 0 of the promotion was removed or rewritten: waves are append-only',
    ],
    [
      'a wave given other tenants',
      before,
      promo({ waves: [{ wave: 0, tenants: ['acme'], releases: ['r0'] }] }),
      undefined,
      'wave 0 of the promotion was removed or rewritten: waves are append-only',
    ],
    [
      'the state set by a plain update',
      before,
      { ...transitionPromotion(before, 'Failed', 'bot') },
      undefined,
      'the state of a promotion changes only through transitionPromotion (InProgress -> Failed)',
    ],
    [
      'the history rewritten',
      before,
      promo({ history: [] }),
      undefined,
      'the history of a promotion is append-only: an entry was removed or rewritten',
    ],
    [
      'a transition without its entry',
      before,
      promo({ state: 'Completed' }),
      'Completed',
      'a transition to Completed must set that state and append exactly one entry for it',
    ],
  ];
  it.each(rows)('%s', (_name, b, a, to, reason) => {
    expect(promotionBypass(b, a, to)).toBe(reason);
  });
});
