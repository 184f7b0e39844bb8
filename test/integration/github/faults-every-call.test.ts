// GitHub faults at every GitHub call of the lifecycle steps (deploy, rollback, approve-gate), in process with the
// real Octokit adapter, real git and the OpenAPI-checked simulator; the release records are kept in memory (they
// are what the step claims, the simulator is what GitHub shows). For each call of a clean run, in turn, and each
// fault (5xx, secondary rate limit with retry-after, no answer, 404 right after a create): the step succeeds after
// retries or fails with a clear message; the records never claim what GitHub does not show; a clean re-run ends
// where the uninterrupted run ended. Every GitHubPort method must be exercised here or named with the action that
// uses it, so a new port method without a fault case fails this test.
import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import type { OctokitGitHub } from '../../../src/github/octokit-adapter.js';
import type { GitHubPort } from '../../../src/github/port.js';
import { approveGate } from '../../../src/usecases/approve-gate.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localDeployBranches, localPorts, localReleaseSource } from '../../../src/usecases/local-ports.js';
import { rollback } from '../../../src/usecases/rollback.js';
import { portMethods } from '../../helpers/call-faults.js';
import { FAULT_COVERAGE, NO_STEP_CALLS, NOT_COVERED_YET } from '../../helpers/fault-coverage.js';
import { botClient, faultMatrix, outcomeOf, type StepRun } from '../../helpers/fault-matrix.js';
import { MemoryRecords } from '../../helpers/memory-records.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

interface Scenario {
  name: string;
  /** Sets up GitHub and git; returns the records the step starts from. */
  setup(w: ReleaseWorld): Promise<ReleaseRecord[]>;
  run(w: ReleaseWorld, github: GitHubPort, records: MemoryRecords): Promise<StepRun>;
}

function bot(w: ReleaseWorld): OctokitGitHub {
  return botClient(w.sb.sim, w.sb.users['gitopshq-bot'] ?? '');
}

async function deployPorts(w: ReleaseWorld, github: GitHubPort, records: MemoryRecords) {
  const ws = await w.workspace();
  return {
    github,
    store: records.port(),
    log: silentLogger,
    source: localReleaseSource(ws.cwd),
    branches: localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
  };
}

async function recordsOf(w: ReleaseWorld): Promise<ReleaseRecord[]> {
  return (await w.store()).listReleases();
}

const shas = new Map<string, string>();

const SCENARIOS: Scenario[] = [
  {
    name: 'deploy',
    async setup(w) {
      shas.set('deploy', await w.mergedRelease('payment-api-dev-20261130-fffff1', '2.5.0'));
      return recordsOf(w);
    },
    async run(w, github, records) {
      const r = await deploy(
        { sha: shas.get('deploy') ?? '', actor: 'release-erin' },
        await deployPorts(w, github, records),
      );
      return outcomeOf(r);
    },
  },
  {
    // GitHub links a merge commit to its pull request a moment after the merge: on the push, the link is empty
    // yet, and deploy asks the pull request the merge commit's message names what it merged as.
    name: 'deploy, merge not linked yet',
    async setup(w) {
      shas.set('deploy-unlinked', await w.mergedRelease('payment-api-dev-20261130-fffff4', '2.5.0'));
      w.sb.sim.tampers.push({
        method: 'GET',
        path: /^\/repos\/acme\/gitops\/commits\/[0-9a-f]{40}\/pulls$/,
        mutate: () => [],
      });
      return recordsOf(w);
    },
    async run(w, github, records) {
      const r = await deploy(
        { sha: shas.get('deploy-unlinked') ?? '', actor: 'release-erin' },
        await deployPorts(w, github, records),
      );
      return outcomeOf(r);
    },
  },
  {
    name: 'rollback',
    async setup(w) {
      const records = new MemoryRecords();
      for (const [id, tag] of [
        ['payment-api-dev-20261130-fffff2', '2.5.0'],
        ['payment-api-dev-20261130-fffff3', '2.6.0'],
      ] as const) {
        const sha = await w.mergedRelease(id, tag);
        for (const r of await recordsOf(w)) if (!records.records.has(r.id)) records.records.set(r.id, r);
        const done = await deploy({ sha, actor: 'release-erin' }, await deployPorts(w, bot(w), records));
        expect(done.outcome).toBe('succeeded');
      }
      // A rollback goes back to a release seen Healthy.
      for (const to of ['Synced', 'Healthy'] as const) {
        await records.transitionRelease('payment-api-dev-20261130-fffff2', to, { actor: 'gitopshq-bot' });
      }
      return [...records.records.values()];
    },
    async run(w, github, records) {
      const ports = await deployPorts(w, github, records);
      const r = await rollback(
        { environment: 'dev', to: 'payment-api-dev-20261130-fffff2', actor: 'release-erin', reason: 'p99' },
        { ...ports, pulls: github, valuesRepo: ports.branches },
      );
      return outcomeOf(r);
    },
  },
  {
    name: 'approve-gate',
    async setup(w) {
      const alice = await w.clone('dev-alice');
      await alice.checkout('release/payment-api-prod', { create: true });
      const { readFileSync, writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const file = join(alice.cwd, 'workloads/payment-api/values/prod.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/tag: .*/, 'tag: "2.5.0"'));
      const config = join(alice.cwd, 'gitopshq.yaml');
      // No freeze whenever this runs; prod also asks the code owners (getCodeowners is a call of the gate).
      const text = readFileSync(config, 'utf8').replace(
        'dismissStaleApprovals: true',
        'dismissStaleApprovals: true\n      codeowners: true',
      );
      const start = text.indexOf('\nfreezes:\n');
      const end = text.indexOf('\n# Checks every rendered manifest');
      writeFileSync(config, `${text.slice(0, start)}\nfreezes: []\n${text.slice(end)}`);
      await alice.addAll();
      await alice.commit('no freezes');
      // The freeze change lands on main first (the gate reads its policy from the base).
      expect((await alice.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/tag: .*/, 'tag: "2.6.0"'));
      await alice.addAll();
      await alice.commit('payment-api: bump image.tag to 2.6.0 in prod');
      expect((await alice.push('origin', ['HEAD:refs/heads/release/payment-api-prod'])).exitCode).toBe(0);
      const pr = await w.as('dev-alice').createPullRequest({
        head: 'release/payment-api-prod',
        base: 'main',
        title: 'payment-api: bump image.tag to 2.6.0',
        body: '',
      });
      shas.set('approve-gate', String(pr.number));
      for (const [login, body] of [
        ['rev-bob', 'ok'],
        ['sre-dave', 'ok from sre'],
      ] as const) {
        const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/pulls/${pr.number}/reviews`, {
          method: 'POST',
          headers: { authorization: `token ${w.sb.users[login]}`, 'content-type': 'application/json' },
          body: JSON.stringify({ event: 'APPROVE', body }),
        });
        expect(res.status).toBe(200);
      }
      return [];
    },
    async run(w, github, records) {
      const ws = await w.workspace();
      const r = await approveGate(
        { pullRequest: Number(shas.get('approve-gate')), actor: 'gitopshq-bot' },
        { github, store: records.port(), log: silentLogger, checkout: localPorts(ws.cwd).checkout },
      );
      return outcomeOf(r);
    },
  },
];

describe('GitHub faults at every call of the lifecycle steps', () => {
  it.each(SCENARIOS)(
    '$name: every call x every fault succeeds after retries or fails clearly, and converges',
    async (s) => {
      const w = await releaseWorld(`faults-${s.name}-`);
      const initial = await s.setup(w);
      let records = new MemoryRecords(initial);
      const { cases } = await faultMatrix(
        {
          name: s.name,
          sim: w.sb.sim,
          covers: FAULT_COVERAGE[s.name] ?? [],
          gate: s.name === 'approve-gate',
          reset: () => {
            records = new MemoryRecords(initial);
          },
          run: (github) => s.run(w, github, records),
          claims: async () => ({ releases: [...records.records.values()] }),
        },
        () => bot(w),
      );
      console.log(cases.join('\n'));
    },
    1_800_000,
  );

  it('every GitHubPort method has a fault case in some step or is named as called by no step', () => {
    const covered = new Set(Object.values(FAULT_COVERAGE).flat());
    const named = { ...NO_STEP_CALLS, ...NOT_COVERED_YET };
    const missing = portMethods().filter((m) => !covered.has(m) && !(m in named));
    expect(missing, 'port methods with no fault case: add them to a step in FAULT_COVERAGE').toEqual([]);
    expect(Object.keys(named).filter((m) => !portMethods().includes(m))).toEqual([]);
    // A method a step now covers leaves the lists of exceptions.
    expect(Object.keys(named).filter((m) => covered.has(m))).toEqual([]);
  });
});
