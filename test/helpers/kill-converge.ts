// Fault injection for "an action killed after any one of its GitHub or git writes, then re-run, converges to the
// same end state as an uninterrupted run": from one checkpoint of the simulator, an uninterrupted run counts its
// writes and records the end state; then for each N the run is killed right after write N (the simulator performs
// the write, never answers it and kills the bundle), a clean re-run follows, and the end state must be the same.
import { parse } from 'yaml';
import { runProcess } from '../../src/process/run-process.js';
import type { SimIssue } from '../../src/sandbox/github/routes-issue-tracker.js';
import type { GitHubSimulator } from '../../src/sandbox/github/simulator.js';
import type { BundleRun } from '../../src/sandbox/runner/index.js';

/** Commit SHAs and times differ from run to run (a commit's date); what a step decided does not. */
export function normalize(text: string): string {
  return (
    text
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/g, '<time>')
      .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
      // An abbreviated SHA: seven hex digits, at least one a digit (a word such as `defaced` stays).
      .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{7}\b/g, '<sha>')
  );
}

async function git(dir: string, args: string[]): Promise<string> {
  const r = await runProcess('git', args, { cwd: dir });
  if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export interface EndState {
  /** Every branch but the state branch: its files and their blob ids (content, not history). */
  branches: Record<string, string[]>;
  /** The state branch's records, parsed, without times and SHAs. */
  records: Record<string, unknown>;
  pulls: unknown[];
  /** The latest commit status per context (statuses are appended, GitHub shows the newest). */
  statuses: Record<string, unknown>;
  /** Each deployment and the state its newest status shows. */
  deployments: unknown[];
  comments: unknown[];
  /** Issues (the drift issue): one per environment, never a second one from a retried create. */
  issues: unknown[];
  /**
   * Each distinct workflow dispatch, once: a dispatch is not idempotent, so a run killed right after one that
   * landed sends it again on its re-run (the deploy it starts finds the release deployed and writes nothing).
   */
  dispatches: string[];
}

/** What the repository acme/gitops shows, SHAs and times left out; `extra` normalizes more (random ids). */
export async function endState(
  sim: GitHubSimulator,
  extra: (s: string) => string = (s) => s,
): Promise<EndState> {
  const n = (s: string) => extra(normalize(s));
  const repo = sim.store.repo('acme', 'gitops');
  if (!repo) throw new Error('no acme/gitops');
  const dir = sim.store.bareDir(repo);
  const branches: EndState['branches'] = {};
  const records: EndState['records'] = {};
  for (const line of (await git(dir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads'])).split(
    '\n',
  )) {
    const name = line.trim();
    if (!name) continue;
    const files = (await git(dir, ['ls-tree', '-r', name])).split('\n').filter(Boolean);
    if (name !== 'gitopshq/state') {
      branches[n(name)] = files.map(n);
      continue;
    }
    for (const f of files) {
      const [meta = '', path = ''] = f.split('\t');
      const blob = meta.split(' ')[2] ?? '';
      records[n(path)] = JSON.parse(n(JSON.stringify(parse(await git(dir, ['cat-file', 'blob', blob])))));
    }
  }
  const pulls = repo.pulls.map((p) => ({
    number: p.number,
    title: n(p.title),
    body: n(p.body ?? ''),
    state: p.state,
    draft: p.draft,
    head: n(p.head),
    base: p.base,
    labels: [...p.labels].sort(),
    merged: p.mergedAt !== null,
  }));
  const statuses: EndState['statuses'] = {};
  for (const s of repo.statuses) {
    statuses[`${n(s.sha)} ${s.context}`] = { state: s.state, description: n(s.description ?? '') };
  }
  const deployments = repo.deployments.map((d) => {
    const last = d.statuses.at(-1);
    return {
      id: d.id,
      environment: d.environment,
      ref: n(d.ref),
      task: d.task,
      payload: n(JSON.stringify(d.payload)),
      status: last ? { state: last.state, description: n(last.description) } : undefined,
    };
  });
  const comments = repo.comments.map((c) => ({ issue: c.issueNumber, user: c.user, body: n(c.body) }));
  const issues = ((repo as { issues?: SimIssue[] }).issues ?? []).map((i) => ({
    number: i.number,
    title: n(i.title),
    body: n(i.body ?? ''),
    state: i.state,
    labels: [...i.labels].sort(),
  }));
  const dispatches = [
    ...new Set(
      repo.dispatches.map((d) =>
        n(JSON.stringify([d.kind, d.workflow ?? d.eventType, d.ref, d.inputs ?? d.clientPayload])),
      ),
    ),
  ].sort();
  return { branches, records, pulls, statuses, deployments, comments, issues, dispatches };
}

export interface KillCase {
  /** Killed right after this write. */
  write: number;
  killed: BundleRun;
  rerun: BundleRun;
  state: EndState;
}

/**
 * Runs the step uninterrupted from the simulator's state now, then, from the same state each time, killed after
 * each of its writes and re-run. `run` makes one run of the step (a fresh checkout, the bundle); it passes
 * `signal` on to runBundle. The simulator is left as the last re-run left it.
 */
export async function killAtEveryWrite(opts: {
  sim: GitHubSimulator;
  run: (signal?: AbortSignal) => Promise<BundleRun>;
  normalize?: (s: string) => string;
}): Promise<{ writes: number; reference: EndState; referenceRun: BundleRun; cases: KillCase[] }> {
  const { sim } = opts;
  const restore = await sim.checkpoint();
  sim.cut.count();
  const t0 = Date.now();
  const trace = (m: string) => {
    if (process.env.KILL_TRACE) console.log(`${Date.now() - t0}ms ${m}`);
  };
  const referenceRun = await opts.run();
  const writes = sim.cut.writes;
  trace(`reference: exit ${referenceRun.exitCode}, ${writes} writes`);
  const reference = await endState(sim, opts.normalize);
  const cases: KillCase[] = [];
  for (let write = 1; write <= writes; write++) {
    await restore();
    const abort = new AbortController();
    sim.cut.arm(write, () => abort.abort());
    const killed = await opts.run(abort.signal);
    trace(`killed at ${write}: exit ${killed.exitCode}`);
    sim.cut.disarm();
    const rerun = await opts.run();
    trace(`re-run after ${write}: exit ${rerun.exitCode}`);
    cases.push({ write, killed, rerun, state: await endState(sim, opts.normalize) });
  }
  return { writes, reference, referenceRun, cases };
}
