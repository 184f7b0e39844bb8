// Load on the state branch over git smart HTTP (the sandbox's git server, not file://): 50 concurrent action runs
// (a verify-health matrix over 50 tenants), each with its own clone, each writing its own release record at the same
// moment. All 50 land exactly once, no write needs more than the store's bounded attempts, and the test prints the
// write latencies (p50/p99) and retries per write. `npm run test:load` runs it once; `GITOPSHQ_LOAD_RUNS=10` repeats
// it (ten runs in a row, for the note); `GITOPSHQ_LOAD_WRITERS` changes the number of writers.
// Opt-in (it runs only when GITOPSHQ_LOAD_RUNS is set), not part of `npm test`: losers land together through
// intents (docs/architecture.md#many-writers), but fifty fetches and pushes of 18 git processes each still take
// minutes on a shared 2-core runner (244 s at load average 20), far over the ~60 s a test of `npm test` may take.
import { loadavg } from 'node:os';
import { expect, test } from 'vitest';
import { RecordStore } from '../../../src/state/record-store.js';
import { startFixture } from '../../helpers/sim-fixture.js';
import { sampleRelease } from './record-store-fixtures.js';

const WRITERS = Number(process.env.GITOPSHQ_LOAD_WRITERS ?? 50);
const RUNS = Number(process.env.GITOPSHQ_LOAD_RUNS ?? 0);
const MAX_ATTEMPTS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Runs `fn` over `items` with at most `n` at a time (clones: 50 at once would only measure the machine). */
async function pool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i] as T, i);
    }),
  );
  return out;
}

test.runIf(RUNS > 0)(
  `${WRITERS} concurrent runs each write their record over smart HTTP: all land once, retries bounded`,
  {
    timeout: 600_000 * RUNS,
  },
  async () => {
    for (let run = 1; run <= RUNS; run++) {
      const f = await startFixture();
      const cloneStarted = performance.now();
      const tenants = Array.from({ length: WRITERS }, (_, i) => `t${String(i).padStart(2, '0')}`);
      const stores = await pool(tenants, 8, async () => {
        const git = await f.clone('actions-token');
        return new RecordStore({ git, remote: 'origin', actor: 'actions-token', maxAttempts: MAX_ATTEMPTS });
      });

      const cloneMs = performance.now() - cloneStarted;
      const started = performance.now();
      const latencies = await Promise.all(
        stores.map(async (store, i) => {
          const t0 = performance.now();
          await store.createRelease(
            sampleRelease({
              id: `api-prod-20261130-${String(i).padStart(6, '0')}`,
              tenants: [tenants[i] as string],
            }),
          );
          return performance.now() - t0;
        }),
      );
      const wallMs = performance.now() - started;

      const check = await f.clone('reader-rita');
      const reader = new RecordStore({ git: check, remote: 'origin' });
      const ids = (await reader.listReleases()).map((r) => r.id).sort();
      expect(ids).toEqual(stores.map((_, i) => `api-prod-20261130-${String(i).padStart(6, '0')}`));
      // One commit per record on the branch: nothing written twice, nothing lost.
      const commits = await check.exec(['rev-list', '--count', 'origin/gitopshq/state']);
      expect(Number(commits.stdout.trim())).toBe(WRITERS);

      // Every intent landed or was withdrawn: nothing left pending on the remote.
      const pending = await check.exec(['ls-remote', 'origin', 'refs/gitopshq/*']);
      expect(pending.stdout.trim()).toBe('');

      const stats = stores.map((s) => s.stats);
      expect(stats.every((s) => s.writes === 1 && s.attempts <= MAX_ATTEMPTS)).toBe(true);
      const retries = stats.map((s) => s.retries).sort((a, b) => a - b);
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(
        `state branch load (run ${run}/${RUNS}, load average ${loadavg()[0]?.toFixed(1)}): ${WRITERS} clones in ${(cloneMs / 1000).toFixed(1)} s, ` +
          `${WRITERS} writes over smart HTTP in ${(wallMs / 1000).toFixed(1)} s; ` +
          `write latency p50 ${Math.round(percentile(sorted, 50))} ms, p99 ${Math.round(percentile(sorted, 99))} ms; ` +
          `retries total ${retries.reduce((a, b) => a + b, 0)} (${(retries.reduce((a, b) => a + b, 0) / WRITERS).toFixed(2)} per write), max per writer ${retries.at(-1)}, ` +
          `attempts max ${Math.max(...stats.map((s) => s.attempts))} of ${MAX_ATTEMPTS}`,
      );
      await f.sim.close();
    }
  },
);
