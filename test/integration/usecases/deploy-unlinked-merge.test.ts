// deploy on a push GitHub has not linked to its pull request yet, through the OpenAPI-checked simulator with the
// real Octokit adapter and real git, among 20 Approved releases: the merge commit GitHub wrote names its pull
// request (merge: "Merge pull request #N from …", squash: "<title> (#N)"), so deploy asks that one pull request,
// counted in the simulator's request log, where it used to ask all 20. A direct push forging a release's number is
// refused by that pull request's answer, and the search without a hint stays bounded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { deploy, MAX_UNHINTED_LOOKUPS } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localDeployBranches, localReleaseSource } from '../../../src/usecases/local-ports.js';
import { MemoryRecords } from '../../helpers/memory-records.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const RELEASES = 20;

/** 20 release pull requests, each adding a file of its own (any two merge cleanly), their records Approved. */
async function approvedReleases(w: ReleaseWorld): Promise<MemoryRecords> {
  const git = await w.clone('dev-alice');
  const branches: string[] = [];
  for (let i = 1; i <= RELEASES; i++) {
    const branch = `gitopshq/release/payment-api-dev-r${i}`;
    await git.checkout('main');
    await git.checkout(branch, { create: true });
    writeFileSync(join(git.cwd, `NOTES-r${i}.md`), `release r${i}\n`);
    await git.addAll();
    await git.commit(`payment-api: r${i}`);
    branches.push(branch);
  }
  expect(
    (
      await git.push(
        'origin',
        branches.map((b) => `${b}:refs/heads/${b}`),
      )
    ).exitCode,
  ).toBe(0);
  const records = new MemoryRecords();
  const alice = w.as('dev-alice');
  for (const [i, branch] of branches.entries()) {
    const pr = await alice.createPullRequest({
      head: branch,
      base: 'main',
      title: `payment-api: r${i + 1}`,
      body: '',
    });
    const at = new Date(Date.UTC(2026, 10, 30, 9, i + 1)).toISOString();
    const record: ReleaseRecord = {
      apiVersion: 'gitopshq.io/v1',
      kind: 'Release',
      id: `payment-api-dev-20261130-r${i + 1}`,
      workload: 'payment-api',
      environment: 'dev',
      tenants: [],
      title: `payment-api: r${i + 1}`,
      author: 'dev-alice',
      createdAt: at,
      state: 'Approved',
      history: [
        { state: 'PendingApproval', at, actor: 'dev-alice' },
        { state: 'Approved', at, actor: 'gitopshq-bot' },
      ],
      changes: { updates: [] },
      pullRequest: { number: pr.number, url: pr.url, branch },
      approvals: [],
    };
    records.records.set(record.id, record);
  }
  // GitHub has not linked any merge commit to its pull request yet.
  w.sb.sim.tampers.push({
    method: 'GET',
    path: /^\/repos\/acme\/gitops\/commits\/[0-9a-f]{40}\/pulls$/,
    mutate: () => [],
  });
  return records;
}

async function deployAt(w: ReleaseWorld, records: MemoryRecords, sha: string) {
  const ws = await w.workspace();
  const before = w.sb.sim.requests.length;
  const r = await deploy(
    { sha, actor: 'release-erin' },
    {
      github: w.as('gitopshq-bot'),
      store: records.port(),
      log: silentLogger,
      source: localReleaseSource(ws.cwd),
      branches: localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
    },
  );
  const pullReads = w.sb.sim.requests
    .slice(before)
    .filter((q) => q.method === 'GET' && /^\/repos\/acme\/gitops\/pulls\/\d+$/.test(q.path))
    .map((q) => Number(q.path.split('/').at(-1)));
  return { r, pullReads };
}

function prOf(records: MemoryRecords, n: number): number {
  return records.records.get(`payment-api-dev-20261130-r${n}`)?.pullRequest?.number ?? 0;
}

describe('deploy on a merge GitHub has not linked yet (simulator)', () => {
  it('merge and squash merges among 20 Approved releases: one pull request read each; a forged number is refused', async () => {
    const w = await releaseWorld('deploy-unlinked-');
    const records = await approvedReleases(w);
    const erin = w.as('release-erin');

    // GitHub's merge commit, of a release approved early (the newest-first search would reach it last).
    const merged = await erin.mergePullRequest(prOf(records, 4), { method: 'merge' });
    const first = await deployAt(w, records, merged.sha);
    expect(first.r.outcome).toBe('succeeded');
    expect(first.pullReads).toEqual([prOf(records, 4)]);
    expect(records.records.get('payment-api-dev-20261130-r4')?.state).toBe('Deployed');

    // GitHub's squash commit, "<title> (#N)".
    const squashed = await erin.mergePullRequest(prOf(records, 9), { method: 'squash' });
    const second = await deployAt(w, records, squashed.sha);
    expect(second.r.outcome).toBe('succeeded');
    expect(second.pullReads).toEqual([prOf(records, 9)]);
    expect(records.records.get('payment-api-dev-20261130-r9')?.state).toBe('Deployed');

    // A direct push to main whose message names r13's pull request: r13's pull request says it did not merge.
    const git = await w.clone('dev-alice');
    writeFileSync(join(git.cwd, 'NOTES.md'), 'tweak\n');
    await git.addAll();
    await git.commit(`tweak (#${prOf(records, 13)})`);
    expect((await git.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
    const pushed = (await git.exec(['rev-parse', 'HEAD'])).stdout.trim();
    const forged = await deployAt(w, records, pushed);
    expect(forged.r.outcome === 'pending' && forged.r.reason).toMatch(/nothing to deploy/);
    expect(records.records.get('payment-api-dev-20261130-r13')?.state).toBe('Approved');
    expect(forged.pullReads[0]).toBe(prOf(records, 13));
    expect(forged.pullReads).toHaveLength(1 + MAX_UNHINTED_LOOKUPS);
    console.log(
      `pull request reads per unlinked deploy among ${RELEASES} Approved releases: merge ${first.pullReads.length}, squash ${second.pullReads.length}, forged number ${forged.pullReads.length}`,
    );
  }, 300_000);
});
