// Is an environment frozen at an instant, by which freeze, and until when? Windows are read in their own time
// zone (freeze-schedule.ts), so a weekend freeze from 'fri 18:00' to 'mon 07:00' Europe/Berlin ends at 07:00 local
// whatever the daylight-saving state. Freezes that overlap or touch form one frozen span: `until` is the end of
// that span, the moment a release can actually go out.
import { UserError } from './errors.js';
import { type FreezeSchedule, parseFreeze } from './freeze-schedule.js';
import type { FreezeWindow } from './model.js';
import { formatWall, instantOf, numberToWall, wallTimeAt, wallToNumber, weekdayOf } from './zoned-time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** How far ahead a frozen span is followed before it counts as "until further notice". */
const HORIZON = 400 * DAY;

export interface BreakGlassInfo {
  allowed: boolean;
  label: string;
  teams: string[];
}

/** One freeze in force at the instant. */
export interface ActiveFreeze {
  name: string;
  timezone: string;
  reason: string | null;
  /**
   * Start of this freeze's own frozen span (ISO): with `until`, the occurrence in force, which a break-glass is
   * granted for (break-glass.ts). A span older than the week looked back on starts at the first occurrence seen.
   */
  since: string;
  /** End of this freeze's own frozen span (ISO), null when it does not end within a year. */
  until: string | null;
  breakGlass: BreakGlassInfo;
}

export interface FreezeStatus {
  environment: string;
  /** The instant evaluated (ISO). */
  at: string;
  frozen: boolean;
  /** The first freeze in force, in gitopshq.yaml order (the others are in `active`). */
  freeze: string | null;
  /** When the environment thaws: the end of the merged frozen span (ISO), null when not frozen or not within a year. */
  until: string | null;
  /** `until` as people in the freeze's zone read it: `Mon 07:00 Europe/Berlin`. */
  untilLocal: string | null;
  reason: string | null;
  breakGlass: BreakGlassInfo | null;
  active: ActiveFreeze[];
}

interface Interval {
  start: number;
  end: number;
}

/** Whether `environment` is frozen at `at`. Throws a UserError for a freeze that does not parse. */
export function freezeStatus(freezes: readonly FreezeWindow[], environment: string, at: Date): FreezeStatus {
  const t = at.getTime();
  const applicable = freezes
    .map((freeze, index) => ({ freeze, schedule: scheduleOf(freeze, index) }))
    .filter(({ freeze }) => freeze.environments.length === 0 || freeze.environments.includes(environment));
  // Look a few weeks ahead first; look further only while the merged frozen span reaches the edge of what was seen.
  let horizon = 3 * WEEK;
  let spans = intervalsOf(applicable, t, horizon);
  while (horizon < HORIZON) {
    const end = thawAt(
      spans.flatMap((s) => s.intervals),
      t,
    );
    if (end !== null && end + WEEK < t + horizon) break;
    horizon = Math.min(horizon * 4, HORIZON + WEEK);
    spans = intervalsOf(applicable, t, horizon);
  }
  const active = spans.filter((s) => s.intervals.some((i) => i.start <= t && t < i.end));
  const status: FreezeStatus = {
    environment,
    at: at.toISOString(),
    frozen: active.length > 0,
    freeze: null,
    until: null,
    untilLocal: null,
    reason: null,
    breakGlass: null,
    active: [],
  };
  const first = active[0];
  if (first === undefined) return status;
  const thaw = thawAt(
    spans.flatMap((s) => s.intervals),
    t,
  );
  status.active = active.map((s) => ({
    name: s.freeze.name,
    timezone: s.freeze.timezone,
    reason: s.freeze.reason ?? null,
    since: new Date(frozeAt(s.intervals, t)).toISOString(),
    until: iso(thawAt(s.intervals, t)),
    breakGlass: breakGlassOf(s.freeze),
  }));
  status.freeze = first.freeze.name;
  status.until = iso(thaw);
  status.untilLocal = thaw === null ? null : formatWall(thaw, first.freeze.timezone, t);
  status.reason = first.freeze.reason ?? null;
  status.breakGlass = breakGlassOf(first.freeze);
  return status;
}

/** The gate's one-line status: `frozen until Mon 07:00 Europe/Berlin (weekend)`, at most 140 characters. */
export function describeFreeze(status: FreezeStatus): string {
  if (!status.frozen) return `not frozen`;
  const names = status.active.map((a) => a.name).join(', ');
  const until = status.untilLocal === null ? 'until further notice' : `until ${status.untilLocal}`;
  const text = `frozen ${until} (${names})`;
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}

function intervalsOf(
  applicable: { freeze: FreezeWindow; schedule: FreezeSchedule }[],
  t: number,
  horizon: number,
) {
  return applicable.map((a) => ({ ...a, intervals: occurrences(a.schedule, a.freeze.timezone, t, horizon) }));
}

function breakGlassOf(freeze: FreezeWindow): BreakGlassInfo {
  const { allowed, label, teams } = freeze.breakGlass;
  return { allowed, label, teams: [...teams] };
}

function iso(instant: number | null): string | null {
  return instant === null ? null : new Date(instant).toISOString();
}

function scheduleOf(freeze: FreezeWindow, index: number): FreezeSchedule {
  const { schedule, problems } = parseFreeze(freeze, `freezes[${index}]`);
  if (schedule === undefined) {
    throw new UserError(
      `gitopshq.yaml: freeze '${freeze.name}' cannot be evaluated: ${problems.map((p) => p.message).join('; ')}`,
    );
  }
  return schedule;
}

/**
 * The end of the frozen span that contains `t` when the intervals that overlap or touch are merged; null when the
 * span runs past the horizon (a freeze that never lets go).
 */
function thawAt(intervals: readonly Interval[], t: number): number | null {
  let end = t;
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of intervals) {
      if (i.start <= end && i.end > end) {
        end = i.end;
        grew = true;
      }
    }
  }
  return end >= t + HORIZON ? null : end;
}

/** The start of the frozen span that contains `t` when the intervals that overlap or touch are merged. */
function frozeAt(intervals: readonly Interval[], t: number): number {
  let start = t;
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of intervals) {
      if (i.start < start && i.end >= start) {
        start = i.start;
        grew = true;
      }
    }
  }
  return start;
}

/** The occurrences of a schedule that start before `t + horizon`, from a week before `t` on. */
function occurrences(schedule: FreezeSchedule, timeZone: string, t: number, horizon: number): Interval[] {
  if (schedule.kind === 'once') return [{ start: schedule.start, end: schedule.end }];
  const wall = wallTimeAt(t, timeZone);
  const midnight = wallToNumber({ ...wall, hour: 0, minute: 0 });
  const monday = midnight - weekdayOf(wall) * DAY;
  const out: Interval[] = [];
  for (let week = -1; week * WEEK < horizon + WEEK; week++) {
    for (const span of schedule.spans) {
      const startWall = monday + week * WEEK + span.start * MINUTE;
      const start = instantOf(numberToWall(startWall), timeZone);
      const end = instantOf(numberToWall(startWall + span.length * MINUTE), timeZone);
      if (start < t + horizon && end > start) out.push({ start, end });
    }
  }
  return out;
}
