// The repository activity GitHub keeps for every ref (GET /repos/{owner}/{repo}/activity): who pushed, force-pushed,
// created or deleted a branch, or merged a pull request into it. The actor is the account whose token did it, never
// a name written in a commit, which is what makes it the gate's source for who pushed to a pull request.
import { simpleUser } from './factories.js';
import { HttpError, now, type Reply, type Route, type RouteContext } from './http.js';
import type { SimActivity, SimRepo } from './state.js';

const ZERO = '0'.repeat(40);

export function activitiesOf(repo: SimRepo): SimActivity[] {
  repo.activities ??= [];
  return repo.activities;
}

export function recordActivity(
  repo: SimRepo,
  id: number,
  a: Omit<SimActivity, 'id' | 'timestamp'>,
): SimActivity {
  const row = { id, timestamp: now(), ...a };
  activitiesOf(repo).push(row);
  return row;
}

export interface RefUpdate {
  before: string;
  after: string;
  ref: string;
}

/**
 * Reads the ref updates a `git-receive-pack` request asks for: the pkt-lines before the first flush (`old new
 * ref`, the first one followed by NUL and capabilities), ahead of the pack. Fed the request body as it streams.
 */
export class ReceivePackCommands {
  private head = Buffer.alloc(0);
  private done = false;
  readonly updates: RefUpdate[] = [];

  feed(chunk: Buffer): void {
    if (this.done) return;
    this.head = Buffer.concat([this.head, chunk]);
    let pos = 0;
    const found: RefUpdate[] = [];
    while (pos + 4 <= this.head.length) {
      const len = Number.parseInt(this.head.subarray(pos, pos + 4).toString('latin1'), 16);
      if (Number.isNaN(len) || len === 0 || len < 4) {
        this.done = true;
        break;
      }
      if (pos + len > this.head.length) break;
      const line = this.head
        .subarray(pos + 4, pos + len)
        .toString('utf8')
        .split('\0')[0]
        ?.trimEnd();
      const m = /^([0-9a-f]{40}) ([0-9a-f]{40}) (refs\/\S+)$/.exec(line ?? '');
      if (m) found.push({ before: m[1] ?? '', after: m[2] ?? '', ref: m[3] ?? '' });
      pos += len;
    }
    if (this.done) {
      this.updates.push(...found);
      this.head = Buffer.alloc(0);
    } else if (this.head.length > 1 << 20) {
      this.done = true; // not a command list git sends: record nothing rather than buffer a pack
    }
  }
}

/** The activity a push made: one row per branch update git accepted (the ref now points where it asked). */
export async function recordPushes(
  repo: SimRepo,
  git: {
    refSha(ref: string): Promise<string | undefined>;
    isAncestor(a: string, b: string): Promise<boolean>;
  },
  updates: readonly RefUpdate[],
  actor: string,
  nextId: () => number,
): Promise<number> {
  let n = 0;
  for (const u of updates) {
    if (!u.ref.startsWith('refs/heads/')) continue;
    const now = await git.refSha(u.ref);
    if (u.after === ZERO ? now !== undefined : now !== u.after) continue; // rejected (or moved again since)
    const type =
      u.before === ZERO
        ? 'branch_creation'
        : u.after === ZERO
          ? 'branch_deletion'
          : (await git.isAncestor(u.before, u.after))
            ? 'push'
            : 'force_push';
    recordActivity(repo, nextId(), { type, ref: u.ref, before: u.before, after: u.after, actor });
    n++;
  }
  return n;
}

const PERIOD_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, quarter: 91, year: 365 };

const cursorOf = (a: SimActivity) => Buffer.from(`activity:${a.id}`).toString('base64url');

function idOfCursor(cursor: string): number {
  const m = /^activity:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new HttpError(422, 'Invalid cursor');
  return Number(m[1]);
}

/** GitHub's filters, then cursor paging (`before`/`after` from the Link header; there is no `page` here). */
async function listActivities(ctx: RouteContext): Promise<Reply> {
  const q = ctx.query;
  const ref = q.get('ref');
  const full = ref === null ? undefined : ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
  const actor = q.get('actor')?.toLowerCase();
  const type = q.get('activity_type');
  const period = q.get('time_period');
  const since = period ? Date.now() - (PERIOD_DAYS[period] ?? 0) * 86_400_000 : undefined;
  let rows = activitiesOf(ctx.repo).filter(
    (a) =>
      (full === undefined || a.ref === full) &&
      (actor === undefined || a.actor.toLowerCase() === actor) &&
      (type === null || a.type === type) &&
      (since === undefined || Date.parse(a.timestamp) >= since),
  );
  rows = q.get('direction') === 'asc' ? rows : [...rows].reverse();
  const perPage = Math.min(Math.max(Number(q.get('per_page') ?? 30) || 30, 1), ctx.world.maxPerPage);
  const after = q.get('after');
  const before = q.get('before');
  let start = 0;
  let end = rows.length;
  if (after) start = rows.findIndex((a) => a.id === idOfCursor(after)) + 1;
  if (before)
    end = Math.max(
      rows.findIndex((a) => a.id === idOfCursor(before)),
      0,
    );
  const slice = before ? rows.slice(Math.max(end - perPage, start), end) : rows.slice(start, start + perPage);
  const first = slice[0];
  const last = slice.at(-1);
  const link = (cursor: string, which: 'after' | 'before', rel: string) => {
    const u = new URL(ctx.url);
    for (const k of ['after', 'before', 'page']) u.searchParams.delete(k);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set(which, cursor);
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (last && rows.indexOf(last) < rows.length - 1) links.push(link(cursorOf(last), 'after', 'next'));
  if (first && rows.indexOf(first) > 0) links.push(link(cursorOf(first), 'before', 'prev'));
  return {
    status: 200,
    body: slice.map((a) => ({
      id: a.id,
      node_id: Buffer.from(`0:Activity${a.id}`).toString('base64').replace(/=+$/, ''),
      before: a.before,
      after: a.after,
      ref: a.ref,
      timestamp: a.timestamp,
      activity_type: a.type,
      actor: simpleUser(ctx.world.urls, ctx.world.account(a.actor)),
    })),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

export const ACTIVITY_ROUTES: readonly Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/activity', access: 'read', handle: listActivities },
];
