// The fault matrix of one step (test/integration/github/faults-*.test.ts): from one starting point, an uninterrupted
// run logs the step's GitHub calls and its end state; then for each call in turn and each fault of FAULTS the step
// runs again from the same starting point with that fault on the call's first request. The step succeeds after
// retries or fails with a clear message; the records never claim what GitHub does not show (`lies`); a clean
// re-run ends where the uninterrupted run ended.
import { expect } from 'vitest';
import type { PromotionRecord, ReleaseRecord } from '../../src/domain/model.js';
import { explainGitHubFailure } from '../../src/github/failure.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { APPROVAL_STATUS_CONTEXT, type GitHubPort } from '../../src/github/port.js';
import type { GitHubSimulator } from '../../src/sandbox/github/simulator.js';
import {
  DEFAULT_FAULTS,
  type FaultKind,
  type PortCall,
  REQUEST_TIMEOUT_MS,
  recordingPort,
} from './call-faults.js';
import { endState, normalize } from './kill-converge.js';

export interface StepRun {
  outcome: string;
  error?: unknown;
}

/** What the step claims: its release and promotion records after a run. */
export interface Claims {
  releases: readonly ReleaseRecord[];
  promotions?: readonly PromotionRecord[];
}

export interface FaultSubject {
  name: string;
  sim: GitHubSimulator;
  /** Port methods this step's uninterrupted run must call (the coverage the port enumeration counts on). */
  covers: readonly string[];
  /** Back to the starting point's records (the simulator is restored by the matrix). */
  reset(): Promise<void> | void;
  run(github: GitHubPort): Promise<StepRun>;
  claims(): Promise<Claims>;
  /** Only the gate approves: the other steps start from releases approved by hand. */
  gate?: boolean;
  /** Normalizes more of the end state (random ids, times of the step's own). */
  normalizeState?: (s: string) => string;
  /** The faults to run (default DEFAULT_FAULTS); `lost-answer` is armed on write calls only (a GET is a read). */
  faults?: readonly FaultKind[];
}

/** The bot's client: fast retries, and the short per-request timeout the `timeout` fault outlasts. */
export function botClient(sim: GitHubSimulator, token: string): OctokitGitHub {
  return new OctokitGitHub({
    token,
    baseUrl: sim.apiUrl,
    repository: { owner: 'acme', repo: 'gitops' },
    policy: { pacing: 'none', retryBaseMs: 20, requestTimeoutMs: REQUEST_TIMEOUT_MS },
  });
}

/** The outcome of a step, with why it failed or waits. */
export function outcomeOf(r: { outcome: string; error?: { message: string }; reason?: string }): StepRun {
  if (r.error) return { outcome: r.outcome, error: r.error.message };
  if (r.reason !== undefined) return { outcome: r.outcome, error: r.reason };
  return { outcome: r.outcome };
}

const OPEN_WAVE_STATES = new Set(['InProgress']);

/** What the records claim that GitHub (the simulator) does not show; empty when they tell the truth. */
export async function lies(sim: GitHubSimulator, claims: Claims, gate: boolean): Promise<string[]> {
  const repo = sim.store.repo('acme', 'gitops');
  if (!repo) return ['no repository'];
  const bare = sim.bare('acme', 'gitops');
  const out: string[] = [];
  const { releases } = claims;
  for (const r of releases) {
    const pr = r.pullRequest && repo.pulls.find((p) => p.number === r.pullRequest?.number);
    if (r.pullRequest && !pr) out.push(`${r.id}: pull request #${r.pullRequest.number} does not exist`);
    if (pr && r.pullRequest && pr.head !== r.pullRequest.branch) {
      out.push(`${r.id}: pull request #${pr.number} is from ${pr.head}, not ${r.pullRequest.branch}`);
    }
    if (['Deployed', 'Synced', 'Healthy', 'Failed', 'RolledBack'].includes(r.state) && r.deploy) {
      const d = repo.deployments.find((x) => x.id === r.deploy?.deploymentId);
      if (!d) out.push(`${r.id} is ${r.state}: no Deployment ${r.deploy?.deploymentId}`);
      else if (d.sha !== r.deploy?.commit) out.push(`${r.id}: Deployment ${d.id} is for ${d.sha}`);
      // A later deploy to the environment makes it inactive, as GitHub does; it must have succeeded once.
      else if (!d.statuses.some((x) => x.state === 'success')) {
        out.push(`${r.id} is ${r.state}: Deployment ${d.id} never showed success`);
      } else if (r.state === 'Failed' && !d.statuses.some((x) => x.state === 'failure')) {
        out.push(`${r.id} is Failed: Deployment ${d.id} never showed failure`);
      }
      if ((await bare.branchSha(r.deploy?.branch ?? '')) === undefined) {
        out.push(`${r.id}: deploy branch ${r.deploy?.branch} does not exist`);
      }
    }
    if (r.state === 'RolledBack') {
      const back = repo.deployments.find(
        (d) =>
          (d.payload as { release?: string }).release === r.rolledBackTo &&
          d.statuses.some((s) => s.state === 'success'),
      );
      if (!back) out.push(`${r.id} is Rolled Back: no successful Deployment of ${r.rolledBackTo}`);
    }
    if (gate && r.state === 'Approved' && pr) {
      const head = await bare.branchSha(pr.head);
      const status = repo.statuses
        .filter((s) => s.sha === head && s.context === APPROVAL_STATUS_CONTEXT)
        .at(-1);
      if (status?.state !== 'success')
        out.push(`${r.id} is Approved: ${APPROVAL_STATUS_CONTEXT} is ${status?.state}`);
    }
  }
  // A promotion wave the record says is open has each of its releases' pull requests open or merged.
  for (const p of claims.promotions ?? []) {
    if (!OPEN_WAVE_STATES.has(p.state)) continue;
    for (const wave of p.waves) {
      for (const id of wave.releases) {
        const r = releases.find((x) => x.id === id);
        if (!r) out.push(`promotion ${p.id}: wave ${wave.wave} names ${id}, which has no record`);
        else if (!r.pullRequest) out.push(`promotion ${p.id}: ${id} has no pull request`);
      }
    }
  }
  return out;
}

/** The lines an assertion's actual and expected values do not share (its message shows neither). */
function differences(error: unknown): string {
  const e = error as { actual?: unknown; expected?: unknown } | null;
  if (!e || typeof e !== 'object' || !('actual' in e) || !('expected' in e)) return '';
  const lines = (v: unknown) => (JSON.stringify(v, null, 1) ?? String(v)).split('\n').map((l) => l.trim());
  const [actual, expected] = [lines(e.actual), lines(e.expected)];
  const only = (a: string[], b: string[]) => {
    const left = [...b];
    return a.filter((l) => {
      const i = left.indexOf(l);
      if (i < 0) return true;
      left.splice(i, 1);
      return false;
    });
  };
  return `\n  - expected: ${only(expected, actual).join(' ').slice(0, 1500)}\n  + actual: ${only(actual, expected).join(' ').slice(0, 1500)}`;
}

async function settle(run: () => Promise<StepRun>): Promise<StepRun> {
  try {
    return await run();
  } catch (error) {
    return { outcome: 'threw', error };
  }
}

async function stateOf(s: FaultSubject) {
  const claims = await s.claims();
  const n = s.normalizeState ?? ((x: string) => x);
  const recs = JSON.parse(n(normalize(JSON.stringify(claims)))) as unknown;
  // Dispatches left out: a faulted call's re-run may dispatch a release's deploy again (not idempotent, as GitHub's),
  // which the kill tests allow for by comparing distinct dispatches; here a faulted run may make a new release id.
  const { records: _stateBranch, dispatches: _dispatches, ...github } = await endState(s.sim, n);
  return { github, records: recs };
}

/**
 * Runs the matrix; returns the methods the uninterrupted run called and one line per case. `bot` makes a fresh
 * client (each case gets its own, as each run of an action does).
 */
export async function faultMatrix(
  s: FaultSubject,
  bot: () => GitHubPort,
): Promise<{ methods: Set<string>; cases: string[]; seconds: number }> {
  const t0 = performance.now();
  const restore = await s.sim.checkpoint();
  const calls: PortCall[] = [];
  await s.reset();
  const reference = await settle(() => s.run(recordingPort(bot(), s.sim, calls)));
  expect(reference.outcome, String(reference.error)).not.toBe('threw');
  expect(await lies(s.sim, await s.claims(), s.gate ?? false)).toEqual([]);
  const want = await stateOf(s);
  const methods = new Set(calls.map((c) => c.method));
  expect(
    [...s.covers].filter((m) => !methods.has(m)),
    `${s.name}: methods its run must call`,
  ).toEqual([]);
  const cases: string[] = [];
  const failures: string[] = [];
  console.log(`${s.name}: its run calls ${[...methods].sort().join(', ')}`);
  // FAULTS_REFERENCE_ONLY=1: only the uninterrupted run (to see which methods a step calls), no fault cases.
  // FAULTS_CASES=<regex>: only the cases whose label matches (to re-check one fix without the whole matrix).
  const only = process.env.FAULTS_CASES ? new RegExp(process.env.FAULTS_CASES) : undefined;
  for (const [index, call] of (process.env.FAULTS_REFERENCE_ONLY ? [] : calls).entries()) {
    const request = call.requests.find((r) => !r.path.includes('.git/'));
    if (!request) continue;
    for (const fault of s.faults ?? DEFAULT_FAULTS) {
      if (fault === 'lost-answer' && request.method === 'GET') continue;
      const label = `${s.name}: ${fault} at call ${index} (${call.method}, ${request.method} ${request.path})`;
      if (only && !only.test(label)) continue;
      const c0 = performance.now();
      try {
        await restore();
        s.sim.faults.length = 0;
        await s.reset();
        const hit = await settle(() =>
          s.run(recordingPort(bot(), s.sim, [], { call: index, request, fault })),
        );
        // A fault no request took tests nothing: the faulted run must have made the call and met the fault.
        const taken = s.sim.faults.length === 1 && s.sim.faults[0]?.times === 0;
        s.sim.faults.length = 0;
        expect(taken, `${label}: the fault was never answered (${hit.outcome} ${String(hit.error)})`).toBe(
          true,
        );
        if (hit.outcome === 'threw') {
          // A failure the action reports as what GitHub answered, never as "unexpected error (a bug)".
          expect(explainGitHubFailure(hit.error), `${label}: ${String(hit.error)}`).toMatch(
            /^GitHub (answered \d{3} to|did not answer) [A-Z]+ \//,
          );
        } else if (hit.outcome === 'failed') {
          expect(String(hit.error), label).toMatch(/\w/);
        } else if (hit.outcome !== reference.outcome) {
          // A 404 read as its meaning (not a collaborator, no such PR): the step waits and says what for.
          expect(fault, `${label}: ${hit.outcome} ${String(hit.error)}`).toBe('not-found-after-create');
          expect(hit.outcome, label).toBe('pending');
          expect(String(hit.error), label).toMatch(/\w/);
        }
        expect(
          await lies(s.sim, await s.claims(), s.gate ?? false),
          `${label}: after the faulted run`,
        ).toEqual([]);
        const converged =
          hit.outcome === reference.outcome && JSON.stringify(await stateOf(s)) === JSON.stringify(want);
        if (!converged) {
          const again = await settle(() => s.run(bot()));
          expect(again.outcome, `${label}: re-run ${String(again.error)}`).toBe(reference.outcome);
          expect(await stateOf(s), `${label}: end state after the re-run`).toEqual(want);
          expect(await lies(s.sim, await s.claims(), s.gate ?? false), `${label}: after the re-run`).toEqual(
            [],
          );
        }
        const line = `${label}: ${hit.outcome}${converged ? '' : ', converged on a re-run'}${hit.outcome === 'threw' ? ` (${explainGitHubFailure(hit.error)?.slice(0, 100)})` : ''}`;
        cases.push(line);
        // One line per case as it ends: a matrix takes many minutes, and a stuck case shows where it is.
        console.log(`${line} [${Math.round((performance.now() - c0) / 1000)} s]`);
      } catch (e) {
        // Every case runs from the checkpoint: one failing case does not hide the others'.
        failures.push(`${label}: ${e instanceof Error ? e.message : String(e)}${differences(e)}`);
        console.log(`FAILED ${label} [${Math.round((performance.now() - c0) / 1000)} s]\n${String(e)}`);
      }
    }
  }
  s.sim.faults.length = 0;
  const seconds = Math.round((performance.now() - t0) / 1000);
  console.log(
    `${s.name}: ${calls.length} calls, ${cases.length + failures.length} fault cases, ${failures.length} failing, ${seconds} s`,
  );
  expect(failures, `${s.name}: failing fault cases`).toEqual([]);
  return { methods, cases, seconds };
}
