// The window a metrics request covers: --since and --until as an ISO date (`2026-11-01`, midnight UTC), an ISO
// instant (`2026-11-01T12:00Z`), or an age before now (`30d`, `12h`, `2w`). Defaults: the 30 days up to now.
import { UserError } from '../errors.js';

const DAY_MS = 86_400_000;
export const DEFAULT_WINDOW_DAYS = 30;
const AGE = /^(\d+)(m|h|d|w)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };

export function parseWindowTime(option: string, text: string, now: Date): Date {
  const age = AGE.exec(text);
  if (age) return new Date(now.getTime() - Number(age[1]) * (UNIT_MS[age[2] as string] as number));
  const iso = DATE.test(text) ? `${text}T00:00:00Z` : INSTANT.test(text) ? text : undefined;
  const at = iso === undefined ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(at)) {
    throw new UserError(
      `--${option} '${text}' is not a time: use a date (2026-11-01, UTC), an instant (2026-11-01T12:00Z) or an age before now (30d, 12h, 2w)`,
      [],
      'usage',
    );
  }
  return new Date(at);
}

export function resolveWindow(
  opts: { since?: string; until?: string },
  now: Date,
): { since: Date; until: Date } {
  const until = opts.until === undefined ? now : parseWindowTime('until', opts.until, now);
  const since =
    opts.since === undefined
      ? new Date(until.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS)
      : parseWindowTime('since', opts.since, now);
  if (since.getTime() >= until.getTime()) {
    throw new UserError(
      `--since (${since.toISOString()}) must be before --until (${until.toISOString()})`,
      [],
      'usage',
    );
  }
  return { since, until };
}
