// A push to a release pull request moves its change set, through the OpenAPI-checked GitHub simulator with the real
// Octokit adapter, real git and the record store on the state branch: dev-alice opens a staging release by hand
// (image.tag 2.1.0), pushes 2.1.1 after review, and the gate on that push records 2.1.1 (with the commit it read it
// from); promoted to prod, the new release sets 2.1.1 on prod's layer, never the value first reviewed. A push that
// also changes prod is refused instead of re-targeting the release.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { Git } from '../../../src/git/git.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore } from '../../../src/usecases/local-ports.js';
import { type PromoteFixture, promoteFixture, WEDNESDAY } from '../../helpers/promote-fixture.js';
import { tmpDir } from '../../helpers/tmp.js';

const SLOW = 300_000;
const BRANCH = 'release/staging-by-hand';

/** dev-alice's clone of the simulator's repository, on the release branch. */
async function aliceClone(f: PromoteFixture): Promise<Git> {
  const dir = join(tmpDir('alice-'), 'repo');
  const url = `${f.sim.gitUrl.replace('://', `://x-access-token:${f.tokens['dev-alice']}@`)}/acme/gitops.git`;
  await new Git(tmpDir('alice-parent-')).clone(url, dir);
  const id = { GIT_AUTHOR_NAME: 'dev-alice', GIT_AUTHOR_EMAIL: 'dev-alice@example.com' };
  const git = new Git(dir, {
    env: { ...id, GIT_COMMITTER_NAME: 'dev-alice', GIT_COMMITTER_EMAIL: 'dev-alice@example.com' },
  });
  await git.checkout(BRANCH, { create: true });
  return git;
}

/** Sets image.tag in `env`'s layer, commits and pushes the branch; the commit's sha. */
async function pushTag(git: Git, env: string, tag: string): Promise<string> {
  const file = `workloads/payment-api/values/${env}.yaml`;
  const full = join(git.cwd, file);
  writeFileSync(
    full,
    applyValueUpdates(readFileSync(full, 'utf8'), [{ path: 'image.tag', value: `"${tag}"` }], file),
  );
  await git.addAll();
  const sha = await git.commit(`${env}: image.tag ${tag}`);
  expect((await git.push('origin', [`${BRANCH}:refs/heads/${BRANCH}`])).exitCode).toBe(0);
  return sha;
}

async function gate(f: PromoteFixture, number: number, eventAction: string) {
  const store = await localRecordStore(f.git.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
  const run = await runGate(
    { pullRequest: number, actor: 'gitopshq-bot', eventAction },
    { github: f.github('gitopshq-bot'), checkout: localPorts(f.git.cwd).checkout, store, log: silentLogger },
    { now: () => WEDNESDAY },
  );
  if (run.kind !== 'gated') throw new Error('expected an open pull request');
  return run.result;
}

async function opened(f: PromoteFixture, title: string): Promise<number> {
  const pr = await f.github('dev-alice').createPullRequest({ head: BRANCH, base: 'main', title, body: '' });
  return pr.number;
}

describe('a push to a release pull request (simulator)', () => {
  it(
    'image.tag 2.1.0 -> 2.1.1 after review: the record follows the push, and promote carries 2.1.1 to prod',
    async () => {
      const f = await promoteFixture();
      const alice = await aliceClone(f);
      const opening = await pushTag(alice, 'staging', '2.1.0');
      const number = await opened(f, 'payment-api: staging 2.1.0');
      const first = await gate(f, number, 'opened');
      expect(first.value).toMatchObject({
        registered: true,
        environment: 'staging',
        state: 'PendingApproval',
      });
      const id = first.value?.releaseId ?? '';
      const registered = await f.store.getRelease(id);
      expect(registered?.changes.updates).toEqual([{ path: 'image.tag', value: '2.1.0' }]);
      expect(registered?.changeSetCommit).toBe(opening);

      const pushed = await pushTag(alice, 'staging', '2.1.1');
      const after = await gate(f, number, 'synchronize');
      expect(after.value).toMatchObject({ registered: false, state: 'PendingApproval', recordWrites: 1 });
      await f.store.refresh();
      const record = await f.store.getRelease(id);
      expect(record?.changes.updates).toEqual([{ path: 'image.tag', value: '2.1.1' }]);
      // A title a person wrote is kept; the record says which commit the change set was read from.
      expect(record?.title).toBe('payment-api: staging 2.1.0');
      expect(record?.changeSetCommit).toBe(pushed);
      expect(record?.notes).toBeUndefined();

      // Merged, deployed and Healthy in staging (moved directly: deploy and verify-health are tested elsewhere).
      await f.moveTo(id, 'Healthy');
      await f.store.updateRelease(
        id,
        (r) => ({
          ...r,
          health: {
            status: 'Healthy',
            source: 'argocd',
            checkedAt: WEDNESDAY.toISOString(),
            drift: false,
            message: 'ok',
          },
        }),
        `release ${id}: health`,
      );
      const promoted = await f.run({ releaseId: id });
      if (promoted.outcome !== 'succeeded') throw new Error(`promote: ${JSON.stringify(promoted)}`);
      const prodRelease = await f.store.getRelease(promoted.value.opened?.releaseId ?? '');
      expect(prodRelease).toMatchObject({ environment: 'prod', promotedFrom: id });
      expect(prodRelease?.changes.updates).toEqual([{ path: 'image.tag', value: '2.1.1' }]);
      const files = await f
        .github('rev-bob')
        .listPullRequestFiles(promoted.value.opened?.pullRequestNumber ?? 0);
      expect(files.map((x) => x.filename)).toContain('workloads/payment-api/values/prod/canary.yaml');
      const waveBranch = prodRelease?.pullRequest?.branch ?? '';
      await f.git.exec(['fetch', 'origin', waveBranch]);
      const canary = await f.git.exec(['show', `FETCH_HEAD:workloads/payment-api/values/prod/canary.yaml`]);
      expect(canary.stdout).toMatch(/tag: "?2\.1\.1"?/);
    },
    SLOW,
  );

  it(
    'a push that also changes prod is refused: no status on the new head, the record keeps its change set',
    async () => {
      const f = await promoteFixture();
      const alice = await aliceClone(f);
      await pushTag(alice, 'staging', '2.1.0');
      const number = await opened(f, 'payment-api: staging 2.1.0');
      const id = (await gate(f, number, 'opened')).value?.releaseId ?? '';
      const head = await pushTag(alice, 'prod', '2.1.0');
      const r = await gate(f, number, 'synchronize');
      expect(r.outcome === 'failed' && r.error).toMatchObject({
        kind: 'usage',
        message: `pull request #${number} is release ${id} (payment-api in staging), and it now changes environment prod: a release changes one environment's layer of one workload, so keep this pull request to payment-api in staging and open another for the rest`,
      });
      const statuses = await f.github('rev-bob').getCombinedStatus(head);
      expect(statuses.statuses.filter((s) => s.context === 'gitopshq/approval')).toEqual([]);
      await f.store.refresh();
      expect((await f.store.getRelease(id))?.changes.updates).toEqual([
        { path: 'image.tag', value: '2.1.0' },
      ]);
    },
    SLOW,
  );
});
