import { describe, expect, it } from 'vitest';
import { describeFreeze, freezeStatus } from '../../../src/domain/freeze.js';
import { parseFreeze } from '../../../src/domain/freeze-schedule.js';
import type { FreezeWindow } from '../../../src/domain/model.js';

const noGlass = { allowed: false, label: 'break-glass', teams: [] };
const weekly = (name: string, timezone: string, from: string, to: string, days?: FreezeWindow['weekly']) =>
  ({
    name,
    timezone,
    environments: [],
    weekly: days ?? { from, to },
    breakGlass: noGlass,
  }) satisfies FreezeWindow;
const daily = (name: string, timezone: string, days: string[], from: string, to: string) =>
  weekly(name, timezone, from, to, { days: days as never, from, to });
const once = (name: string, timezone: string, start: string, end: string): FreezeWindow => ({
  name,
  timezone,
  environments: [],
  start,
  end,
  breakGlass: noGlass,
});

const weekend = weekly('weekend', 'Europe/Berlin', 'fri 18:00', 'mon 07:00');

/** [case, freezes, instant, frozen?, until (ISO) or null] */
type Row = [string, FreezeWindow[], string, boolean, string | null];

describe('freezeStatus: is the environment frozen at an instant, and until when', () => {
  const rows: Row[] = [
    // A weekly span from Friday evening to Monday morning, Berlin time (CET = UTC+1 in November).
    ['weekend: Friday 17:59 local is before it', [weekend], '2026-11-27T16:59:00Z', false, null],
    [
      'weekend: Friday 18:00 local starts it',
      [weekend],
      '2026-11-27T17:00:00Z',
      true,
      '2026-11-30T06:00:00.000Z',
    ],
    ['weekend: Sunday noon', [weekend], '2026-11-29T12:00:00Z', true, '2026-11-30T06:00:00.000Z'],
    [
      'weekend: Monday 06:59 local is the last minute',
      [weekend],
      '2026-11-30T05:59:00Z',
      true,
      '2026-11-30T06:00:00.000Z',
    ],
    ['weekend: Monday 07:00 local ends it', [weekend], '2026-11-30T06:00:00Z', false, null],
    ['weekend: Wednesday is free', [weekend], '2026-12-02T12:00:00Z', false, null],
    // Berlin springs forward on Sun 2026-03-29: Friday 18:00 is CET (UTC+1), Monday 07:00 is CEST (UTC+2).
    [
      'weekend over spring-forward: starts 18:00 CET',
      [weekend],
      '2026-03-27T17:00:00Z',
      true,
      '2026-03-30T05:00:00.000Z',
    ],
    ['weekend over spring-forward: 16:59Z is Friday 17:59', [weekend], '2026-03-27T16:59:00Z', false, null],
    ['weekend over spring-forward: ends 07:00 CEST', [weekend], '2026-03-30T05:00:00Z', false, null],
    // Berlin falls back on Sun 2026-10-25: Friday 18:00 is CEST, Monday 07:00 is CET.
    [
      'weekend over fall-back: starts 18:00 CEST',
      [weekend],
      '2026-10-23T16:00:00Z',
      true,
      '2026-10-26T06:00:00.000Z',
    ],
    [
      'weekend over fall-back: 05:30Z Monday is 06:30 CET',
      [weekend],
      '2026-10-26T05:30:00Z',
      true,
      '2026-10-26T06:00:00.000Z',
    ],
    // A window covering the skipped hour lasts two real hours: 01:00 CET (00:00Z) to 04:00 CEST (02:00Z).
    [
      'one-off over the skipped hour: inside',
      [once('dst', 'Europe/Berlin', '2026-03-29T01:00', '2026-03-29T04:00')],
      '2026-03-29T01:59:00Z',
      true,
      '2026-03-29T02:00:00.000Z',
    ],
    [
      'one-off over the skipped hour: its end',
      [once('dst', 'Europe/Berlin', '2026-03-29T01:00', '2026-03-29T04:00')],
      '2026-03-29T02:00:00Z',
      false,
      null,
    ],
    [
      'one-off over the skipped hour: its start',
      [once('dst', 'Europe/Berlin', '2026-03-29T01:00', '2026-03-29T04:00')],
      '2026-03-29T00:00:00Z',
      true,
      '2026-03-29T02:00:00.000Z',
    ],
    // A start in the skipped hour (02:30 does not exist) begins at 03:30 CEST, the same distance past the jump.
    [
      'daily start inside the skipped hour: 03:00 CEST is before it',
      [daily('night', 'Europe/Berlin', ['sun'], '02:30', '05:00')],
      '2026-03-29T01:00:00Z',
      false,
      null,
    ],
    [
      'daily start inside the skipped hour: 03:30 CEST starts it',
      [daily('night', 'Europe/Berlin', ['sun'], '02:30', '05:00')],
      '2026-03-29T01:30:00Z',
      true,
      '2026-03-29T03:00:00.000Z',
    ],
    // 02:30 happens twice on the fall-back night: the freeze starts at the first (CEST, 00:30Z).
    [
      'daily start in the repeated hour: the first 02:30',
      [daily('night', 'Europe/Berlin', ['sun'], '02:30', '04:00')],
      '2026-10-25T00:30:00Z',
      true,
      '2026-10-25T03:00:00.000Z',
    ],
    [
      'daily start in the repeated hour: 00:29Z is before',
      [daily('night', 'Europe/Berlin', ['sun'], '02:30', '04:00')],
      '2026-10-25T00:29:00Z',
      false,
      null,
    ],
    // New York springs forward on Sun 2026-03-08 02:00 EST and falls back on Sun 2026-11-01 02:00 EDT.
    [
      'New York overnight over spring-forward: Sat 22:00 EST starts',
      [weekly('night', 'America/New_York', 'sat 22:00', 'sun 06:00')],
      '2026-03-08T03:00:00Z',
      true,
      '2026-03-08T10:00:00.000Z',
    ],
    [
      'New York overnight over spring-forward: Sun 06:00 EDT ends',
      [weekly('night', 'America/New_York', 'sat 22:00', 'sun 06:00')],
      '2026-03-08T10:00:00Z',
      false,
      null,
    ],
    [
      'New York overnight over fall-back: Sat 22:00 EDT starts',
      [weekly('night', 'America/New_York', 'sat 22:00', 'sun 06:00')],
      '2026-11-01T02:00:00Z',
      true,
      '2026-11-01T11:00:00.000Z',
    ],
    [
      'New York overnight over fall-back: 10:30Z is 05:30 EST',
      [weekly('night', 'America/New_York', 'sat 22:00', 'sun 06:00')],
      '2026-11-01T10:30:00Z',
      true,
      '2026-11-01T11:00:00.000Z',
    ],
    [
      'New York one-off starting in the skipped hour: 02:30 reads as 03:30 EDT',
      [once('x', 'America/New_York', '2026-03-08T02:30', '2026-03-08T05:00')],
      '2026-03-08T07:29:00Z',
      false,
      null,
    ],
    [
      'New York one-off starting in the skipped hour: 07:30Z starts it',
      [once('x', 'America/New_York', '2026-03-08T02:30', '2026-03-08T05:00')],
      '2026-03-08T07:30:00Z',
      true,
      '2026-03-08T09:00:00.000Z',
    ],
    // Daily windows that wrap past midnight belong to the day they start on.
    [
      'nightly Mon-Fri 22:00-06:00: Tuesday 03:00 (Monday night)',
      [daily('nightly', 'UTC', ['mon', 'tue', 'wed', 'thu', 'fri'], '22:00', '06:00')],
      '2026-12-01T03:00:00Z',
      true,
      '2026-12-01T06:00:00.000Z',
    ],
    [
      'nightly Fri only: Saturday 03:00 is Friday night',
      [daily('nightly', 'UTC', ['fri'], '22:00', '06:00')],
      '2026-11-28T03:00:00Z',
      true,
      '2026-11-28T06:00:00.000Z',
    ],
    [
      'nightly Fri only: Sunday 03:00 is free',
      [daily('nightly', 'UTC', ['fri'], '22:00', '06:00')],
      '2026-11-29T03:00:00Z',
      false,
      null,
    ],
    [
      'nightly Fri only: Friday 21:59 is free',
      [daily('nightly', 'UTC', ['fri'], '22:00', '06:00')],
      '2026-11-27T21:59:00Z',
      false,
      null,
    ],
    // Consecutive nights touch nowhere (06:00 to 22:00 is free), so until is the morning.
    [
      'daily sat+sun 00:00-00:00: the whole weekend, merged',
      [daily('wknd', 'UTC', ['sat', 'sun'], '00:00', '00:00')],
      '2026-11-28T10:00:00Z',
      true,
      '2026-11-30T00:00:00.000Z',
    ],
    // A weekly span across the end of the week.
    [
      'Sunday 22:00 to Monday 02:00: Monday 01:00',
      [weekly('turn', 'UTC', 'sun 22:00', 'mon 02:00')],
      '2026-11-30T01:00:00Z',
      true,
      '2026-11-30T02:00:00.000Z',
    ],
    [
      'Sunday 22:00 to Monday 02:00: Sunday 23:00',
      [weekly('turn', 'UTC', 'sun 22:00', 'mon 02:00')],
      '2026-11-29T23:00:00Z',
      true,
      '2026-11-30T02:00:00.000Z',
    ],
    [
      'Sunday 22:00 to Monday 02:00: Monday 02:00',
      [weekly('turn', 'UTC', 'sun 22:00', 'mon 02:00')],
      '2026-11-30T02:00:00Z',
      false,
      null,
    ],
    // A span that ends before it starts in the week runs on: Wednesday to Tuesday is six days.
    [
      'wed 00:00 to tue 00:00: Monday',
      [weekly('long', 'UTC', 'wed 00:00', 'tue 00:00')],
      '2026-11-30T12:00:00Z',
      true,
      '2026-12-01T00:00:00.000Z',
    ],
    [
      'wed 00:00 to tue 00:00: Tuesday',
      [weekly('long', 'UTC', 'wed 00:00', 'tue 00:00')],
      '2026-12-01T12:00:00Z',
      false,
      null,
    ],
    // Overlapping and adjacent freezes: until is the end of the merged span.
    [
      'adjacent one-off after the weekend extends it',
      [weekend, once('maint', 'Europe/Berlin', '2026-11-30T07:00', '2026-11-30T12:00')],
      '2026-11-28T12:00:00Z',
      true,
      '2026-11-30T11:00:00.000Z',
    ],
    [
      'overlapping one-off extends it',
      [weekend, once('maint', 'Europe/Berlin', '2026-11-29T12:00', '2026-12-01T00:00')],
      '2026-11-28T12:00:00Z',
      true,
      '2026-11-30T23:00:00.000Z',
    ],
    [
      'a gap of one minute does not merge',
      [weekend, once('maint', 'Europe/Berlin', '2026-11-30T07:01', '2026-11-30T12:00')],
      '2026-11-28T12:00:00Z',
      true,
      '2026-11-30T06:00:00.000Z',
    ],
    [
      'a one-off that reaches the next weekend chains into it',
      [weekend, once('long', 'UTC', '2026-11-29T00:00', '2026-12-04T18:00')],
      '2026-11-28T12:00:00Z',
      true,
      '2026-12-07T06:00:00.000Z',
    ],
    [
      'a freeze that never lets go has no end',
      [weekly('always', 'UTC', 'mon 00:00', 'mon 00:00')],
      '2026-11-28T12:00:00Z',
      true,
      null,
    ],
    // One-off windows written as instants.
    [
      'instants: Z and an offset',
      [once('x', 'Europe/Berlin', '2026-12-24T00:00Z', '2026-12-27T00:00+01:00')],
      '2026-12-26T22:59:00Z',
      true,
      '2026-12-26T23:00:00.000Z',
    ],
    [
      'instants: the end',
      [once('x', 'Europe/Berlin', '2026-12-24T00:00Z', '2026-12-27T00:00+01:00')],
      '2026-12-26T23:00:00Z',
      false,
      null,
    ],
    [
      'instants: negative offset',
      [once('x', 'UTC', '2026-12-24T00:00-05:00', '2026-12-25T00:00-05:30')],
      '2026-12-24T04:59:00Z',
      false,
      null,
    ],
    [
      'instants: negative offset, end',
      [once('x', 'UTC', '2026-12-24T00:00-05:00', '2026-12-25T00:00-05:30')],
      '2026-12-24T05:00:00Z',
      true,
      '2026-12-25T05:30:00.000Z',
    ],
  ];

  it.each(rows)('%s', (_case, freezes, instant, frozen, until) => {
    const s = freezeStatus(freezes, 'prod', new Date(instant));
    expect([s.frozen, s.until]).toEqual([frozen, until]);
  });

  it('names the first freeze in force, its reason, break-glass, and the end in its zone', () => {
    const xmas: FreezeWindow = {
      ...once('xmas', 'Europe/Berlin', '2026-12-24T00:00', '2027-01-04T00:00'),
      reason: 'holidays',
      breakGlass: { allowed: true, label: 'break-glass', teams: ['sre'] },
    };
    const s = freezeStatus([weekend, xmas], 'prod', new Date('2026-12-26T12:00:00Z'));
    expect(s).toEqual({
      environment: 'prod',
      at: '2026-12-26T12:00:00.000Z',
      frozen: true,
      freeze: 'weekend',
      // xmas ends at midnight inside the next weekend, which holds the environment until Monday 07:00.
      until: '2027-01-04T06:00:00.000Z',
      // More than a week away: the date is part of it.
      untilLocal: 'Mon 2027-01-04 07:00 Europe/Berlin',
      reason: null,
      breakGlass: noGlass,
      active: [
        {
          name: 'weekend',
          timezone: 'Europe/Berlin',
          reason: null,
          since: '2026-12-25T17:00:00.000Z',
          until: '2026-12-28T06:00:00.000Z',
          breakGlass: noGlass,
        },
        {
          name: 'xmas',
          timezone: 'Europe/Berlin',
          reason: 'holidays',
          since: '2026-12-23T23:00:00.000Z',
          until: '2027-01-03T23:00:00.000Z',
          breakGlass: { allowed: true, label: 'break-glass', teams: ['sre'] },
        },
      ],
    });
    expect(describeFreeze(s)).toBe('frozen until Mon 2027-01-04 07:00 Europe/Berlin (weekend, xmas)');
  });

  it('says when in the freeze zone, as the gate shows it', () => {
    const s = freezeStatus([weekend], 'prod', new Date('2026-11-28T12:00:00Z'));
    expect(s.untilLocal).toBe('Mon 07:00 Europe/Berlin');
    expect(describeFreeze(s)).toBe('frozen until Mon 07:00 Europe/Berlin (weekend)');
    expect(describeFreeze(freezeStatus([weekend], 'prod', new Date('2026-12-02T12:00:00Z')))).toBe(
      'not frozen',
    );
    const always = freezeStatus([weekly('always', 'UTC', 'mon 00:00', 'mon 00:00')], 'prod', new Date());
    expect(describeFreeze(always)).toBe('frozen until further notice (always)');
  });

  it('a freeze applies to the environments it lists, or to all when it lists none', () => {
    const prodOnly = { ...weekend, environments: ['prod'] };
    const at = new Date('2026-11-28T12:00:00Z');
    expect(freezeStatus([prodOnly], 'prod', at).frozen).toBe(true);
    expect(freezeStatus([prodOnly], 'staging', at).frozen).toBe(false);
    expect(freezeStatus([weekend], 'staging', at).frozen).toBe(true);
    expect(freezeStatus([], 'prod', at).frozen).toBe(false);
  });

  it('refuses to evaluate a freeze that does not parse, rather than treat it as open', () => {
    const bad = once('bad', 'Mars/Olympus', '2026-12-24T00:00', '2026-12-27T00:00');
    expect(() => freezeStatus([bad], 'prod', new Date())).toThrow(
      /freeze 'bad' cannot be evaluated: .*not an IANA/,
    );
  });
});

describe('parseFreeze: the problems validation reports, each at the key to edit', () => {
  const rows: [string, FreezeWindow, [string, string][]][] = [
    ['a valid one-off', once('x', 'UTC', '2026-12-24T00:00', '2026-12-27T00:00'), []],
    ['a valid weekly span', weekend, []],
    ['a valid daily window', daily('n', 'UTC', ['mon'], '22:00', '06:00'), []],
    [
      'unknown zone',
      once('x', 'Europe/Berln', '2026-12-24T00:00', '2026-12-27T00:00'),
      [
        [
          'timezone',
          "f.timezone 'Europe/Berln' is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC",
        ],
      ],
    ],
    [
      'not in the calendar',
      once('x', 'UTC', '2027-02-29T00:00', '2027-03-01T00:00'),
      [['start', "f.start '2027-02-29T00:00' is not a date in the calendar"]],
    ],
    [
      'not a date-time',
      once('x', 'UTC', '2026-12-24', '2027-03-01T00:00'),
      [
        [
          'start',
          "f.start '2026-12-24' is not a date-time; write 2026-12-24T00:00 (in the freeze time zone) or 2026-12-24T00:00Z",
        ],
      ],
    ],
    [
      'end before start',
      once('x', 'UTC', '2026-12-27T00:00', '2026-12-24T00:00'),
      [['end', "f.end '2026-12-24T00:00' must be after start '2026-12-27T00:00'"]],
    ],
    // 01:00 in Berlin is 00:00Z: the same instant, so the window is empty.
    [
      'end equal to start as instants',
      once('x', 'Europe/Berlin', '2026-12-24T01:00', '2026-12-24T00:00Z'),
      [['end', "f.end '2026-12-24T00:00Z' must be after start '2026-12-24T01:00'"]],
    ],
    // 01:00+02:00 is 23:00Z the day before: the end is after it although its text sorts first.
    [
      'instants compare as instants, not text',
      once('x', 'UTC', '2026-12-24T01:00+02:00', '2026-12-24T00:00Z'),
      [],
    ],
    [
      'one-off without end',
      { ...once('x', 'UTC', '2026-12-24T00:00', ''), end: undefined },
      [['', 'f needs start and end (a one-off window) or weekly (a recurring one)']],
    ],
    [
      'weekly with start',
      { ...weekend, start: '2026-12-24T00:00' },
      [['start', 'f: a freeze is either weekly or one-off (start and end); remove start and end or weekly']],
    ],
    [
      'day in from only',
      weekly('w', 'UTC', 'fri 18:00', '07:00'),
      [
        [
          'weekly.to',
          "f.weekly: name a day in both from and to ('fri 18:00' to 'mon 07:00') or in neither (then list days)",
        ],
      ],
    ],
    [
      'day in to only',
      weekly('w', 'UTC', '18:00', 'mon 07:00'),
      [
        [
          'weekly.from',
          "f.weekly: name a day in both from and to ('fri 18:00' to 'mon 07:00') or in neither (then list days)",
        ],
      ],
    ],
    [
      'days with named days',
      weekly('w', 'UTC', '', '', { days: ['sat'], from: 'fri 18:00', to: 'mon 07:00' }),
      [['weekly.days', 'f.weekly.days cannot be combined with from and to that name a day; remove days']],
    ],
    [
      'times without days',
      weekly('w', 'UTC', '18:00', '07:00'),
      [
        [
          'weekly',
          "f.weekly needs days (e.g. days: [sat, sun]) when from and to are times of day, or name the days: from: 'fri 18:00', to: 'mon 07:00'",
        ],
      ],
    ],
    [
      'an hour that does not exist',
      weekly('w', 'UTC', 'fri 24:00', 'mon 07:00'),
      [
        [
          'weekly.from',
          "f.weekly.from 'fri 24:00' is not a time; write HH:MM or a day and a time ('fri 18:00')",
        ],
      ],
    ],
  ];
  it.each(rows)('%s', (_case, freeze, expected) => {
    const { schedule, problems } = parseFreeze(freeze, 'f');
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual(expected);
    expect(schedule === undefined).toBe(expected.length > 0);
  });
});
