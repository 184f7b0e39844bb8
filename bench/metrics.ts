// `npm run bench:metrics`: a state branch of 10,000 releases and 2,000 promotions (a real git repository in a temp
// folder, written in one commit by git fast-import), then `gitopshq metrics` over it in this process, as the CLI
// runs it: one fetch-free read of the branch (ls-tree + one cat-file --batch), parse, compute, format; and
// `gitopshq dashboard`. Each run in a process of its own (bench/metrics-run.ts); first cold (no cache of parsed
// records, as a fresh checkout), then warm (the cache under .git/gitopshq/cache). The last line is the cold run:
// `cold (...) metrics: <s> s, dashboard: <s> s, records/s: <N>` (budget: metrics under 1.5 s and dashboard under
// 3 s on a 2-core machine). Then the dashboard once more after 50 new records, from the cache as the dashboard
// workflow template restores it, and `release list: <s> s cold, <s> s warm` (budget: under 1 s).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HistoryEntry, PromotionRecord, ReleaseRecord, ReleaseState } from '../src/domain/model.js';
import { Git } from '../src/git/git.js';
import { seedStateBranch } from '../test/helpers/state-branch-seed.js';

const RELEASES = 10_000;
const PROMOTIONS = 2_000;
const DAYS = 90;
const ENVS = ['dev', 'staging', 'prod'];
const WORKLOADS = Array.from({ length: 25 }, (_, i) => `service-${String(i).padStart(2, '0')}`);
const TENANTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];
const MIN = 60_000;

/** A deterministic pseudo-random sequence, so every run measures the same history. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function history(start: number, random: () => number): { entries: HistoryEntry[]; state: ReleaseState } {
  const entries: HistoryEntry[] = [];
  let t = start;
  const step = (state: ReleaseState, minutes: number, actor = 'gitopshq-bot') => {
    t += Math.round(minutes * MIN);
    entries.push({ state, at: new Date(t).toISOString(), actor });
  };
  step('PendingApproval', 0);
  const roll = random();
  if (roll < 0.03) {
    step('Cancelled', 30 + random() * 600, 'dev-alice');
    return { entries, state: 'Cancelled' };
  }
  step('Approved', 2 + random() * 90, 'rev-bob');
  step('Deploying', 1 + random() * 20);
  if (roll < 0.08) {
    step('Failed', 2 + random() * 10);
    if (random() < 0.5) {
      step('RolledBack', 5 + random() * 30, 'release-erin');
      return { entries, state: 'RolledBack' };
    }
    step('Deploying', 10 + random() * 60);
  }
  step('Deployed', 1 + random() * 3);
  step('Synced', 1 + random() * 10);
  step('Healthy', 1 + random() * 15, 'verify-health');
  if (roll > 0.985) {
    step('RolledBack', 60 + random() * 600, 'release-erin');
    return { entries, state: 'RolledBack' };
  }
  return { entries, state: 'Healthy' };
}

function generate(now: number): { releases: ReleaseRecord[]; promotions: PromotionRecord[] } {
  const random = rng(42);
  const releases: ReleaseRecord[] = [];
  for (let i = 0; i < RELEASES; i++) {
    const start = now - DAYS * 1440 * MIN + Math.floor((i / RELEASES) * DAYS * 1440 * MIN);
    const env = ENVS[i % ENVS.length] as string;
    const workload = WORKLOADS[Math.floor(random() * WORKLOADS.length)] as string;
    const { entries, state } = history(start, random);
    const date = new Date(start).toISOString().slice(0, 10).replace(/-/g, '');
    const id = `${workload}-${env}-${date}-${i.toString(16).padStart(6, '0')}`;
    const approved = entries.find((e) => e.state === 'Approved');
    const deploying = entries.some((e) => e.state === 'Deploying');
    releases.push({
      apiVersion: 'gitopshq.io/v1',
      kind: 'Release',
      id,
      workload,
      environment: env,
      tenants: [TENANTS[i % TENANTS.length] as string],
      title: `${workload}: image.tag 1.${i % 50}.${i % 7}`,
      notes: `Release ${i} of ${workload}.\nBuilt by CI run ${100_000 + i}.`,
      author: 'dev-alice',
      createdAt: (entries[0] as HistoryEntry).at,
      state,
      history: entries,
      changes: { updates: [{ path: 'image.tag', value: `1.${i % 50}.${i % 7}` }] },
      ...(i > 0 ? { rollbackTarget: releases[i - 1]?.id } : {}),
      pullRequest: {
        number: 1000 + i,
        url: `https://github.com/acme/gitops/pull/${1000 + i}`,
        branch: `gitopshq/release/${id}`,
      },
      approvals: approved
        ? [
            {
              reviewer: 'rev-bob',
              state: 'APPROVED',
              commit: 'a'.repeat(40),
              at: approved.at,
              comment: 'LGTM',
            },
          ]
        : [],
      ...(deploying
        ? { deploy: { commit: 'b'.repeat(40), deploymentId: 5000 + i, branch: `gitopshq/deploy/${env}` } }
        : {}),
    });
  }
  const promotions: PromotionRecord[] = [];
  const healthy = releases.filter((r) => r.state === 'Healthy' && r.environment !== 'prod');
  for (let i = 0; i < PROMOTIONS; i++) {
    const source = healthy[Math.floor(random() * healthy.length)] as ReleaseRecord;
    const from = source.environment;
    const to = from === 'dev' ? 'staging' : 'prod';
    const start = Date.parse(source.history.at(-1)?.at as string) + 30 * MIN;
    const roll = random();
    const end: PromotionRecord['state'] =
      roll < 0.04 ? 'Failed' : roll < 0.06 ? 'Cancelled' : roll < 0.1 ? 'InProgress' : 'Completed';
    const hist: PromotionRecord['history'] = [
      { state: 'InProgress', at: new Date(start).toISOString(), actor: 'release-erin' },
    ];
    if (end !== 'InProgress') {
      hist.push({
        state: end,
        at: new Date(start + (20 + random() * 200) * MIN).toISOString(),
        actor: 'release-erin',
      });
    }
    promotions.push({
      apiVersion: 'gitopshq.io/v1',
      kind: 'Promotion',
      id: `promo-${from}-to-${to}-${i.toString(16).padStart(6, '0')}`,
      source: source.id,
      from,
      to,
      actor: 'release-erin',
      createdAt: new Date(start).toISOString(),
      state: end,
      waves: [
        { wave: 0, tenants: ['acme'], releases: [`${source.id}-w0`] },
        { wave: 1, tenants: TENANTS.slice(1), releases: [] },
      ],
      history: hist,
    });
  }
  return { releases, promotions };
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  deployments?: number;
}

/** One command in a fresh process (bench/metrics-run.ts), as a user runs it. */
function timed(command: 'metrics' | 'dashboard' | 'release-list', repo: string): Run {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./metrics-run.ts', import.meta.url)),
      command,
      repo,
      String(DAYS),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`bench/metrics-run.ts ${command} exited ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Run;
}

/**
 * `gitopshq metrics` as a user runs it: the committed bundle in a process of its own, start-up included (the runs
 * above leave module loading out, which is the same for every command). Undefined when dist/ is not built.
 */
function wholeProcess(repo: string): number | undefined {
  const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
  if (!existsSync(cli)) return undefined;
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [cli, 'metrics', '--repo', repo, '--since', `${DAYS}d`, '--output', 'json'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error(`node dist/cli/index.js metrics exited ${r.status}`);
  return (performance.now() - started) / 1000;
}

const load = () => `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`;

/** Seeds the repository in `dir` (about 30 s on a loaded machine), unless `reuse` and it is seeded already. */
async function seed(dir: string, reuse: boolean): Promise<void> {
  const git = new Git(dir);
  if (reuse && existsSync(join(dir, '.git', 'refs', 'heads', 'gitopshq', 'state'))) {
    console.log(`state branch: reused from ${dir} (BENCH_METRICS_DIR)`);
    return;
  }
  await git.exec(['init', '-q', '--initial-branch=main', dir]);
  writeFileSync(
    join(dir, 'gitopshq.yaml'),
    'apiVersion: gitopshq.io/v1\nkind: Config\nenvironments:\n  - name: dev\n  - name: staging\n  - name: prod\n',
  );
  const seedStart = performance.now();
  const { releases, promotions } = generate(Date.now());
  await seedStateBranch(git, { releases, promotions });
  console.log(
    `state branch: ${releases.length} releases, ${promotions.length} promotions over ${DAYS} days, written in ${((performance.now() - seedStart) / 1000).toFixed(2)} s`,
  );
}

async function run(): Promise<void> {
  // BENCH_METRICS_DIR keeps the seeded repository there and reuses it on the next run (for profiling).
  const keep = process.env.BENCH_METRICS_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'gitopshq-bench-metrics-'));
  if (keep !== undefined) mkdirSync(keep, { recursive: true });
  try {
    await seed(dir, keep !== undefined);
    const cache = join(dir, '.git', 'gitopshq', 'cache');
    const records = RELEASES + PROMOTIONS;
    const line = (m: Run, d: Run) =>
      `metrics: ${m.seconds.toFixed(2)} s, dashboard: ${d.seconds.toFixed(2)} s, records/s: ${Math.round(records / m.seconds)}`;
    // Cold: no cache of parsed records, as in a fresh checkout (a CI run that does not restore the cache).
    rmSync(cache, { recursive: true, force: true });
    const coldMetrics = timed('metrics', dir);
    rmSync(cache, { recursive: true, force: true });
    const coldDashboard = timed('dashboard', dir);
    // Warm: the cache the cold dashboard run left under .git/gitopshq/cache.
    const warmMetrics = timed('metrics', dir);
    const warmDashboard = timed('dashboard', dir);
    console.log(`deployments in the window: ${coldMetrics.deployments} (warm: ${warmMetrics.deployments})`);
    // On a shared machine the wall time says as much about the neighbours as about us: give the CPU time too.
    console.log(
      `cpu: metrics ${coldMetrics.cpuSeconds.toFixed(2)} s cold, ${warmMetrics.cpuSeconds.toFixed(2)} s warm; dashboard ${coldDashboard.cpuSeconds.toFixed(2)} s cold, ${warmDashboard.cpuSeconds.toFixed(2)} s warm (${load()})`,
    );
    console.log(`warm (cache of parsed records in .git/gitopshq/cache): ${line(warmMetrics, warmDashboard)}`);
    // What the dashboard template's actions/cache step saves and restores on each run.
    const bytes = readdirSync(cache).reduce((n, f) => n + statSync(join(cache, f)).size, 0);
    console.log(
      `cache: ${(bytes / 1e6).toFixed(1)} MB in .git/gitopshq/cache (${readdirSync(cache).length} files)`,
    );
    // The last line: the cold run, what a fresh checkout pays.
    console.log(`cold (no cache, a fresh checkout) ${line(coldMetrics, coldDashboard)}`);
    // The dashboard template's usual run: actions/cache restored the previous run's cache (a restore-keys match) and
    // the state branch moved on since: here 50 releases it has not seen.
    const stamp = Date.now().toString(16).slice(-6);
    const fresh = generate(Date.now())
      .releases.slice(0, 50)
      .map((r, i) => ({
        ...r,
        id: `${r.id.slice(0, -6)}${stamp.slice(0, 4)}${i.toString(16).padStart(2, '0')}`,
      }));
    await seedStateBranch(new Git(dir), { releases: fresh });
    const restored = timed('dashboard', dir);
    console.log(
      `restored cache, ${fresh.length} records new since: dashboard: ${restored.seconds.toFixed(2)} s (cpu ${restored.cpuSeconds.toFixed(2)} s)`,
    );
    // The whole process of the committed bundle, as a shell prompt waits for it.
    rmSync(cache, { recursive: true, force: true });
    const wholeCold = wholeProcess(dir);
    const wholeWarm = wholeProcess(dir);
    if (wholeCold !== undefined && wholeWarm !== undefined) {
      console.log(
        `whole process (node dist/cli/index.js metrics, start-up included): ${wholeCold.toFixed(2)} s cold, ${wholeWarm.toFixed(2)} s warm`,
      );
    }
    // release list keeps the same cache: warm after the runs above, then cold (a fresh checkout's first listing).
    const warmList = timed('release-list', dir);
    rmSync(cache, { recursive: true, force: true });
    const coldList = timed('release-list', dir);
    console.log(
      `release list: ${coldList.seconds.toFixed(2)} s cold (cpu ${coldList.cpuSeconds.toFixed(2)} s), ${warmList.seconds.toFixed(2)} s warm (cpu ${warmList.cpuSeconds.toFixed(2)} s) over ${RELEASES} releases (budget: under 1 s)`,
    );
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

await run();
