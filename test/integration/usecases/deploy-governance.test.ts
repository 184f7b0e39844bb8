// deploy's governance checks through the OpenAPI-checked GitHub simulator, the real Octokit adapter, real git and the
// record store on the state branch: a release PR that rewrites gitopshq.yaml (its environment's deploy branch, a
// freeze) deploys by the base's policy, the one its gate judged by; retrying an old Failed release after a later one
// went Healthy is refused and writes nothing, while a retry with nothing later deploys again; a commit pushed after
// the approval and merged before the gate saw it is refused, the release back to Pending Approval (staging, approved
// by a review; dev, which needs none, by the head its gate passed at).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { Git } from '../../../src/git/git.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { type DeployRequest, deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import {
  localDeployBranches,
  localPorts,
  localRecordStore,
  localReleaseSource,
} from '../../../src/usecases/local-ports.js';
import { DEV_VALUES, type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const SLOW = 300_000;

/** deploy as the action runs it: a fresh checkout of main, the record store and deploy branches on it. */
async function runDeploy(w: ReleaseWorld, req: Omit<DeployRequest, 'actor'>) {
  const ws = await w.workspace();
  return deploy(
    { ...req, actor: 'release-erin' },
    {
      github: w.as('gitopshq-bot'),
      store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'release-erin' }),
      log: silentLogger,
      source: localReleaseSource(ws.cwd),
      branches: localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
    },
  );
}

/** The branch's tip in the simulator's repository (undefined: no such branch). */
async function tipOf(w: ReleaseWorld, branch: string): Promise<string | undefined> {
  const bare = new Git(w.sb.sim.store.bareDir({ owner: 'acme', name: 'gitops' }));
  return bare.tryRevParse(`refs/heads/${branch}`);
}

async function record(w: ReleaseWorld, id: string): Promise<ReleaseRecord | undefined> {
  return (await w.store()).getRelease(id);
}

/** A dev release PR whose branch also edits gitopshq.yaml with `config`; its record Approved (dev needs none). */
async function releaseWithConfig(w: ReleaseWorld, id: string, config: (text: string) => string) {
  const git = await w.clone('dev-alice');
  const branch = `release/${id}`;
  await git.checkout(branch, { create: true });
  const values = join(git.cwd, DEV_VALUES);
  writeFileSync(
    values,
    applyValueUpdates(readFileSync(values, 'utf8'), [{ path: 'image.tag', value: '"6.6.6"' }], DEV_VALUES),
  );
  const path = join(git.cwd, 'gitopshq.yaml');
  writeFileSync(path, config(readFileSync(path, 'utf8')));
  await git.addAll();
  await git.commit(`payment-api: ${id}`);
  expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
  const pr = await w.as('dev-alice').createPullRequest({ head: branch, base: 'main', title: id, body: '' });
  const s = await w.store();
  const at = new Date().toISOString();
  await s.createRelease({
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'payment-api',
    environment: 'dev',
    tenants: [],
    title: id,
    author: 'dev-alice',
    createdAt: at,
    state: 'PendingApproval',
    history: [{ state: 'PendingApproval', at, actor: 'dev-alice' }],
    changes: { updates: [{ path: 'image.tag', value: '6.6.6' }] },
    pullRequest: { number: pr.number, url: pr.url, branch },
    approvals: [],
  });
  await s.transitionRelease(id, 'Approved', { actor: 'gitopshq-bot', note: 'dev needs no approval' });
  return (await w.as('release-erin').mergePullRequest(pr.number)).sha;
}

/** gitopshq.yaml with `text` pushed straight to main (a policy change merged on its own). */
async function pushConfig(w: ReleaseWorld, edit: (text: string) => string): Promise<void> {
  const git = await w.clone('release-erin');
  const path = join(git.cwd, 'gitopshq.yaml');
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  await git.addAll();
  await git.commit('gitopshq.yaml: policy');
  expect((await git.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
}

const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const DEV_FREEZE = `freezes:\n  - name: incident\n    environments: [dev]\n    timezone: UTC\n    start: "${minute(Date.now() - 60_000)}Z"\n    end: "${minute(Date.now() + 86_400_000)}Z"\n    reason: incident 42\n`;

describe('deploy acts on the policy its gate judged by (simulator)', () => {
  it(
    "a release PR pointing dev's deploy branch at prod's deploys to dev's; one deleting a freeze is held by it",
    async () => {
      const w = await releaseWorld('deploy-policy-');
      const id = 'payment-api-dev-20261130-bbbbb1';
      // Two branches may not be one: prod's moves aside, so the file validates and Argo CD's prod still syncs from
      // gitopshq/deploy/prod.
      const sha = await releaseWithConfig(w, id, (t) =>
        t
          .replace(
            '    deploy:\n      autoMerge: true',
            '    deploy:\n      branch: gitopshq/deploy/prod\n      autoMerge: true',
          )
          .replace(
            '  - name: prod\n',
            '  - name: prod\n    deploy:\n      branch: gitopshq/deploy/prod-next\n',
          ),
      );
      const r = await runDeploy(w, { sha });
      expect(r.outcome === 'succeeded' && r.value.branch).toBe('gitopshq/deploy/dev');
      expect(await tipOf(w, 'gitopshq/deploy/prod')).toBeUndefined();
      expect((await record(w, id))?.deploy?.branch).toBe('gitopshq/deploy/dev');

      // A freeze of dev on main; a release PR that also deletes it: the base's freeze holds the deploy.
      await pushConfig(w, (t) => t.replace('freezes:\n', DEV_FREEZE));
      const held = 'payment-api-dev-20261130-bbbbb2';
      const before = await tipOf(w, 'gitopshq/deploy/dev');
      const merged = await releaseWithConfig(w, held, (t) => t.replace(DEV_FREEZE, 'freezes:\n'));
      const h = await runDeploy(w, { sha: merged });
      expect(h.outcome === 'pending' && h.reason).toMatch(/held: .*incident.*stays Approved/);
      expect((await record(w, held))?.state).toBe('Approved');
      expect(await tipOf(w, 'gitopshq/deploy/dev')).toBe(before);
    },
    SLOW,
  );
});

describe('retrying a Failed release (simulator)', () => {
  it(
    'after a later release went Healthy: refused, naming it, nothing written; with nothing later: deploys again',
    async () => {
      const w = await releaseWorld('deploy-retry-');
      const s = await w.store();
      const [r1, r2, r3] = ['ccccc1', 'ccccc2', 'ccccc3'].map((x) => `payment-api-dev-20261130-${x}`);
      const first = await runDeploy(w, { sha: await w.mergedRelease(r1 ?? '', '2.0.1') });
      expect(first.outcome).toBe('succeeded');
      await s.transitionRelease(r1 ?? '', 'Failed', {
        actor: 'gitopshq-bot',
        note: 'verify-health: Degraded',
      });
      const second = await runDeploy(w, { sha: await w.mergedRelease(r2 ?? '', '2.0.2') });
      expect(second.outcome).toBe('succeeded');
      await s.transitionRelease(r2 ?? '', 'Synced', { actor: 'gitopshq-bot' });
      await s.transitionRelease(r2 ?? '', 'Healthy', { actor: 'gitopshq-bot' });

      const tip = await tipOf(w, 'gitopshq/deploy/dev');
      const stateTip = await tipOf(w, 'gitopshq/state');
      const deployments = (await w.as('rev-bob').listDeployments({ environment: 'dev', sha: tip ?? '' }))
        .length;
      const retry = await runDeploy(w, { releaseId: r1 ?? '' });
      expect(retry.outcome === 'failed' && retry.error.message).toMatch(
        new RegExp(
          `release ${r1} is Failed and is not retried: release ${r2} \\(Healthy\\) .*open a new release`,
        ),
      );
      expect(await tipOf(w, 'gitopshq/deploy/dev')).toBe(tip);
      expect(await tipOf(w, 'gitopshq/state')).toBe(stateTip);
      expect((await w.as('rev-bob').listDeployments({ environment: 'dev', sha: tip ?? '' })).length).toBe(
        deployments,
      );

      // The latest release failed, nothing after it: its retry deploys, reusing its commit (still the branch's).
      const third = await runDeploy(w, { sha: await w.mergedRelease(r3 ?? '', '2.0.3') });
      const c3 = third.outcome === 'succeeded' ? third.value.deployCommit : undefined;
      await s.transitionRelease(r3 ?? '', 'Failed', {
        actor: 'gitopshq-bot',
        note: 'verify-health: Degraded',
      });
      const again = await runDeploy(w, { releaseId: r3 ?? '' });
      expect(again.outcome === 'succeeded' && again.value.deployCommit).toBe(c3);
      expect((await record(w, r3 ?? ''))?.history.map((h) => h.state).slice(-3)).toEqual([
        'Failed',
        'Deploying',
        'Deployed',
      ]);
      expect(await tipOf(w, 'gitopshq/deploy/dev')).toBe(c3);
    },
    SLOW,
  );
});

describe('the merged head against the approved commit (simulator)', () => {
  it(
    'a commit pushed after the approval and merged before the gate saw it: refused, back to Pending Approval',
    async () => {
      const w = await releaseWorld('deploy-head-');
      const git = await w.clone('dev-alice');
      const branch = 'release/by-hand-staging';
      await git.checkout(branch, { create: true });
      const file = 'workloads/payment-api/values/staging.yaml';
      const edit = (value: string) => {
        const full = join(git.cwd, file);
        writeFileSync(
          full,
          applyValueUpdates(readFileSync(full, 'utf8'), [{ path: 'image.tag', value }], file),
        );
      };
      edit('"3.0.0"');
      await git.addAll();
      const approvedAt = await git.commit('staging: 3.0.0');
      expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
      const pr = await w
        .as('dev-alice')
        .createPullRequest({ head: branch, base: 'main', title: branch, body: '' });
      // rev-bob (platform) approves head A: staging's policy is met, the gate moves the release to Approved.
      const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/pulls/${pr.number}/reviews`, {
        method: 'POST',
        headers: { authorization: `token ${w.sb.users['rev-bob']}`, 'content-type': 'application/json' },
        body: JSON.stringify({ event: 'APPROVE', body: 'ok' }),
      });
      expect(res.status).toBe(200);
      const ws = await w.workspace();
      const gated = await runGate(
        { pullRequest: pr.number, actor: 'gitopshq-bot' },
        {
          github: w.as('gitopshq-bot'),
          checkout: localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' }).checkout,
          store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
          log: silentLogger,
        },
      );
      const id = gated.kind === 'gated' ? gated.result.value?.releaseId : undefined;
      expect(gated.kind === 'gated' && gated.result.value?.state).toBe('Approved');

      // The author pushes B and it merges at once: no gate run judged B.
      edit('"3.6.6"');
      await git.addAll();
      const pushed = await git.commit('staging: 3.6.6');
      expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
      const merged = await w.as('release-erin').mergePullRequest(pr.number);

      const r = await runDeploy(w, { sha: merged.sha });
      expect(r.outcome === 'failed' && r.error.message).toBe(
        `release ${id} is not deployed: pull request #${pr.number} merged head ${pushed.slice(0, 7)}, but it was approved at ${approvedAt.slice(0, 7)} (a commit pushed after the approval and merged before the gate judged it). Its content reached the base branch without the approval its policy needs: review it, then ship it through a new release pull request (or revert it)`,
      );
      const after = await record(w, id ?? '');
      expect(after?.state).toBe('PendingApproval');
      expect(after?.history.at(-1)?.note).toBe(
        `deploy refused: merged head ${pushed.slice(0, 7)} is not the approved commit`,
      );
      expect(after?.approvalMissing).toEqual([`an approval of the merged head ${pushed.slice(0, 7)}`]);
      expect(await tipOf(w, 'gitopshq/deploy/staging')).toBeUndefined();
      // By release id (a run by hand) the same: it is no longer Approved.
      const byId = await runDeploy(w, { releaseId: id ?? '' });
      expect(byId.outcome === 'failed' && byId.error.message).toMatch(
        /is PendingApproval: only an Approved release/,
      );

      // dev needs no approval: the head the gate passed at (the record's changeSetCommit) is what is compared.
      const devBranch = 'release/by-hand-dev';
      await git.checkout('origin/main', { force: true });
      await git.checkout(devBranch, { create: true });
      const devFile = join(git.cwd, DEV_VALUES);
      const devEdit = async (value: string) => {
        writeFileSync(
          devFile,
          applyValueUpdates(readFileSync(devFile, 'utf8'), [{ path: 'image.tag', value }], DEV_VALUES),
        );
        await git.addAll();
        const sha = await git.commit(`dev: ${value}`);
        expect((await git.push('origin', [`${devBranch}:refs/heads/${devBranch}`])).exitCode).toBe(0);
        return sha;
      };
      const gatedAt = await devEdit('"4.0.0"');
      const devPr = await w
        .as('dev-alice')
        .createPullRequest({ head: devBranch, base: 'main', title: devBranch, body: '' });
      const devGate = await runGate(
        { pullRequest: devPr.number, actor: 'gitopshq-bot' },
        {
          github: w.as('gitopshq-bot'),
          checkout: localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' }).checkout,
          store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
          log: silentLogger,
        },
      );
      const devId = devGate.kind === 'gated' ? devGate.result.value?.releaseId : undefined;
      expect(devGate.kind === 'gated' && devGate.result.value?.state).toBe('Approved');
      expect((await record(w, devId ?? ''))?.changeSetCommit).toBe(gatedAt);
      const devPushed = await devEdit('"4.6.6"');
      const devMerged = await w.as('release-erin').mergePullRequest(devPr.number);
      const d = await runDeploy(w, { sha: devMerged.sha });
      expect(d.outcome === 'failed' && d.error.message).toMatch(
        new RegExp(`merged head ${devPushed.slice(0, 7)}, but it was approved at ${gatedAt.slice(0, 7)} `),
      );
      expect((await record(w, devId ?? ''))?.state).toBe('PendingApproval');
      expect(await tipOf(w, 'gitopshq/deploy/dev')).toBeUndefined();
    },
    SLOW,
  );
});
