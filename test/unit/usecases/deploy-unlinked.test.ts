// deploy on a push GitHub has not linked to its pull request yet, among 20 Approved releases: the commit's own
// message or merged parent names the pull request and one call confirms it; a forged "(#N)" is refused by that
// call; a merge that names nothing asks at most MAX_UNHINTED_LOOKUPS pull requests, the releases approved last.
import { describe, expect, it } from 'vitest';
import type { CommitInfo } from '../../../src/domain/merge-commit.js';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import type { PullRequest } from '../../../src/github/port.js';
import type { DeployBranches } from '../../../src/state/deploy-branch.js';
import {
  type DeployPorts,
  deploy,
  MAX_UNHINTED_LOOKUPS,
  type OpenedRepo,
} from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { MemoryRecords } from '../../helpers/memory-records.js';

const SHA = 'e'.repeat(40);
const clock = { now: () => new Date('2026-11-30T10:00:00Z') };

function release(n: number): ReleaseRecord {
  const at = `2026-11-30T09:${String(n).padStart(2, '0')}:00.000Z`;
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id: `payment-api-dev-20261130-r${n}`,
    workload: 'payment-api',
    environment: 'dev',
    tenants: [],
    title: `payment-api: r${n}`,
    author: 'dev-alice',
    createdAt: at,
    state: 'Approved',
    history: [
      { state: 'PendingApproval', at, actor: 'dev-alice' },
      { state: 'Approved', at, actor: 'gitopshq-bot' },
    ],
    changes: { updates: [{ path: 'image.tag', value: `2.${n}.0` }] },
    pullRequest: {
      number: 100 + n,
      url: `https://x/${100 + n}`,
      branch: `gitopshq/release/payment-api-dev-r${n}`,
    },
    approvals: [],
  };
}

/** 20 Approved releases (r1 approved first, r20 last); `merged`: the one whose pull request merged as SHA. */
function world(merged: number | undefined, commit: CommitInfo | undefined, mergedElsewhere?: number) {
  const records = new MemoryRecords(Array.from({ length: 20 }, (_, i) => release(i + 1)));
  const asked: number[] = [];
  const head = { ref: 'x', sha: 'h'.repeat(40) };
  const github: DeployPorts['github'] = {
    findPullRequestForMergeCommit: async () => undefined, // not linked yet
    getPullRequest: async (n) => {
      asked.push(n);
      const here = merged !== undefined && n === 100 + merged;
      if (n === 100 + (mergedElsewhere ?? 0)) {
        return { number: n, merged: true, mergeCommitSha: 'a'.repeat(40), head } as PullRequest;
      }
      return { number: n, merged: here, mergeCommitSha: here ? SHA : null, head } as PullRequest;
    },
    listPullRequestCommits: async () => [],
    createDeployment: async (d) => ({
      id: 1,
      ref: d.ref,
      sha: d.ref,
      environment: d.environment,
      task: 'deploy',
      description: null,
    }),
    createDeploymentStatus: async () => {},
    listDeployments: async () => [],
  };
  const branches: DeployBranches = {
    findCommit: async () => undefined,
    readFiles: async () => [],
    list: async () => [],
    tip: async () => undefined,
    write: async () => 'c'.repeat(40),
  };
  const repo: OpenedRepo = {
    freezes: [],
    deployBranch: (env) => `gitopshq/deploy/${env}`,
    targets: () => [{ workload: 'payment-api', environment: 'dev', tenant: 'acme' }],
    render: async (targets) =>
      targets.map((target) => ({
        target,
        manifests: [
          { object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }, source: 'x' },
        ],
        findings: [],
      })),
  };
  const ports: DeployPorts = {
    github,
    store: records.port(),
    branches,
    log: silentLogger,
    source: { commit: async () => commit, open: (_ref, _policy, fn) => fn(repo) },
  };
  const run = () => deploy({ sha: SHA, actor: 'release-erin' }, ports, clock);
  const state = (n: number) => records.records.get(`payment-api-dev-20261130-r${n}`)?.state;
  return { run, asked, state };
}

const merge = (message: string, parents = ['b'.repeat(40), 'h'.repeat(40)]): CommitInfo => ({
  parents,
  message,
});

describe('deploy on a merge GitHub has not linked yet, among 20 Approved releases', () => {
  it("GitHub's merge commit: one call, to the pull request its message names, deploys that release", async () => {
    const w = world(4, merge('Merge pull request #104 from acme/gitopshq/release/payment-api-dev-r4\n\nr4'));
    expect((await w.run()).outcome).toBe('succeeded');
    expect(w.asked).toEqual([104]);
    expect(w.state(4)).toBe('Deployed');
  });

  it("GitHub's squash commit, several numbers in the title: one call, to the last one's pull request", async () => {
    const w = world(4, merge('payment-api: fixes #101 and #102 (#104)', ['b'.repeat(40)]));
    expect((await w.run()).outcome).toBe('succeeded');
    expect(w.asked).toEqual([104]);
    expect(w.state(4)).toBe('Deployed');
  });

  it('a merge message edited to name nothing: the merged branch of a hand merge, one call', async () => {
    const w = world(4, merge("Merge remote-tracking branch 'origin/gitopshq/release/payment-api-dev-r4'"));
    expect((await w.run()).outcome).toBe('succeeded');
    expect(w.asked).toEqual([104]);
  });

  it('a forged "(#N)" naming another release: its pull request refuses, that release stays Approved', async () => {
    // A direct push to main whose author wrote r3's number: r3's pull request merged, but as another commit.
    const w = world(undefined, merge('tweak replicas (#103)', ['b'.repeat(40)]), 3);
    const r = await w.run();
    expect(r.outcome === 'pending' && r.reason).toMatch(
      /is not the merge of a pull request: nothing to deploy/,
    );
    expect(w.state(3)).toBe('Approved');
    expect(w.asked[0]).toBe(103);
    // Then the bounded search, which does not ask 103 twice.
    expect(w.asked).toHaveLength(1 + MAX_UNHINTED_LOOKUPS);
    expect(new Set(w.asked).size).toBe(w.asked.length);
    expect(r.outcome === 'pending' && r.reason).toMatch(/not 14 older Approved one\(s\)/);
  });

  it('a squash whose title forges another release number: refused, the real release still found', async () => {
    // r18 merged as SHA (squash), its title edited to end with r3's number.
    const w = world(18, merge('payment-api: like (#103)', ['b'.repeat(40)]));
    expect((await w.run()).outcome).toBe('succeeded');
    expect(w.state(18)).toBe('Deployed');
    expect(w.state(3)).toBe('Approved');
    expect(w.asked).toEqual([103, 120, 119, 118]);
  });

  it('a rebase merge (no number): asks the releases approved last, newest first, and finds a recent one', async () => {
    const w = world(19, merge('payment-api: r19', ['b'.repeat(40)]));
    expect((await w.run()).outcome).toBe('succeeded');
    expect(w.asked).toEqual([120, 119]);
    expect(w.state(19)).toBe('Deployed');
  });

  it('a rebase merge of a release approved long ago: bounded, says what it did not ask and what to do', async () => {
    const w = world(2, merge('payment-api: r2', ['b'.repeat(40)]));
    const r = await w.run();
    expect(w.asked).toEqual([120, 119, 118, 117, 116]);
    expect(r.outcome === 'pending' && r.reason).toMatch(
      /asked the 5 releases approved last, not 15 older Approved one\(s\); if one of them merged as eeeeeee, re-run this deploy or deploy it by its release id/,
    );
    expect(w.state(2)).toBe('Approved');
  });

  it('no commit in the checkout: the bounded search alone finds it, and deploy says the checkout lacks it', async () => {
    const w = world(20, undefined);
    const r = await w.run();
    expect(w.asked).toEqual([120]);
    expect(r.outcome === 'failed' && r.error.message).toMatch(
      /release payment-api-dev-20261130-r20 is not deployed: the checkout lacks commit eeeeeee .*fetch-depth: 0/,
    );
    expect(w.state(20)).toBe('Approved');
  });
});
