// The steps of a delivery on the sandbox, each the bundled action run as a runner runs it on the event that starts
// it in the workflow templates (create-release and promote on workflow_dispatch, approve-gate on a review, deploy on
// the push of the merge, verify-health after it), in a fresh checkout, with the bot's token. People's parts (a review,
// a merge) are the REST calls GitHub's UI makes. Shared by `gitopshq demo` (every one of its bundle runs) and the
// end-to-end promotion test, so the demo shows exactly what the test proves.
import { mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Git } from '../git/git.js';
import type { PullRequest } from '../github/port.js';
import {
  pullRequestReviewEvent,
  pushEvent,
  type WorkflowEvent,
  workflowDispatchEvent,
} from './events/index.js';
import { type BundleRun, runBundle } from './runner/index.js';
import { SANDBOX_REPO, type Sandbox } from './sandbox.js';

/** A bundle that exited otherwise than expected; the message carries its log. */
export class BundleFailure extends Error {
  constructor(
    readonly bundle: string,
    readonly run: BundleRun,
    expect: number,
  ) {
    super(`${bundle} exited ${run.exitCode}, expected ${expect}:\n${run.log}\n${run.stderr}`);
    this.name = 'BundleFailure';
  }
}

/** The push of a merge to main, as the deploy workflow's job sees it. */
export interface MergePush {
  /** main before the merge (the pull request's base). */
  before: string;
  /** The merge commit. */
  after: string;
}

export interface Delivery {
  /**
   * Runs `name`'s bundle in a fresh checkout of main (or `sha`) with the bot's token, as a runner does; throws a
   * BundleFailure unless it exits as `expect`.
   */
  action(
    name: string,
    spec: {
      event: WorkflowEvent;
      actor: string;
      inputs?: Record<string, string>;
      sha?: string;
      ref?: string;
    },
    expect?: number,
  ): Promise<BundleRun>;
  createRelease(inputs: Record<string, string>, actor?: string): Promise<BundleRun>;
  promote(inputs: Record<string, string>, expect?: number): Promise<BundleRun>;
  pullRequest(n: number): Promise<PullRequest>;
  /** Each of `reviewers` approves `n` with `comment`; approve-gate decides on the last review. */
  approve(n: number, reviewers: readonly string[], comment?: string): Promise<BundleRun>;
  /** release-erin merges `n` (GitHub's merge button). */
  merge(n: number): Promise<MergePush>;
  /** The deploy bundle on the push of a merge. */
  deploy(push: MergePush): Promise<BundleRun>;
  /** merge, then deploy. */
  mergeAndDeploy(n: number): Promise<BundleRun>;
  /** verify-health run by hand (workflow_dispatch). */
  verify(inputs: Record<string, string>, expect?: number): Promise<BundleRun>;
  /** verify-health as the deploy job's step after deploy, on the same push. */
  verifyDeployed(push: MergePush, inputs: Record<string, string>): Promise<BundleRun>;
  /** The tip of `branch` on the simulator (a deploy branch), and a file at it. */
  tip(branch: string): Promise<string>;
  show(rev: string, path: string): Promise<string | undefined>;
}

export function delivery(
  sandbox: Sandbox,
  root: string,
  opts: { onRun?: (name: string, run: BundleRun, ms: number) => void; timeoutMs?: number } = {},
): Delivery {
  let runs = 0;
  const bare = sandbox.sim.store.bareDir({ owner: SANDBOX_REPO.owner, name: SANDBOX_REPO.name });
  const bareGit = new Git(bare);
  /**
   * A runner's checkout: cloned from the repository on disk, then pointed at the simulator. `--shared` borrows the
   * repository's objects instead of hard-linking each one: every write a delivery pushes lands there as loose objects
   * (thousands by the end of the demo), which a plain local clone linked one by one into every checkout, and the
   * demo then unlinked one by one at the end. The simulator's repository never prunes, so the borrowed objects stay.
   */
  const workspace = async (sha?: string): Promise<Git> => {
    // A folder of its own: the caller may clone into `root` too.
    const dir = join(mkdtempSync(join(root, `delivery-${++runs}-`)), 'checkout');
    await new Git(dirname(dir)).exec(['clone', '-q', '--shared', '--', bare, dir]);
    const git = new Git(dir);
    await git.exec(['remote', 'set-url', 'origin', sandbox.cloneUrl('gitopshq-bot')]);
    if (sha) await git.checkout(sha);
    return git;
  };
  const as = (login: string) => sandbox.github(login);
  const dispatch = (workflow: string, actor: string, inputs: Record<string, string>) =>
    workflowDispatchEvent({
      ref: 'refs/heads/main',
      workflow: `.github/workflows/${workflow}`,
      sender: actor,
      inputs,
    });

  const action: Delivery['action'] = async (name, spec, expect = 0) => {
    const started = Date.now();
    const ws = await workspace(spec.sha);
    const run = await runBundle({
      name,
      event: spec.event,
      inputs: spec.inputs ?? {},
      workspace: ws.cwd,
      token: sandbox.users['gitopshq-bot'],
      apiUrl: sandbox.sim.apiUrl,
      serverUrl: sandbox.sim.gitUrl,
      actor: spec.actor,
      ...(spec.sha ? { sha: spec.sha } : {}),
      ...(spec.ref ? { ref: spec.ref } : {}),
      timeoutMs: opts.timeoutMs ?? 240_000,
    });
    opts.onRun?.(name, run, Date.now() - started);
    if (run.exitCode !== expect) throw new BundleFailure(name, run, expect);
    return run;
  };
  const onPush = (push: MergePush) => ({
    event: pushEvent({
      ref: 'refs/heads/main',
      before: push.before,
      after: push.after,
      pusher: 'release-erin',
    }),
    sha: push.after,
    ref: 'refs/heads/main',
    actor: 'release-erin',
  });
  const merge: Delivery['merge'] = async (n) => {
    const pr = await as('release-erin').getPullRequest(n);
    const merged = await as('release-erin').mergePullRequest(n, { method: 'merge' });
    return { before: pr.base.sha, after: merged.sha };
  };
  const deploy: Delivery['deploy'] = (push) => action('deploy', onPush(push));

  return {
    action,
    createRelease: (inputs, actor = 'dev-alice') =>
      action('create-release', {
        event: dispatch('gitopshq-dispatch.yml', actor, inputs),
        actor,
        inputs,
      }),
    promote: (inputs, expect = 0) =>
      action(
        'promote',
        {
          event: dispatch('gitopshq-promote.yml', 'release-erin', inputs),
          actor: 'release-erin',
          inputs,
        },
        expect,
      ),
    pullRequest: (n) => as('release-erin').getPullRequest(n),
    async approve(n, reviewers, comment = 'Looks right.') {
      const pr = await as('release-erin').getPullRequest(n);
      for (const login of reviewers) {
        // The REST call GitHub's UI makes when a reviewer approves (the port only reads reviews).
        const res = await fetch(`${sandbox.sim.apiUrl}/repos/${sandbox.repo}/pulls/${n}/reviews`, {
          method: 'POST',
          headers: {
            authorization: `token ${sandbox.users[login]}`,
            accept: 'application/vnd.github+json',
            'content-type': 'application/json',
          },
          body: JSON.stringify({ event: 'APPROVE', body: comment }),
        });
        if (res.status !== 200) throw new Error(`review by ${login}: ${res.status} ${await res.text()}`);
      }
      const reviewer = reviewers.at(-1) ?? 'rev-bob';
      return action('approve-gate', {
        event: pullRequestReviewEvent({
          reviewer,
          state: 'approved',
          body: comment,
          pullRequest: {
            number: n,
            head: { ref: pr.head.ref, sha: pr.head.sha },
            base: { ref: pr.base.ref, sha: pr.base.sha },
            author: pr.author,
          },
        }),
        sha: pr.head.sha,
        ref: `refs/pull/${n}/merge`,
        actor: reviewer,
        inputs: { 'pull-request': String(n) },
      });
    },
    merge,
    deploy,
    mergeAndDeploy: async (n) => deploy(await merge(n)),
    verify: (inputs, expect = 0) =>
      action(
        'verify-health',
        {
          event: dispatch('gitopshq-verify-health.yml', 'release-erin', inputs),
          actor: 'release-erin',
          inputs,
        },
        expect,
      ),
    verifyDeployed: (push, inputs) => action('verify-health', { ...onPush(push), inputs }),
    tip: async (branch) => (await bareGit.exec(['rev-parse', `refs/heads/${branch}`])).stdout.trim(),
    show: async (rev, path) => {
      const r = await bareGit.exec(['show', `${rev}:${path}`], { allowFail: true });
      return r.exitCode === 0 ? r.stdout : undefined;
    },
  };
}
