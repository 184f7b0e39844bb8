// `gitopshq dashboard --out DIR`: the delivery dashboard of the GitOps repository at `repo`, written as a static site
// (DIR/index.html, self-contained) from the state branch's releases and promotions, gitopshq.yaml and the workloads.
// Flow: docs/architecture.md#dashboard. The records are read as `release list` reads them (origin's state branch
// when there is an origin, the checkout untouched); nothing but DIR is written.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DETAILS_DIR, dashboardSite } from '../dashboard/page.js';
import { buildDashboard, type DashboardInput } from '../domain/dashboard/build.js';
import { metricsPanel } from '../domain/dashboard/metrics-panel.js';
import type { DashboardData } from '../domain/dashboard/types.js';
import { ValidationError } from '../domain/errors.js';
import { computeMetrics } from '../domain/metrics/index.js';
import { loadRepo } from '../state/repo.js';
import { localReadingStore } from './local-store.js';
import { failed, type StepResult, succeeded } from './result.js';

export interface DashboardRequest {
  repo: string;
  /** The folder to write index.html into (created when missing). */
  out: string;
  stateBranch?: string;
  /** Authenticates the fetch of the state branch (a workflow's GITHUB_TOKEN; the checkout keeps no credentials). */
  token?: string;
  /** `owner/name`, for the page's title. */
  repository?: string;
  now?: Date;
  /** Keep parsed records under the repository's git dir for the next run (default true). */
  cache?: boolean;
}

export interface DashboardSummary {
  /** The page written (absolute path). */
  file: string;
  /** index.html's size, and all files' (index.html and the details files a timeline loads). */
  bytes: number;
  siteBytes: number;
  stateBranch: string;
  releases: number;
  promotions: number;
  board: { awaiting: number; deploying: number; failed: number; drift: number; promotions: number };
}

/** The site for records already in hand (relative path -> content), for tests and benchmarks that skip git. */
export function dashboardFiles(input: DashboardInput): { files: Map<string, string>; data: DashboardData } {
  const data = buildDashboard(input);
  return { files: dashboardSite(data), data };
}

/** Writes the site into `dir`, replacing the details of an earlier run (nothing else in `dir` is touched). */
export async function writeSite(dir: string, files: ReadonlyMap<string, string>): Promise<number> {
  await rm(join(dir, DETAILS_DIR), { recursive: true, force: true });
  let bytes = 0;
  for (const [path, text] of files) {
    const file = join(dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

export async function writeDashboard(req: DashboardRequest): Promise<StepResult<DashboardSummary>> {
  const store = await localReadingStore(req.repo, {
    ...(req.stateBranch !== undefined ? { stateBranch: req.stateBranch } : {}),
    ...(req.token ? { token: req.token } : {}),
    cache: req.cache ?? true,
  });
  if ('outcome' in store) return store;
  let snapshot: Awaited<ReturnType<typeof loadRepo>>;
  try {
    snapshot = await loadRepo(req.repo);
  } catch (e) {
    if (e instanceof ValidationError) return failed({ message: e.message, findings: e.findings });
    throw e;
  }
  // One pass over the state branch (ls-tree and one cat-file --batch), as `gitopshq metrics` reads it.
  const { releases, promotions } = await store.readAll();
  const now = req.now ?? new Date();
  // Twelve weeks: one bar a week in each trend chart.
  const report = computeMetrics(releases, promotions, {
    since: new Date(now.getTime() - 84 * 86_400_000),
    until: now,
    targets: snapshot.config.metrics?.targets ?? {},
    requiredTeams: Object.fromEntries(
      snapshot.config.environments.map((e) => [e.name, [...e.approvals.teams]]),
    ),
  });
  const { files, data } = dashboardFiles({
    environments: snapshot.config.environments,
    tenants: snapshot.config.tenants,
    workloads: [...snapshot.workloads.values()].map((w) => ({
      name: w.config.name,
      tenants: w.config.tenants,
    })),
    releases,
    promotions,
    metrics: metricsPanel(report),
    metricsWindow: { since: report.window.since, until: report.window.until },
    stateBranch: store.branch,
    ...(req.repository ? { repository: req.repository } : {}),
    now,
  });
  const dir = resolve(req.out);
  const siteBytes = await writeSite(dir, files);
  const b = data.board;
  return succeeded({
    file: join(dir, 'index.html'),
    bytes: Buffer.byteLength(files.get('index.html') ?? ''),
    siteBytes,
    stateBranch: store.branch,
    releases: releases.length,
    promotions: promotions.length,
    board: {
      awaiting: b.awaiting.length,
      deploying: b.deploying.length,
      failed: b.failed.length,
      drift: b.drift.length,
      promotions: b.promotions.length,
    },
  });
}
