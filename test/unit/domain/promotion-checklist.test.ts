import { describe, expect, it } from 'vitest';
import { freezeStatus } from '../../../src/domain/freeze.js';
import type { FreezeWindow, HistoryEntry, ReleaseRecord, ReleaseState } from '../../../src/domain/model.js';
import {
  type ChecklistInput,
  promotionChecklist,
  rollbackReadiness,
} from '../../../src/domain/promotion-checklist.js';
import { planPromotion } from '../../../src/domain/promotion-plan.js';

const HEALTHY_PATH: ReleaseState[] = [
  'PendingApproval',
  'Approved',
  'Deploying',
  'Deployed',
  'Synced',
  'Healthy',
];

function release(
  id: string,
  environment: string,
  opts: { tenants?: string[]; path?: ReleaseState[]; at?: string } = {},
): ReleaseRecord {
  const path = opts.path ?? HEALTHY_PATH;
  const at = opts.at ?? '2026-11-30T10:00:00.000Z';
  const history: HistoryEntry[] = path.map((state) => ({ state, at, actor: 'bot' }));
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'api',
    environment,
    tenants: opts.tenants ?? [],
    title: id,
    author: 'dev',
    createdAt: at,
    state: path.at(-1) ?? 'Draft',
    history,
    changes: { updates: [{ path: 'image.tag', value: '2.0.0' }] },
    approvals: [],
  };
}

const clean = {
  status: 'Healthy' as const,
  source: 'argocd' as const,
  checkedAt: '2026-11-30T11:00:00.000Z',
  message: 'ok',
  drift: false,
};
const source = { ...release('src', 'staging'), health: clean };
const ENVS = ['dev', 'staging', 'prod'];
const TENANTS = [
  { name: 'canary', wave: 0, canary: true },
  { name: 'acme', wave: 1, canary: false },
];
const weekend: FreezeWindow = {
  name: 'weekend',
  environments: ['prod'],
  timezone: 'Europe/Berlin',
  weekly: { from: 'fri 18:00', to: 'mon 07:00' },
  breakGlass: { allowed: true, label: 'break-glass', teams: ['sre'] },
};
const WEDNESDAY = new Date('2026-12-02T10:00:00Z');
const SATURDAY = new Date('2026-12-05T10:00:00Z');

function input(
  over: Partial<ChecklistInput> & { to?: string; at?: Date; freezes?: FreezeWindow[] } = {},
): ChecklistInput {
  const to = over.to ?? 'prod';
  const plan =
    over.plan ??
    planPromotion({
      environments: ENVS,
      tenants: TENANTS,
      workloadTenants: ['canary', 'acme'],
      from: over.source?.environment ?? 'staging',
      to,
      releaseStates: {},
    });
  return {
    source: over.source ?? source,
    to,
    plan,
    freeze: freezeStatus(over.freezes ?? [weekend], to, over.at ?? WEDNESDAY),
    rollback: over.rollback ?? [
      { tenant: 'canary', running: { id: 'old', state: 'Healthy' }, target: 'old' },
    ],
    ...(over.breakGlass !== undefined ? { breakGlass: over.breakGlass } : {}),
  };
}

const failing = (i: ChecklistInput) =>
  promotionChecklist(i)
    .items.filter((x) => !x.ok)
    .map((x) => `${x.id}: ${x.detail}`);

describe('the promotion checklist', () => {
  it('passes a Healthy release with no drift, going to the next environment, not frozen', () => {
    const c = promotionChecklist(input());
    expect(c.ok).toBe(true);
    expect(c.items.map((i) => i.id)).toEqual([
      'source-healthy',
      'no-drift',
      'rollback-target',
      'order',
      'freeze',
      'wave',
    ]);
    expect(c.items.find((i) => i.id === 'rollback-target')?.detail).toBe('canary -> old');
    expect(c.items.find((i) => i.id === 'wave')?.detail).toBe('wave 0 (canary); then wave 1');
  });

  const rows: [string, Parameters<typeof input>[0], string[]][] = [
    [
      'a release still Synced',
      { source: { ...release('s', 'staging', { path: HEALTHY_PATH.slice(0, 5) }), health: clean } },
      ['source-healthy: it is Synced: only a Healthy release is promoted (verify-health moves it there)'],
    ],
    [
      'a Healthy state with a Degraded latest verdict',
      {
        source: { ...source, health: { ...clean, status: 'Degraded', message: 'pod web: CrashLoopBackOff' } },
      },
      [
        'source-healthy: its latest health verdict is Degraded (pod web: CrashLoopBackOff): run verify-health again once it is Healthy',
      ],
    ],
    [
      'drift',
      {
        source: {
          ...source,
          health: {
            ...clean,
            drift: true,
            resources: [{ kind: 'Deployment', name: 'web', status: 'Healthy', message: '', drift: true }],
          },
        },
      },
      ['no-drift: live objects differ from the deployed manifests (Deployment/web): resolve the drift first'],
    ],
    [
      'no verdict at all: drift unknown',
      { source: release('s', 'staging') },
      [
        'no-drift: no health verdict is recorded, so drift is unknown: run verify-health on the release first',
      ],
    ],
    [
      'what runs in prod failed and nothing Healthy came before',
      { rollback: [{ tenant: 'canary', running: { id: 'bad', state: 'Failed' } }] },
      [
        'rollback-target: no release to roll back to for canary (running bad is Failed): fix forward there first',
      ],
    ],
    [
      'skipping staging',
      { source: { ...release('d', 'dev'), health: clean }, to: 'prod' },
      [
        'order: promoting dev to prod would skip staging; promote to staging first (environments go in order: dev, staging, prod)',
      ],
    ],
    [
      'a frozen prod',
      { at: SATURDAY },
      [
        'freeze: frozen until Mon 07:00 Europe/Berlin (weekend): promote after it, or break glass with a reason (break-glass input; the PR then needs label break-glass and an approval from sre)',
      ],
    ],
    [
      'a frozen prod whose freeze allows no break-glass',
      {
        at: SATURDAY,
        breakGlass: 'urgent',
        freezes: [{ ...weekend, breakGlass: { ...weekend.breakGlass, allowed: false } }],
      },
      ['freeze: frozen until Mon 07:00 Europe/Berlin (weekend); weekend allows no break-glass'],
    ],
    [
      'the previous wave still open',
      {
        plan: planPromotion({
          environments: ENVS,
          tenants: TENANTS,
          workloadTenants: ['canary', 'acme'],
          from: 'staging',
          releaseStates: { r0: 'Deploying' },
          promotion: {
            apiVersion: 'gitopshq.io/v1',
            kind: 'Promotion',
            id: 'p1',
            source: 'src',
            from: 'staging',
            to: 'prod',
            actor: 'erin',
            createdAt: '2026-11-30T10:00:00.000Z',
            state: 'InProgress',
            waves: [{ wave: 0, tenants: ['canary'], releases: ['r0'] }],
            history: [{ state: 'InProgress', at: '2026-11-30T10:00:00.000Z', actor: 'erin' }],
          },
        }),
      },
      [
        'wave: wave 0 (canary) is still in progress (release r0 is Deploying); the next wave starts once it is Healthy',
      ],
    ],
  ];
  it.each(rows)('%s', (_name, over, expected) => {
    expect(failing(input(over))).toEqual(expected);
  });

  it('break-glass with a reason passes a freeze that allows it, and says what the gate still needs', () => {
    const c = promotionChecklist(input({ at: SATURDAY, breakGlass: ' card outage ' }));
    expect(c.ok).toBe(true);
    expect(c.items.find((i) => i.id === 'freeze')?.detail).toBe(
      'frozen until Mon 07:00 Europe/Berlin (weekend); break-glass requested: "card outage" (the PR gets label break-glass and an approval from sre at the gate)',
    );
  });

  it('the first release in the target passes and is said to be the first', () => {
    const c = promotionChecklist(
      input({
        rollback: [
          { tenant: 'canary' },
          { tenant: 'acme', running: { id: 'o', state: 'Healthy' }, target: 'o' },
        ],
      }),
    );
    expect(c.ok).toBe(true);
    expect(c.items.find((i) => i.id === 'rollback-target')?.detail).toBe(
      'acme -> o; first release for canary: nothing ran there before, so a failure is rolled forward or removed',
    );
  });
});

describe('rollbackReadiness', () => {
  const deployedAt = (id: string, at: string, tenants: string[] = [], path = HEALTHY_PATH) =>
    release(id, 'prod', { tenants, path, at });
  it('per tenant: what runs now (a release of the environment layer counts for every tenant), or nothing yet', () => {
    const records = [
      deployedAt('env', '2026-11-01T00:00:00.000Z'),
      deployedAt('acme2', '2026-11-02T00:00:00.000Z', ['acme']),
    ];
    expect(rollbackReadiness(records, 'api', 'prod', ['canary', 'acme'])).toEqual([
      { tenant: 'canary', running: { id: 'env', state: 'Healthy' }, target: 'env' },
      { tenant: 'acme', running: { id: 'acme2', state: 'Healthy' }, target: 'acme2' },
    ]);
    expect(rollbackReadiness([], 'api', 'prod', [])).toEqual([{}]);
  });
  it('a failed running release falls back to the last Healthy one before it', () => {
    const records = [
      deployedAt('good', '2026-11-01T00:00:00.000Z'),
      deployedAt(
        'bad',
        '2026-11-02T00:00:00.000Z',
        [],
        ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Failed'],
      ),
    ];
    expect(rollbackReadiness(records, 'api', 'prod', [])).toEqual([
      { running: { id: 'bad', state: 'Failed' }, target: 'good' },
    ]);
  });
});
