// Every GitHubPort method through the real Octokit adapter against the simulator, with OpenAPI checks on.
import { describe, expect, it } from 'vitest';
import { latestOpinions } from '../../../src/domain/reviews.js';
import { messageOf, statusOf } from '../../../src/github/failure.js';
import {
  HeadChangedError,
  PullRequestNotMergeableError,
  TeamMembershipUnreadableError,
} from '../../../src/github/port.js';
import { pushChange, review, startFixture } from '../../helpers/sim-fixture.js';

describe('GitHubPort over Octokit against the simulator', () => {
  it('pull requests: create, find, update with labels, files, labels add/remove', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const git = await f.clone('gitopshq-bot');
    await pushChange(git, 'gitopshq/release-1', 'workloads/api/values/staging.yaml', 'replicas: 2\n');
    expect(await bot.findOpenPullRequest('gitopshq/release-1')).toBeUndefined();
    const pr = await bot.createPullRequest({
      head: 'gitopshq/release-1',
      base: 'main',
      title: 't',
      body: 'b',
      draft: true,
    });
    expect([pr.number, pr.draft, pr.state, pr.url]).toEqual([
      1,
      true,
      'open',
      `${f.sim.gitUrl}/acme/gitops/pull/1`,
    ]);
    expect((await bot.findOpenPullRequest('gitopshq/release-1'))?.number).toBe(1);
    expect(await bot.findOpenPullRequest('gitopshq/other')).toBeUndefined();

    const updated = await bot.updatePullRequest(1, {
      title: 'api: update 2',
      body: 'new body',
      labels: ['release', 'env:staging'],
    });
    expect([updated.title, updated.body, updated.labels]).toEqual([
      'api: update 2',
      'new body',
      ['release', 'env:staging'],
    ]);
    expect(await bot.addLabels(1, ['approved'])).toEqual(['release', 'env:staging', 'approved']);
    await bot.removeLabel(1, 'env:staging');
    await bot.removeLabel(1, 'never-there');
    expect((await bot.getPullRequest(1)).labels).toEqual(['release', 'approved']);
    expect((await bot.updatePullRequest(1, { labels: [] })).labels).toEqual([]);

    expect(await bot.listPullRequestFiles(1)).toEqual([
      { filename: 'workloads/api/values/staging.yaml', status: 'added', additions: 1, deletions: 0 },
    ]);
    expect((await bot.updatePullRequest(1, { state: 'closed' })).state).toBe('closed');
    expect(await bot.findOpenPullRequest('gitopshq/release-1')).toBeUndefined();
    expect(f.sim.violations).toEqual([]);
    expect(f.sim.unserved).toEqual([]);
  });

  it('reviews: every page, and each reviewer latest opinion', async () => {
    const f = await startFixture();
    f.sim.settings.maxPerPage = 2;
    const alice = f.as('dev-alice');
    const git = await f.clone('dev-alice');
    const head = await pushChange(git, 'feature', 'a.txt', 'a\n');
    const pr = await alice.createPullRequest({ head: 'feature', base: 'main', title: 't', body: '' });
    await review(f, 'rev-bob', pr.number, 'APPROVE');
    await review(f, 'rev-carol', pr.number, 'COMMENT');
    await review(f, 'rev-bob', pr.number, 'COMMENT');
    await review(f, 'rev-carol', pr.number, 'REQUEST_CHANGES');
    const dave = await review(f, 'sre-dave', pr.number, 'APPROVE');
    const all = await alice.listReviews(pr.number);
    expect(all.map((r) => `${r.reviewer}:${r.state}`)).toEqual([
      'rev-bob:APPROVED',
      'rev-carol:COMMENTED',
      'rev-bob:COMMENTED',
      'rev-carol:CHANGES_REQUESTED',
      'sre-dave:APPROVED',
    ]);
    expect(all.every((r) => r.commitId === head)).toBe(true);
    expect(f.sim.requests.filter((r) => r.path.endsWith('/reviews') && r.method === 'GET').length).toBe(3);

    const dismissed = await fetch(
      `${f.sim.apiUrl}/repos/acme/gitops/pulls/${pr.number}/reviews/${dave.id}/dismissals`,
      {
        method: 'PUT',
        headers: { authorization: `token ${f.tokens['release-erin']}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'stale' }),
      },
    );
    expect(dismissed.status).toBe(200);
    const opinions = latestOpinions(await alice.listReviews(pr.number));
    expect(opinions.map((o) => `${o.reviewer}:${o.state}`)).toEqual([
      'rev-bob:APPROVED',
      'rev-carol:CHANGES_REQUESTED',
    ]);
    expect(f.sim.violations).toEqual([]);
  });

  it('sticky comments: one per purpose, edited in place, shortened past the limit', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const git = await f.clone('gitopshq-bot');
    await pushChange(git, 'feature', 'a.txt', 'a\n');
    const pr = await bot.createPullRequest({ head: 'feature', base: 'main', title: 't', body: '' });
    const first = await bot.upsertStickyComment(pr.number, 'preview', 'render 1');
    const second = await bot.upsertStickyComment(pr.number, 'preview', 'render 2');
    const other = await bot.upsertStickyComment(pr.number, 'approval', 'gate');
    expect([first.created, second.created, second.id, other.created]).toEqual([true, false, first.id, true]);
    const long = await bot.upsertStickyComment(pr.number, 'preview', 'z'.repeat(70_000), {
      summaryUrl: 'http://x/run',
    });
    expect([long.id, long.truncated]).toEqual([first.id, true]);
    const comments = f.sim.store.repo('acme', 'gitops')?.comments ?? [];
    expect(comments.length).toBe(2);
    expect(comments[0]?.body.length).toBeLessThanOrEqual(65_536);
    expect(comments[0]?.body).toContain('job summary: http://x/run');
    expect(f.sim.violations).toEqual([]);
  });

  it('statuses, deployments, merges and merge-commit lookup', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const git = await f.clone('gitopshq-bot');
    const head = await pushChange(git, 'feature', 'a.txt', 'a\n');
    const pr = await bot.createPullRequest({ head: 'feature', base: 'main', title: 't', body: '' });
    await bot.createCommitStatus(head, {
      state: 'pending',
      context: 'gitopshq/preview',
      description: 'rendering',
    });
    const s = await bot.createCommitStatus(head, {
      state: 'success',
      context: 'gitopshq/approval',
      description: 'd'.repeat(200),
    });
    expect(s.description?.length).toBe(140);
    expect((await bot.getCombinedStatus(head)).state).toBe('pending');
    await bot.createCommitStatus(head, {
      state: 'success',
      context: 'gitopshq/preview',
      targetUrl: 'http://x/1',
    });
    const combined = await bot.getCombinedStatus('feature');
    expect([combined.state, combined.sha, combined.statuses.map((x) => x.context).sort()]).toEqual([
      'success',
      head,
      ['gitopshq/approval', 'gitopshq/preview'],
    ]);

    expect(await bot.findPullRequestForMergeCommit(head)).toBeUndefined();
    await expect(bot.mergePullRequest(pr.number, { sha: '0'.repeat(40) })).rejects.toBeInstanceOf(
      HeadChangedError,
    );
    const merged = await bot.mergePullRequest(pr.number, { method: 'squash' });
    expect((await f.sim.bare('acme', 'gitops').commit(merged.sha))?.parents.length).toBe(1);
    expect((await bot.findPullRequestForMergeCommit(merged.sha))?.number).toBe(pr.number);

    // A pending status on main would block a deployment that required every context; ours requires none.
    await bot.createCommitStatus(merged.sha, { state: 'pending', context: 'ci' });
    const d = await bot.createDeployment({
      ref: 'main',
      environment: 'staging',
      description: 'deploy r1',
      payload: { release: 'r1' },
    });
    expect([d.sha, d.environment, d.task]).toEqual([merged.sha, 'staging', 'deploy']);
    await bot.createDeploymentStatus(d.id, {
      state: 'success',
      environmentUrl: 'http://staging',
      logUrl: 'http://log',
    });
    const stored = f.sim.store.repo('acme', 'gitops')?.deployments[0];
    expect([stored?.autoMerge, stored?.requiredContexts, stored?.statuses.map((x) => x.state)]).toEqual([
      false,
      [],
      ['success'],
    ]);
    expect(f.sim.violations).toEqual([]);
  });

  it('conflicting PRs are not mergeable (405)', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const git = await f.clone('gitopshq-bot');
    await pushChange(git, 'one', 'gitopshq.yaml', 'one\n');
    await pushChange(git, 'two', 'gitopshq.yaml', 'two\n');
    const one = await bot.createPullRequest({ head: 'one', base: 'main', title: '1', body: '' });
    const two = await bot.createPullRequest({ head: 'two', base: 'main', title: '2', body: '' });
    await bot.mergePullRequest(one.number);
    expect((await bot.getPullRequest(two.number)).mergeable).toBe(false);
    await expect(bot.mergePullRequest(two.number)).rejects.toBeInstanceOf(PullRequestNotMergeableError);
    expect(f.sim.violations).toEqual([]);
  });

  it('teams, CODEOWNERS, permissions, dispatches, and the request count', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    expect(await bot.isTeamMember('acme', 'platform', 'rev-bob')).toBe(true);
    expect(await bot.isTeamMember('acme', 'platform', 'dev-alice')).toBe(false);
    expect(await bot.isTeamMember('acme', 'no-such-team', 'rev-bob')).toBe(false);
    const noMembersRead = f.as('actions-token');
    const err = await noMembersRead.isTeamMember('acme', 'platform', 'rev-bob').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TeamMembershipUnreadableError);
    expect((err as Error).message).toMatch(/Members: read/);

    expect(await bot.getCodeowners('main')).toEqual({
      path: '.github/CODEOWNERS',
      content: '* @acme/platform\n',
    });
    const git = await f.clone('gitopshq-bot');
    await pushChange(git, 'moved', 'docs/CODEOWNERS', '*.yaml @acme/sre\n');
    await git.exec(['rm', '-q', '--', '.github/CODEOWNERS']);
    await git.exec(['commit', '-q', '-m', 'Move CODEOWNERS to docs/']);
    expect((await git.push('origin', ['HEAD:refs/heads/moved'])).exitCode).toBe(0);
    expect(await bot.getCodeowners('moved')).toEqual({
      path: 'docs/CODEOWNERS',
      content: '*.yaml @acme/sre\n',
    });

    expect(await bot.getRepositoryPermission('release-erin')).toBe('admin');
    expect(await bot.getRepositoryPermission('dev-alice')).toBe('write');
    expect(await bot.getRepositoryPermission('reader-rita')).toBe('read');
    expect(await bot.getRepositoryPermission('nobody-at-all')).toBe('none');

    await bot.dispatchWorkflow('promote.yml', 'main', { 'release-id': 'r1', to: 'prod' });
    await bot.dispatchRepository('gitopshq-release', { workload: 'api' });
    expect(
      f.sim.store.repo('acme', 'gitops')?.dispatches.map((d) => [d.kind, d.workflow ?? d.eventType, d.actor]),
    ).toEqual([
      ['workflow', 'promote.yml', 'gitopshq-bot'],
      ['repository', 'gitopshq-release', 'gitopshq-bot'],
    ]);
    await expect(bot.dispatchWorkflow('missing.yml', 'main', {})).rejects.toMatchObject({ status: 404 });

    // As GitHub reads the workflow file on the ref: inputs it does not declare, and a file without the trigger (422).
    const unexpected = await bot
      .dispatchWorkflow('promote.yml', 'main', { mode: 'fast', 'release-id': 'r2', extra: 'x' })
      .catch((e: unknown) => e);
    expect([statusOf(unexpected), messageOf(unexpected)]).toEqual([
      422,
      'Unexpected inputs provided: ["mode", "extra"]',
    ]);
    await pushChange(git, 'old', '.github/workflows/promote.yml', 'on:\n  push:\n    branches: [main]\n');
    const noTrigger = await bot.dispatchWorkflow('promote.yml', 'old', {}).catch((e: unknown) => e);
    expect([statusOf(noTrigger), messageOf(noTrigger)]).toEqual([
      422,
      "Workflow does not have 'workflow_dispatch' trigger",
    ]);
    // Neither was dispatched; main's copy still takes its declared inputs.
    expect(f.sim.store.repo('acme', 'gitops')?.dispatches).toHaveLength(2);

    // Every API request the simulator saw from this token was counted by the adapter, one for one.
    const seen = f.sim.requests.filter((r) => r.user === 'gitopshq-bot' && r.operation !== undefined);
    expect(bot.requestCount).toBe(seen.length);
    expect(bot.requestsByRoute()['GET /repos/{owner}/{repo}/contents/{path}']).toBe(4);
    expect(f.sim.violations).toEqual([]);
  });
});
