// What approve-gate judges a release pull request by, beyond its own environment, through the OpenAPI-checked
// GitHub simulator with the real Octokit adapter, real git and the record store on the state branch (the sandbox:
// dev needs no approval, staging one from team platform, prod two with one from team sre):
// - a dev release that also changes the policy (gitopshq.yaml, .github/, CODEOWNERS) is refused: status failure,
//   nothing registered, and an approval the release held no longer holds;
// - (a pull request that changes only gitopshq.yaml is no release: approve-gate-non-release.test.ts);
// - a change to payment-api's base values.yaml reaches every environment: dev's approvals (none) are not enough, the
//   status says staging's and prod's policies are outstanding, and it passes once both are met.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import type { Git } from '../../../src/git/git.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore } from '../../../src/usecases/local-ports.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const SLOW = 300_000;
// Not in prod's weekend freeze, whenever the suite runs.
const WEDNESDAY = new Date('2026-12-02T10:00:00Z');
const DEV = 'workloads/payment-api/values/dev.yaml';
const BASE_VALUES = 'workloads/payment-api/values.yaml';

type Edit = (text: string, file: string) => string;
const setValue =
  (path: string, value: string): Edit =>
  (text, file) =>
    applyValueUpdates(text, [{ path, value }], file);
// The weekend freeze no longer covers prod: a policy change a release must not carry in unseen.
const thawProd: Edit = (text) => {
  const edited = text.replace('    environments: [prod]\n', '    environments: [staging]\n');
  expect(edited).not.toBe(text);
  return edited;
};
const appendLine: Edit = (text) => `${text}# edited by the pull request\n`;

/** dev-alice's commit of `edits` (a file absent is created) on `branch` (created from main when `git` is not given), pushed. */
async function push(w: ReleaseWorld, branch: string, edits: Record<string, Edit>, git?: Git): Promise<Git> {
  const clone = git ?? (await w.clone('dev-alice'));
  if (!git) await clone.checkout(branch, { create: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = join(clone.cwd, file);
    writeFileSync(full, edit(existsSync(full) ? readFileSync(full, 'utf8') : '', file));
  }
  await clone.addAll();
  await clone.commit(`${branch}: ${Object.keys(edits).join(', ')}`);
  expect((await clone.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
  return clone;
}

async function open(w: ReleaseWorld, branch: string): Promise<number> {
  return (await w.as('dev-alice').createPullRequest({ head: branch, base: 'main', title: branch, body: '' }))
    .number;
}

/** The gate as the action runs it: a fresh checkout, the record store on it, the bot's token. */
async function gate(w: ReleaseWorld, number: number) {
  const ws = await w.workspace();
  const store = await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
  const { checkout } = localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' });
  const run = await runGate(
    { pullRequest: number, actor: 'gitopshq-bot' },
    { github: w.as('gitopshq-bot'), checkout, store, log: silentLogger },
    { now: () => WEDNESDAY },
  );
  if (run.kind !== 'gated') throw new Error('expected an open pull request');
  return run.result;
}

async function review(w: ReleaseWorld, login: string, pr: number): Promise<void> {
  const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/pulls/${pr}/reviews`, {
    method: 'POST',
    headers: { authorization: `token ${w.sb.users[login]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'APPROVE', body: 'lgtm' }),
  });
  expect(res.status).toBe(200);
}

async function releasesOf(w: ReleaseWorld, number: number) {
  const store = await w.store();
  return (await store.refresh())
    ? (await store.listReleases()).filter((r) => r.pullRequest?.number === number)
    : [];
}

async function approvalStatuses(w: ReleaseWorld, number: number) {
  const pr = await w.as('rev-bob').getPullRequest(number);
  const combined = await w.as('rev-bob').getCombinedStatus(pr.head.sha);
  return combined.statuses
    .filter((s) => s.context === 'gitopshq/approval')
    .map((s) => ({ state: s.state, description: s.description }));
}

describe('approve-gate: policy files and shared layers (simulator)', () => {
  it(
    'a dev release that also changes policy files is refused, registers nothing, and loses an approval it had',
    async () => {
      const w = await releaseWorld('gate-policy-');
      // dev needs no approval: judged as a plain dev release, this would be Approved at once.
      await push(w, 'release/dev-and-policy', {
        [DEV]: setValue('image.tag', '"9.9.9"'),
        'gitopshq.yaml': thawProd,
      });
      const both = await open(w, 'release/dev-and-policy');
      const refused = await gate(w, both);
      expect(refused.outcome).toBe('failed');
      expect(refused.outcome === 'failed' && refused.error).toMatchObject({
        kind: 'usage',
        message: `pull request #${both} is a release and changes gitopshq.yaml as well as ${DEV}: policy changes (gitopshq.yaml, CODEOWNERS, .github/, clusters/) go in a pull request of their own, reviewed by their code owners and judged by every environment's policy, because a release is judged and deployed by the policy on the base branch; split it, and merge the policy change first`,
      });
      expect(await releasesOf(w, both)).toEqual([]);
      expect(await approvalStatuses(w, both)).toEqual([
        {
          state: 'failure',
          description:
            'changes gitopshq.yaml as well as workloads: policy changes need a pull request of their own; split it',
        },
      ]);

      // A dev release approved as it was (no approval needed), then a push that edits the gate's own workflow.
      const git = await push(w, 'release/dev-then-workflow', { [DEV]: setValue('image.tag', '"9.9.8"') });
      const later = await open(w, 'release/dev-then-workflow');
      const first = await gate(w, later);
      expect(first.value).toMatchObject({ approved: true, state: 'Approved', environment: 'dev' });
      await push(
        w,
        'release/dev-then-workflow',
        { '.github/workflows/gitopshq-approve.yml': appendLine },
        git,
      );
      const again = await gate(w, later);
      expect(again.outcome === 'failed' && again.error.message).toContain(
        `is release ${first.value?.releaseId} and changes .github/workflows/gitopshq-approve.yml as well as ${DEV}`,
      );
      const [record] = await releasesOf(w, later);
      expect(record?.state).toBe('PendingApproval');
      expect(record?.history.at(-1)?.note).toMatch(/^approval no longer holds: pull request #\d+ is release/);
      expect((await approvalStatuses(w, later)).map((s) => s.state)).toEqual(['failure']);

      // CODEOWNERS, at any of the places GitHub reads it (here a new one at the root), is policy too.
      await push(w, 'release/dev-and-codeowners', {
        [DEV]: setValue('image.tag', '"9.9.7"'),
        CODEOWNERS: appendLine,
      });
      const owners = await open(w, 'release/dev-and-codeowners');
      const byOwners = await gate(w, owners);
      expect(byOwners.outcome === 'failed' && byOwners.error.message).toContain(
        `changes CODEOWNERS as well as ${DEV}`,
      );
      expect(await releasesOf(w, owners)).toEqual([]);
    },
    SLOW,
  );

  it(
    "a change to the base values is judged by every environment's policy: dev's is not enough, all of them pass it",
    async () => {
      const w = await releaseWorld('gate-shared-');
      await push(w, 'release/base-and-dev', {
        [BASE_VALUES]: setValue('resources.limits.memory', '512Mi'),
        [DEV]: setValue('image.tag', '"1.6.0"'),
      });
      const number = await open(w, 'release/base-and-dev');

      // dev needs no approval, and that is all a dev release needed before.
      const first = await gate(w, number);
      expect(first.outcome).toBe('pending');
      expect(first.value).toMatchObject({
        registered: true,
        environment: 'dev',
        approved: false,
        state: 'PendingApproval',
        description:
          "staging's policy: needs 1 approval from team platform; prod's policy: needs 2 approvals, one from team sre (dev passes)",
        environments: [
          { environment: 'dev', approved: true, description: 'no approval required' },
          { environment: 'staging', approved: false, description: 'needs 1 approval from team platform' },
          { environment: 'prod', approved: false, description: 'needs 2 approvals, one from team sre' },
        ],
      });
      expect(first.value?.missing).toContainEqual({ rule: 'team', team: 'sre', environment: 'prod' });
      let [record] = await releasesOf(w, number);
      expect(record).toMatchObject({
        environment: 'dev',
        affects: ['dev', 'staging', 'prod'],
        state: 'PendingApproval',
        approvalMissing: [
          'staging: 1 more approval (of 1)',
          'staging: an approval from team platform',
          'prod: 2 more approvals (of 2)',
          'prod: an approval from team sre',
        ],
      });

      // A platform approval meets staging's policy; prod's is still outstanding.
      await review(w, 'rev-bob', number);
      const staging = await gate(w, number);
      expect(staging.value).toMatchObject({
        approved: false,
        description: "prod's policy: needs 1 more approval from team sre (dev and staging pass)",
      });
      expect(await approvalStatuses(w, number)).toEqual([
        {
          state: 'pending',
          description: "prod's policy: needs 1 more approval from team sre (dev and staging pass)",
        },
      ]);
      [record] = await releasesOf(w, number);
      expect(record?.state).toBe('PendingApproval');

      // An SRE's approval meets prod's too: the release is Approved, judged by all three.
      await review(w, 'sre-dave', number);
      const all = await gate(w, number);
      expect(all.outcome).toBe('succeeded');
      expect(all.value).toMatchObject({
        approved: true,
        state: 'Approved',
        description: 'passes the policies of dev, staging and prod (it changes a layer they share)',
      });
      expect(await approvalStatuses(w, number)).toEqual([
        {
          state: 'success',
          description: 'passes the policies of dev, staging and prod (it changes a layer they share)',
        },
      ]);
      [record] = await releasesOf(w, number);
      expect(record).toMatchObject({
        state: 'Approved',
        environment: 'dev',
        affects: ['dev', 'staging', 'prod'],
      });
      expect(record?.approvalMissing).toEqual([]);
    },
    SLOW,
  );

  it(
    'a template change names no environment: a release to dev (the first in promotion order), judged by all three',
    async () => {
      const w = await releaseWorld('gate-shared-template-');
      await push(w, 'release/template', { 'workloads/payment-api/templates/service.yaml': appendLine });
      const number = await open(w, 'release/template');
      const first = await gate(w, number);
      expect(first.value).toMatchObject({ registered: true, environment: 'dev', approved: false });
      expect(first.value?.environments.map((e) => [e.environment, e.approved])).toEqual([
        ['dev', true],
        ['staging', false],
        ['prod', false],
      ]);
      const [record] = await releasesOf(w, number);
      expect(record).toMatchObject({ environment: 'dev', affects: ['dev', 'staging', 'prod'] });
      expect(record?.notes).toContain('Also changes: workloads/payment-api/templates/service.yaml.');
    },
    SLOW,
  );
});
