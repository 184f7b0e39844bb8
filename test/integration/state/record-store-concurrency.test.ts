// The "no lost update" guarantee of docs/architecture.md#budgets under real contention: 8 OS processes, each with its
// own clone, each making 15 separate writes that append an approval to the SAME release, against one bare remote
// over file://. Every one of the 120 entries must survive, exactly once. (15, not more: the suite's two workers
// share two cores, and this file alone was two minutes of it; `npm run test:load` runs 50 writers over HTTP.)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RecordStore } from '../../../src/state/record-store.js';
import { tmpDir } from '../../helpers/tmp.js';
import { cloneOf, makeRemote, sampleRelease } from './record-store-fixtures.js';

const WORKERS = 8;
const WRITES_EACH = 15;
const WORKER = join(import.meta.dirname, 'record-store-worker.ts');

interface WorkerReport {
  worker: number;
  attempts: number;
  retries: number;
  writes: number;
  ms: number;
}

function runWorker(dir: string, id: string, k: number): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, dir, id, String(k), String(WRITES_EACH)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`worker ${k} exited ${code}: ${err || out}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as WorkerReport);
    });
  });
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

  const started = performance.now();
  const reports = await Promise.all(clones.map((c, k) => runWorker(c, release.id, k)));
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

  const retries = reports.reduce((s, r) => s + r.retries, 0);
  console.log(
    `concurrency: ${WORKERS}x${WRITES_EACH} writes in ${wallMs} ms, ${retries} retries ` +
      `(per worker: ${reports.map((r) => r.retries).join(' ')})`,
  );
});
