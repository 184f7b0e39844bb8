// The one reading of a freeze window of gitopshq.yaml. Validation (src/state/semantic-checks.ts) reports its
// problems and evaluation (freeze.ts) uses its schedule, so what the validator accepts is exactly what the gate
// enforces.
import type { FreezeWindow, Weekday } from './model.js';
import { instantOf, isTimeZone, type WallTime, wallToNumber } from './zoned-time.js';

/** A problem in one freeze; `path` is relative to the freeze (`['weekly', 'to']`) so callers can locate it. */
export interface FreezeProblem {
  path: (string | number)[];
  message: string;
}

/** A span of the week in local wall time: starts `start` minutes after Monday 00:00, lasts `length` minutes. */
export interface WeeklySpan {
  start: number;
  length: number;
}

export type FreezeSchedule =
  /** Instants in ms since the epoch; `start` < `end`. */
  { kind: 'once'; start: number; end: number } | { kind: 'weekly'; spans: WeeklySpan[] };

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEK_MINUTES = 7 * 24 * 60;
const DAY_MINUTES = 24 * 60;

// A local date-time read in the freeze's zone, or an instant when it carries `Z` or an offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const WEEKLY_TIME = /^(?:(mon|tue|wed|thu|fri|sat|sun) )?(\d{2}):(\d{2})$/;

type ParsedMoment = { ok: true; instant: number } | { ok: false; message: string };

/** Reads `start`/`end` of a one-off window: `2026-12-24T00:00` (local in `timeZone`) or `2026-12-24T00:00Z`. */
export function parseMoment(text: string, timeZone: string): ParsedMoment {
  const m = DATE_TIME.exec(text);
  if (m === null) {
    return {
      ok: false,
      message: 'is not a date-time; write 2026-12-24T00:00 (in the freeze time zone) or 2026-12-24T00:00Z',
    };
  }
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as number[];
  const wall: WallTime = { year: y ?? 0, month: mo ?? 0, day: d ?? 0, hour: h ?? 0, minute: mi ?? 0 };
  const calendar = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (
    calendar.getUTCFullYear() !== wall.year ||
    calendar.getUTCMonth() !== wall.month - 1 ||
    calendar.getUTCDate() !== wall.day ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    (s ?? 0) > 59
  ) {
    return { ok: false, message: 'is not a date in the calendar' };
  }
  const zone = m[7];
  if (zone === undefined) return { ok: true, instant: instantOf(wall, timeZone) + (s ?? 0) * 1000 };
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  return { ok: true, instant: wallToNumber(wall) + (s ?? 0) * 1000 - offset * 60_000 };
}

function weeklyTime(text: string): { day?: number; minute: number } | undefined {
  const m = WEEKLY_TIME.exec(text);
  if (m === null) return undefined;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return undefined;
  const day = m[1] === undefined ? undefined : WEEKDAYS.indexOf(m[1] as Weekday);
  return day === undefined ? { minute: hour * 60 + minute } : { day, minute: hour * 60 + minute };
}

/**
 * The schedule of a freeze, or the problems that prevent one. `label` prefixes every message (`freezes[2]`).
 * An unknown time zone is reported and the rest is checked as if the zone were UTC.
 */
export function parseFreeze(
  freeze: FreezeWindow,
  label: string,
): { schedule?: FreezeSchedule; problems: FreezeProblem[] } {
  const problems: FreezeProblem[] = [];
  const zoneOk = isTimeZone(freeze.timezone);
  if (!zoneOk) {
    problems.push({
      path: ['timezone'],
      message: `${label}.timezone '${freeze.timezone}' is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC`,
    });
  }
  const zone = zoneOk ? freeze.timezone : 'UTC';
  const moments: Partial<Record<'start' | 'end', number>> = {};
  for (const key of ['start', 'end'] as const) {
    const text = freeze[key];
    if (text === undefined) continue;
    const parsed = parseMoment(text, zone);
    if (parsed.ok) moments[key] = parsed.instant;
    else problems.push({ path: [key], message: `${label}.${key} '${text}' ${parsed.message}` });
  }
  let schedule: FreezeSchedule | undefined;
  if (freeze.weekly !== undefined) {
    schedule = weeklySchedule(freeze.weekly, label, problems);
    if (freeze.start !== undefined || freeze.end !== undefined) {
      problems.push({
        path: [freeze.start !== undefined ? 'start' : 'end'],
        message: `${label}: a freeze is either weekly or one-off (start and end); remove start and end or weekly`,
      });
    }
  } else if (freeze.start === undefined || freeze.end === undefined) {
    problems.push({
      path: [],
      message: `${label} needs start and end (a one-off window) or weekly (a recurring one)`,
    });
  } else if (moments.start !== undefined && moments.end !== undefined) {
    if (moments.end <= moments.start) {
      problems.push({
        path: ['end'],
        message: `${label}.end '${freeze.end}' must be after start '${freeze.start}'`,
      });
    } else {
      schedule = { kind: 'once', start: moments.start, end: moments.end };
    }
  }
  return problems.length === 0 && schedule !== undefined ? { schedule, problems } : { problems };
}

function weeklySchedule(
  weekly: NonNullable<FreezeWindow['weekly']>,
  label: string,
  problems: FreezeProblem[],
): FreezeSchedule | undefined {
  const from = weeklyTime(weekly.from);
  const to = weeklyTime(weekly.to);
  for (const [key, parsed] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (parsed === undefined) {
      problems.push({
        path: ['weekly', key],
        message: `${label}.weekly.${key} '${weekly[key]}' is not a time; write HH:MM or a day and a time ('fri 18:00')`,
      });
    }
  }
  if (from === undefined || to === undefined) return undefined;
  const fromDay = from.day !== undefined;
  const toDay = to.day !== undefined;
  if (fromDay !== toDay) {
    problems.push({
      path: ['weekly', fromDay ? 'to' : 'from'],
      message: `${label}.weekly: name a day in both from and to ('fri 18:00' to 'mon 07:00') or in neither (then list days)`,
    });
    return undefined;
  }
  if (fromDay && weekly.days !== undefined) {
    problems.push({
      path: ['weekly', 'days'],
      message: `${label}.weekly.days cannot be combined with from and to that name a day; remove days`,
    });
    return undefined;
  }
  if (!fromDay && weekly.days === undefined) {
    problems.push({
      path: ['weekly'],
      message: `${label}.weekly needs days (e.g. days: [sat, sun]) when from and to are times of day, or name the days: from: 'fri 18:00', to: 'mon 07:00'`,
    });
    return undefined;
  }
  if (from.day !== undefined && to.day !== undefined) {
    const start = from.day * DAY_MINUTES + from.minute;
    const end = to.day * DAY_MINUTES + to.minute;
    // An end at or before the start runs on past the end of the week: 'sun 22:00' to 'mon 02:00'.
    return { kind: 'weekly', spans: [{ start, length: positive(end - start, WEEK_MINUTES) }] };
  }
  // A daily window; an end at or before the start runs on past midnight into the next day.
  const length = positive(to.minute - from.minute, DAY_MINUTES);
  const days = [...new Set(weekly.days ?? [])].map((d) => WEEKDAYS.indexOf(d));
  return {
    kind: 'weekly',
    spans: days.sort((a, b) => a - b).map((d) => ({ start: d * DAY_MINUTES + from.minute, length })),
  };
}

function positive(delta: number, period: number): number {
  return delta > 0 ? delta : delta + period;
}
