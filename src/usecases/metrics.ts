// metrics: the delivery metrics of the GitOps repository at `repo`, computed from the release and promotion records
// on its state branch (read in one pass, src/state/record-store.ts readAll) and judged against gitopshq.yaml's
// `metrics.targets`. The figures are src/domain/metrics; this file only gathers the inputs. Flow:
// docs/architecture.md#delivery-metrics.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFinding, isUserError } from '../domain/errors.js';
import { CONFIG_FILE } from '../domain/layout.js';
import {
  environmentMetricsLine,
  FactsBuilder,
  filtersOf,
  type MetricsReport,
  metricsOfFacts,
  resolveWindow,
  summaryMayNeed,
} from '../domain/metrics/index.js';
import type { GitopshqConfig, MetricTargets, ReleaseRecord } from '../domain/model.js';
import { type ConfigFile, withConfigDefaults } from '../state/defaults.js';
import type { RecordStore } from '../state/record-store.js';
import { validateDocument } from '../state/schema-validate.js';
import { type Clock, systemClock } from './deps.js';
import { localReadingStore } from './local-store.js';
import { failed, type StepResult, succeeded } from './result.js';

export interface MetricsRequest {
  repo: string;
  stateBranch?: string;
  /** As the command line takes them: a date, an instant, or an age (`30d`); see src/domain/metrics/window.ts. */
  since?: string;
  until?: string;
  environment?: string;
  workload?: string;
  tenant?: string;
  /** Keep parsed records under the repository's git dir for the next run (default true; false: read from git only). */
  cache?: boolean;
}

export interface MetricsValue {
  branch: string;
  /** false: the state branch does not exist yet (every metric then has no data). */
  exists: boolean;
  report: MetricsReport;
  /** Seconds spent reading the records, and computing. */
  timings: { readSeconds: number; computeSeconds: number };
  /** Records taken from the cache of parsed records, and read from git (undefined: no cache). */
  cache?: { hits: number; misses: number; written: boolean };
}

interface Settings {
  targets: Partial<MetricTargets>;
  requiredTeams: Record<string, string[]>;
}

/** gitopshq.yaml's metric targets and each environment's required teams; absent file: the defaults. */
async function readSettings(repo: string): Promise<Settings | StepResult<never>> {
  const text = await readFile(join(repo, CONFIG_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return { targets: {}, requiredTeams: {} };
  const { value, findings } = validateDocument<ConfigFile>(text, CONFIG_FILE, 'gitopshq');
  if (findings.length > 0 || value === undefined) {
    // The findings in the message too: the command line prints the message, and the file:line:col is what to fix.
    return failed({ message: findings.map(formatFinding).join('\n'), findings });
  }
  const config: GitopshqConfig = withConfigDefaults(value);
  return {
    targets: config.metrics?.targets ?? {},
    requiredTeams: Object.fromEntries(config.environments.map((e) => [e.name, [...e.approvals.teams]])),
  };
}

export async function deliveryMetrics(
  req: MetricsRequest,
  clock: Clock = systemClock,
): Promise<StepResult<MetricsValue>> {
  let window: { since: Date; until: Date };
  try {
    window = resolveWindow({ since: req.since, until: req.until }, clock.now());
  } catch (e) {
    if (isUserError(e)) return failed({ kind: 'usage', message: e.message });
    throw e;
  }
  const store = await localReadingStore(req.repo, {
    ...(req.stateBranch !== undefined ? { stateBranch: req.stateBranch } : {}),
    cache: req.cache ?? true,
  });
  if ('outcome' in store) return store;
  const settings = await readSettings(req.repo);
  if ('outcome' in settings) return settings;
  const query = {
    ...window,
    ...(req.environment !== undefined ? { environment: req.environment } : {}),
    ...(req.workload !== undefined ? { workload: req.workload } : {}),
    ...(req.tenant !== undefined ? { tenant: req.tenant } : {}),
    targets: settings.targets,
    requiredTeams: settings.requiredTeams,
  };
  const started = performance.now();
  // Each release is prepared as it is read, while git writes the next ones out: the main thread waits for git at
  // times (its first records come slowest), and that wait now does the metrics' first half.
  const facts = new FactsBuilder(filtersOf(query));
  // Releases are prepared as they are read and not kept (FactsBuilder keeps only what measuring needs).
  const { tip, promotions } = await store.readAll(
    undefined,
    (kind, record) => {
      if (kind === 'release') facts.release(record as ReleaseRecord);
    },
    ['promotion'],
  );
  const read = performance.now();
  const report = metricsOfFacts(facts.finish(promotions), query);
  const done = performance.now();
  return succeeded({
    branch: store.branch,
    exists: tip !== undefined,
    report,
    timings: { readSeconds: (read - started) / 1000, computeSeconds: (done - read) / 1000 },
    ...(store.cacheStats ? { cache: store.cacheStats } : {}),
  });
}

/**
 * The job-summary line of deploy and verify-health: `environment`'s deploy frequency and failed rate over the last
 * 7 days. Reads only the release files whose id says they may matter (one ls-tree, one cat-file). Never throws: a
 * summary line is not worth failing a deploy over; undefined when it cannot be had.
 */
export async function environmentMetricsSummary(
  store: Pick<RecordStore, 'readAll'>,
  environment: string,
  /** `repo`: the checkout whose gitopshq.yaml may override the targets. */
  opts: { repo?: string; clock?: Clock } = {},
): Promise<string | undefined> {
  const now = (opts.clock ?? systemClock).now();
  try {
    const settings = opts.repo === undefined ? undefined : await readSettings(opts.repo);
    const targets = settings !== undefined && !('outcome' in settings) ? settings.targets : undefined;
    const { releases } = await store.readAll(
      (kind, id) => kind === 'release' && summaryMayNeed(id, environment, now),
    );
    return environmentMetricsLine(releases, environment, now, targets);
  } catch {
    return undefined;
  }
}
