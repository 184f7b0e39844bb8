// One writer of the concurrency test, run as its own OS process: `node --import tsx record-store-worker.ts DIR ID K COUNT`.
// Once loaded it prints `ready` and waits for a line on stdin, so every writer starts at the same instant (the
// start-up of a tsx process, seconds on a loaded machine, would otherwise spread the writers out and let the first
// ones write alone). Then it appends COUNT approvals whose commit is `w<K>-<i>` to the same release, each a separate
// write through the store (the state and history never change: the store refuses that outside transitionRelease),
// and prints one JSON line with its counters.
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { Git } from '../../../src/git/git.js';
import { RecordStore } from '../../../src/state/record-store.js';

const [dir, id, k, count] = process.argv.slice(2);
if (!dir || !id || !k || !count) {
  process.stderr.write('usage: record-store-worker.ts DIR RELEASE_ID K COUNT\n');
  process.exit(2);
}

const appendNote =
  (note: string) =>
  (r: ReleaseRecord): ReleaseRecord => ({
    ...r,
    approvals: [
      ...r.approvals,
      { reviewer: `w${k}`, state: 'APPROVED', commit: note, at: new Date().toISOString() },
    ],
  });

const store = new RecordStore({ git: new Git(dir), remote: 'origin', actor: `w${k}`, maxAttempts: 200 });
process.stdout.write('ready\n');
await new Promise<void>((go) => process.stdin.once('data', () => go()));
process.stdin.destroy();
const started = performance.now();
for (let i = 0; i < Number(count); i++) {
  const note = `w${k}-${i}`;
  await store.updateRelease(id, appendNote(note), `release ${id}: note ${note}`);
}
process.stdout.write(
  `${JSON.stringify({ worker: Number(k), ...store.stats, ms: Math.round(performance.now() - started) })}\n`,
);
