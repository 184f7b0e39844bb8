// Skipping waves on purpose: the reason a release manager gives, who may skip, what the checklist shows, and that
// a recorded skip can never be rewritten or dropped from the promotion afterwards.
import { describe, expect, it } from 'vitest';
import { freezeStatus } from '../../../src/domain/freeze.js';
import type { PromotionRecord, ReleaseRecord } from '../../../src/domain/model.js';
import { promotionChecklist } from '../../../src/domain/promotion-checklist.js';
import { promotionBypass } from '../../../src/domain/promotion-lifecycle.js';
import {
  SKIP_REASON_MAX,
  skipReasonProblem,
  skipWavesVerdict,
  waveSkip,
  waveSkipText,
} from '../../../src/domain/promotion-override.js';
import { planPromotion } from '../../../src/domain/promotion-plan.js';

describe('skipReasonProblem: one line of text that says why', () => {
  it.each([
    ['INC-4211: acme needs the card fix now', undefined],
    ['  INC-4211: acme needs the card fix now  ', undefined],
    ['true', 'skip-waves takes the reason for skipping, not "true"'],
    ['yes', 'skip-waves takes the reason for skipping, not "yes"'],
    ['hotfix', 'the skip-waves reason is too short (6 characters)'],
    ['x'.repeat(SKIP_REASON_MAX + 1), 'the skip-waves reason is too long (301 characters, at most 300)'],
    ['INC-4211: fix\n::set-output name=x::y', 'one line of printable text: it contains U+000A'],
    ['INC-4211 fix for acme\u202Eemoc', 'it contains U+202E'],
  ])('%j', (reason, problem) => {
    const got = skipReasonProblem(reason);
    if (problem === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(problem);
  });
});

describe('skipWavesVerdict: repository admins and maintainers only', () => {
  const skipped = [{ wave: 0, tenants: ['canary'] }];
  it.each([
    ['admin', true],
    ['maintain', true],
    ['write', false],
    ['triage', false],
    ['read', false],
    ['none', false],
  ])('%s -> %s', (permission, ok) => {
    expect(skipWavesVerdict('erin', permission, skipped).ok).toBe(ok);
  });

  it('says who, what and what to do instead', () => {
    const v = skipWavesVerdict('dev-alice', 'write', skipped);
    expect(v.ok === false && v.reason).toBe(
      "dev-alice may not skip wave 0 (canary): skip-waves is allowed to repository admins and maintainers (dev-alice's role is write); promote the earlier waves first, or ask a release manager",
    );
  });
});

const source: ReleaseRecord = {
  apiVersion: 'gitopshq.io/v1',
  kind: 'Release',
  id: 'api-staging-1',
  workload: 'api',
  environment: 'staging',
  tenants: [],
  title: 'api',
  author: 'dev',
  createdAt: '2026-11-30T10:00:00.000Z',
  state: 'Healthy',
  history: [{ state: 'Healthy', at: '2026-11-30T10:00:00.000Z', actor: 'bot' }],
  changes: { updates: [{ path: 'image.tag', value: '2.0.0' }] },
  approvals: [],
  health: {
    status: 'Healthy',
    source: 'argocd',
    checkedAt: '2026-11-30T11:00:00.000Z',
    message: 'ok',
    drift: false,
  },
};

describe('the checklist of a plan that skips waves', () => {
  const plan = planPromotion({
    environments: ['dev', 'staging', 'prod'],
    tenants: [
      { name: 'canary', wave: 0, canary: true },
      { name: 'acme', wave: 1, canary: false },
    ],
    workloadTenants: ['canary', 'acme'],
    from: 'staging',
    tenantOverride: ['acme'],
    skipWaves: true,
    releaseStates: {},
  });
  const wave = (skip?: Parameters<typeof promotionChecklist>[0]['skip']) =>
    promotionChecklist({
      source,
      to: 'prod',
      plan,
      freeze: freezeStatus([], 'prod', new Date('2026-12-02T10:00:00Z')),
      rollback: [{ tenant: 'acme' }],
      ...(skip ? { skip } : {}),
    }).items.find((i) => i.id === 'wave');

  it('passes for a maintainer, and says what it skips and why', () => {
    const reason = 'INC-4211: acme needs the card fix now';
    expect(wave({ reason, verdict: { ok: true, permission: 'maintain' } })).toMatchObject({
      ok: true,
      detail: `wave 1 (acme); then wave 0; SKIPS wave 0 (canary) on purpose (maintain): "${reason}"`,
    });
  });

  it('fails for anyone else, with the verdict', () => {
    const verdict = skipWavesVerdict('dev-alice', 'write', [{ wave: 0, tenants: ['canary'] }]);
    const item = wave({ reason: 'INC-4211: acme needs the card fix now', verdict });
    expect(item?.ok).toBe(false);
    expect(item?.detail).toContain('dev-alice may not skip wave 0 (canary)');
  });

  it('fails without a judged skip at all (a skipping plan is never passed by default)', () => {
    expect(wave()).toMatchObject({
      ok: false,
      detail: 'skipping wave 0 (canary) needs skip-waves with a reason',
    });
  });
});

describe('a recorded skip is part of the wave: append-only', () => {
  const skip = waveSkip({
    actor: 'release-erin',
    at: new Date('2026-12-02T10:00:00Z'),
    reason: '  INC-4211: acme needs the card fix now ',
    permission: 'maintain',
    skipped: [{ wave: 0, tenants: ['canary'] }],
  });
  const record: PromotionRecord = {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id: 'p1',
    source: 'api-staging-1',
    from: 'staging',
    to: 'prod',
    actor: 'release-erin',
    createdAt: '2026-12-02T10:00:00.000Z',
    state: 'InProgress',
    waves: [{ wave: 1, tenants: ['acme'], releases: ['r1'], skippedWaves: skip }],
    history: [{ state: 'InProgress', at: '2026-12-02T10:00:00.000Z', actor: 'release-erin' }],
  };

  it('is written trimmed and shown in one line', () => {
    expect(skip.reason).toBe('INC-4211: acme needs the card fix now');
    expect(waveSkipText(skip)).toBe(
      'skipped wave 0 (canary) on purpose: by release-erin (maintain) at 2026-12-02T10:00:00.000Z: "INC-4211: acme needs the card fix now"',
    );
  });

  it('may not be dropped or rewritten; keys in another order are the same skip', () => {
    const wave = record.waves[0];
    if (wave === undefined) throw new Error('no wave');
    const { skippedWaves: _, ...bare } = wave;
    expect(promotionBypass(record, { ...record, waves: [bare] })).toContain('waves are append-only');
    const softer = { ...wave, skippedWaves: { ...skip, reason: 'routine rollout, nothing special' } };
    expect(promotionBypass(record, { ...record, waves: [softer] })).toContain('waves are append-only');
    const reordered = {
      ...wave,
      skippedWaves: {
        waves: skip.waves,
        reason: skip.reason,
        permission: skip.permission,
        at: skip.at,
        actor: skip.actor,
      },
    };
    expect(promotionBypass(record, { ...record, waves: [reordered] })).toBeUndefined();
  });
});
