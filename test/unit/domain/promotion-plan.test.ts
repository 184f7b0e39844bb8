import { describe, expect, it } from 'vitest';
import type {
  PromotionRecord,
  PromotionState,
  ReleaseState,
  TenantConfig,
} from '../../../src/domain/model.js';
import {
  type PlanRequest,
  type PromotionPlan,
  planPromotion,
  promotionOutcome,
} from '../../../src/domain/promotion-plan.js';

const tenants: TenantConfig[] = [
  { name: 'canary', wave: 0, canary: true },
  { name: 'acme', wave: 1, canary: false },
  { name: 'globex', wave: 1, canary: false },
  { name: 'initech', wave: 2, canary: false },
];

function promo(
  waves: [number, string[], string[]][],
  state: PromotionState = 'InProgress',
  to = 'prod',
): PromotionRecord {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id: 'promo-1',
    source: 'rel-s',
    from: 'staging',
    to,
    actor: 'release-erin',
    createdAt: '2026-11-30T10:00:00Z',
    state,
    waves: waves.map(([wave, t, releases]) => ({ wave, tenants: t, releases })),
    history: [],
  };
}

const base: PlanRequest = {
  environments: ['dev', 'staging', 'prod'],
  tenants,
  workloadTenants: ['canary', 'acme', 'globex'],
  from: 'staging',
  releaseStates: {},
};

/** One line a reader can check: the plan, or the refusal (HALTED when the promotion is halted). */
function show(plan: PromotionPlan): string {
  if (!plan.ok) return `${plan.halted ? 'HALTED: ' : ''}${plan.reason}`;
  const next = plan.next === null ? 'none' : `${plan.next.wave}:${plan.next.tenants.join(',')}`;
  const skips = (plan.skipped ?? []).map((s) => ` SKIPS ${s.wave}:${s.tenants.join(',')}`).join('');
  return `${plan.from}->${plan.to} wave ${plan.wave} [${plan.tenants.join(',')}] canary [${plan.canary.join(',')}] next ${next}${skips}`;
}

const states = (s: Record<string, ReleaseState>) => ({ releaseStates: s });

const rows: [string, Partial<PlanRequest>, string][] = [
  // The target environment.
  [
    'dev goes to staging, canary wave first',
    { from: 'dev' },
    'dev->staging wave 0 [canary] canary [canary] next 1:acme,globex',
  ],
  ['staging goes to prod', {}, 'staging->prod wave 0 [canary] canary [canary] next 1:acme,globex'],
  [
    'the next environment named explicitly',
    { to: 'prod' },
    'staging->prod wave 0 [canary] canary [canary] next 1:acme,globex',
  ],
  ['prod is the last', { from: 'prod' }, 'prod is the last environment; there is nowhere to promote to'],
  [
    'skipping staging is refused',
    { from: 'dev', to: 'prod' },
    'promoting dev to prod would skip staging; promote to staging first (environments go in order: dev, staging, prod)',
  ],
  [
    'the same environment',
    { from: 'dev', to: 'dev' },
    'the release is already in dev; promote it to staging',
  ],
  ['backwards', { to: 'dev' }, 'promotion goes forward only: dev comes before staging; promote to prod'],
  ['unknown source', { from: 'qa' }, "unknown environment 'qa' (environments: dev, staging, prod)"],
  ['unknown target', { to: 'qa' }, "unknown environment 'qa' (environments: dev, staging, prod)"],
  // Waves, in order, each only after the previous one is Healthy.
  [
    'canary Healthy: wave 1 next',
    { promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Healthy' }) },
    'staging->prod wave 1 [acme,globex] canary [] next none',
  ],
  [
    'canary still deploying',
    { promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Deploying' }) },
    'wave 0 (canary) is still in progress (release r0 is Deploying); the next wave starts once it is Healthy',
  ],
  [
    'canary waiting for approval',
    { promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'PendingApproval' }) },
    'wave 0 (canary) is still in progress (release r0 is Pending Approval); the next wave starts once it is Healthy',
  ],
  [
    'canary with no release yet',
    { promotion: promo([[0, ['canary'], []]]) },
    'wave 0 (canary) is still in progress (has no release yet); the next wave starts once it is Healthy',
  ],
  [
    'canary Failed halts',
    { promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Failed' }) },
    'HALTED: wave 0 (canary) failed: release r0 is Failed; the promotion is halted and no later tenant gets the change',
  ],
  [
    'canary Rolled Back halts',
    { promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'RolledBack' }) },
    'HALTED: wave 0 (canary) failed: release r0 is Rolled Back; the promotion is halted and no later tenant gets the change',
  ],
  [
    'a halted promotion refuses a tenant override too',
    {
      promotion: promo([[0, ['canary'], ['r0']]]),
      ...states({ r0: 'RolledBack' }),
      tenantOverride: ['acme'],
    },
    'HALTED: wave 0 (canary) failed: release r0 is Rolled Back; the promotion is halted and no later tenant gets the change',
  ],
  [
    'a halted promotion refuses a requested wave too',
    { promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Failed' }), wave: 1 },
    'HALTED: wave 0 (canary) failed: release r0 is Failed; the promotion is halted and no later tenant gets the change',
  ],
  [
    'a cancelled canary PR: the canary wave again',
    { promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Cancelled' }) },
    'staging->prod wave 0 [canary] canary [canary] next 1:acme,globex',
  ],
  [
    'everything Healthy: complete',
    {
      promotion: promo([
        [0, ['canary'], ['r0']],
        [1, ['acme', 'globex'], ['r1']],
      ]),
      ...states({ r0: 'Healthy', r1: 'Healthy' }),
    },
    'every wave of promo-1 is promoted and Healthy; the promotion is complete',
  ],
  [
    'a Failed promotion record is halted',
    { promotion: promo([], 'Failed') },
    'HALTED: promotion promo-1 is halted (Failed)',
  ],
  ['a Completed promotion record', { promotion: promo([], 'Completed') }, 'promotion promo-1 is complete'],
  ['a Cancelled promotion record', { promotion: promo([], 'Cancelled') }, 'promotion promo-1 was cancelled'],
  [
    'a record of another target',
    { promotion: promo([], 'InProgress', 'staging') },
    'promotion promo-1 goes from staging to staging, not staging to prod',
  ],
  // A requested wave.
  [
    'wave 1 before the canary',
    { wave: 1 },
    'wave 1 would not wait for wave 0 (canary) to be promoted and Healthy: waves go in ascending order, canary first. Promote wave 0 first (or narrow the tenants to it), or skip on purpose with skip-waves and a reason (repository admins and maintainers; recorded in the promotion)',
  ],
  [
    'wave 0 again',
    { wave: 0, promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Healthy' }) },
    'wave 0 is already promoted',
  ],
  ['a wave that does not exist', { wave: 5 }, 'wave 5 does not exist (waves: 0, 1)'],
  [
    'wave 1 after a Healthy canary',
    { wave: 1, promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Healthy' }) },
    'staging->prod wave 1 [acme,globex] canary [] next none',
  ],
  // Tenant overrides.
  [
    'an override may not jump ahead of the canary',
    { tenantOverride: ['globex'] },
    'tenant globex (wave 1) would not wait for wave 0 (canary) to be promoted and Healthy: waves go in ascending order, canary first. Promote wave 0 first (or narrow the tenants to it), or skip on purpose with skip-waves and a reason (repository admins and maintainers; recorded in the promotion)',
  ],
  [
    'an override of tenants in two waves does not wait for the lower one either',
    { tenantOverride: ['globex', 'canary'] },
    'tenants canary (wave 0), globex (wave 1) would not wait for wave 0 (canary) to be promoted and Healthy: waves go in ascending order, canary first. Promote wave 0 first (or narrow the tenants to it), or skip on purpose with skip-waves and a reason (repository admins and maintainers; recorded in the promotion)',
  ],
  [
    'an override may narrow the next wave once the canary is Healthy',
    { tenantOverride: ['globex'], promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Healthy' }) },
    'staging->prod wave 1 [globex] canary [] next 1:acme',
  ],
  [
    'an override may continue a narrowed wave',
    {
      tenantOverride: ['acme'],
      promotion: promo([
        [0, ['canary'], ['r0']],
        [1, ['globex'], ['r1']],
      ]),
      ...states({ r0: 'Healthy', r1: 'Healthy' }),
    },
    'staging->prod wave 1 [acme] canary [] next none',
  ],
  [
    'an override of the canary alone is the plan itself',
    { tenantOverride: ['canary'] },
    'staging->prod wave 0 [canary] canary [canary] next 1:acme,globex',
  ],
  [
    'an override of a tenant the workload does not have',
    { tenantOverride: ['initech'] },
    "tenant 'initech' is not one of the workload's tenants (canary, acme, globex)",
  ],
  [
    'an override of a tenant already promoted',
    { tenantOverride: ['canary'], promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Healthy' }) },
    "tenant 'canary' was already promoted by promo-1",
  ],
  [
    'an empty override means the next wave',
    { tenantOverride: [] },
    'staging->prod wave 0 [canary] canary [canary] next 1:acme,globex',
  ],
  // Shapes of tenants.
  [
    'a workload without tenants: one step',
    { workloadTenants: [] },
    'staging->prod wave 0 [] canary [] next none',
  ],
  [
    'a workload without tenants, promoted and Healthy',
    { workloadTenants: [], promotion: promo([[0, [], ['r0']]]), ...states({ r0: 'Healthy' }) },
    'every wave of promo-1 is promoted and Healthy; the promotion is complete',
  ],
  [
    'a workload without tenants, still deploying',
    { workloadTenants: [], promotion: promo([[0, [], ['r0']]]), ...states({ r0: 'Synced' }) },
    'wave 0 (the environment layer) is still in progress (release r0 is Synced); the next wave starts once it is Healthy',
  ],
  [
    'three waves: the middle one is next',
    {
      workloadTenants: ['initech', 'acme', 'canary'],
      promotion: promo([[0, ['canary'], ['r0']]]),
      ...states({ r0: 'Healthy' }),
    },
    'staging->prod wave 1 [acme] canary [] next 2:initech',
  ],
  [
    'canary tenants come first within their wave',
    {
      tenants: [
        { name: 'acme', wave: 1, canary: false },
        { name: 'globex', wave: 1, canary: true },
      ],
      workloadTenants: ['acme', 'globex'],
    },
    'staging->prod wave 1 [globex,acme] canary [globex] next none',
  ],
  [
    'tenants without waves (default 0) are one wave',
    {
      tenants: [
        { name: 'acme', wave: 0, canary: false },
        { name: 'globex', wave: 0, canary: false },
      ],
      workloadTenants: ['acme', 'globex'],
    },
    'staging->prod wave 0 [acme,globex] canary [] next none',
  ],
];

describe('planPromotion: target environment and wave, or why not', () => {
  it.each(rows)('%s', (_case, patch, expected) => {
    expect(show(planPromotion({ ...base, ...patch }))).toBe(expected);
  });

  it('lists every wave still to come', () => {
    const plan = planPromotion({ ...base, workloadTenants: ['canary', 'acme', 'initech'] });
    expect(plan.ok && plan.remaining).toEqual([
      { wave: 1, tenants: ['acme'], canary: [] },
      { wave: 2, tenants: ['initech'], canary: [] },
    ]);
  });
});

describe('planPromotion: skipping waves on purpose', () => {
  const three = { workloadTenants: ['canary', 'acme', 'globex', 'initech'] };
  const skipRows: [string, Partial<PlanRequest>, string][] = [
    [
      'tenants of wave 1 before the canary: the canary wave is listed',
      { tenantOverride: ['acme'], skipWaves: true },
      'staging->prod wave 1 [acme] canary [] next 0:canary SKIPS 0:canary',
    ],
    [
      'wave 2 before waves 0 and 1: both listed, with their tenants not yet Healthy',
      { ...three, wave: 2, skipWaves: true },
      'staging->prod wave 2 [initech] canary [] next 0:canary SKIPS 0:canary SKIPS 1:acme,globex',
    ],
    [
      'wave 2 once the canary is Healthy: only wave 1 is skipped',
      {
        ...three,
        wave: 2,
        skipWaves: true,
        promotion: promo([[0, ['canary'], ['r0']]]),
        ...states({ r0: 'Healthy' }),
      },
      'staging->prod wave 2 [initech] canary [] next 1:acme,globex SKIPS 1:acme,globex',
    ],
    [
      'every tenant at once: the canary goes out unverified, so it is a skip',
      { tenantOverride: ['canary', 'acme', 'globex'], skipWaves: true },
      'staging->prod wave 0 [canary,acme,globex] canary [canary] next none SKIPS 0:canary',
    ],
    [
      'skip-waves on the plan itself skips nothing',
      { skipWaves: true },
      'staging->prod wave 0 [canary] canary [canary] next 1:acme,globex',
    ],
    [
      'a halted promotion stays halted: skipping waves does not get past a failed canary',
      {
        tenantOverride: ['acme'],
        skipWaves: true,
        promotion: promo([[0, ['canary'], ['r0']]]),
        ...states({ r0: 'Failed' }),
      },
      'HALTED: wave 0 (canary) failed: release r0 is Failed; the promotion is halted and no later tenant gets the change',
    ],
    [
      'an open canary is not skipped either: one wave at a time',
      {
        tenantOverride: ['acme'],
        skipWaves: true,
        promotion: promo([[0, ['canary'], ['r0']]]),
        ...states({ r0: 'Deploying' }),
      },
      'wave 0 (canary) is still in progress (release r0 is Deploying); the next wave starts once it is Healthy',
    ],
  ];
  it.each(skipRows)('%s', (_case, patch, expected) => {
    expect(show(planPromotion({ ...base, ...patch }))).toBe(expected);
  });

  it('a canary that shares its wave leads it: its wave-mates may not go without it', () => {
    const shared = {
      tenants: [
        { name: 'acme', wave: 1, canary: false },
        { name: 'globex', wave: 1, canary: true },
      ],
      workloadTenants: ['acme', 'globex'],
    };
    const alone = planPromotion({ ...base, ...shared, tenantOverride: ['acme'] });
    expect(show(alone)).toContain('tenant acme (wave 1) would not wait for wave 1 (globex)');
    expect(show(planPromotion({ ...base, ...shared, tenantOverride: ['globex'] }))).toBe(
      'staging->prod wave 1 [globex] canary [globex] next 1:acme',
    );
    expect(show(planPromotion({ ...base, ...shared, tenantOverride: ['acme'], skipWaves: true }))).toBe(
      'staging->prod wave 1 [acme] canary [] next 1:globex SKIPS 1:globex',
    );
  });
});

describe('planPromotion: which checklist item a refusal belongs to', () => {
  it.each([
    [{ from: 'dev', to: 'prod' }, 'order'],
    [{ from: 'prod' }, 'order'],
    [{ wave: 1 }, 'wave'],
    [{ tenantOverride: ['acme'] }, 'wave'],
    [{ promotion: promo([[0, ['canary'], ['r0']]]), ...states({ r0: 'Failed' }) }, 'wave'],
  ] as [Partial<PlanRequest>, string][])('%o -> %s', (patch, check) => {
    const plan = planPromotion({ ...base, ...patch });
    expect(plan.ok ? 'ok' : plan.check).toBe(check);
  });
});

describe('promotionOutcome: where a promotion stands from its waves alone', () => {
  const T = ['canary', 'acme', 'globex'];
  const rows: [
    string,
    [number, string[], string[]][],
    Record<string, ReleaseState>,
    readonly string[],
    string,
  ][] = [
    ['nothing opened yet', [], {}, T, 'InProgress: 3 tenant(s) not Healthy yet: canary, acme, globex'],
    [
      'canary Healthy, the rest to go',
      [[0, ['canary'], ['r0']]],
      { r0: 'Healthy' },
      T,
      'InProgress: 2 tenant(s) not Healthy yet: acme, globex',
    ],
    [
      'a later wave Failed',
      [
        [0, ['canary'], ['r0']],
        [1, ['acme', 'globex'], ['r1']],
      ],
      { r0: 'Healthy', r1: 'Failed' },
      T,
      'Failed: wave 1 (acme, globex): release r1 is Failed; halted, no later tenant gets the change',
    ],
    [
      'canary Rolled Back',
      [[0, ['canary'], ['r0']]],
      { r0: 'RolledBack' },
      T,
      'Failed: wave 0 (canary): release r0 is Rolled Back; halted, no later tenant gets the change',
    ],
    [
      'every wave Healthy',
      [
        [0, ['canary'], ['r0']],
        [1, ['acme', 'globex'], ['r1']],
      ],
      { r0: 'Healthy', r1: 'Healthy' },
      T,
      'Completed: every wave is Healthy (wave 0, wave 1)',
    ],
    [
      'a cancelled PR reopened: the newer release counts',
      [[0, ['canary'], ['r0', 'r1']]],
      { r0: 'Cancelled', r1: 'Healthy' },
      ['canary'],
      'Completed: every wave is Healthy (wave 0)',
    ],
    [
      'the environment layer, Healthy',
      [[0, [], ['r0']]],
      { r0: 'Healthy' },
      [],
      'Completed: every wave is Healthy (wave 0)',
    ],
    [
      'the environment layer, deploying',
      [[0, [], ['r0']]],
      { r0: 'Deploying' },
      [],
      'InProgress: the environment layer is not Healthy yet',
    ],
  ];
  it.each(rows)('%s', (_name, waves, releaseStates, tenants, expected) => {
    const o = promotionOutcome(promo(waves), tenants, releaseStates);
    expect(`${o.state}: ${o.reason}`).toBe(expected);
  });
});
