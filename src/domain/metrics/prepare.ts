// Turns release and promotion records into timed facts once, so a window (the whole period, each week, each
// environment) is measured by a cheap scan. Two rules hold for every metric:
// - A history is in the order its entries were written (the record store appends them one write at a time), so an
//   entry stamped earlier than the one before it came from a clock running behind: it is clamped to the previous
//   entry's time and counted in `clockSkewCorrections`. Intervals therefore never come out negative.
// - Only what happened before the window's end counts, so a past window reads the same tomorrow.
import {
  type PromotionRecord,
  type PromotionState,
  RELEASE_STATES,
  type ReleaseRecord,
  type ReleaseState,
} from '../model.js';
import type { MetricsFilters } from './types.js';

export interface Step<S> {
  state: S;
  /** Milliseconds since the epoch, clamped to never run behind the step before. */
  t: number;
}

/** One move into Deploying and what became of it. */
export interface Attempt {
  environment: string;
  t: number;
  /** When it reached Failed or Healthy (the first of them before the next attempt); undefined: neither yet. */
  outcome?: { state: 'Failed' | 'Healthy'; t: number };
  /** Set on a release's last attempt when the release was later Rolled Back. */
  rolledBackAt?: number;
}

/**
 * What measuring needs of a release, and no more: a reader that hands records over one at a time (gitopshq metrics)
 * keeps none of them, so 10,000 parsed records do not live through the read (the garbage collector copies what
 * lives).
 */
export interface PreparedRelease {
  environment: string;
  workload: string;
  createdAt: number;
  /** Where lead time starts: the first commit when the record knows it, else the PR opened (createdAt). */
  leadStart: { t: number; from: 'first-commit' | 'pr-opened' };
  steps: Step<ReleaseState>[];
  attempts: Attempt[];
  /** First Healthy. */
  healthyAt?: number;
  /** First Pending Approval, and the first Approved after it. */
  pendingAt?: number;
  approvedAt?: number;
}

export interface PreparedPromotion {
  record: PromotionRecord;
  createdAt: number;
  /** The first Completed, Failed or Cancelled. */
  end?: { state: Exclude<PromotionState, 'InProgress'>; t: number };
}

/** A failure in one environment and workload, until the next Healthy there (end undefined: not yet). */
export interface Incident {
  environment: string;
  start: number;
  end?: number;
}

export interface Prepared {
  releases: PreparedRelease[];
  promotions: PreparedPromotion[];
  incidents: Incident[];
  clockSkewCorrections: number;
}

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};

/**
 * Date.parse for the times records hold (`2026-11-30T16:30:30.585Z`, or without the milliseconds), read digit by
 * digit: 10,000 releases hold ~80,000 of them, read this way in about a quarter of Date.parse's time. Anything else
 * (another offset, a field out of range) goes to Date.parse, so the result is always Date.parse's
 * (test/unit/domain/metrics/prepare.test.ts).
 */
export function parseTime(s: string): number {
  const n = s.length;
  if (
    (n === 24 || n === 20) &&
    s.charCodeAt(n - 1) === 90 && // Z
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58 &&
    (n === 20 || s.charCodeAt(19) === 46)
  ) {
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    const month = digit(s, 5) * 10 + digit(s, 6);
    const day = digit(s, 8) * 10 + digit(s, 9);
    const hour = digit(s, 11) * 10 + digit(s, 12);
    const minute = digit(s, 14) * 10 + digit(s, 15);
    const second = digit(s, 17) * 10 + digit(s, 18);
    const ms = n === 20 ? 0 : digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
    // NaN (a non-digit) fails every comparison below.
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      ms >= 0 &&
      year >= 0
    ) {
      // Date.UTC maps years 0-99 to 1900-1999; Date.parse does not.
      if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
    }
  }
  return Date.parse(s);
}

/**
 * The state names as constants: a state read from a record may be a slice of the record's text, and a step that
 * keeps it would keep that whole text alive.
 */
const RELEASE_STATE = new Map<string, ReleaseState>(RELEASE_STATES.map((s) => [s, s]));

function clamp<S extends string>(
  history: readonly { state: S; at: string }[],
  states?: ReadonlyMap<string, S>,
): { steps: Step<S>[]; skewed: number } {
  const steps: Step<S>[] = [];
  let skewed = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const h of history) {
    let t = parseTime(h.at);
    if (t < last) {
      skewed++;
      t = last;
    }
    last = t;
    steps.push({ state: states?.get(h.state) ?? h.state, t });
  }
  return { steps, skewed };
}

/** A release naming no tenant changes the environment's layer, which every tenant of the workload reads. */
function releaseMatches(r: ReleaseRecord, f: MetricsFilters): boolean {
  return (
    (f.environment === undefined || r.environment === f.environment) &&
    (f.workload === undefined || r.workload === f.workload) &&
    (f.tenant === undefined || r.tenants.length === 0 || r.tenants.includes(f.tenant))
  );
}

function attemptsOf(environment: string, steps: readonly Step<ReleaseState>[]): Attempt[] {
  const attempts: Attempt[] = [];
  for (const s of steps) {
    const current = attempts.at(-1);
    if (s.state === 'Deploying') attempts.push({ environment, t: s.t });
    else if (current && current.outcome === undefined && (s.state === 'Failed' || s.state === 'Healthy')) {
      current.outcome = { state: s.state, t: s.t };
    } else if (current && s.state === 'RolledBack') current.rolledBackAt = s.t;
  }
  return attempts;
}

/** One string per distinct name: 10,000 releases name a few environments and workloads. */
class Names {
  private readonly seen = new Map<string, string>();
  of(name: string): string {
    const known = this.seen.get(name);
    if (known !== undefined) return known;
    this.seen.set(name, name);
    return name;
  }
}

function prepareRelease(record: ReleaseRecord, names: Names): { prepared: PreparedRelease; skewed: number } {
  const { steps, skewed } = clamp(record.history, RELEASE_STATE);
  const createdAt = parseTime(record.createdAt);
  const firstCommit = record.firstCommitAt === undefined ? Number.NaN : parseTime(record.firstCommitAt);
  const environment = names.of(record.environment);
  const prepared: PreparedRelease = {
    environment,
    workload: names.of(record.workload),
    createdAt,
    leadStart: Number.isNaN(firstCommit)
      ? { t: createdAt, from: 'pr-opened' }
      : { t: firstCommit, from: 'first-commit' },
    steps,
    attempts: attemptsOf(environment, steps),
  };
  for (const s of steps) {
    if (s.state === 'Healthy' && prepared.healthyAt === undefined) prepared.healthyAt = s.t;
    if (s.state === 'PendingApproval' && prepared.pendingAt === undefined) prepared.pendingAt = s.t;
    if (s.state === 'Approved' && prepared.pendingAt !== undefined && prepared.approvedAt === undefined) {
      prepared.approvedAt = s.t;
    }
  }
  return { prepared, skewed };
}

/**
 * Failures grouped by environment and workload: a failure opens an incident unless one is open there already, and
 * the next Healthy there (of any release) closes it. Simultaneous entries: the failure first.
 */
function incidentsOf(releases: readonly PreparedRelease[]): Incident[] {
  // Environment, then workload: no key string built per release (10,000 of them).
  const byTarget = new Map<string, Map<string, { t: number; failed: boolean; environment: string }[]>>();
  for (const r of releases) {
    const { environment, workload } = r;
    let workloads = byTarget.get(environment);
    if (!workloads) {
      workloads = new Map();
      byTarget.set(environment, workloads);
    }
    let events = workloads.get(workload);
    if (!events) {
      events = [];
      workloads.set(workload, events);
    }
    for (const s of r.steps) {
      if (s.state === 'Failed' || s.state === 'Healthy') {
        events.push({ t: s.t, failed: s.state === 'Failed', environment });
      }
    }
  }
  const incidents: Incident[] = [];
  for (const events of [...byTarget.values()].flatMap((w) => [...w.values()])) {
    events.sort((a, b) => a.t - b.t || Number(b.failed) - Number(a.failed));
    let open: Incident | undefined;
    for (const e of events) {
      if (e.failed && open === undefined) {
        open = { environment: e.environment, start: e.t };
        incidents.push(open);
      } else if (!e.failed && open !== undefined) {
        open.end = e.t;
        open = undefined;
      }
    }
  }
  return incidents;
}

/** Promotions match on their target environment, the source release's workload, and their waves' tenants. */
function promotionMatches(
  p: PromotionRecord,
  f: MetricsFilters,
  workloadOf: ReadonlyMap<string, string>,
): boolean {
  return (
    (f.environment === undefined || p.to === f.environment) &&
    (f.workload === undefined || workloadOf.get(p.source) === f.workload) &&
    (f.tenant === undefined || p.waves.some((w) => w.tenants.includes(f.tenant as string)))
  );
}

/**
 * Prepares records one at a time, as a reader hands them over (gitopshq metrics feeds releases while git still
 * writes the others out): `release` for each release, then `finish` with the promotions. Records may come in any
 * order: every figure is a count, a sum or a sorted list (test/unit/domain/metrics/prepare.test.ts).
 */
export class FactsBuilder {
  private readonly releases: PreparedRelease[] = [];
  private clockSkewCorrections = 0;
  /** Promotions filter on their source release's workload: kept only when a workload filter asks for it. */
  private readonly workloadOf = new Map<string, string>();
  private readonly names = new Names();

  constructor(private readonly filters: MetricsFilters) {}

  release(r: ReleaseRecord): void {
    if (this.filters.workload !== undefined) this.workloadOf.set(r.id, this.names.of(r.workload));
    if (!releaseMatches(r, this.filters)) return;
    const { prepared, skewed } = prepareRelease(r, this.names);
    this.clockSkewCorrections += skewed;
    this.releases.push(prepared);
  }

  finish(promotions: readonly PromotionRecord[]): Prepared {
    const preparedPromotions: PreparedPromotion[] = [];
    for (const p of promotions) {
      if (!promotionMatches(p, this.filters, this.workloadOf)) continue;
      const { steps, skewed } = clamp(p.history);
      this.clockSkewCorrections += skewed;
      const end = steps.find((s) => s.state !== 'InProgress');
      preparedPromotions.push({
        record: p,
        createdAt: parseTime(p.createdAt),
        ...(end ? { end: { state: end.state as Exclude<PromotionState, 'InProgress'>, t: end.t } } : {}),
      });
    }
    return {
      releases: this.releases,
      promotions: preparedPromotions,
      incidents: incidentsOf(this.releases),
      clockSkewCorrections: this.clockSkewCorrections,
    };
  }
}

export function prepare(
  releases: readonly ReleaseRecord[],
  promotions: readonly PromotionRecord[],
  filters: MetricsFilters,
): Prepared {
  const builder = new FactsBuilder(filters);
  for (const r of releases) builder.release(r);
  return builder.finish(promotions);
}
