// The "no lost update" guarantee of docs/architecture.md#budgets under real contention: 8 OS processes, each with its
// own clone, each making 5 separate writes that append an approval to the SAME release, against one bare remote
// over file://. Every one of the 40 entries must survive, exactly once, in each writer's order. The writers load,
// then start together (record-store-worker.ts waits for a line on stdin), so all eight race from the first write
// and the test fails if none of them ever lost a race. (5 writes each, not more: each write to one record is
// serialized by the remote, so the file's time grows with the writes, not the contention; 15 each were 100-300 s of
// the suite's two workers on a loaded machine. `npm run test:load` runs 50 writers over HTTP.)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RecordStore } from '../../../src/state/record-store.js';
import { tmpDir } from '../../helpers/tmp.js';
import { cloneOf, makeRemote, sampleRelease } from './record-store-fixtures.js';

const WORKERS = 8;
const WRITES_EACH = 5;
const WORKER = join(import.meta.dirname, 'record-store-worker.ts');

interface WorkerReport {
  worker: number;
  attempts: number;
  retries: number;
  writes: number;
  ms: number;
}

interface Worker {
  /** Settles once the worker has loaded and waits for `go`. */
  ready: Promise<void>;
  go: () => void;
  done: Promise<WorkerReport>;
}

function startWorker(dir: string, id: string, k: number): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WORKER, dir, id, String(k), String(WRITES_EACH)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  let loaded = () => {};
  const ready = new Promise<void>((r) => (loaded = r));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) loaded();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<WorkerReport>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`worker ${k} exited ${code}: ${err || out}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as WorkerReport);
    });
  });
  // A worker that dies before it is ready fails the test through `done`, not by leaving `ready` pending.
  done.catch(() => loaded());
  return { ready, go: () => child.stdin.end('go\n'), done };
}

test(`${WORKERS} processes x ${WRITES_EACH} writes to one record lose nothing`, {
  timeout: 300_000,
}, async () => {
  const dir = tmpDir();
  const url = await makeRemote(dir);
  const release = sampleRelease();
  const setup = await cloneOf(url, join(dir, 'setup'));
  await new RecordStore({ git: setup, remote: 'origin' }).createRelease(release);
  const clones: string[] = [];
  for (let k = 0; k < WORKERS; k++) {
    clones.push(join(dir, `w${k}`));
    await cloneOf(url, join(dir, `w${k}`));
  }

  const workers = clones.map((c, k) => startWorker(c, release.id, k));
  await Promise.all(workers.map((w) => w.ready));
  const started = performance.now();
  for (const w of workers) w.go();
  const reports = await Promise.all(workers.map((w) => w.done));
  const wallMs = Math.round(performance.now() - started);

  const final = await new RecordStore({ git: setup, remote: 'origin' }).getRelease(release.id);
  const notes = (final?.approvals ?? []).map((a) => a.commit);
  const expected = clones.flatMap((_, k) => Array.from({ length: WRITES_EACH }, (_, i) => `w${k}-${i}`));
  expect(notes).toHaveLength(WORKERS * WRITES_EACH);
  expect(new Set(notes).size).toBe(notes.length);
  expect([...notes].sort()).toEqual([...expected].sort());
  // Each writer's own entries are in the order it wrote them: a retry never reorders or replays.
  for (let k = 0; k < WORKERS; k++) {
    const mine = notes.filter((n) => n.startsWith(`w${k}-`));
    expect(mine).toEqual(Array.from({ length: WRITES_EACH }, (_, i) => `w${k}-${i}`));
  }
  // One commit per write on top of the creation: nothing was written twice or squashed.
  const commits = await setup.exec(['rev-list', '--count', 'refs/gitopshq/fetched/gitopshq/state']);
  expect(Number(commits.stdout.trim())).toBe(WORKERS * WRITES_EACH + 1);

  // The writers did race: at least one write lost to another and was retried (all start together, so a run
  // where they took turns would not test the guarantee at all).
  const retries = reports.reduce((s, r) => s + r.retries, 0);
  expect(retries).toBeGreaterThan(0);
  console.log(
    `concurrency: ${WORKERS}x${WRITES_EACH} writes in ${wallMs} ms, ${retries} retries ` +
      `(per worker: ${reports.map((r) => r.retries).join(' ')})`,
  );
});
