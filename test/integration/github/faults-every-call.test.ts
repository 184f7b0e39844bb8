// GitHub faults at every GitHub call of the lifecycle steps (deploy, rollback, approve-gate), in process with the
// real Octokit adapter, real git and the OpenAPI-checked simulator; the release records are kept in memory (they
// are what the step claims, the simulator is what GitHub shows). For each call of a clean run, in turn, and each
// fault (5xx, secondary rate limit with retry-after, no answer, 404 right after a create): the step succeeds after
// retries or fails with a clear message; the records never claim what GitHub does not show; a clean re-run ends
// where the uninterrupted run ended. Every GitHubPort method must be exercised here or named with the action that
// uses it, so a new port method without a fault case fails this test.
import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { explainGitHubFailure } from '../../../src/github/failure.js';
import { OctokitGitHub } from '../../../src/github/octokit-adapter.js';
import { APPROVAL_STATUS_CONTEXT, type GitHubPort } from '../../../src/github/port.js';
import type { GitHubSimulator } from '../../../src/sandbox/github/simulator.js';
import { approveGate } from '../../../src/usecases/approve-gate.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localDeployBranches, localPorts, localReleaseSource } from '../../../src/usecases/local-ports.js';
import { rollback } from '../../../src/usecases/rollback.js';
import {
  FAULTS,
  type FaultKind,
  type PortCall,
  portMethods,
  recordingPort,
} from '../../helpers/call-faults.js';
import { endState, normalize } from '../../helpers/kill-converge.js';
import { MemoryRecords } from '../../helpers/memory-records.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

/** Port methods no lifecycle step calls, and the step that does (its own fault tests cover them). */
const ELSEWHERE: Record<string, string> = {
  updatePullRequest: 'create-release (a re-run with new notes)',
  upsertStickyComment: 'preview',
  addLabels: 'promote',
  removeLabel: 'promote',
  dispatchWorkflow: 'promote',
  dispatchRepository: 'create-release from an application repository',
  // create-release is not in this matrix yet (its kill-after-each-write e2e test covers its writes).
  mergePullRequest: 'create-release (auto-merge)',
  requestsByRoute: 'no step: it reads the adapter request counter, no GitHub call',
  // verify-health on a schedule: the one drift issue per environment (not in this matrix yet).
  // The gate reads the changed files only for CODEOWNERS or an unregistered PR (the scenarios above have neither).
  listPullRequestFiles: 'approve-gate (CODEOWNERS, or registering a hand-opened PR)',
  listIssues: 'verify-health (drift issue)',
  createIssue: 'verify-health (drift issue)',
  updateIssue: 'verify-health (drift issue)',
};

interface StepRun {
  outcome: string;
  error?: unknown;
}

interface Scenario {
  name: string;
  /** Sets up GitHub and git; returns the records the step starts from. */
  setup(w: ReleaseWorld): Promise<ReleaseRecord[]>;
  run(w: ReleaseWorld, github: GitHubPort, records: MemoryRecords): Promise<StepRun>;
}

function bot(w: ReleaseWorld): OctokitGitHub {
  return new OctokitGitHub({
    token: w.sb.users['gitopshq-bot'] ?? '',
    baseUrl: w.sb.sim.apiUrl,
    repository: { owner: 'acme', repo: 'gitops' },
    policy: { pacing: 'none', retryBaseMs: 20 },
  });
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

/** The outcome of a step, with why it failed or waits. */
function outcomeOf(r: { outcome: string; error?: { message: string }; reason?: string }): StepRun {
  if (r.error) return { outcome: r.outcome, error: r.error.message };
  if (r.reason !== undefined) return { outcome: r.outcome, error: r.reason };
  return { outcome: r.outcome };
}

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

/** What the records claim that GitHub (the simulator) does not show; empty when they tell the truth. */
async function lies(
  sim: GitHubSimulator,
  records: readonly ReleaseRecord[],
  gate: boolean,
): Promise<string[]> {
  const repo = sim.store.repo('acme', 'gitops');
  if (!repo) return ['no repository'];
  const out: string[] = [];
  for (const r of records) {
    if (r.pullRequest && !repo.pulls.some((p) => p.number === r.pullRequest?.number)) {
      out.push(`${r.id}: pull request #${r.pullRequest.number} does not exist`);
    }
    if (['Deployed', 'Synced', 'Healthy'].includes(r.state)) {
      const d = repo.deployments.find((x) => x.id === r.deploy?.deploymentId);
      if (!d) out.push(`${r.id} is ${r.state}: no Deployment ${r.deploy?.deploymentId}`);
      else if (d.sha !== r.deploy?.commit) out.push(`${r.id}: Deployment ${d.id} is for ${d.sha}`);
      // A later deploy to the environment makes it inactive, as GitHub does; it must have succeeded once.
      else if (!d.statuses.some((x) => x.state === 'success')) {
        out.push(`${r.id} is ${r.state}: Deployment ${d.id} never showed success`);
      }
      const tip = await sim.bare('acme', 'gitops').branchSha(r.deploy?.branch ?? '');
      if (tip === undefined) out.push(`${r.id}: deploy branch ${r.deploy?.branch} does not exist`);
    }
    if (r.state === 'RolledBack') {
      const back = repo.deployments.find(
        (d) =>
          (d.payload as { release?: string }).release === r.rolledBackTo &&
          d.statuses.at(-1)?.state === 'success',
      );
      if (!back) out.push(`${r.id} is Rolled Back: no successful Deployment of ${r.rolledBackTo}`);
    }
    // Only the gate approves (the other scenarios start from a release approved by hand).
    if (gate && r.state === 'Approved' && r.pullRequest) {
      const pr = repo.pulls.find((p) => p.number === r.pullRequest?.number);
      const head = pr ? await sim.bare('acme', 'gitops').branchSha(pr.head) : undefined;
      const status = repo.statuses
        .filter((s) => s.sha === head && s.context === APPROVAL_STATUS_CONTEXT)
        .at(-1);
      if (status?.state !== 'success')
        out.push(`${r.id} is Approved: ${APPROVAL_STATUS_CONTEXT} is ${status?.state}`);
    }
  }
  return out;
}

const exercised = new Set<string>();
const cases: string[] = [];

async function settle(run: () => Promise<StepRun>): Promise<StepRun> {
  try {
    return await run();
  } catch (error) {
    return { outcome: 'threw', error };
  }
}

async function stateOf(sim: GitHubSimulator, records: MemoryRecords) {
  const recs = JSON.parse(normalize(JSON.stringify([...records.records.values()]))) as unknown;
  const { records: _stateBranch, ...github } = await endState(sim);
  return { github, records: recs };
}

describe('GitHub faults at every call', () => {
  it.each(SCENARIOS)(
    '$name: every call x every fault succeeds after retries or fails clearly, and converges',
    async (s) => {
      const w = await releaseWorld(`faults-${s.name}-`);
      const initial = await s.setup(w);
      const restore = await w.sb.sim.checkpoint();
      const calls: PortCall[] = [];
      const clean = new MemoryRecords(initial);
      const reference = await s.run(w, recordingPort(bot(w), w.sb.sim, calls), clean);
      expect(reference.outcome, String(reference.error)).not.toBe('threw');
      const gate = s.name === 'approve-gate';
      expect(await lies(w.sb.sim, [...clean.records.values()], gate)).toEqual([]);
      const want = await stateOf(w.sb.sim, clean);
      for (const c of calls) exercised.add(c.method);

      for (const [index, call] of calls.entries()) {
        const request = call.requests.find((r) => !r.path.includes('.git/'));
        if (!request) continue;
        for (const fault of Object.keys(FAULTS) as FaultKind[]) {
          const label = `${s.name}: ${fault} at call ${index} (${call.method}, ${request.method} ${request.path})`;
          await restore();
          w.sb.sim.faults.length = 0;
          const records = new MemoryRecords(initial);
          const hit = await settle(() =>
            s.run(w, recordingPort(bot(w), w.sb.sim, [], { call: index, request, fault }), records),
          );
          w.sb.sim.faults.length = 0;
          if (hit.outcome === 'threw') {
            // A failure the action reports as what GitHub answered, never as "unexpected error (a bug)".
            expect(explainGitHubFailure(hit.error), `${label}: ${String(hit.error)}`).toMatch(
              /^GitHub (answered \d{3} to|did not answer) [A-Z]+ \//,
            );
          } else if (hit.outcome === 'failed') {
            expect(String(hit.error), label).toMatch(/\w/);
          } else if (hit.outcome !== reference.outcome) {
            // A 404 read as its meaning (not a collaborator, no such PR): the step waits and says what for.
            expect(fault, label).toBe('not-found-after-create');
            expect(hit.outcome, label).toBe('pending');
            expect(String(hit.error), label).toMatch(/\w/);
          }
          expect(await lies(w.sb.sim, [...records.records.values()], gate), label).toEqual([]);
          const converged =
            hit.outcome === reference.outcome &&
            JSON.stringify(await stateOf(w.sb.sim, records)) === JSON.stringify(want);
          // Retries carried the run through to the uninterrupted end state: a re-run is the plain re-run tested elsewhere.
          if (!converged) {
            const again = await settle(() => s.run(w, bot(w), records));
            expect(again.outcome, `${label}: re-run ${String(again.error)}`).toBe(reference.outcome);
            expect(await stateOf(w.sb.sim, records), `${label}: end state after the re-run`).toEqual(want);
          }
          cases.push(
            `${label}: ${hit.outcome}${converged ? '' : ', converged on a re-run'}${hit.outcome === 'threw' ? ` (${explainGitHubFailure(hit.error)?.slice(0, 60)})` : ''}`,
          );
        }
      }
      console.log(
        `${s.name}: ${calls.length} calls, ${cases.filter((c) => c.startsWith(s.name)).length} fault cases`,
      );
    },
    1_800_000,
  );

  it('every GitHubPort method is exercised above or named with the step that uses it', () => {
    const missing = portMethods().filter((m) => !exercised.has(m) && !(m in ELSEWHERE));
    expect(missing, 'port methods with no fault case: add them to a scenario or to ELSEWHERE').toEqual([]);
    expect(Object.keys(ELSEWHERE).filter((m) => !portMethods().includes(m))).toEqual([]);
    console.log(`fault cases: ${cases.length}\n${cases.join('\n')}`);
  });
});
