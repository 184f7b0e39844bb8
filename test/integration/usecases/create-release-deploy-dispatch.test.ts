// After an auto-merge, create-release dispatches the deploy workflow for the release (a merge made with GITHUB_TOKEN
// starts no workflow, so without it the release would stay merged and never deployed), through the OpenAPI-checked
// GitHub simulator with the real Octokit adapter and real git. The dispatch's inputs are then given to deploy, as
// gitopshq-deploy.yml's dispatch job does: the release is Deployed. Auto-merge falls back to the environment's
// `deploy.autoMerge`, an explicit request wins, and a token that may not dispatch leaves the release merged with a
// warning naming the permission to add.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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
      const inputs = dispatches(f)[0]?.inputs as Record<string, string>;
      await f.git.fetch('origin', ['+refs/heads/main:refs/remotes/origin/main']);
      await f.git.checkout('origin/main');
      const store = await localRecordStore(f.git.cwd, { remote: 'origin', actor: BOT });
      const deployed = await deploy(
        { releaseId: inputs['release-id'] ?? '', environment: inputs.environment ?? '', actor: BOT },
        {
          github: f.github(BOT),
          store,
          log: silentLogger,
          source: localReleaseSource(f.git.cwd),
          branches: localDeployBranches(f.git.cwd, { token: f.tokens[BOT], remote: 'origin', actor: BOT }),
        },
      );
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
});
