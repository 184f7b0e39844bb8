// The commit a release's change set was read from is a field of the record (`changeSetCommit`), through the
// OpenAPI-checked GitHub simulator with the real Octokit adapter, real git and the record store on the state branch:
// create-release writes it; a push whose `synchronize` run was dropped is found by the next gate run on another
// event (a review), although the pushed commit is dated before the release (the date heuristic would miss it); a
// record written before the field (its commit in a sentence of the notes) is re-read and gets the field, and the
// notes keep only what a person wrote.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { Git } from '../../../src/git/git.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { createRelease } from '../../../src/usecases/create-release.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore, localReleaseBranches } from '../../../src/usecases/local-ports.js';
import { BOT, type PromoteFixture, promoteFixture, WEDNESDAY } from '../../helpers/promote-fixture.js';
import { tmpDir } from '../../helpers/tmp.js';

const SLOW = 300_000;
/** Before the release was created (WEDNESDAY): a rebased or cherry-picked commit keeps its old author date. */
const OLD_DATE = '2026-11-20T09:00:00Z';
const VALUES = 'workloads/payment-api/values/staging.yaml';

/** create-release for payment-api in staging, image.tag 2.2.0, with notes a person wrote. */
async function released(f: PromoteFixture) {
  const r = await createRelease(
    {
      workload: 'payment-api',
      environment: 'staging',
      updates: [{ path: 'image.tag', value: '2.2.0' }],
      tenants: [],
      notes: 'Ships the refund fix.',
      draft: false,
      autoMerge: false,
      actor: 'dev-alice',
    },
    {
      github: f.github(BOT),
      log: silentLogger,
      store: await localRecordStore(f.git.cwd, { remote: 'origin', actor: 'dev-alice' }),
      branches: localReleaseBranches(f.git.cwd, { token: f.tokens[BOT], actor: 'dev-alice' }),
      ...localPorts(f.git.cwd, { token: f.tokens[BOT] }),
    },
    { clock: { now: () => WEDNESDAY }, random: (n) => randomBytes(n) },
  );
  if (r.outcome !== 'succeeded') throw new Error(`create-release: ${JSON.stringify(r)}`);
  return r.value;
}

/** dev-alice pushes image.tag `tag` to the release branch in a commit dated OLD_DATE; the commit's sha. */
async function pushOldDated(f: PromoteFixture, branch: string, tag: string): Promise<string> {
  const dir = join(tmpDir('alice-'), 'repo');
  const url = `${f.sim.gitUrl.replace('://', `://x-access-token:${f.tokens['dev-alice']}@`)}/acme/gitops.git`;
  await new Git(tmpDir('alice-parent-')).clone(url, dir);
  const who = { NAME: 'dev-alice', EMAIL: 'dev-alice@example.com', DATE: OLD_DATE };
  const env = Object.fromEntries(
    Object.entries(who).flatMap(([k, v]) => [
      [`GIT_AUTHOR_${k}`, v],
      [`GIT_COMMITTER_${k}`, v],
    ]),
  );
  const git = new Git(dir, { env });
  await git.exec(['checkout', branch]);
  const full = join(dir, VALUES);
  writeFileSync(
    full,
    applyValueUpdates(readFileSync(full, 'utf8'), [{ path: 'image.tag', value: `"${tag}"` }], VALUES),
  );
  await git.addAll();
  const sha = await git.commit(`staging: image.tag ${tag}`);
  expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
  return sha;
}

/** The gate as the workflow runs it on `eventAction`. */
async function gate(f: PromoteFixture, number: number, eventAction: string) {
  const store = await localRecordStore(f.git.cwd, { remote: 'origin', actor: BOT });
  const run = await runGate(
    { pullRequest: number, actor: BOT, eventAction },
    { github: f.github(BOT), checkout: localPorts(f.git.cwd).checkout, store, log: silentLogger },
    { now: () => WEDNESDAY },
  );
  if (run.kind !== 'gated') throw new Error('expected an open pull request');
  return run.result;
}

async function record(f: PromoteFixture, id: string) {
  await f.store.refresh();
  const r = await f.store.getRelease(id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
}

describe("the commit a release's change set was read from (simulator)", () => {
  it(
    'create-release writes it; a push whose synchronize run was dropped is found by the gate on a review',
    async () => {
      const f = await promoteFixture();
      const created = await released(f);
      const before = await record(f, created.releaseId);
      const pr = await f.github(BOT).getPullRequest(created.pullRequestNumber);
      expect(before.changeSetCommit).toBe(pr.head.sha);
      expect(before.changeSetCommit).toBe(created.head);
      expect(before.notes).toBe('Ships the refund fix.');

      // The push's own gate run never happened; no commit of the PR is newer than the record.
      const pushed = await pushOldDated(f, created.branch, '2.2.1');
      const commits = await f.github(BOT).listPullRequestCommits(created.pullRequestNumber);
      expect(commits.every((c) => Date.parse(c.date) <= Date.parse(before.createdAt))).toBe(true);

      const r = await gate(f, created.pullRequestNumber, 'submitted');
      expect(r.value).toMatchObject({ registered: false, state: 'PendingApproval', headSha: pushed });
      const after = await record(f, created.releaseId);
      expect(after.changes.updates).toEqual([{ path: 'image.tag', value: '2.2.1' }]);
      expect(after.changeSetCommit).toBe(pushed);
      expect(after.title).toBe('payment-api: bump image.tag to 2.2.1');
      expect(after.notes).toBe('Ships the refund fix.');
      expect(after.history.at(-1)?.note ?? '').not.toContain(pushed);

      // The same head again (a re-run of the push event): nothing read anew, nothing written.
      const tip = await f.git.exec(['ls-remote', 'origin', 'refs/heads/gitopshq/state']);
      const again = await gate(f, created.pullRequestNumber, 'synchronize');
      expect(again.value?.recordWrites).toBe(0);
      expect((await f.git.exec(['ls-remote', 'origin', 'refs/heads/gitopshq/state'])).stdout).toBe(
        tip.stdout,
      );
    },
    SLOW,
  );

  it(
    'a record written before the field (the commit in its notes) is re-read on a moved head and gets the field',
    async () => {
      const f = await promoteFixture();
      const created = await released(f);
      // As gitopshq wrote it before: no field, the commit in a sentence after the person's notes.
      await f.store.updateRelease(
        created.releaseId,
        ({ changeSetCommit: _, ...r }) => ({
          ...r,
          notes: `Ships the refund fix. Change set updated from commit ${created.head}.`,
        }),
        `release ${created.releaseId}: as an older gitopshq wrote it`,
      );
      const old = await record(f, created.releaseId);
      expect(old.changeSetCommit).toBeUndefined();

      const pushed = await pushOldDated(f, created.branch, '2.2.1');
      const r = await gate(f, created.pullRequestNumber, 'submitted');
      expect(r.value).toMatchObject({ state: 'PendingApproval', headSha: pushed });
      const after = await record(f, created.releaseId);
      expect(after.changes.updates).toEqual([{ path: 'image.tag', value: '2.2.1' }]);
      expect(after.changeSetCommit).toBe(pushed);
      expect(after.notes).toBe('Ships the refund fix.');
      await f.git.exec(['fetch', 'origin', 'gitopshq/state']);
      const text = await f.git.exec(['show', `FETCH_HEAD:releases/${created.releaseId}.yaml`]);
      expect(text.stdout).toContain(`\nchangeSetCommit: ${pushed}\n`);
      expect(text.stdout).not.toContain('Change set updated');
    },
    SLOW,
  );
});
