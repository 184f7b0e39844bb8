import { describe, expect, it } from 'vitest';
import { computeMetrics, filtersOf, metricsOfFacts } from '../../../../src/domain/metrics/compute.js';
import { FactsBuilder, parseTime } from '../../../../src/domain/metrics/prepare.js';
import type { MetricsQuery } from '../../../../src/domain/metrics/types.js';
import { PROMOTIONS, RELEASES, WEEK } from './fixture.js';

describe('FactsBuilder (releases prepared one at a time, as a reader hands them over)', () => {
  const queries: MetricsQuery[] = [
    { ...WEEK, requiredTeams: { prod: ['platform', 'sre'] } },
    { ...WEEK, environment: 'prod' },
    { ...WEEK, workload: 'web' },
    { ...WEEK, tenant: 'acme' },
  ];
  /** A fixed shuffle: the same every run. */
  const shuffled = <T>(items: readonly T[], seed: number): T[] => {
    const out = [...items];
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };

  it("gives computeMetrics' report whatever order the releases come in", () => {
    for (const query of queries) {
      const expected = computeMetrics(RELEASES, PROMOTIONS, query);
      for (const order of [
        RELEASES,
        [...RELEASES].reverse(),
        shuffled(RELEASES, 7),
        shuffled(RELEASES, 99),
      ]) {
        const facts = new FactsBuilder(filtersOf(query));
        for (const r of order) facts.release(r);
        expect(metricsOfFacts(facts.finish(PROMOTIONS), query)).toEqual(expected);
      }
    }
  });

  it('refuses a window that ends before it starts, as computeMetrics does', () => {
    const query = { since: WEEK.until, until: WEEK.since };
    expect(() => metricsOfFacts(new FactsBuilder({}).finish([]), query)).toThrow(
      'the window must start before it ends',
    );
  });
});

describe('parseTime', () => {
  it('reads what Date.parse reads, for the times records hold and for everything near them', () => {
    const samples = [
      '2026-11-30T16:30:30.585Z',
      '2026-11-30T16:30:30Z',
      '1970-01-01T00:00:00.000Z',
      '0100-01-01T00:00:00Z',
      '0099-12-31T23:59:59Z', // Date.UTC would read 1999
      '0000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2024-02-29T12:00:00Z',
      '2026-02-30T00:00:00Z', // V8 rolls over into March; so must we
      '2026-04-31T00:00:00.000Z',
      '2026-00-10T00:00:00Z',
      '2026-13-10T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-32T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:59:60Z',
      '2026-01-01T10:00:00.5Z',
      '2026-01-01T10:00:00.50Z',
      '2026-01-01T10:00:00+02:00',
      '2026-01-01T10:00:00.000+02:00',
      '2026-01-01 10:00:00Z',
      '2026-01-01t10:00:00z',
      '2026-1a-01T10:00:00Z',
      '2026-01-01T1a:00:00.000Z',
      '2026-01-01T10:00:00.0a0Z',
      '+012026-01-01T00:00:00Z',
      '2026-01-01',
      'not a time',
      '',
    ];
    for (const s of samples) expect([s, parseTime(s)]).toEqual([s, Date.parse(s)]);
  });

  it('agrees with Date.parse on 20,000 times across four centuries, with and without milliseconds', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 20_000; i++) {
      const iso = new Date(
        Date.UTC(1900, 0, 1) + Math.floor(random() * 400 * 365.25 * 86_400_000),
      ).toISOString();
      const s = i % 2 === 0 ? iso : `${iso.slice(0, 19)}Z`;
      if (parseTime(s) !== Date.parse(s)) expect([s, parseTime(s)]).toEqual([s, Date.parse(s)]);
    }
    expect(parseTime('2026-11-30T16:30:30.585Z')).toBe(Date.UTC(2026, 10, 30, 16, 30, 30, 585));
  });
});
