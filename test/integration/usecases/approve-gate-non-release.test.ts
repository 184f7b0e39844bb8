// A pull request that changes no workload is no release, yet branch protection requires `gitopshq/approval` on it
// too, through the OpenAPI-checked GitHub simulator with the real Octokit adapter, real git and the record store on
// the state branch (the sandbox: dev needs no approval, staging one from team platform, prod two with one from team
// sre; prod freezes at weekends, break-glass by label plus an sre approval):
// - docs (README.md, docs/) reach no environment: the status passes, saying so, even during the freeze;
// - gitopshq.yaml is judged by every environment's policy as the base branch has it: the PR's own copy lowering
//   prod's bar does not lower it; dev's approvals (none) leave staging's and prod's outstanding, named in the
//   status, until both are met;
// - during prod's freeze a fully approved policy change waits, naming the freeze, until break-glass;
// - clusters/ (the Argo CD and Flux objects) is judged the same way;
// and none of them writes a release record.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTHING_DEPLOYABLE } from '../../../src/domain/gate-verdict.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore } from '../../../src/usecases/local-ports.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const SLOW = 300_000;
const WEDNESDAY = new Date('2026-12-02T10:00:00Z');
// In prod's weekend freeze (Friday 18:00 to Monday 07:00, Berlin).
const SATURDAY = new Date('2026-12-05T12:00:00Z');

type Edit = (text: string) => string;
const appendLine: Edit = (text) => `${text}# edited by the pull request\n`;
/** The PR's own gitopshq.yaml lowering prod to no approval at all: the gate must not judge by it. */
const lowerProd: Edit = (text) => {
  const edited = text
    .replace('      required: 2          # two distinct approvers,\n', '      required: 0\n')
    .replace('      teams: [sre]         # one of them from @<org>/sre\n', '');
  expect(edited).not.toBe(text);
  return edited;
};

async function push(w: ReleaseWorld, branch: string, edits: Record<string, Edit>): Promise<void> {
  const clone = await w.clone('dev-alice');
  await clone.checkout(branch, { create: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = join(clone.cwd, file);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, edit(existsSync(full) ? readFileSync(full, 'utf8') : ''));
  }
  await clone.addAll();
  await clone.commit(`${branch}: ${Object.keys(edits).join(', ')}`);
  expect((await clone.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
}

async function open(w: ReleaseWorld, branch: string, edits: Record<string, Edit>): Promise<number> {
  await push(w, branch, edits);
  return (await w.as('dev-alice').createPullRequest({ head: branch, base: 'main', title: branch, body: '' }))
    .number;
}

/** The gate as the action runs it on the pull_request event: a fresh checkout, the bot's token. */
async function gate(w: ReleaseWorld, number: number, at = WEDNESDAY, environment?: string) {
  const ws = await w.workspace();
  const store = await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
  const { checkout } = localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' });
  const run = await runGate(
    { pullRequest: number, actor: 'gitopshq-bot', ...(environment ? { environment } : {}) },
    { github: w.as('gitopshq-bot'), checkout, store, log: silentLogger },
    { now: () => at },
  );
  if (run.kind !== 'gated') throw new Error('expected an open pull request');
  return run.result;
}

async function call(w: ReleaseWorld, login: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/${path}`, {
    method: 'POST',
    headers: { authorization: `token ${w.sb.users[login]}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
}

const approve = (w: ReleaseWorld, login: string, pr: number) =>
  call(w, login, `pulls/${pr}/reviews`, { event: 'APPROVE', body: `${login} approves` });

async function approvalStatuses(w: ReleaseWorld, number: number) {
  const pr = await w.as('rev-bob').getPullRequest(number);
  const combined = await w.as('rev-bob').getCombinedStatus(pr.head.sha);
  return combined.statuses
    .filter((s) => s.context === 'gitopshq/approval')
    .map((s) => ({ state: s.state, description: s.description }));
}

async function releaseCount(w: ReleaseWorld): Promise<number> {
  const store = await w.store();
  return (await store.refresh()) ? (await store.listReleases()).length : 0;
}

describe('approve-gate: pull requests that change no workload (simulator)', () => {
  it(
    'docs pass as no release, even in a freeze; a policy change needs every environment and waits out the freeze',
    async () => {
      const w = await releaseWorld('gate-non-release-');
      const before = await releaseCount(w);

      // Docs: nothing any environment consumes. The environment input does not make them a prod release.
      const docs = await open(w, 'docs/runbook', { 'README.md': appendLine, 'docs/runbook.md': appendLine });
      const passed = await gate(w, docs, SATURDAY, 'prod');
      expect(passed.outcome).toBe('succeeded');
      expect(passed.value).toMatchObject({
        change: 'nothing-deployable',
        approved: true,
        environment: '',
        description: NOTHING_DEPLOYABLE,
        environments: [],
        missing: [],
        recordWrites: 0,
        statusSet: true,
      });
      expect(passed.value?.releaseId).toBeUndefined();
      expect(await approvalStatuses(w, docs)).toEqual([
        { state: 'success', description: NOTHING_DEPLOYABLE },
      ]);

      // gitopshq.yaml lowering prod to no approval: judged by main's policy, every environment's.
      const policy = await open(w, 'policy/lower-prod', { 'gitopshq.yaml': lowerProd });
      const first = await gate(w, policy);
      expect(first.outcome).toBe('pending');
      expect(first.value).toMatchObject({
        change: 'policy',
        approved: false,
        environment: '',
        description:
          "policy change: staging's policy: needs 1 approval from team platform; prod's policy: needs 2 approvals, one from team sre (dev passes)",
        environments: [
          { environment: 'dev', approved: true, description: 'no approval required' },
          { environment: 'staging', approved: false, description: 'needs 1 approval from team platform' },
          { environment: 'prod', approved: false, description: 'needs 2 approvals, one from team sre' },
        ],
      });
      expect(first.value?.missing).toContainEqual({ rule: 'team', team: 'sre', environment: 'prod' });

      // A platform approval meets staging's policy; prod's still needs its sre.
      await approve(w, 'rev-bob', policy);
      const staging = await gate(w, policy);
      expect(staging.value?.description).toBe(
        "policy change: prod's policy: needs 1 more approval from team sre (dev and staging pass)",
      );
      expect(await approvalStatuses(w, policy)).toEqual([
        {
          state: 'pending',
          description:
            "policy change: prod's policy: needs 1 more approval from team sre (dev and staging pass)",
        },
      ]);

      await approve(w, 'sre-dave', policy);
      // On a Saturday the approvals are not enough: prod is frozen, and a policy change waits as a release does.
      const frozen = await gate(w, policy, SATURDAY);
      expect(frozen.outcome).toBe('pending');
      expect(frozen.value?.description).toBe(
        "policy change: prod's policy: frozen until Mon 07:00 Europe/Berlin (weekend); break-glass needs label break-glass (dev and staging pass)",
      );
      expect(frozen.value?.missing).toContainEqual(
        expect.objectContaining({ rule: 'freeze', freeze: 'weekend', environment: 'prod' }),
      );
      expect((await approvalStatuses(w, policy)).map((s) => s.state)).toEqual(['pending']);

      // Break-glass (the label, with the sre approval already given) lets it through the freeze.
      await call(w, 'sre-dave', `issues/${policy}/labels`, { labels: ['break-glass'] });
      const glass = await gate(w, policy, SATURDAY);
      expect(glass.outcome).toBe('succeeded');
      expect(glass.value?.environments.map((e) => e.approved)).toEqual([true, true, true]);
      expect(glass.value?.environments[2]?.description).toBe(
        'frozen until Mon 07:00 Europe/Berlin (weekend); passed by break-glass',
      );

      // On a weekday, with every approval: it passes, and says it passed every environment's policy.
      const all = await gate(w, policy);
      expect(all.outcome).toBe('succeeded');
      expect(all.value).toMatchObject({
        change: 'policy',
        approved: true,
        description: 'policy change: no release; passes the policies of dev, staging and prod',
      });
      expect(await approvalStatuses(w, policy)).toEqual([
        {
          state: 'success',
          description: 'policy change: no release; passes the policies of dev, staging and prod',
        },
      ]);
      // It is no release: no record was written by any of these runs.
      expect(await releaseCount(w)).toBe(before);
    },
    SLOW,
  );

  it(
    'a clusters/ change is judged by every environment: a platform approval leaves prod outstanding',
    async () => {
      const w = await releaseWorld('gate-non-release-clusters-');
      const before = await releaseCount(w);
      const clusters = await open(w, 'clusters/dev-app', { 'clusters/argocd/dev.yaml': appendLine });
      // The dev environment needs no approval; a rev-bob approval is all a dev release would have wanted.
      await approve(w, 'rev-bob', clusters);
      const judged = await gate(w, clusters);
      expect(judged.outcome).toBe('pending');
      expect(judged.value).toMatchObject({
        change: 'clusters',
        approved: false,
        description:
          "cluster-wide change: prod's policy: needs 1 more approval from team sre (dev and staging pass)",
      });
      expect(await approvalStatuses(w, clusters)).toEqual([
        {
          state: 'pending',
          description:
            "cluster-wide change: prod's policy: needs 1 more approval from team sre (dev and staging pass)",
        },
      ]);
      expect(await releaseCount(w)).toBe(before);
    },
    SLOW,
  );
});
