// computeMetrics: release and promotion records in, the seven delivery metrics of one window out, each judged
// against its target and DORA's levels, with a weekly trend. Pure; the records come from the state branch.
import type { PromotionRecord, ReleaseRecord } from '../model.js';
import { durationsByKey, measure, measureWindows, type RawFigures } from './measure.js';
import { type Prepared, prepare } from './prepare.js';
import { ratio } from './stats.js';
import { doraLevel, resolveTargets, targetOf, verdictOf } from './targets.js';
import type { MetricName, Metrics, MetricsFilters, MetricsQuery, MetricsReport, WeekPoint } from './types.js';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

function isoDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Monday 00:00 UTC on or before `t`. */
export function weekStart(t: number): number {
  const day = Math.floor(t / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
  return day - weekday * DAY_MS;
}

/** The headline value of each metric from one window's figures; `days` is that window's length. */
function headline(name: MetricName, f: RawFigures, days: number): { value: number | null; count: number } {
  switch (name) {
    case 'deployFrequency':
      return { value: days > 0 ? f.deployments / days : null, count: f.deployments };
    case 'leadTime':
      return { value: f.leadTime.medianSeconds, count: f.leadTime.count };
    case 'failedDeploymentRate':
      return { value: ratio(f.failed, f.finished), count: f.finished };
    case 'recoveryTime':
      return { value: f.recovery.medianSeconds, count: f.recovery.count };
    case 'rollbackRate':
      return { value: ratio(f.rolledBack, f.finished), count: f.finished };
    case 'approvalLatency':
      return { value: f.approval.medianSeconds, count: f.approval.count };
    case 'promotionCompletion':
      return { value: ratio(f.completed, f.completed + f.halted), count: f.completed + f.halted };
  }
}

function weeklySeries(
  facts: Prepared,
  since: number,
  until: number,
  teams: MetricsQuery['requiredTeams'],
): { weekStart: string; figures: RawFigures; days: number }[] {
  const starts: number[] = [];
  for (let w = weekStart(since); w < until; w += WEEK_MS) starts.push(w);
  // The weeks clipped to the window, measured in one pass (not one pass per week).
  const bounds = [...starts.map((w) => Math.max(w, since)), until];
  const figures = measureWindows(facts, bounds, teams);
  return starts.map((w, i) => ({
    weekStart: isoDate(w),
    figures: figures[i] as RawFigures,
    days: ((bounds[i + 1] as number) - (bounds[i] as number)) / DAY_MS,
  }));
}

function dailyDeployments(
  facts: Prepared,
  since: number,
  until: number,
): { date: string; deployments: number }[] {
  const first = Math.floor(since / DAY_MS);
  const counts: number[] = [];
  for (let d = first * DAY_MS; d < until; d += DAY_MS) counts.push(0);
  for (const r of facts.releases) {
    for (const a of r.attempts) {
      if (a.t < since || a.t >= until) continue;
      const i = Math.floor(a.t / DAY_MS) - first;
      counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  return counts.map((deployments, i) => ({ date: isoDate((first + i) * DAY_MS), deployments }));
}

/** The filters of a query, as the report states them. */
export function filtersOf(query: MetricsFilters): MetricsFilters {
  return {
    ...(query.environment !== undefined ? { environment: query.environment } : {}),
    ...(query.workload !== undefined ? { workload: query.workload } : {}),
    ...(query.tenant !== undefined ? { tenant: query.tenant } : {}),
  };
}

export function computeMetrics(
  releases: readonly ReleaseRecord[],
  promotions: readonly PromotionRecord[],
  query: MetricsQuery,
): MetricsReport {
  return metricsOfFacts(prepare(releases, promotions, filtersOf(query)), query);
}

/**
 * computeMetrics over facts a FactsBuilder prepared as the records were read (`new FactsBuilder(filtersOf(query))`,
 * then `release(r)` for each release, then `finish(promotions)`): the same report.
 */
export function metricsOfFacts(facts: Prepared, query: MetricsQuery): MetricsReport {
  const since = query.since.getTime();
  const until = query.until.getTime();
  if (!(since < until)) {
    throw new RangeError(
      `the window must start before it ends (since ${query.since.toISOString()}, until ${query.until.toISOString()})`,
    );
  }
  const filters = filtersOf(query);
  const targets = resolveTargets(query.targets);
  const teams = query.requiredTeams ?? {};
  const days = (until - since) / DAY_MS;
  const f = measure(facts, since, until, teams);
  const weeks = weeklySeries(facts, since, until, teams);

  const judged = (name: MetricName) => {
    const { value } = headline(name, f, days);
    const target = targetOf(name, targets);
    const weekly: WeekPoint[] = weeks.map((w) => ({
      weekStart: w.weekStart,
      ...headline(name, w.figures, w.days),
    }));
    return { value, target, verdict: verdictOf(value, target), dora: doraLevel(name, value), weekly };
  };

  const perDay = f.deployments / days;
  const metrics: Metrics = {
    deployFrequency: {
      ...judged('deployFrequency'),
      perDay,
      perWeek: perDay * 7,
      deployments: f.deployments,
      byEnvironment: Object.fromEntries(
        [...f.byEnvironment.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([env, n]) => [env, { deployments: n, perDay: n / days }]),
      ),
      daily: dailyDeployments(facts, since, until),
    },
    leadTime: {
      ...judged('leadTime'),
      ...f.leadTime,
      from:
        f.leadTimeFrom.firstCommit === 0
          ? 'pr-opened'
          : f.leadTimeFrom.prOpened === 0
            ? 'first-commit'
            : 'mixed',
      fromCounts: { ...f.leadTimeFrom },
      byEnvironment: durationsByKey(f.leadTimeByEnvironment),
    },
    failedDeploymentRate: {
      ...judged('failedDeploymentRate'),
      rate: ratio(f.failed, f.finished),
      failed: f.failed,
      deployments: f.deployments,
      finished: f.finished,
      inFlight: f.inFlight,
    },
    recoveryTime: { ...judged('recoveryTime'), ...f.recovery, unrecovered: f.unrecovered },
    rollbackRate: {
      ...judged('rollbackRate'),
      rate: ratio(f.rolledBack, f.finished),
      rolledBack: f.rolledBack,
      deployments: f.deployments,
      finished: f.finished,
    },
    approvalLatency: {
      ...judged('approvalLatency'),
      ...f.approval,
      waiting: f.waiting,
      byEnvironment: durationsByKey(f.approvalByEnvironment),
      byTeam: durationsByKey(f.approvalByTeam),
    },
    promotionCompletion: {
      ...judged('promotionCompletion'),
      rate: ratio(f.completed, f.completed + f.halted),
      completed: f.completed,
      halted: f.halted,
      inProgress: f.inProgress,
      cancelled: f.cancelled,
    },
  };
  return {
    window: { since: query.since.toISOString(), until: query.until.toISOString(), days },
    filters,
    metrics,
    records: {
      releases: facts.releases.length,
      promotions: facts.promotions.length,
      clockSkewCorrections: facts.clockSkewCorrections,
    },
  };
}
