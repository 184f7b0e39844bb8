// The approve-gate bundle run as a runner runs it, on a prod release PR in the sandbox (the OpenAPI-checked GitHub
// simulator backed by real git, seeded with the example repository: prod needs 2 approvals, one from team sre,
// with dismissStaleApprovals), and on pull requests that are no release (docs, gitopshq.yaml). Each test first sets
// main's freezes itself, so the result does not depend on when it runs (the example's weekend freeze would
// otherwise decide). Needs `npm run build` first.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ReleaseRecord } from '../../src/domain/model.js';
import { applyValueUpdates } from '../../src/domain/value-path.js';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import {
  type PullRequestAction,
  pullRequestEvent,
  pullRequestReviewEvent,
} from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { RecordStore } from '../../src/state/record-store.js';
import { cloneSandbox, startSeededSandbox } from '../helpers/sandbox-template.js';
import { tmpDir } from '../helpers/tmp.js';

const REPO = { owner: 'acme', repo: 'gitops' };
const VALUES = 'workloads/payment-api/values/prod.yaml';
const STATE = 'gitopshq/state';

interface World {
  sb: Sandbox;
  root: string;
  as(login: string): OctokitGitHub;
  clone(login: string): Promise<Git>;
}

async function world(): Promise<World> {
  const root = tmpDir('e2e-gate-');
  const sb = await startSeededSandbox({ dir: join(root, 'sandbox') });
  onTestFinished(() => sb.close());
  let n = 0;
  return {
    sb,
    root,
    as: (login) =>
      new OctokitGitHub({
        token: sb.users[login] ?? '',
        baseUrl: sb.sim.apiUrl,
        repository: REPO,
        policy: { pacing: 'none' },
      }),
    async clone(login) {
      const dir = join(root, `${login}-${n++}`);
      await cloneSandbox(sb, login, dir);
      const email = `${login}@users.noreply.sandbox`;
      return new Git(dir, {
        env: {
          GIT_AUTHOR_NAME: login,
          GIT_AUTHOR_EMAIL: email,
          GIT_COMMITTER_NAME: login,
          GIT_COMMITTER_EMAIL: email,
        },
      });
    },
  };
}

/** release-erin sets main's freezes (YAML flow text) so the test decides whether prod is frozen now. */
async function setFreezes(w: World, freezes: string): Promise<void> {
  const erin = await w.clone('release-erin');
  const path = join(erin.cwd, 'gitopshq.yaml');
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('\nfreezes:\n');
  const end = text.indexOf('\n# Checks every rendered manifest');
  expect(start).toBeGreaterThan(0);
  writeFileSync(path, `${text.slice(0, start)}\nfreezes: ${freezes}\n${text.slice(end)}`);
  await erin.addAll();
  await erin.commit('freezes for this test');
  expect((await erin.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
}

function setValue(dir: string, file: string, path: string, value: string): void {
  const full = join(dir, file);
  writeFileSync(full, applyValueUpdates(readFileSync(full, 'utf8'), [{ path, value }], file));
}

/** dev-alice opens a prod release PR by hand (no record yet); `lowerPolicy` also sets prod to 0 approvals in it. */
async function openPr(w: World, lowerPolicy = false, draft = false): Promise<{ number: number; alice: Git }> {
  const alice = await w.clone('dev-alice');
  await alice.checkout('release/payment-api-prod', { create: true });
  setValue(alice.cwd, VALUES, 'image.tag', '"2.5.0"');
  if (lowerPolicy) {
    const path = join(alice.cwd, 'gitopshq.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('required: 2 ', 'required: 0 '));
  }
  await alice.addAll();
  await alice.commit('payment-api: bump image.tag to 2.5.0 in prod');
  expect((await alice.push('origin', ['release/payment-api-prod'])).exitCode).toBe(0);
  const pr = await w.as('dev-alice').createPullRequest({
    head: 'release/payment-api-prod',
    base: 'main',
    title: 'payment-api: bump image.tag to 2.5.0',
    body: 'prod release',
    draft,
  });
  return { number: pr.number, alice };
}

async function review(w: World, login: string, pr: number, event: string, body: string): Promise<number> {
  const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/pulls/${pr}/reviews`, {
    method: 'POST',
    headers: { authorization: `token ${w.sb.users[login]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event, body }),
  });
  return res.status;
}

/**
 * The gate as a workflow runs it: a checkout of the PR head with full history, on a pull_request_review event, or
 * on the pull_request event `action` names.
 */
async function gate(
  w: World,
  number: number,
  inputs: Record<string, string> = {},
  action?: PullRequestAction,
  actor = 'gitopshq-bot',
) {
  const pr = await w.as('gitopshq-bot').getPullRequest(number);
  const git = await w.clone('gitopshq-bot');
  await git.checkout(pr.head.sha);
  const spec = {
    number,
    head: { ref: pr.head.ref, sha: pr.head.sha },
    base: { ref: pr.base.ref, sha: pr.base.sha },
    author: 'dev-alice',
    draft: pr.draft,
  };
  const event = action
    ? pullRequestEvent({ ...spec, action })
    : pullRequestReviewEvent({ reviewer: 'rev-bob', state: 'approved', pullRequest: spec });
  const run = await runBundle({
    name: 'approve-gate',
    inputs: { 'pull-request': String(number), ...inputs },
    event,
    workspace: git.cwd,
    token: w.sb.users['gitopshq-bot'],
    apiUrl: w.sb.sim.apiUrl,
    serverUrl: w.sb.sim.gitUrl,
    sha: pr.head.sha,
    ref: `refs/pull/${number}/merge`,
    actor,
    timeoutMs: 120_000,
  });
  expect(run.stderr).not.toMatch(/unexpected error/);
  const status = (await w.as('rev-bob').getCombinedStatus(pr.head.sha)).statuses.find(
    (s) => s.context === 'gitopshq/approval',
  );
  return { run, status, head: pr.head.sha };
}

/** `gitopshq gate --pr N --output json` from a clone, with GitHub reached through the environment. */
async function cliGate(
  w: World,
  number: number,
): Promise<{ status: number | null; json: Record<string, unknown> }> {
  const clone = await w.clone('rev-bob');
  const root = join(import.meta.dirname, '..', '..');
  // Asynchronously: the simulator answering the CLI runs in this very process.
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      join(root, 'node_modules', '.bin', 'node'),
      [
        join(root, 'bin', 'gitopshq.js'),
        'gate',
        '--pr',
        String(number),
        '--repo',
        clone.cwd,
        '--output',
        'json',
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          GITHUB_TOKEN: w.sb.users['rev-bob'],
          GITHUB_API_URL: w.sb.sim.apiUrl,
          GITHUB_REPOSITORY: 'acme/gitops',
        },
      },
      (error, stdout, stderr) =>
        done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
  expect(r.stderr).toBe('');
  return { status: r.status, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

async function stateOf(w: World): Promise<{ tip: string | undefined; records: ReleaseRecord[] }> {
  const git = await w.clone('rev-bob');
  const store = new RecordStore({ git, remote: 'origin', branch: STATE });
  const tip = await store.refresh();
  return { tip, records: tip ? await store.listReleases() : [] };
}

describe('approve-gate bundle on a prod release', () => {
  it('counts only valid approvals, drops stale ones on a new push, blocks on changes requested, passes with 2 incl. sre', async () => {
    const w = await world();
    await setFreezes(w, '[]');
    const { number, alice } = await openPr(w, true);

    // The PR also sets prod's required approvals to 0 in gitopshq.yaml: a release that changes policy is refused
    // (policy changes go in a pull request of their own), the status fails, and nothing is registered.
    const refused = await gate(w, number);
    expect(refused.run.exitCode).not.toBe(0);
    expect(refused.run.log).toMatch(
      /changes gitopshq\.yaml as well as workloads\/payment-api\/values\/prod\.yaml/,
    );
    expect(refused.status?.state).toBe('failure');
    expect((await stateOf(w)).records).toEqual([]);
    await alice.exec(['checkout', 'origin/main', '--', 'gitopshq.yaml']);
    await alice.addAll();
    await alice.commit('leave the policy to a pull request of its own');
    expect((await alice.push('origin', ['release/payment-api-prod'])).exitCode).toBe(0);

    // Opened by hand: the gate registers the release and judges it by main's policy.
    const first = await gate(w, number);
    expect(first.run.exitCode, first.run.log).toBe(0);
    expect(first.run.outputs.approved).toBe('false');
    expect(first.run.outputs.state).toBe('PendingApproval');
    expect(JSON.parse(first.run.outputs.missing ?? '')).toEqual([
      { rule: 'approvals', required: 2, valid: 0, needed: 2 },
      { rule: 'team', team: 'sre' },
    ]);
    expect(first.status).toMatchObject({
      state: 'pending',
      description: 'needs 2 approvals, one from team sre',
    });
    expect(first.run.summary).toContain('needs 2 approvals, one from team sre');
    let { records } = await stateOf(w);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: first.run.outputs['release-id'],
      environment: 'prod',
      author: 'dev-alice',
      changes: { updates: [{ path: 'image.tag', value: '2.5.0' }] },
    });

    // The author cannot approve (GitHub refuses it); one approval leaves one to go, from sre.
    expect(await review(w, 'dev-alice', number, 'APPROVE', 'lgtm')).toBe(422);
    expect(await review(w, 'rev-bob', number, 'APPROVE', 'tag checked')).toBe(200);
    const one = await gate(w, number);
    expect(one.status?.description).toBe('needs 1 more approval from team sre');
    // The terminal says the same, and writes nothing (no record commit, no status).
    const tipBefore = (await stateOf(w)).tip;
    const statusCount = (await w.as('rev-bob').getCombinedStatus(one.head)).statuses.length;
    const cli = await cliGate(w, number);
    expect(cli.status).toBe(1);
    expect(cli.json).toMatchObject({ approved: false, description: 'needs 1 more approval from team sre' });
    expect((await stateOf(w)).tip).toBe(tipBefore);
    expect((await w.as('rev-bob').getCombinedStatus(one.head)).statuses.length).toBe(statusCount);

    // A new push: bob's approval is for other content.
    setValue(alice.cwd, VALUES, 'replicaCount', '4');
    await alice.addAll();
    await alice.commit('payment-api: 4 replicas in prod');
    expect((await alice.push('origin', ['release/payment-api-prod'])).exitCode).toBe(0);
    const stale = await gate(w, number);
    expect(stale.status).toMatchObject({
      state: 'pending',
      description: 'needs 2 approvals, one from team sre',
    });
    expect(stale.run.summary).toContain('rev-bob (stale)');

    // Changes requested block even once the count is reached.
    expect(await review(w, 'rev-carol', number, 'REQUEST_CHANGES', 'replicas: check the HPA first')).toBe(
      200,
    );
    expect(await review(w, 'rev-bob', number, 'APPROVE', 'still fine')).toBe(200);
    expect(await review(w, 'sre-dave', number, 'APPROVE', 'on call, go')).toBe(200);
    const blocked = await gate(w, number, { 'fail-when-blocked': 'true' });
    expect(blocked.run.exitCode).toBe(1);
    expect(blocked.status?.description).toBe('changes requested by rev-carol');
    expect(blocked.run.annotations[0]?.message).toContain('changes requested by rev-carol');

    // Carol approves after all: two valid approvals (three), one from sre.
    expect(await review(w, 'rev-carol', number, 'APPROVE', 'HPA is fine')).toBe(200);
    const passed = await gate(w, number, { 'fail-when-blocked': 'true' });
    expect(passed.run.exitCode, passed.run.log).toBe(0);
    expect(passed.run.outputs).toMatchObject({ approved: 'true', state: 'Approved', missing: '[]' });
    expect(passed.status?.state).toBe('success');
    const after = await stateOf(w);
    records = after.records;
    expect(records[0]?.history.map((h) => h.state)).toEqual(['PendingApproval', 'Approved']);
    expect(records[0]?.approvals.map((a) => `${a.reviewer}:${a.state}:${a.comment}`)).toEqual([
      'rev-bob:APPROVED:still fine',
      'sre-dave:APPROVED:on call, go',
      'rev-carol:APPROVED:HPA is fine',
    ]);

    // The same inputs again change nothing: no state commit, no new status.
    const statusesBefore = (await w.as('rev-bob').getCombinedStatus(passed.head)).statuses.length;
    const again = await gate(w, number);
    expect(again.run.outputs.state).toBe('Approved');
    expect((await stateOf(w)).tip).toBe(after.tip);
    expect((await w.as('rev-bob').getCombinedStatus(passed.head)).statuses.length).toBe(statusesBefore);
    expect(await cliGate(w, number)).toMatchObject({
      status: 0,
      json: { approved: true, state: 'Approved' },
    });
  }, 300_000);

  it('blocks during a prod freeze and says until when; break-glass with an sre approval passes and is audited', async () => {
    const w = await world();
    const now = Date.now();
    const iso = (t: number) => `${new Date(t).toISOString().slice(0, 16)}Z`;
    const end = now + 3 * 3_600_000;
    await setFreezes(
      w,
      `[{ name: incident, environments: [prod], timezone: Europe/Berlin, start: "${iso(now - 3_600_000)}", end: "${iso(end)}", reason: payment incident, breakGlass: { allowed: true, label: break-glass, teams: [sre] } }]`,
    );
    const { number } = await openPr(w);
    expect(await review(w, 'rev-bob', number, 'APPROVE', 'ok')).toBe(200);
    expect(await review(w, 'sre-dave', number, 'APPROVE', 'INC-42: the fix must ship now')).toBe(200);

    const frozen = await gate(w, number);
    expect(frozen.run.outputs.approved).toBe('false');
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(Date.parse(iso(end))));
    expect(frozen.status?.description).toMatch(
      new RegExp(
        `^frozen until \\w{3} ${local} Europe/Berlin \\(incident\\); break-glass needs label break-glass`,
      ),
    );
    const missing = JSON.parse(frozen.run.outputs.missing ?? '') as { rule: string; until?: string }[];
    expect(missing.find((m) => m.rule === 'freeze')?.until).toBe(
      new Date(Date.parse(iso(end))).toISOString(),
    );

    await w.as('dev-alice').addLabels(number, ['break-glass']);
    const broken = await gate(w, number);
    expect(broken.run.exitCode, broken.run.log).toBe(0);
    expect(broken.run.outputs).toMatchObject({ approved: 'true', state: 'Approved' });
    expect(broken.status?.description).toMatch(/^frozen until .*\(incident\); passed by break-glass$/);
    const { records } = await stateOf(w);
    const reviews = await w.as('rev-bob').listReviews(number);
    expect(records[0]?.breakGlass).toEqual({
      actor: 'sre-dave',
      at: reviews.find((r) => r.reviewer === 'sre-dave')?.submittedAt,
      reason: 'INC-42: the fix must ship now',
      freezes: ['incident'],
      // The occurrence of the freeze it broke (a later occurrence of `incident` is not broken by it).
      occurrences: [{ freeze: 'incident', from: expect.any(String), until: expect.any(String) }],
    });
  }, 300_000);

  it('a draft release moves to Pending Approval when ready for review, and back to Draft when converted', async () => {
    const w = await world();
    await setFreezes(w, '[]');
    const { number } = await openPr(w, false, true);
    const setDraft = (draft: boolean) =>
      w.sb.sim.setPullRequestDraft({ owner: 'acme', repo: 'gitops', number, draft });

    const opened = await gate(w, number, {}, 'opened');
    expect(opened.run.exitCode, opened.run.log).toBe(0);
    expect(opened.run.outputs.state).toBe('Draft');
    // Reviews on a draft count toward the policy, but a draft is never Approved.
    expect(await review(w, 'rev-bob', number, 'APPROVE', 'ok')).toBe(200);
    expect(await review(w, 'sre-dave', number, 'APPROVE', 'ok')).toBe(200);
    const reviewed = await gate(w, number);
    expect(reviewed.run.outputs).toMatchObject({ approved: 'true', state: 'Draft' });

    setDraft(false);
    const ready = await gate(w, number, {}, 'ready_for_review');
    expect(ready.run.exitCode, ready.run.log).toBe(0);
    expect(ready.run.outputs).toMatchObject({ approved: 'true', state: 'Approved' });

    setDraft(true);
    const back = await gate(w, number, {}, 'converted_to_draft');
    expect(back.run.exitCode, back.run.log).toBe(0);
    expect(back.run.outputs.state).toBe('Draft');
    const [record, ...others] = (await stateOf(w)).records;
    expect(others).toEqual([]);
    expect(record?.history.map((h) => `${h.state}: ${h.note}`)).toEqual([
      expect.stringMatching(/^Draft: /),
      'PendingApproval: the pull request is ready for review',
      expect.stringMatching(/^Approved: approved by /),
      'PendingApproval: the pull request went back to draft',
      'Draft: the pull request went back to draft',
    ]);
  }, 900_000);

  it('on `closed`: a forged event for an open PR changes nothing; closed unmerged, Cancelled with no status; reopened, a new release', async () => {
    const w = await world();
    await setFreezes(w, '[]');
    const { number } = await openPr(w);
    const opened = await gate(w, number, {}, 'opened');
    expect(opened.run.outputs.state).toBe('PendingApproval');
    const statuses = async (sha: string) =>
      (await w.as('rev-bob').getCombinedStatus(sha)).statuses.filter((s) => s.context === 'gitopshq/approval')
        .length;

    // The payload says closed; GitHub says open: the gate judges it as open, nothing is cancelled.
    const forged = await gate(w, number, {}, 'closed');
    expect(forged.run.exitCode, forged.run.log).toBe(0);
    expect(forged.run.outputs.state).toBe('PendingApproval');
    expect(forged.run.log).toContain('GitHub says it is open');

    await w.as('dev-alice').updatePullRequest(number, { state: 'closed' });
    const before = await statuses(opened.head);
    const closed = await gate(w, number, { 'fail-when-blocked': 'true' }, 'closed', 'dev-alice');
    expect(closed.run.exitCode, closed.run.log).toBe(0);
    expect(closed.run.outputs).toMatchObject({
      approved: 'false',
      state: 'Cancelled',
      'release-id': opened.run.outputs['release-id'],
      missing: '[]',
    });
    // One line, and one GitHub call: the pull request read again (no reviews, files or status asked or written).
    const [line, ...rest] = closed.run.summary.trim().split('\n');
    expect(line).toMatch(
      new RegExp(
        `^Approval gate: pull request #${number} closed without merging: release \\S+ Pending Approval -> Cancelled$`,
      ),
    );
    expect(rest.filter((l) => l !== '')).toEqual(['<sub>GitHub API requests in this step: 1</sub>']);
    expect(await statuses(opened.head)).toBe(before);
    const [record] = (await stateOf(w)).records;
    expect(record?.history.at(-1)).toMatchObject({
      state: 'Cancelled',
      actor: 'dev-alice',
      note: `pull request #${number} closed without merging`,
    });

    // Reopened: Cancelled is final, the gate registers the pull request again as a new release.
    await w.as('dev-alice').updatePullRequest(number, { state: 'open' });
    const reopened = await gate(w, number, {}, 'reopened', 'dev-alice');
    expect(reopened.run.exitCode, reopened.run.log).toBe(0);
    expect(reopened.run.outputs.state).toBe('PendingApproval');
    expect(reopened.run.outputs['release-id']).not.toBe(opened.run.outputs['release-id']);
    expect(reopened.status).toMatchObject({ state: 'pending' });
    const states = (await stateOf(w)).records.map((r) => [r.id, r.state]);
    expect(states.sort()).toEqual(
      [
        [opened.run.outputs['release-id'], 'Cancelled'],
        [reopened.run.outputs['release-id'], 'PendingApproval'],
      ].sort(),
    );
  }, 300_000);

  it('a pull request that is no release: docs pass at once; a gitopshq.yaml change needs every environment, no record', async () => {
    const w = await world();
    await setFreezes(w, '[]');
    const open = async (branch: string, file: string) => {
      const alice = await w.clone('dev-alice');
      await alice.checkout(branch, { create: true });
      const path = join(alice.cwd, file);
      writeFileSync(path, `${readFileSync(path, 'utf8')}# edited by ${branch}\n`);
      await alice.addAll();
      await alice.commit(`${branch}: ${file}`);
      expect((await alice.push('origin', [branch])).exitCode).toBe(0);
      return (
        await w.as('dev-alice').createPullRequest({ head: branch, base: 'main', title: branch, body: '' })
      ).number;
    };
    const docs = await open('docs/readme', 'README.md');
    const passed = await gate(w, docs, {}, 'opened');
    expect(passed.run.exitCode, passed.run.log).toBe(0);
    expect(passed.run.outputs).toMatchObject({
      approved: 'true',
      'release-id': '',
      state: '',
      missing: '[]',
    });
    expect(passed.status).toMatchObject({
      state: 'success',
      description: 'no release: nothing deployable changed (no environment consumes these files)',
    });
    expect(passed.run.summary).toContain('Approval gate: passed (no release: nothing-deployable)');

    const policy = await open('policy/comment', 'gitopshq.yaml');
    const judged = await gate(w, policy, {}, 'opened');
    expect(judged.run.exitCode, judged.run.log).toBe(0);
    expect(judged.run.outputs).toMatchObject({ approved: 'false', 'release-id': '' });
    const description =
      "policy change: staging's policy: needs 1 approval from team platform; prod's policy: needs 2 approvals, one from team sre (dev passes)";
    expect(judged.status).toMatchObject({ state: 'pending', description });
    expect(judged.run.summary).toContain('It is no release (policy); each policy below must pass');
    const cli = await cliGate(w, policy);
    expect(cli.status).toBe(1);
    expect(cli.json).toMatchObject({ change: 'policy', approved: false, releaseId: null, description });
    expect((await stateOf(w)).records).toEqual([]);
  }, 300_000);
});
