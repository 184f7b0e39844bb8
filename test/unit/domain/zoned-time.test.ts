import { describe, expect, it } from 'vitest';
import { formatWall, instantOf, isTimeZone, wallTimeAt, weekdayOf } from '../../../src/domain/zoned-time.js';

const HOUR = 3_600_000;
const ms = (iso: string) => Date.parse(iso);

describe('instantOf and wallTimeAt: wall clocks in IANA zones, through every hour of a year', () => {
  // Berlin and New York shift by an hour on different dates, Lord Howe by half an hour, Kolkata never. A coarse
  // sweep of the year, and every quarter hour of the days around each change.
  const zones: [string, string[], number][] = [
    ['Europe/Berlin', ['2026-03-28', '2026-10-24'], 4],
    ['America/New_York', ['2026-03-07', '2026-10-31'], 4],
    ['Australia/Lord_Howe', ['2026-04-04', '2026-10-03'], 2],
    ['Asia/Kolkata', [], 0],
    ['UTC', [], 0],
  ];
  it.each(zones)(
    '%s: every instant reads back as itself, or as the first of two equal wall times',
    (zone, changes, twice) => {
      const year = ms('2026-01-01T00:00:00Z');
      const instants = Array.from({ length: 350 }, (_, i) => year + i * 25 * HOUR);
      for (const day of changes) {
        const from = ms(`${day}T00:00:00Z`);
        instants.push(...Array.from({ length: 2 * 96 }, (_, i) => from + i * (HOUR / 4)));
      }
      let repeated = 0;
      for (const t of new Set(instants)) {
        const wall = wallTimeAt(t, zone);
        const back = instantOf(wall, zone);
        expect(wallTimeAt(back, zone)).toEqual(wall);
        if (back !== t) {
          // Only the second occurrence of a repeated wall time (a fall-back night) maps to an earlier instant.
          expect(back).toBeLessThan(t);
          expect(t - back).toBeLessThanOrEqual(HOUR);
          repeated++;
        }
      }
      expect(repeated).toBe(twice);
    },
  );

  const rows: [string, string, [number, number, number, number, number], string][] = [
    ['Berlin winter', 'Europe/Berlin', [2026, 1, 15, 12, 0], '2026-01-15T11:00:00.000Z'],
    ['Berlin summer', 'Europe/Berlin', [2026, 7, 15, 12, 0], '2026-07-15T10:00:00.000Z'],
    [
      'Berlin: 02:30 skipped in spring reads as 03:30 CEST',
      'Europe/Berlin',
      [2026, 3, 29, 2, 30],
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'Berlin: 02:30 twice in autumn, the first (CEST)',
      'Europe/Berlin',
      [2026, 10, 25, 2, 30],
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'New York: 02:30 skipped in spring reads as 03:30 EDT',
      'America/New_York',
      [2026, 3, 8, 2, 30],
      '2026-03-08T07:30:00.000Z',
    ],
    [
      'New York: 01:30 twice in autumn, the first (EDT)',
      'America/New_York',
      [2026, 11, 1, 1, 30],
      '2026-11-01T05:30:00.000Z',
    ],
    ['Kolkata has a half-hour offset', 'Asia/Kolkata', [2026, 6, 1, 0, 0], '2026-05-31T18:30:00.000Z'],
    ['midnight is hour 0, not 24', 'UTC', [2026, 12, 31, 0, 0], '2026-12-31T00:00:00.000Z'],
  ];
  it.each(rows)('%s', (_case, zone, [year, month, day, hour, minute], iso) => {
    expect(new Date(instantOf({ year, month, day, hour, minute }, zone)).toISOString()).toBe(iso);
  });
});

describe('formatWall and friends', () => {
  it('reads an instant as people in the zone do, with the date when it is not within the week', () => {
    const from = ms('2026-11-28T12:00:00Z');
    expect(formatWall(ms('2026-11-30T06:00:00Z'), 'Europe/Berlin', from)).toBe('Mon 07:00 Europe/Berlin');
    expect(formatWall(ms('2027-01-04T06:00:00Z'), 'Europe/Berlin', from)).toBe(
      'Mon 2027-01-04 07:00 Europe/Berlin',
    );
    expect(formatWall(ms('2026-11-27T06:00:00Z'), 'Europe/Berlin', from)).toBe(
      'Fri 2026-11-27 07:00 Europe/Berlin',
    );
    expect(formatWall(ms('2026-11-30T06:00:00Z'), 'America/New_York')).toBe(
      'Mon 2026-11-30 01:00 America/New_York',
    );
  });

  it('weekdays start on Monday; zone names are checked', () => {
    expect(weekdayOf({ year: 2026, month: 11, day: 30, hour: 0, minute: 0 })).toBe(0);
    expect(weekdayOf({ year: 2026, month: 11, day: 29, hour: 0, minute: 0 })).toBe(6);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Europe/Berln')).toBe(false);
  });
});
