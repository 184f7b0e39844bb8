// The raw figures of one window [since, until) over prepared facts (prepare.ts). An event belongs to the window
// that holds its time: a deployment its move into Deploying, a lead time its first Healthy, an approval latency its
// Approved, an incident its failure, a promotion its end. Outcomes after the window's end are not known yet.
import type { Prepared } from './prepare.js';
import { durations, ratio } from './stats.js';
import type { Durations } from './types.js';

export interface RawFigures {
  deployments: number;
  byEnvironment: Map<string, number>;
  failed: number;
  finished: number;
  inFlight: number;
  rolledBack: number;
  leadTime: Durations;
  leadTimeByEnvironment: Map<string, number[]>;
  /** How many lead times started at the first commit, and how many at the PR opened (no first commit known). */
  leadTimeFrom: { firstCommit: number; prOpened: number };
  recovery: Durations;
  unrecovered: number;
  approval: Durations;
  approvalByEnvironment: Map<string, number[]>;
  approvalByTeam: Map<string, number[]>;
  waiting: number;
  completed: number;
  halted: number;
  inProgress: number;
  cancelled: number;
}

/** The state a history was in just before `until`. */
function stateAt<S>(steps: readonly { state: S; t: number }[], until: number): S | undefined {
  let state: S | undefined;
  for (const s of steps) {
    if (s.t >= until) break;
    state = s.state;
  }
  return state;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function emptyFigures(): RawFigures {
  return {
    deployments: 0,
    byEnvironment: new Map(),
    failed: 0,
    finished: 0,
    inFlight: 0,
    rolledBack: 0,
    leadTime: durations([]),
    leadTimeByEnvironment: new Map(),
    leadTimeFrom: { firstCommit: 0, prOpened: 0 },
    recovery: durations([]),
    unrecovered: 0,
    approval: durations([]),
    approvalByEnvironment: new Map(),
    approvalByTeam: new Map(),
    waiting: 0,
    completed: 0,
    halted: 0,
    inProgress: 0,
    cancelled: 0,
  };
}

/** The window [bounds[i], bounds[i + 1]) holding `t`, or -1 (bounds ascending). */
function windowOf(bounds: readonly number[], t: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  if (hi < 1 || !(t >= (bounds[0] as number) && t < (bounds[hi] as number))) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t < (bounds[mid] as number)) hi = mid;
    else lo = mid;
  }
  return lo;
}

/** The first window whose end is past `t` (its end > t); bounds.length - 1 when none is. */
function firstEndingAfter(bounds: readonly number[], t: number): number {
  let w = 0;
  while (w < bounds.length - 1 && (bounds[w + 1] as number) <= t) w++;
  return w;
}

/** The figures of one window [since, until): the plain definition measureWindows is tested against. */
export function measure(
  facts: Prepared,
  since: number,
  until: number,
  requiredTeams: Record<string, readonly string[]> = {},
): RawFigures {
  const inWindow = (t: number) => t >= since && t < until;
  const f = emptyFigures();
  const leadTimes: number[] = [];
  const approvals: number[] = [];
  for (const r of facts.releases) {
    const env = r.environment;
    for (const a of r.attempts) {
      if (!inWindow(a.t)) continue;
      f.deployments++;
      f.byEnvironment.set(a.environment, (f.byEnvironment.get(a.environment) ?? 0) + 1);
      if (a.outcome === undefined || a.outcome.t >= until) {
        f.inFlight++;
        continue;
      }
      f.finished++;
      if (a.outcome.state === 'Failed') f.failed++;
      if (a.rolledBackAt !== undefined && a.rolledBackAt < until) f.rolledBack++;
    }
    if (r.healthyAt !== undefined && inWindow(r.healthyAt)) {
      const lead = Math.max(0, r.healthyAt - r.leadStart.t);
      leadTimes.push(lead);
      push(f.leadTimeByEnvironment, env, lead);
      if (r.leadStart.from === 'first-commit') f.leadTimeFrom.firstCommit++;
      else f.leadTimeFrom.prOpened++;
    }
    if (r.pendingAt !== undefined && r.pendingAt < until) {
      if (r.approvedAt !== undefined && inWindow(r.approvedAt)) {
        const wait = r.approvedAt - r.pendingAt;
        approvals.push(wait);
        push(f.approvalByEnvironment, env, wait);
        for (const team of requiredTeams[env] ?? []) push(f.approvalByTeam, team, wait);
      } else if (stateAt(r.steps, until) === 'PendingApproval') {
        f.waiting++;
      }
    }
  }
  f.leadTime = durations(leadTimes);
  f.approval = durations(approvals);
  const recoveries: number[] = [];
  for (const i of facts.incidents) {
    if (!inWindow(i.start)) continue;
    if (i.end !== undefined && i.end < until) recoveries.push(i.end - i.start);
    else f.unrecovered++;
  }
  f.recovery = durations(recoveries);
  for (const p of facts.promotions) {
    if (p.end !== undefined && inWindow(p.end.t)) {
      if (p.end.state === 'Completed') f.completed++;
      else if (p.end.state === 'Failed') f.halted++;
      else f.cancelled++;
    } else if (p.createdAt < until && (p.end === undefined || p.end.t >= until)) {
      f.inProgress++;
    }
  }
  return f;
}

/**
 * The figures of each of the adjacent windows [bounds[i], bounds[i + 1]) (a window's weeks), in ONE pass over the
 * facts: each event goes to the window holding its time, and what is judged at a window's end (in flight, waiting,
 * in progress) is checked against that window's end. Equal to measure() of each window
 * (test/unit/domain/metrics/measure.test.ts).
 */
export function measureWindows(
  facts: Prepared,
  bounds: readonly number[],
  requiredTeams: Record<string, readonly string[]> = {},
): RawFigures[] {
  const n = Math.max(0, bounds.length - 1);
  const out = Array.from({ length: n }, emptyFigures);
  const end = (w: number) => bounds[w + 1] as number;
  const leadTimes: number[][] = out.map(() => []);
  const approvals: number[][] = out.map(() => []);
  const recoveries: number[][] = out.map(() => []);
  for (const r of facts.releases) {
    const env = r.environment;
    for (const a of r.attempts) {
      const w = windowOf(bounds, a.t);
      const f = out[w];
      if (f === undefined) continue;
      f.deployments++;
      f.byEnvironment.set(a.environment, (f.byEnvironment.get(a.environment) ?? 0) + 1);
      if (a.outcome === undefined || a.outcome.t >= end(w)) {
        f.inFlight++;
        continue;
      }
      f.finished++;
      if (a.outcome.state === 'Failed') f.failed++;
      if (a.rolledBackAt !== undefined && a.rolledBackAt < end(w)) f.rolledBack++;
    }
    if (r.healthyAt !== undefined) {
      const w = windowOf(bounds, r.healthyAt);
      const f = out[w];
      if (f !== undefined) {
        const lead = Math.max(0, r.healthyAt - r.leadStart.t);
        leadTimes[w]?.push(lead);
        push(f.leadTimeByEnvironment, env, lead);
        if (r.leadStart.from === 'first-commit') f.leadTimeFrom.firstCommit++;
        else f.leadTimeFrom.prOpened++;
      }
    }
    if (r.pendingAt === undefined) continue;
    // approvedAt follows pendingAt (prepare.ts), so the window holding it has begun after Pending Approval.
    const approvedIn = r.approvedAt === undefined ? -1 : windowOf(bounds, r.approvedAt);
    const fa = out[approvedIn];
    if (fa !== undefined && r.approvedAt !== undefined) {
      const wait = r.approvedAt - r.pendingAt;
      approvals[approvedIn]?.push(wait);
      push(fa.approvalByEnvironment, env, wait);
      for (const team of requiredTeams[env] ?? []) push(fa.approvalByTeam, team, wait);
    }
    // Waiting at a window's end: the last step before that end is Pending Approval, i.e. the end lies in
    // (step.t, next.t] of a Pending Approval step; not when the window holds the approval itself.
    const steps = r.steps;
    for (let j = 0; j < steps.length; j++) {
      const s = steps[j] as (typeof steps)[number];
      if (s.state !== 'PendingApproval' || s.t < r.pendingAt) continue;
      const next = steps[j + 1]?.t ?? Number.POSITIVE_INFINITY;
      for (let w = firstEndingAfter(bounds, s.t); w < n && end(w) <= next; w++) {
        if (w !== approvedIn) (out[w] as RawFigures).waiting++;
      }
    }
  }
  for (const i of facts.incidents) {
    const w = windowOf(bounds, i.start);
    const f = out[w];
    if (f === undefined) continue;
    if (i.end !== undefined && i.end < end(w)) recoveries[w]?.push(i.end - i.start);
    else f.unrecovered++;
  }
  for (const p of facts.promotions) {
    const f = out[p.end === undefined ? -1 : windowOf(bounds, p.end.t)];
    if (f !== undefined && p.end !== undefined) {
      if (p.end.state === 'Completed') f.completed++;
      else if (p.end.state === 'Failed') f.halted++;
      else f.cancelled++;
    }
    // In progress at a window's end: opened before it, not ended by it.
    const last = p.end?.t ?? Number.POSITIVE_INFINITY;
    for (let w = firstEndingAfter(bounds, p.createdAt); w < n && end(w) <= last; w++) {
      (out[w] as RawFigures).inProgress++;
    }
  }
  out.forEach((f, w) => {
    f.leadTime = durations(leadTimes[w] ?? []);
    f.approval = durations(approvals[w] ?? []);
    f.recovery = durations(recoveries[w] ?? []);
  });
  return out;
}

export function durationsByKey(map: Map<string, number[]>): Record<string, Durations> {
  return Object.fromEntries(
    [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, durations(v)]),
  );
}

export { ratio };
