// measureWindows (one pass over the facts for all of a window's weeks) must give what measure() gives for each
// week on its own: the hand-made week (fixture.ts) cut at many boundaries, and a generated history where events
// fall on the boundaries and promotions and approvals stay open across several windows.
import { describe, expect, it } from 'vitest';
import { measure, measureWindows } from '../../../../src/domain/metrics/measure.js';
import { prepare } from '../../../../src/domain/metrics/prepare.js';
import type { PromotionRecord, ReleaseRecord, ReleaseState } from '../../../../src/domain/model.js';
import { PROMOTIONS, RELEASES, release, WEEK } from './fixture.js';

const HOUR = 3_600_000;
const TEAMS = { prod: ['platform', 'sre'] };

function expectSameAsOneByOne(
  releases: readonly ReleaseRecord[],
  promotions: readonly PromotionRecord[],
  bounds: number[],
): void {
  const facts = prepare(releases, promotions, {});
  const together = measureWindows(facts, bounds, TEAMS);
  expect(together).toHaveLength(bounds.length - 1);
  bounds.slice(0, -1).forEach((since, i) => {
    expect(together[i], `window ${i}`).toEqual(measure(facts, since, bounds[i + 1] as number, TEAMS));
  });
}

describe('measureWindows', () => {
  it('equals measure() per window on the hand-made week, cut by the hour, by 6 hours and by day', () => {
    const since = WEEK.since.getTime();
    const until = WEEK.until.getTime();
    for (const step of [HOUR, 6 * HOUR, 24 * HOUR, 29 * 60_000]) {
      const bounds: number[] = [];
      for (let t = since - 2 * 24 * HOUR; t < until + 24 * HOUR; t += step) bounds.push(t);
      bounds.push(until + 24 * HOUR);
      expectSameAsOneByOne(RELEASES, PROMOTIONS, bounds);
    }
  });

  it('equals measure() per window on a generated history with events on the boundaries', () => {
    const base = WEEK.since.getTime();
    const states: ReleaseState[][] = [
      ['PendingApproval', 'Approved', 'Deploying', 'Failed', 'Deploying', 'Deployed', 'Synced', 'Healthy'],
      ['PendingApproval', 'Approved', 'PendingApproval', 'Approved', 'Deploying', 'Deployed', 'RolledBack'],
      ['PendingApproval'],
      ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Synced', 'Healthy', 'RolledBack'],
    ];
    const releases: ReleaseRecord[] = [];
    for (let i = 0; i < 40; i++) {
      const path = states[i % states.length] as ReleaseState[];
      // Steps of 1 to 5 hours from a start on an hour: many land exactly on 6-hour boundaries.
      const start = base + (i % 7) * 6 * HOUR + (i % 3) * HOUR;
      const history = path.map((state, k) => ({
        state,
        at: new Date(start + k * (1 + (i % 5)) * HOUR).toISOString(),
        actor: 'a',
      }));
      releases.push({
        ...release(`gen-${i}`, i % 2 ? 'prod' : 'dev', `w${i % 3}`, [['PendingApproval', '11-02 00:00']]),
        createdAt: history[0]?.at as string,
        history,
        state: path.at(-1) as ReleaseState,
      });
    }
    const promotions = PROMOTIONS.map((p, i) => ({
      ...p,
      id: `${p.id}-${i}`,
      createdAt: new Date(base - i * 6 * HOUR).toISOString(),
    }));
    const bounds: number[] = [];
    for (let t = base - 24 * HOUR; t <= base + 8 * 24 * HOUR; t += 6 * HOUR) bounds.push(t);
    expectSameAsOneByOne(releases, promotions, bounds);
  });

  it('gives nothing for fewer than two bounds, and counts nothing outside them', () => {
    const facts = prepare(RELEASES, PROMOTIONS, {});
    expect(measureWindows(facts, [WEEK.since.getTime()])).toEqual([]);
    const far = Date.UTC(2000, 0, 1);
    const [f] = measureWindows(facts, [far, far + HOUR]);
    expect(f?.deployments).toBe(0);
    expect(f?.leadTime.count).toBe(0);
  });
});
