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

export function measure(
  facts: Prepared,
  since: number,
  until: number,
  requiredTeams: Record<string, readonly string[]> = {},
): RawFigures {
  const inWindow = (t: number) => t >= since && t < until;
  const f: RawFigures = {
    deployments: 0,
    byEnvironment: new Map(),
    failed: 0,
    finished: 0,
    inFlight: 0,
    rolledBack: 0,
    leadTime: durations([]),
    leadTimeByEnvironment: new Map(),
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
  const leadTimes: number[] = [];
  const approvals: number[] = [];
  for (const r of facts.releases) {
    const env = r.record.environment;
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
      const lead = Math.max(0, r.healthyAt - r.createdAt);
      leadTimes.push(lead);
      push(f.leadTimeByEnvironment, env, lead);
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

export function durationsByKey(map: Map<string, number[]>): Record<string, Durations> {
  return Object.fromEntries(
    [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, durations(v)]),
  );
}

export { ratio };
