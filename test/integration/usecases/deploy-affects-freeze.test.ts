// Deploy honours the freezes of every environment a release reaches, through the OpenAPI-checked GitHub simulator,
// real git and the record store on the state branch: a release of payment-api's base values (to dev, the first
// environment) is judged by dev's, staging's and prod's policies (its record `affects` all three) and approved; a staging
// freeze then begins; the merge's deploy is held (the base values ship to staging with its next render), the release
// stays Approved and dev's deploy branch is not written. A release that changes dev alone deploys through it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { Git } from '../../../src/git/git.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import {
  localDeployBranches,
  localPorts,
  localRecordStore,
  localReleaseSource,
} from '../../../src/usecases/local-ports.js';
import { DEV_VALUES, type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const SLOW = 300_000;
// A Wednesday: the example's weekend freeze of prod is not in force.
const NOW = new Date('2026-12-02T10:00:00Z');
const clock = { now: () => NOW };
const BASE_VALUES = 'workloads/payment-api/values.yaml';
const STAGING_FREEZE =
  'freezes:\n  - name: staging-migration\n    environments: [staging]\n    timezone: UTC\n    start: "2026-12-02T08:00Z"\n    end: "2026-12-02T20:00Z"\n    reason: database migration\n';

/** A release PR by dev-alice setting `values` (file -> [path, value]); its number once the gate registered it. */
async function releasePr(w: ReleaseWorld, branch: string, values: Record<string, [string, string]>) {
  const git = await w.clone('dev-alice');
  await git.checkout(branch, { create: true });
  for (const [file, [path, value]] of Object.entries(values)) {
    const full = join(git.cwd, file);
    writeFileSync(full, applyValueUpdates(readFileSync(full, 'utf8'), [{ path, value }], file));
  }
  await git.addAll();
  await git.commit(branch);
  expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
  return (await w.as('dev-alice').createPullRequest({ head: branch, base: 'main', title: branch, body: '' }))
    .number;
}

async function gate(w: ReleaseWorld, number: number) {
  const ws = await w.workspace();
  const { checkout } = localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' });
  const run = await runGate(
    { pullRequest: number, actor: 'gitopshq-bot' },
    {
      github: w.as('gitopshq-bot'),
      checkout,
      store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
      log: silentLogger,
    },
    clock,
  );
  if (run.kind !== 'gated') throw new Error('expected an open pull request');
  return run.result;
}

async function approve(w: ReleaseWorld, login: string, pr: number): Promise<void> {
  const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/pulls/${pr}/reviews`, {
    method: 'POST',
    headers: { authorization: `token ${w.sb.users[login]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'APPROVE', body: 'lgtm' }),
  });
  expect(res.status).toBe(200);
}

async function runDeploy(w: ReleaseWorld, sha: string) {
  const ws = await w.workspace();
  return deploy(
    { sha, actor: 'release-erin' },
    {
      github: w.as('gitopshq-bot'),
      store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'release-erin' }),
      log: silentLogger,
      source: localReleaseSource(ws.cwd),
      branches: localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
    },
    clock,
  );
}

describe('deploy and the freezes of the environments a release affects (simulator)', () => {
  it(
    'a shared-layer dev release is held by a staging freeze; a dev-only release deploys through it',
    async () => {
      const w = await releaseWorld('deploy-affects-');
      // The base values only: a release to dev, the first environment in promotion order, reaching all three.
      const shared = await releasePr(w, 'release/base-values', {
        [BASE_VALUES]: ['resources.limits.memory', '512Mi'],
      });
      const only = await releasePr(w, 'release/dev-only', { [DEV_VALUES]: ['replicas', '3'] });
      await approve(w, 'rev-bob', shared);
      await approve(w, 'sre-dave', shared);
      const judged = await gate(w, shared);
      expect(judged.value).toMatchObject({ approved: true, state: 'Approved', environment: 'dev' });
      expect((await gate(w, only)).value).toMatchObject({ approved: true, state: 'Approved' });
      const id = judged.value?.releaseId ?? '';
      expect((await (await w.store()).getRelease(id))?.affects).toEqual(['dev', 'staging', 'prod']);

      // Staging freezes after the approval (a policy change merged on its own), then the release merges.
      const erin = await w.clone('release-erin');
      const config = join(erin.cwd, 'gitopshq.yaml');
      const text = readFileSync(config, 'utf8');
      const start = text.indexOf('\nfreezes:\n');
      const end = text.indexOf('\n# Checks every rendered manifest');
      writeFileSync(config, `${text.slice(0, start)}\n${STAGING_FREEZE}${text.slice(end)}`);
      await erin.addAll();
      await erin.commit('freeze staging for the migration');
      expect((await erin.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);

      const merged = (await w.as('release-erin').mergePullRequest(shared)).sha;
      const held = await runDeploy(w, merged);
      expect(held.outcome).toBe('pending');
      expect(held.outcome === 'pending' && held.reason).toBe(
        `deploy of ${id} held: frozen until Wed 20:00 UTC (staging-migration) in staging, which its change reaches (a layer dev, staging, prod share; it ships there with their next render). The release stays Approved; re-run the deploy after the freeze (or pass the gate again with break-glass)`,
      );
      expect((await (await w.store()).getRelease(id))?.state).toBe('Approved');
      const bare = new Git(w.sb.sim.store.bareDir({ owner: 'acme', name: 'gitops' }));
      expect(await bare.tryRevParse('refs/heads/gitopshq/deploy/dev')).toBeUndefined();

      // A release of dev alone is not held by staging's freeze.
      const mergedOnly = (await w.as('release-erin').mergePullRequest(only)).sha;
      const deployed = await runDeploy(w, mergedOnly);
      expect(deployed.outcome).toBe('succeeded');
      expect(await bare.tryRevParse('refs/heads/gitopshq/deploy/dev')).toBeDefined();
    },
    SLOW,
  );
});
