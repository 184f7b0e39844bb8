// approve-gate judges a release by its own environment's policy, through the OpenAPI-checked GitHub simulator with
// the real Octokit adapter, real git and the record store on the state branch: a workflow (or a pull request editing
// its own workflow) passing `environment: dev` for a prod release is refused, with no status and nothing written,
// and a prod change opened by hand is not registered as a dev release either.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore } from '../../../src/usecases/local-ports.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const SLOW = 300_000;

/** dev-alice opens a PR by hand on `branch` setting `env`'s image.tag. */
async function openPr(w: ReleaseWorld, branch: string, env: string, tag: string): Promise<number> {
  const git = await w.clone('dev-alice');
  await git.checkout(branch, { create: true });
  const file = `workloads/payment-api/values/${env}.yaml`;
  const full = join(git.cwd, file);
  writeFileSync(
    full,
    applyValueUpdates(readFileSync(full, 'utf8'), [{ path: 'image.tag', value: `"${tag}"` }], file),
  );
  await git.addAll();
  await git.commit(`${branch}: image.tag ${tag}`);
  expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
  const pr = await w
    .as('dev-alice')
    .createPullRequest({ head: branch, base: 'main', title: branch, body: '' });
  return pr.number;
}

/** The gate as the action runs it: a fresh checkout, the record store on it, the bot's token. */
async function gate(w: ReleaseWorld, number: number, environment?: string) {
  const ws = await w.workspace();
  const store = await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
  const { checkout } = localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' });
  const run = await runGate(
    { pullRequest: number, actor: 'gitopshq-bot', ...(environment ? { environment } : {}) },
    { github: w.as('gitopshq-bot'), checkout, store, log: silentLogger },
  );
  if (run.kind !== 'gated') throw new Error('expected an open pull request');
  return run.result;
}

async function stateTip(w: ReleaseWorld) {
  const store = await w.store();
  const tip = await store.refresh();
  return { tip, records: tip ? await store.listReleases() : [] };
}

async function approvalStatuses(w: ReleaseWorld, number: number) {
  const pr = await w.as('rev-bob').getPullRequest(number);
  const combined = await w.as('rev-bob').getCombinedStatus(pr.head.sha);
  return combined.statuses.filter((s) => s.context === 'gitopshq/approval');
}

describe('approve-gate and the environment input (simulator)', () => {
  it(
    'a prod release gated with environment: dev is refused: no status success, the record stays where it was',
    async () => {
      const w = await releaseWorld('gate-env-');
      const prod = await openPr(w, 'release/by-hand-prod', 'prod', '9.9.9');
      const first = await gate(w, prod);
      expect(first.value).toMatchObject({ registered: true, environment: 'prod', state: 'PendingApproval' });
      const id = first.value?.releaseId ?? '';
      const before = await stateTip(w);
      const statuses = await approvalStatuses(w, prod);
      expect(statuses.map((s) => s.state)).toEqual(['pending']);

      // dev needs no approval: judged as dev, this release would be Approved at once.
      const forged = await gate(w, prod, 'dev');
      expect(forged.outcome).toBe('failed');
      expect(forged.outcome === 'failed' && forged.error).toMatchObject({
        kind: 'usage',
        message: `pull request #${prod} is release ${id} to environment 'prod', and the gate was asked to judge it as 'dev': a release is judged by its own environment's policy, so remove the environment input (or set it to 'prod')`,
      });
      expect(await approvalStatuses(w, prod)).toEqual(statuses);
      const after = await stateTip(w);
      expect(after.tip).toBe(before.tip);
      expect(after.records.find((r) => r.id === id)?.state).toBe('PendingApproval');

      // Its own environment named explicitly: judged as before.
      const own = await gate(w, prod, 'prod');
      expect(own.value).toMatchObject({ environment: 'prod', approved: false, state: 'PendingApproval' });
    },
    SLOW,
  );

  it(
    'a prod change opened by hand, first gated with environment: dev, is not registered as a dev release',
    async () => {
      const w = await releaseWorld('gate-env-unregistered-');
      const prod = await openPr(w, 'release/by-hand-prod', 'prod', '9.9.9');
      const before = await stateTip(w);
      await expect(gate(w, prod, 'dev')).rejects.toThrow(
        "this pull request changes payment-api in prod, not in 'dev': a release is judged by the policy of the environment it changes",
      );
      expect((await stateTip(w)).tip).toBe(before.tip);
      expect(await approvalStatuses(w, prod)).toEqual([]);
    },
    SLOW,
  );
});
