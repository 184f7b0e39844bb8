// Where create-release starts a release's lead time (`firstCommitAt`), through the OpenAPI-checked GitHub simulator
// and real git: the application commit's time when the request gives one, else the release branch's first commit,
// also on a re-run over a branch an earlier run wrote (a run killed after its push: test/e2e/create-release.test.ts).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import {
  type CreateReleasePorts,
  type CreateReleaseRequest,
  createRelease,
} from '../../../src/usecases/create-release.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore, localReleaseBranches } from '../../../src/usecases/local-ports.js';
import { BOT, type PromoteFixture, promoteFixture } from '../../helpers/promote-fixture.js';

const T0 = new Date('2026-12-02T10:00:00Z');
const T1 = new Date('2026-12-02T11:30:00Z');

const request: CreateReleaseRequest = {
  workload: 'payment-api',
  environment: 'dev',
  updates: [{ path: 'image.tag', value: '2.1.0' }],
  tenants: [],
  draft: false,
  autoMerge: false,
  actor: 'dev-alice',
};

async function ports(f: PromoteFixture): Promise<CreateReleasePorts> {
  return {
    github: f.github(BOT),
    log: silentLogger,
    store: await localRecordStore(f.git.cwd, { remote: 'origin', actor: 'dev-alice' }),
    branches: localReleaseBranches(f.git.cwd, { token: f.tokens[BOT], actor: 'dev-alice' }),
    ...localPorts(f.git.cwd, { token: f.tokens[BOT] }),
  };
}

function run(f: PromoteFixture, at: Date, req: Partial<CreateReleaseRequest> = {}) {
  return ports(f).then((p) =>
    createRelease({ ...request, ...req }, p, { clock: { now: () => at }, random: (n) => randomBytes(n) }),
  );
}

async function record(f: PromoteFixture, id: string): Promise<ReleaseRecord | undefined> {
  await f.store.refresh();
  return f.store.getRelease(id);
}

// A dozen git round trips and one first preview (the re-runs find its statuses): seconds on a quiet machine.
const SLOW = 180_000;

describe('create-release: where lead time starts', () => {
  it(
    "a re-run fills in a record's missing first commit and keeps one it has; a committed-at time is where it starts",
    async () => {
      const f = await promoteFixture();
      const source = '2026-12-02T08:15:00.000Z';
      const first = await run(f, T0, { sourceCommittedAt: source });
      expect(first.outcome, JSON.stringify(first)).toBe('succeeded');
      const id = first.value?.releaseId ?? '';
      expect((await record(f, id))?.firstCommitAt).toBe(source);

      // A record without it (written before create-release knew it, or by hand): the re-run sets it from the PR.
      await f.store.updateRelease(id, ({ firstCommitAt: _, ...r }) => r, 'drop firstCommitAt');
      expect((await record(f, id))?.firstCommitAt).toBeUndefined();
      const fill = await run(f, T1);
      expect(fill.value?.wrote.record).toBe('updated');
      expect((await record(f, id))?.firstCommitAt).toBe(T0.toISOString());

      // Known already: a later run with another time does not move it.
      const keep = await run(f, T1, { sourceCommittedAt: '2026-12-02T11:00:00Z' });
      expect(keep.value?.wrote.record).toBe('unchanged');
      expect((await record(f, id))?.firstCommitAt).toBe(T0.toISOString());
    },
    SLOW,
  );
});
