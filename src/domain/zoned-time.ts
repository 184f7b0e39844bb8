// Wall-clock time in an IANA time zone, with nothing but Intl: the freeze windows of gitopshq.yaml are written in
// local time ("fri 18:00 Europe/Berlin") and must stay right across daylight-saving changes.

/** A local date and time of day in some zone (month 1-12, weekday 0 = Monday). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time (to the minute) that clocks in `timeZone` show at `instant` (ms since the epoch). */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** Wall time as if it were UTC: a plain number to compare and shift wall times by, without any zone. */
export function wallToNumber(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
}

export function numberToWall(n: number): WallTime {
  const d = new Date(n);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** Day of the week of a wall date, 0 = Monday ... 6 = Sunday. */
export function weekdayOf(w: WallTime): number {
  return (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (Berlin in winter: +3_600_000). */
function offsetAt(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / MINUTE) * MINUTE;
  return wallToNumber(wallTimeAt(floored, timeZone)) - floored;
}

/**
 * The instant at which clocks in `timeZone` show `wall`. A wall time skipped by a daylight-saving jump (02:30 on
 * the spring-forward night in Berlin) resolves to the same distance past the jump (03:30), and a wall time that
 * happens twice (the fall-back night) to its first occurrence: the rules of RFC 5545 and of Temporal's
 * `compatible` disambiguation, so a freeze never starts late nor ends early because of the clock change.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const n = wallToNumber(wall);
  // No zone changes its offset twice within two days, so the offsets a day either side are the only candidates.
  const before = offsetAt(n - DAY, timeZone);
  const after = offsetAt(n + DAY, timeZone);
  const candidates = [n - before, n - after].filter((t) => wallToNumber(wallTimeAt(t, timeZone)) === n);
  if (candidates.length > 0) return Math.min(...candidates);
  return n - before;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * How a person in `timeZone` reads `instant`: `Mon 07:00 Europe/Berlin`, or with the date
 * (`Thu 2026-12-31 00:00 Europe/Berlin`) when it is not within the week after `from`.
 */
export function formatWall(instant: number, timeZone: string, from?: number): string {
  const w = wallTimeAt(instant, timeZone);
  const day = DAY_NAMES[weekdayOf(w)];
  const time = `${pad(w.hour)}:${pad(w.minute)}`;
  const near = from !== undefined && instant >= from && instant - from < 6 * DAY;
  const date = near ? '' : `${w.year}-${pad(w.month)}-${pad(w.day)} `;
  return `${day} ${date}${time} ${timeZone}`;
}
