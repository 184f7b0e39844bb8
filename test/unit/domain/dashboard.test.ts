// The dashboard's data, shaped from hand-made records: the morning board's columns, what each approval still needs
// (the gate's decision over the recorded approvals), what runs where, and the release views the page embeds.
import { describe, expect, it } from 'vitest';
import { approvalNeeds } from '../../../src/domain/dashboard/approval-needs.js';
import { buildDashboard, versionOf } from '../../../src/domain/dashboard/build.js';
import type { ApprovalPolicy } from '../../../src/domain/model.js';
import { DEMO_NOW, demoHistory, walkedRelease } from '../../helpers/dashboard-history.js';

const policy = (p: Partial<ApprovalPolicy> = {}): ApprovalPolicy => ({
  required: 1,
  teams: [],
  codeowners: false,
  allowSelfApproval: false,
  dismissStaleApprovals: false,
  ...p,
});

const pending = walkedRelease({
  id: 'web-prod-20261130-000001',
  workload: 'web',
  environment: 'prod',
  start: '2026-11-30T08:00:00.000Z',
  states: ['PendingApproval'],
  tag: '1.0.0',
});

describe('approvalNeeds: what the policy still needs, from the recorded approvals', () => {
  it.each([
    [
      'no approval yet, two required and a team',
      policy({ required: 2, teams: ['sre'] }),
      [],
      ['2 more approvals (of 2)', 'an approval from team sre'],
    ],
    [
      'one approval counted of two',
      policy({ required: 2 }),
      [{ reviewer: 'rev-bob', state: 'APPROVED' as const, commit: 'a', at: '2026-11-30T08:10:00Z' }],
      ['1 more approval (of 2)'],
    ],
    [
      "the author's own approval does not count",
      policy(),
      [{ reviewer: 'dev-alice', state: 'APPROVED' as const, commit: 'a', at: '2026-11-30T08:10:00Z' }],
      ['1 more approval (of 1)'],
    ],
    [
      'changes requested block, listed first',
      policy(),
      [
        { reviewer: 'rev-bob', state: 'APPROVED' as const, commit: 'a', at: '2026-11-30T08:10:00Z' },
        {
          reviewer: 'rev-carol',
          state: 'CHANGES_REQUESTED' as const,
          commit: 'a',
          at: '2026-11-30T08:11:00Z',
        },
      ],
      ['changes requested by rev-carol to be resolved'],
    ],
    [
      'with dismissStaleApprovals, an approval of an older commit does not count',
      policy({ required: 2, dismissStaleApprovals: true }),
      [
        { reviewer: 'rev-bob', state: 'APPROVED' as const, commit: 'old', at: '2026-11-30T08:10:00Z' },
        { reviewer: 'rev-carol', state: 'APPROVED' as const, commit: 'new', at: '2026-11-30T08:20:00Z' },
      ],
      ['1 more approval (of 2)'],
    ],
    ['a code owner approval', policy({ required: 0, codeowners: true }), [], ['a code owner approval']],
  ])('%s', (_, p, approvals, needs) => {
    expect(approvalNeeds(p, { ...pending, approvals })).toEqual({ needs, from: 'estimate' });
  });

  it('names an environment gitopshq.yaml does not have', () => {
    expect(approvalNeeds(undefined, pending).needs).toEqual([
      'a policy: environment prod is not in gitopshq.yaml',
    ]);
  });

  it('says the gate has yet to run when the recorded approvals already satisfy the policy', () => {
    const approvals = [
      { reviewer: 'rev-bob', state: 'APPROVED' as const, commit: 'a', at: '2026-11-30T08:10:00Z' },
    ];
    expect(approvalNeeds(policy(), { ...pending, approvals }).needs).toEqual([
      'a gate run: the recorded approvals satisfy the policy',
    ]);
  });

  it("shows the gate's own list when the gate recorded one: exact where the estimate cannot be", () => {
    // The record cannot tell whether rev-bob is in team sre, or who owns the changed files: the gate could.
    const approvals = [
      { reviewer: 'rev-bob', state: 'APPROVED' as const, commit: 'a', at: '2026-11-30T08:10:00Z' },
    ];
    const recorded = { ...pending, approvals, approvalMissing: ['a code owner approval (@acme/payments)'] };
    expect(approvalNeeds(policy({ teams: ['sre'], codeowners: true }), recorded)).toEqual({
      needs: ['a code owner approval (@acme/payments)'],
      from: 'gate',
    });
    // An empty list (the gate approved; the release is awaiting only until its record moves) falls back.
    expect(approvalNeeds(policy(), { ...recorded, approvalMissing: [] }).from).toBe('estimate');
  });
});

describe('versionOf', () => {
  it.each([
    [{ updates: [{ path: 'image.tag', value: '2.5.0' }] }, '2.5.0'],
    [
      {
        updates: [
          { path: 'replicas', value: '3' },
          { path: 'api.image.tag', value: 'v9' },
        ],
      },
      'v9',
    ],
    [{ updates: [{ path: 'image.tag', value: '2' }], chartVersion: '1.4.0' }, 'chart 1.4.0'],
    [
      {
        updates: [
          { path: 'replicas', value: '3' },
          { path: 'env.A', value: 'b' },
        ],
      },
      'replicas=3 (+1)',
    ],
    [{ updates: [] }, '-'],
  ])('%j -> %s', (changes, version) => {
    expect(versionOf(changes)).toBe(version);
  });
});

describe('buildDashboard', () => {
  const envs = [
    { name: 'dev', approvals: policy({ required: 0 }) },
    { name: 'staging', approvals: policy({ teams: ['platform'] }) },
    { name: 'prod', approvals: policy({ required: 2, teams: ['sre'] }) },
  ];
  const input = {
    environments: envs,
    tenants: [
      { name: 'acme', wave: 1, canary: false },
      { name: 'canary', wave: 0, canary: true },
      { name: 'globex', wave: 1, canary: false },
    ],
    workloads: [
      { name: 'payment-api', tenants: ['canary', 'acme', 'globex'] },
      { name: 'checkout-web', tenants: ['acme', 'globex'] },
    ],
    ...demoHistory(),
    metrics: [],
    stateBranch: 'gitopshq/state',
    now: DEMO_NOW,
  };
  const data = buildDashboard(input);

  it('fills each board column with the releases in its states, oldest wait first', () => {
    const b = data.board;
    expect(b.awaiting.every((a) => a.needsFrom === 'estimate')).toBe(true);
    expect(b.awaiting.map((a) => [a.id, a.needs])).toEqual([
      ['payment-api-staging-20261130-0a0003', ['1 more approval (of 1)', 'an approval from team platform']],
      ['payment-api-prod-20261130-0a0004', ['1 more approval (of 2)', 'an approval from team sre']],
    ]);
    expect(b.deploying.map((x) => [x.id, x.state])).toEqual([['checkout-web-dev-20261130-0a0006', 'Synced']]);
    expect(b.failed.map((x) => [x.id, x.detail])).toEqual([
      [
        'checkout-web-staging-20261130-0a0005',
        'Deployment checkout-web: ImagePullBackOff (image 3.1.0 not found); Deployment/checkout-web Degraded',
      ],
    ]);
    expect(b.drift.map((x) => [x.id, x.detail])).toEqual([
      ['payment-api-staging-20261129-0a0002', 'drifted: Deployment/payment-api'],
    ]);
    expect(b.promotions).toEqual([
      expect.objectContaining({
        id: 'payment-api-dev-to-staging-20261129-0b0001',
        waves: [
          {
            wave: 0,
            tenants: ['canary'],
            releases: [{ id: 'payment-api-staging-20261129-0a0002', state: 'Healthy' }],
          },
          { wave: 1, tenants: ['acme', 'globex'], releases: [] },
        ],
      }),
    ]);
  });

  it("runs each target's latest deployed release: a release without tenants reaches every bound tenant", () => {
    const dev = data.matrix.filter((m) => m.env === 'dev').map((m) => [m.tenant, m.workload, m.id, m.state]);
    expect(dev).toEqual([
      ['acme', 'checkout-web', 'checkout-web-dev-20261130-0a0006', 'Synced'],
      ['acme', 'payment-api', 'payment-api-dev-20261129-0a0001', 'Healthy'],
      ['canary', 'payment-api', 'payment-api-dev-20261129-0a0001', 'Healthy'],
      ['globex', 'checkout-web', 'checkout-web-dev-20261130-0a0006', 'Synced'],
      ['globex', 'payment-api', 'payment-api-dev-20261129-0a0001', 'Healthy'],
    ]);
    // Pending releases never deployed: not in the matrix.
    expect(data.matrix.some((m) => m.env === 'prod')).toBe(false);
    expect(data.tenants).toEqual(['canary', 'acme', 'globex']);
  });

  it('shows a rolled-back release as what last deployed, with the release that replaced it', () => {
    const older = demoHistory().releases.find((r) => r.state === 'RolledBack');
    if (!older) throw new Error('fixture');
    const only = buildDashboard({ ...input, releases: [older], promotions: [] });
    expect(only.matrix[0]).toMatchObject({
      id: older.id,
      state: 'RolledBack',
      rolledBackTo: older.rolledBackTo,
    });
  });

  it('lists releases newest first, each with its timeline, approvals, commit, health and rollback target', () => {
    expect(data.releases.map((r) => r.id)[0]).toBe('checkout-web-dev-20261130-0a0006');
    const canary = data.releases.find((r) => r.id === 'payment-api-staging-20261129-0a0002');
    expect(canary).toMatchObject({
      w: 'payment-api',
      e: 'staging',
      t: ['canary'],
      version: '2.5.0',
      approvals: [['rev-bob', 'APPROVED', '2026-11-29T10:04:00.000Z', 'Rendered diff looks right.']],
      pr: { number: 2, url: 'https://github.com/acme/gitops/pull/2' },
      rollbackTarget: 'payment-api-staging-20261120-0a0009',
      promotedFrom: 'payment-api-dev-20261129-0a0001',
      health: { status: 'Healthy', drift: true },
    });
    expect(canary?.history[0]).toEqual(['Draft', '2026-11-29T10:00:00.000Z', 'dev-alice']);
    expect(data.counts).toEqual({ releases: 7, promotions: 1 });
  });

  it('shows a wave that skipped earlier waves on purpose: who, why and what, on the promotion board', async () => {
    const history = demoHistory();
    const promotions = history.promotions.map((p) => ({
      ...p,
      waves: p.waves.map((w, i) =>
        i === 0
          ? {
              ...w,
              skippedWaves: {
                actor: 'release-erin',
                at: '2026-11-29T10:00:00.000Z',
                reason: 'INC-4211: <b>now</b>',
                permission: 'maintain',
                waves: [{ wave: 0, tenants: ['canary'] }],
              },
            }
          : w,
      ),
    }));
    const skipped = buildDashboard({ ...input, promotions });
    const text =
      'skipped wave 0 (canary) on purpose: by release-erin (maintain) at 2026-11-29T10:00:00.000Z: "INC-4211: <b>now</b>"';
    expect(skipped.board.promotions[0]?.waves[0]?.skipped).toBe(text);
    expect(skipped.board.promotions[0]?.waves[1]?.skipped).toBeUndefined();
    const { boardSection } = await import('../../../src/dashboard/sections.js');
    const html = boardSection(skipped, DEMO_NOW);
    expect(html).toContain('INC-4211: &lt;b&gt;now&lt;/b&gt;');
    expect(html).not.toContain('<b>now</b>');
  });
});

describe('metricsPanel', () => {
  it("shows the metrics module's figures: value, range, verdict, and weekly series on the chart's scale", async () => {
    const { metricsPanel } = await import('../../../src/domain/dashboard/metrics-panel.js');
    const { computeMetrics } = await import('../../../src/domain/metrics/index.js');
    // One release Healthy 30 min after its PR, one Failed: 2 deployments, 1 failed.
    const ok = walkedRelease({
      id: 'a-dev-20261129-000001',
      workload: 'a',
      environment: 'dev',
      start: '2026-11-29T08:00:00.000Z',
      states: ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Synced', 'Healthy'],
      tag: '1',
    });
    const bad = walkedRelease({
      id: 'a-dev-20261129-000002',
      workload: 'a',
      environment: 'dev',
      start: '2026-11-29T09:00:00.000Z',
      states: ['PendingApproval', 'Approved', 'Deploying', 'Failed'],
      tag: '2',
    });
    const report = computeMetrics([ok, bad], [], {
      since: new Date(DEMO_NOW.getTime() - 84 * 86_400_000),
      until: DEMO_NOW,
    });
    const panel = Object.fromEntries(metricsPanel(report).map((m) => [m.key, m]));
    expect(Object.keys(panel)).toEqual([
      'deployFrequency',
      'leadTime',
      'failedDeploymentRate',
      'rollbackRate',
      'approvalLatency',
      'promotionCompletion',
      'recoveryTime',
    ]);
    expect(panel.failedDeploymentRate).toMatchObject({
      value: '50%',
      verdict: 'unhealthy',
      unit: '%',
      targetValue: 5,
    });
    expect(panel.leadTime).toMatchObject({
      value: '30m median, p90 30m, from PR opened (no first commit recorded)',
      verdict: 'healthy',
      unit: 'minutes',
      targetValue: 60,
    });
    // Weeks start on Monday: Sunday 2026-11-29 is in the week of 11-23; the week of 11-30 (today) has no data yet.
    expect(panel.leadTime?.weekly.slice(-2)).toEqual([
      { week: '2026-11-23', value: 30 },
      { week: '2026-11-30', value: null },
    ]);
    expect(panel.promotionCompletion).toMatchObject({
      value: 'no data',
      verdict: 'no-data',
      better: 'higher',
    });
  });
});
