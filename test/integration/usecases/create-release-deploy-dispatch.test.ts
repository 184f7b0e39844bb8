// After an auto-merge, create-release dispatches the deploy workflow for the release (a merge made with GITHUB_TOKEN
// starts no workflow, so without it the release would stay merged and never deployed), through the OpenAPI-checked
// GitHub simulator with the real Octokit adapter and real git. The dispatch's inputs are then given to deploy, as
// gitopshq-deploy.yml's dispatch job does: the release is Deployed. Auto-merge falls back to the environment's
// `deploy.autoMerge`, an explicit request wins, and a token that may not dispatch leaves the release merged with a
// warning naming the permission to add. A re-run converges: a release merged by an earlier run and still Approved is
// dispatched again (never one whose deploy began), a second deploy of it writes nothing, and a deploy workflow
// without the `release-id` input (GitHub's 422) is named with the fix.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_TEMPLATES } from '../../../src/state/example-repo/workflows.generated.js';
import { type CreateReleaseRequest, createRelease } from '../../../src/usecases/create-release.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { DEFAULT_DEPLOY_WORKFLOW } from '../../../src/usecases/deploy-dispatch.js';
import { type Logger, silentLogger } from '../../../src/usecases/deps.js';
import {
  localDeployBranches,
  localPorts,
  localRecordStore,
  localReleaseBranches,
  localReleaseSource,
} from '../../../src/usecases/local-ports.js';
import { BOT, type PromoteFixture, promoteFixture, WEDNESDAY } from '../../helpers/promote-fixture.js';

const request: CreateReleaseRequest = {
  workload: 'payment-api',
  environment: 'dev',
  updates: [{ path: 'image.tag', value: '2.1.0' }],
  tenants: [],
  draft: false,
  actor: 'dev-alice',
  deployWorkflow: DEFAULT_DEPLOY_WORKFLOW,
};

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentLogger, warnings, warning: (m) => void warnings.push(m) };
}

async function run(f: PromoteFixture, req: Partial<CreateReleaseRequest>, log: Logger = silentLogger) {
  return createRelease(
    { ...request, ...req },
    {
      github: f.github(BOT),
      log,
      store: await localRecordStore(f.git.cwd, { remote: 'origin', actor: 'dev-alice' }),
      branches: localReleaseBranches(f.git.cwd, { token: f.tokens[BOT], actor: 'dev-alice' }),
      ...localPorts(f.git.cwd, { token: f.tokens[BOT] }),
    },
    { clock: { now: () => WEDNESDAY }, random: (n) => randomBytes(n) },
  );
}

const dispatches = (f: PromoteFixture) => f.sim.store.repo('acme', 'gitops')?.dispatches ?? [];

/** The deploy a dispatch starts (gitopshq-deploy.yml's dispatch job): deploy with its inputs, on a fresh main. */
async function dispatchedRun(f: PromoteFixture, n: number) {
  const inputs = dispatches(f)[n]?.inputs as Record<string, string>;
  await main(f);
  const store = await localRecordStore(f.git.cwd, { remote: 'origin', actor: BOT });
  return deploy(
    { releaseId: inputs['release-id'] ?? '', environment: inputs.environment ?? '', actor: BOT },
    {
      github: f.github(BOT),
      store,
      log: silentLogger,
      source: localReleaseSource(f.git.cwd),
      branches: localDeployBranches(f.git.cwd, { token: f.tokens[BOT], remote: 'origin', actor: BOT }),
    },
  );
}

/** The checkout at main as the remote has it now (the next job's checkout). */
async function main(f: PromoteFixture): Promise<void> {
  await f.git.fetch('origin', ['+refs/heads/main:refs/remotes/origin/main']);
  await f.git.checkout('origin/main', { force: true });
}

/** Pushes `text` to main as .github/workflows/gitopshq-deploy.yml; the checkout is left at the new main. */
async function pushDeployWorkflow(f: PromoteFixture, text: string): Promise<void> {
  await main(f);
  writeFileSync(join(f.git.cwd, '.github', 'workflows', DEFAULT_DEPLOY_WORKFLOW), text);
  await f.git.addAll();
  await f.git.commit('Deploy workflow');
  expect((await f.git.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
  await main(f);
}

/** What a second deploy must leave alone: the heads of the state and deploy branches, the Deployments. */
async function written(f: PromoteFixture) {
  const bare = f.sim.bare('acme', 'gitops');
  return {
    state: await bare.branchSha('gitopshq/state'),
    deploy: await bare.branchSha('gitopshq/deploy/dev'),
    deployments: f.sim.store.repo('acme', 'gitops')?.deployments.length,
  };
}

/** gitopshq-deploy.yml as it was before create-release dispatched it: no `release-id` input. */
const OLD_DEPLOY_WORKFLOW = `name: gitopshq deploy
on:
  push:
    branches: [main]
  workflow_dispatch:
    inputs:
      environment:
        required: true
      rollback-to:
        required: false
jobs: {}
`;

// A few git round trips, a first preview (helm) and, in the first test, a deploy: seconds on a quiet machine.
const SLOW = 240_000;

describe('create-release: the deploy after an auto-merge', () => {
  it(
    "dev's deploy.autoMerge merges without an auto-merge input, dispatches gitopshq-deploy.yml, and its inputs deploy the release",
    async () => {
      const f = await promoteFixture();
      const r = await run(f, {});
      expect(r.outcome, JSON.stringify(r)).toBe('succeeded');
      const v = r.value;
      expect(v?.merged).toBe(true);
      expect(v?.state).toBe('Approved');
      expect(v?.deployDispatch).toMatchObject({
        dispatched: true,
        workflow: 'gitopshq-deploy.yml',
        ref: 'main',
      });
      expect(dispatches(f).map((d) => [d.kind, d.workflow, d.ref, d.inputs, d.actor])).toEqual([
        ['workflow', 'gitopshq-deploy.yml', 'main', { environment: 'dev', 'release-id': v?.releaseId }, BOT],
      ]);
      expect(f.sim.violations).toEqual([]);

      // The dispatched run: deploy with exactly those inputs, on a fresh fetch of main.
      const deployed = await dispatchedRun(f, 0);
      expect(deployed.outcome, JSON.stringify(deployed)).toBe('succeeded');
      expect(deployed.value?.state).toBe('Deployed');
      await f.store.refresh();
      expect((await f.store.getRelease(v?.releaseId ?? ''))?.state).toBe('Deployed');
    },
    SLOW,
  );

  it(
    'auto-merge false wins over the environment: Approved but not merged, nothing dispatched; staging (no autoMerge) likewise',
    async () => {
      const f = await promoteFixture();
      const off = await run(f, { autoMerge: false });
      expect(off.value?.merged).toBe(false);
      // The gate approves it (dev needs nobody's review); the merge is left to a person.
      expect(off.value?.state).toBe('Approved');
      expect(off.value?.deployDispatch).toBeUndefined();

      const staging = await run(f, {
        environment: 'staging',
        updates: [{ path: 'image.tag', value: '2.2.0' }],
      });
      expect(staging.outcome, JSON.stringify(staging)).toBe('succeeded');
      expect(staging.value?.merged).toBe(false);
      expect(staging.value?.autoMerge.merge).toBe(false);
      expect(dispatches(f)).toEqual([]);
    },
    SLOW,
  );

  it(
    'a token without actions: write: the release is merged and Approved, the step warns what to add',
    async () => {
      const f = await promoteFixture();
      f.sim.faults.push({
        method: 'POST',
        path: /\/actions\/workflows\/[^/]+\/dispatches$/,
        status: 403,
        message: 'Resource not accessible by integration',
      });
      const log = recordingLogger();
      const r = await run(f, {}, log);
      expect(r.outcome, JSON.stringify(r)).toBe('succeeded');
      expect(r.value?.merged).toBe(true);
      expect(r.value?.state).toBe('Approved');
      expect(r.value?.deployDispatch?.dispatched).toBe(false);
      expect(dispatches(f)).toEqual([]);
      const warning = log.warnings.find((w) => w.includes('not deployed')) ?? '';
      expect(warning).toContain('403');
      expect(warning).toContain('`actions: write`');
      expect(warning).toContain(`release-id ${r.value?.releaseId}`);
    },
    SLOW,
  );

  it(
    'no deploy workflow asked (deploy-workflow: none): merged, nothing dispatched',
    async () => {
      const f = await promoteFixture();
      const r = await run(f, { deployWorkflow: undefined });
      expect(r.value?.merged).toBe(true);
      expect(r.value?.deployDispatch).toBeUndefined();
      expect(dispatches(f)).toEqual([]);
    },
    SLOW,
  );

  it(
    'a run killed after its merge, before its dispatch: the re-run dispatches once; a deployed release is not dispatched again, and a second deploy of it writes nothing',
    async () => {
      const f = await promoteFixture();
      // The merge is the last write before the dispatch: a run without dispatch leaves what a kill there leaves.
      const killed = await run(f, { deployWorkflow: undefined });
      expect(killed.value?.merged).toBe(true);
      expect(dispatches(f)).toEqual([]);

      const log = recordingLogger();
      const again = await run(f, {}, log);
      expect(again.outcome, JSON.stringify(again)).toBe('succeeded');
      expect(again.value?.state).toBe('Approved');
      expect(again.value?.wrote).toEqual({ commit: false, pullRequest: 'unchanged', record: 'unchanged' });
      expect(again.value?.deployDispatch).toMatchObject({
        dispatched: true,
        workflow: 'gitopshq-deploy.yml',
      });
      expect(dispatches(f).map((d) => d.inputs)).toEqual([
        { environment: 'dev', 'release-id': killed.value?.releaseId },
      ]);
      expect(log.warnings).toEqual([]);

      expect((await dispatchedRun(f, 0)).value?.state).toBe('Deployed');
      // Re-runs after the deploy began dispatch nothing: the release is Deployed, not Approved.
      const after = await run(f, {});
      expect(after.value?.state).toBe('Deployed');
      expect(after.value?.deployDispatch).toBeUndefined();
      expect(dispatches(f)).toHaveLength(1);

      // A dispatch is not idempotent: a run killed right after a dispatch that landed sends a second one on its
      // re-run. That second deploy finds the release Deployed, says so, and writes nothing.
      const before = await written(f);
      const second = await dispatchedRun(f, 0);
      expect(second.outcome, JSON.stringify(second)).toBe('succeeded');
      expect(second.value).toMatchObject({ state: 'Deployed', unchanged: true });
      expect(await written(f)).toEqual(before);
      expect(f.sim.violations).toEqual([]);
    },
    SLOW,
  );

  it(
    'a deploy workflow older than the dispatch (no release-id input): GitHub refuses it, the warning names the file, the input and the template; updated, a re-run dispatches',
    async () => {
      const f = await promoteFixture();
      await pushDeployWorkflow(f, OLD_DEPLOY_WORKFLOW);
      const log = recordingLogger();
      const r = await run(f, {}, log);
      expect(r.outcome, JSON.stringify(r)).toBe('succeeded');
      expect(r.value?.merged).toBe(true);
      expect(r.value?.deployDispatch?.dispatched).toBe(false);
      expect(dispatches(f)).toEqual([]);
      const warning = log.warnings.find((w) => w.includes('not deployed')) ?? '';
      expect(warning).toContain('422: Unexpected inputs provided: ["release-id"]');
      expect(warning).toContain('.github/workflows/gitopshq-deploy.yml on main does not declare');
      expect(warning).toContain('`release-id`');
      expect(warning).toContain('workflows-templates/gitopshq-deploy.yml');
      expect(warning).toContain(`release-id ${r.value?.releaseId}`);

      // The workflow brought up to date from the template: the job's re-run converges.
      await pushDeployWorkflow(f, WORKFLOW_TEMPLATES[DEFAULT_DEPLOY_WORKFLOW] ?? '');
      const again = await run(f, {});
      expect(again.value?.deployDispatch?.dispatched).toBe(true);
      expect(dispatches(f).map((d) => d.inputs)).toEqual([
        { environment: 'dev', 'release-id': r.value?.releaseId },
      ]);
      expect(f.sim.violations).toEqual([]);
    },
    SLOW,
  );
});
