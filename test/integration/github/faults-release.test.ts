// GitHub faults at every GitHub call of create-release and preview, in process with the real Octokit adapter, real
// git, helm and the OpenAPI-checked simulator; the release records are kept in memory. create-release in dev with
// auto-merge makes every kind of write it has (branch, pull request, its first preview and gate, the merge); a
// re-run with new notes updates the pull request; preview renders a hand-opened pull request and comments on it.
// The matrix (test/helpers/fault-matrix.ts): each call x each fault succeeds after retries or fails clearly, the
// records never claim what GitHub does not show, and a clean re-run converges.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import type { GitHubPort } from '../../../src/github/port.js';
import { type CreateReleaseRequest, createRelease } from '../../../src/usecases/create-release.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore, localReleaseBranches } from '../../../src/usecases/local-ports.js';
import { preview } from '../../../src/usecases/preview.js';
import { promote } from '../../../src/usecases/promote.js';
import { FAULT_COVERAGE } from '../../helpers/fault-coverage.js';
import {
  botClient,
  type FaultSubject,
  faultMatrix,
  outcomeOf,
  type StepRun,
} from '../../helpers/fault-matrix.js';
import { MemoryRecords } from '../../helpers/memory-records.js';
import { BOT, promoteFixture, SATURDAY } from '../../helpers/promote-fixture.js';
import { DEV_VALUES, type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

function subject(
  w: ReleaseWorld,
  name: string,
  initial: ReleaseRecord[],
  run: (github: GitHubPort, records: MemoryRecords) => Promise<StepRun>,
): FaultSubject {
  let records = new MemoryRecords(initial);
  return {
    name,
    sim: w.sb.sim,
    covers: FAULT_COVERAGE[name] ?? [],
    reset: () => {
      records = new MemoryRecords(initial);
    },
    run: (github) => run(github, records),
    claims: async () => ({ releases: [...records.records.values()] }),
  };
}

const bot = (w: ReleaseWorld) => () => botClient(w.sb.sim, w.sb.users['gitopshq-bot'] ?? '');

/** create-release as the action runs it, in a fresh checkout; the same random bytes every run (one release id). */
async function create(
  w: ReleaseWorld,
  github: GitHubPort,
  records: MemoryRecords,
  req: CreateReleaseRequest,
) {
  const ws = await w.workspace();
  const r = await createRelease(
    req,
    {
      github,
      log: silentLogger,
      store: records.port(),
      branches: localReleaseBranches(ws.cwd, { actor: req.actor }),
      ...localPorts(ws.cwd),
    },
    { random: (n) => Buffer.alloc(n, 7) },
  );
  return outcomeOf(r);
}

const DEV: CreateReleaseRequest = {
  workload: 'payment-api',
  environment: 'dev',
  updates: [{ path: 'image.tag', value: '2.7.0' }],
  tenants: [],
  draft: false,
  autoMerge: true,
  actor: 'dev-alice',
};

describe('GitHub faults at every call of create-release, preview and promote', () => {
  it('create-release: a dev release opened, previewed, approved and merged at once', async () => {
    const w = await releaseWorld('faults-create-');
    const s = subject(w, 'create-release', [], (github, records) => create(w, github, records, DEV));
    const { cases } = await faultMatrix(s, bot(w));
    console.log(cases.join('\n'));
  }, 3_600_000);

  it('create-release re-run after a 404 between its push and its record keeps the lead time', async () => {
    // GitHub answers 404 to the look-up of the branch's pull request, after the branch was pushed: no pull
    // request, no record. The re-run writes the record as the first run would have: the lead time starts at the
    // branch's first commit, which the re-run did not write.
    const w = await releaseWorld('faults-create-rerun-');
    const records = new MemoryRecords();
    const req = { ...DEV, environment: 'staging', autoMerge: false };
    w.sb.sim.faults.push({ method: 'GET', path: /^\/repos\/acme\/gitops\/pulls$/, status: 404, times: 1 });
    await expect(create(w, bot(w)(), records, req)).rejects.toMatchObject({ status: 404 });
    expect(records.records.size).toBe(0);
    expect(w.sb.sim.store.repo('acme', 'gitops')?.pulls).toEqual([]);

    expect((await create(w, bot(w)(), records, req)).outcome).toBe('succeeded');
    const [record] = [...records.records.values()];
    const pr = w.sb.sim.store
      .repo('acme', 'gitops')
      ?.pulls.find((p) => p.number === record?.pullRequest?.number);
    const head = (await w.sb.sim.bare('acme', 'gitops').branchSha(pr?.head ?? '')) ?? '';
    const ws = await w.workspace();
    const committed = (await ws.exec(['show', '-s', '--format=%aI', head])).stdout.trim();
    expect(record?.firstCommitAt).toBe(new Date(committed).toISOString());
  }, 300_000);

  it('create-release re-run with new notes: the pull request updated', async () => {
    const w = await releaseWorld('faults-create-notes-');
    const staging = { ...DEV, environment: 'staging', autoMerge: false, notes: 'first notes' };
    const first = new MemoryRecords();
    expect((await create(w, bot(w)(), first, staging)).outcome).toBe('succeeded');
    const initial = [...first.records.values()];
    const s = subject(w, 'create-release new notes', initial, (github, records) =>
      create(w, github, records, { ...staging, notes: 'the notes, corrected' }),
    );
    const { cases } = await faultMatrix(s, bot(w));
    console.log(cases.join('\n'));
  }, 3_600_000);

  it('preview: a hand-opened pull request rendered, commented on and given its status', async () => {
    const w = await releaseWorld('faults-preview-');
    const alice = await w.clone('dev-alice');
    await alice.checkout('tune-dev', { create: true });
    const file = join(alice.cwd, DEV_VALUES);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/tag: .*/, 'tag: "2.8.0"'));
    await alice.addAll();
    await alice.commit('payment-api: 2.8.0 in dev');
    expect((await alice.push('origin', ['HEAD:refs/heads/tune-dev'])).exitCode).toBe(0);
    const pr = await w.as('dev-alice').createPullRequest({
      head: 'tune-dev',
      base: 'main',
      title: 'payment-api: 2.8.0 in dev',
      body: '',
    });
    const s = subject(w, 'preview', [], async (github) => {
      const ws = await w.workspace();
      return outcomeOf(
        await preview(
          { pullRequest: pr.number, comment: true, failOn: 'error' },
          { github, ...localPorts(ws.cwd), log: silentLogger },
        ),
      );
    });
    const { cases } = await faultMatrix(s, bot(w));
    console.log(cases.join('\n'));
  }, 3_600_000);

  it('promote re-run after GitHub failed between opening the wave and its pull request: the same pull request', async () => {
    // The first run records wave 0 open, then GitHub answers 404 to the pull request's creation. The re-run opens
    // it as the first run would have: its checklist and body name the wave after it (not "the last wave").
    const f = await promoteFixture();
    f.sim.faults.push({ method: 'POST', path: /^\/repos\/acme\/gitops\/pulls$/, status: 404, times: 1 });
    await expect(f.run({})).rejects.toMatchObject({ status: 404 });
    const again = await f.run({});
    if (again.outcome !== 'succeeded') throw new Error(JSON.stringify(again));
    expect(again.value.wave).toEqual({ wave: 0, tenants: ['canary'], canary: ['canary'] });
    expect(again.value.next?.tenants).toEqual(['acme', 'globex']);
    const wave = again.value.checklist.items.find((i) => i.id === 'wave');
    expect(wave?.detail).toBe('wave 0 (canary); then wave 1');
    const pr = await f.github('rev-bob').getPullRequest(again.value.opened?.pullRequestNumber ?? 0);
    expect(pr.body).toContain('the previous wave is Healthy (wave 0 (canary); then wave 1)');
  }, 600_000);

  it('promote: the canary wave opened in prod during the weekend freeze by break-glass, its PR labelled', async () => {
    const f = await promoteFixture();
    // promote keeps its records on the state branch (the simulator's checkpoint restores it with everything else).
    const s: FaultSubject = {
      name: 'promote',
      sim: f.sim,
      covers: FAULT_COVERAGE.promote ?? [],
      reset: () => {},
      run: async (github) => {
        const ws = f.git;
        const ports = {
          github,
          log: silentLogger,
          store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'release-erin' }),
          branches: localReleaseBranches(ws.cwd, { token: f.tokens[BOT], actor: 'release-erin' }),
          ...localPorts(ws.cwd, { token: f.tokens[BOT] }),
        };
        return outcomeOf(
          await promote(
            { releaseId: f.source.id, actor: 'release-erin', breakGlass: 'INC-7: card payments down' },
            ports,
            {
              clock: { now: () => SATURDAY },
              random: (n) => Buffer.alloc(n, 7),
            },
          ),
        );
      },
      claims: async () => {
        const all = await (await localRecordStore(f.git.cwd, { remote: 'origin' })).readAll();
        return { releases: all.releases, promotions: all.promotions };
      },
    };
    const { cases } = await faultMatrix(s, () => botClient(f.sim, f.tokens[BOT] ?? ''));
    console.log(cases.join('\n'));
  }, 3_600_000);
});
