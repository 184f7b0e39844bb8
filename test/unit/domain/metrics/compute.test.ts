import { describe, expect, it } from 'vitest';
import {
  basisOf,
  computeMetrics,
  doraLevel,
  type MetricsQuery,
} from '../../../../src/domain/metrics/index.js';
import { at, PROMOTIONS, RELEASES, release, WEEK } from './fixture.js';

const MIN = 60;
const week = (extra: Partial<MetricsQuery> = {}) =>
  computeMetrics(RELEASES, PROMOTIONS, { ...WEEK, requiredTeams: { prod: ['platform', 'sre'] }, ...extra });

describe('computeMetrics on the hand-made week (fixture.ts)', () => {
  const { metrics: m, records } = week();

  it('deploy frequency counts every move into Deploying, a retry again', () => {
    // r1 1 + r2 2 (failed, then retried) + r3 1 + r5 1 (in flight) + r6 1 + r8 1 = 7; r0 is before the window,
    // r4 was cancelled, r7 never left Pending Approval. 7 deployments / 7 days = 1 per day.
    expect(m.deployFrequency.deployments).toBe(7);
    expect(m.deployFrequency.perDay).toBe(1);
    expect(m.deployFrequency.perWeek).toBe(7);
    expect(m.deployFrequency.byEnvironment).toEqual({
      dev: { deployments: 2, perDay: 2 / 7 }, // r6, r8
      prod: { deployments: 5, perDay: 5 / 7 }, // r1, r2 x2, r3, r5
    });
    // The playbook asks for more than one a day: exactly one is not enough; DORA calls daily elite.
    expect(m.deployFrequency.verdict).toBe('unhealthy');
    expect(m.deployFrequency.dora).toBe('elite');
    expect(m.deployFrequency.daily.map((d) => d.deployments)).toEqual([1, 2, 1, 0, 1, 0, 2]);
    expect(m.deployFrequency.daily[0]?.date).toBe('2026-11-02');
  });

  it('failed deployment rate: failed / finished, the in-flight deployment counted apart', () => {
    // finished = 7 - 1 (r5: Deploying 23:50, Healthy only after the window) = 6; failed: r2's first attempt, r8.
    expect(m.failedDeploymentRate).toMatchObject({ failed: 2, finished: 6, deployments: 7, inFlight: 1 });
    expect(m.failedDeploymentRate.rate).toBeCloseTo(2 / 6);
    expect(m.failedDeploymentRate.verdict).toBe('unhealthy'); // 33% is not < 5%
    expect(m.failedDeploymentRate.dora).toBe('low'); // above 15%
  });

  it('rollback rate: rolled back after Healthy (r3) and after Failed (r8)', () => {
    expect(m.rollbackRate).toMatchObject({ rolledBack: 2, finished: 6 });
    expect(m.rollbackRate.rate).toBeCloseTo(2 / 6);
    expect(m.rollbackRate.dora).toBeNull();
  });

  it('lead time: PR opened to first Healthy; median and p90', () => {
    // r1 40m, r2 2h (failed first), r3 45m, r6 7m (Healthy clamped from 12:04 to Synced's 12:07); r5 turns Healthy
    // after the window. Sorted 7, 40, 45, 120 min: median (40 + 45) / 2 = 42.5 min; p90 = the ceil(0.9 x 4) = 4th.
    expect(m.leadTime.count).toBe(4);
    expect(m.leadTime.medianSeconds).toBe(42.5 * MIN);
    expect(m.leadTime.p90Seconds).toBe(120 * MIN);
    expect(m.leadTime.verdict).toBe('healthy'); // 42.5 min < 1 h
    expect(m.leadTime.dora).toBe('elite'); // under a day
    expect(m.leadTime.byEnvironment).toEqual({
      dev: { medianSeconds: 7 * MIN, p90Seconds: 7 * MIN, count: 1 },
      // 40, 45, 120: median 45, p90 the 3rd
      prod: { medianSeconds: 45 * MIN, p90Seconds: 120 * MIN, count: 3 },
    });
  });

  it('lead time starts at the first commit when the record has one, and says where it started', () => {
    // Same week, but r1's change was first committed at 08:35 (65 min before its PR opened at 09:00, 40 min before
    // Healthy 09:40) and r3's at 07:00 (Healthy 08:45). Lead times: r1 09:40 - 08:35 = 65m, r2 120m (PR opened),
    // r3 08:45 - 07:00 = 105m, r6 7m (PR opened). Sorted 7, 65, 105, 120: median (65 + 105) / 2 = 85 min, p90 the
    // 4th = 120 min; two from the first commit, two from PR opened.
    const firstCommits: Record<string, string> = { r1: at('11-02 08:35'), r3: at('11-04 07:00') };
    const releases = RELEASES.map((r) =>
      firstCommits[r.id] ? { ...r, firstCommitAt: firstCommits[r.id] as string } : r,
    );
    const { metrics } = computeMetrics(releases, PROMOTIONS, WEEK);
    expect(metrics.leadTime).toMatchObject({
      count: 4,
      medianSeconds: 85 * MIN,
      p90Seconds: 120 * MIN,
      from: 'mixed',
      fromCounts: { firstCommit: 2, prOpened: 2 },
    });
    expect(metrics.leadTime.verdict).toBe('unhealthy'); // 85 min is not under 1 h
    expect(basisOf('leadTime', metrics)).toBe(
      '4 releases, p90 2h, from the first commit (2) or PR opened (2)',
    );
    // Every release with a first commit: `first-commit`; none (the hand-made week as it is): `pr-opened`.
    const all = RELEASES.map((r) => ({ ...r, firstCommitAt: r.createdAt }));
    expect(computeMetrics(all, [], WEEK).metrics.leadTime).toMatchObject({
      from: 'first-commit',
      fromCounts: { firstCommit: 4, prOpened: 0 },
      medianSeconds: 42.5 * MIN,
    });
    expect(m.leadTime.from).toBe('pr-opened');
    expect(basisOf('leadTime', m)).toBe('4 releases, p90 2h, from PR opened (no first commit recorded)');
  });

  it('recovery time: Failed to the next Healthy in that environment and workload', () => {
    // prod/api: r2 Failed 11:05, r2's retry Healthy 12:00 -> 55 min. dev/api: r8 Failed, nothing Healthy after.
    expect(m.recoveryTime).toMatchObject({ count: 1, medianSeconds: 55 * MIN, unrecovered: 1 });
    expect(m.recoveryTime.verdict).toBe('healthy');
    expect(m.recoveryTime.dora).toBe('elite');
  });

  it('approval latency: first Pending Approval to first Approved; skew clamped to zero; waiting counted apart', () => {
    // r1 20, r2 50, r3 10, r5 30, r6 0 (bob's clock behind), r8 5 -> sorted 0, 5, 10, 20, 30, 50 min:
    // median (10 + 20) / 2 = 15 min; p90 = ceil(5.4) = 6th = 50 min. r7 is still waiting; r4 was cancelled.
    expect(m.approvalLatency).toMatchObject({
      count: 6,
      medianSeconds: 15 * MIN,
      p90Seconds: 50 * MIN,
      waiting: 1,
    });
    expect(m.approvalLatency.verdict).toBe('healthy');
    // prod: 10, 20, 30, 50 -> median 25, p90 the 4th (50); dev: 0, 5 -> median 2.5, p90 the 2nd (5).
    expect(m.approvalLatency.byEnvironment).toEqual({
      dev: { medianSeconds: 2.5 * MIN, p90Seconds: 5 * MIN, count: 2 },
      prod: { medianSeconds: 25 * MIN, p90Seconds: 50 * MIN, count: 4 },
    });
    // Both teams the prod policy requires see prod's approvals; dev requires none.
    expect(m.approvalLatency.byTeam).toEqual({
      platform: { medianSeconds: 25 * MIN, p90Seconds: 50 * MIN, count: 4 },
      sre: { medianSeconds: 25 * MIN, p90Seconds: 50 * MIN, count: 4 },
    });
  });

  it('promotion completion: completed / (completed + halted), in-flight and cancelled apart', () => {
    // p1 Completed, p2 Failed (halted), p3 still InProgress, p4 completes after the window (in progress then),
    // p5 Cancelled, p6 before the window. 1 / (1 + 1) = 50%.
    expect(m.promotionCompletion).toMatchObject({
      completed: 1,
      halted: 1,
      inProgress: 2,
      cancelled: 1,
      rate: 0.5,
    });
    expect(m.promotionCompletion.verdict).toBe('unhealthy');
    expect(m.promotionCompletion.dora).toBeNull();
  });

  it('counts the clock-skew corrections (r6: Approved and Healthy stamped early)', () => {
    expect(records.clockSkewCorrections).toBe(2);
    expect(records).toMatchObject({ releases: 9, promotions: 6 });
  });

  it('gives each metric its headline value, target and one weekly point for a Monday-to-Monday week', () => {
    expect(m.leadTime.value).toBe(42.5 * MIN);
    expect(m.leadTime.target).toEqual({ value: 3600, healthyWhen: 'below', unit: 'seconds', text: '< 1h' });
    expect(m.deployFrequency.target.text).toBe('> 1/day');
    expect(m.failedDeploymentRate.target.text).toBe('< 5%');
    expect(m.promotionCompletion.target.text).toBe('> 95%');
    expect(m.approvalLatency.target.text).toBe('< 30m');
    expect(m.leadTime.weekly).toEqual([{ weekStart: '2026-11-02', value: 42.5 * MIN, count: 4 }]);
  });
});

describe('windows, weeks and filters', () => {
  it('splits a window into Monday weeks, clipped to the window', () => {
    // Thu 11-05 .. Thu 11-12: week of 11-02 (Thu..Mon, 4 days: r6 and r8 and r5 = 3 deployments) and of 11-09 (3
    // days, none).
    const { metrics } = computeMetrics(RELEASES, PROMOTIONS, {
      since: new Date(at('11-05 00:00')),
      until: new Date(at('11-12 00:00')),
    });
    expect(metrics.deployFrequency.weekly).toEqual([
      { weekStart: '2026-11-02', value: 3 / 4, count: 3 },
      { weekStart: '2026-11-09', value: 0, count: 0 },
    ]);
    // r5 turns Healthy 11-09 00:20, inside this window: 22:00 -> 00:20 = 140 min.
    expect(metrics.leadTime.weekly[1]).toEqual({ weekStart: '2026-11-09', value: 140 * MIN, count: 1 });
    expect(metrics.failedDeploymentRate).toMatchObject({ failed: 1, finished: 3, inFlight: 0 });
  });

  it('includes an event at `since` and excludes one at `until`', () => {
    const r = release('edge', 'prod', 'api', [
      ['Approved', '11-10 10:00'],
      ['Deploying', '11-10 12:00'],
      ['Deployed', '11-10 12:30'],
    ]);
    const count = (since: string, until: string) =>
      computeMetrics([r], [], { since: new Date(at(since)), until: new Date(at(until)) }).metrics
        .deployFrequency.deployments;
    expect(count('11-10 12:00', '11-10 13:00')).toBe(1);
    expect(count('11-10 11:00', '11-10 12:00')).toBe(0);
  });

  it('filters by environment, workload and tenant (a release naming no tenant touches them all)', () => {
    expect(week({ environment: 'dev' }).metrics.deployFrequency.deployments).toBe(2); // r6, r8
    expect(week({ workload: 'web' }).metrics.deployFrequency.deployments).toBe(2); // r5, r6
    expect(week({ tenant: 'acme' }).metrics.deployFrequency.deployments).toBe(6); // all but r1 (globex)
    // Promotions filter on their target environment, source workload and wave tenants.
    expect(week({ environment: 'dev' }).metrics.promotionCompletion).toMatchObject({
      completed: 0,
      inProgress: 1,
    });
    expect(week({ workload: 'web' }).metrics.promotionCompletion).toMatchObject({ completed: 0, halted: 0 });
    expect(week({ tenant: 'globex' }).metrics.promotionCompletion).toMatchObject({
      completed: 0,
      inProgress: 1,
    });
    expect(week({ environment: 'dev' }).filters).toEqual({ environment: 'dev' });
  });

  it('judges against overridden targets and says no-data without observations', () => {
    const { metrics } = week({ targets: { deployFrequencyPerDay: 0.5, failedDeploymentRate: 0.5 } });
    expect(metrics.deployFrequency.verdict).toBe('healthy');
    expect(metrics.failedDeploymentRate.verdict).toBe('healthy');
    const empty = computeMetrics([], [], WEEK).metrics;
    expect(empty.leadTime).toMatchObject({
      verdict: 'no-data',
      value: null,
      medianSeconds: null,
      dora: null,
    });
    expect(empty.promotionCompletion).toMatchObject({ verdict: 'no-data', rate: null });
    expect(empty.deployFrequency).toMatchObject({ verdict: 'unhealthy', perDay: 0, dora: 'low' });
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => computeMetrics([], [], { since: WEEK.until, until: WEEK.since })).toThrow(
      /must start before/,
    );
  });
});

describe('DORA levels', () => {
  it.each([
    ['deployFrequency', 3, 'elite'],
    ['deployFrequency', 1, 'elite'],
    ['deployFrequency', 0.5, 'high'],
    ['deployFrequency', 1 / 7, 'high'],
    ['deployFrequency', 0.1, 'medium'],
    ['deployFrequency', 0.01, 'low'],
    ['leadTime', 3599, 'elite'],
    ['leadTime', 86_400, 'high'],
    ['leadTime', 8 * 86_400, 'medium'],
    ['leadTime', 40 * 86_400, 'low'],
    ['failedDeploymentRate', 0.05, 'elite'],
    ['failedDeploymentRate', 0.1, 'high'],
    ['failedDeploymentRate', 0.15, 'medium'],
    ['failedDeploymentRate', 0.16, 'low'],
    ['recoveryTime', 3599, 'elite'],
    ['recoveryTime', 3600, 'high'],
    ['recoveryTime', 86_400, 'medium'],
    ['recoveryTime', 7 * 86_400, 'low'],
    ['rollbackRate', 0, null],
    ['approvalLatency', 1, null],
  ] as const)('%s %d -> %s', (name, value, level) => {
    expect(doraLevel(name, value)).toBe(level);
  });
});
