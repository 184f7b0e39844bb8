import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../../src/domain/metrics/prepare.js';

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
