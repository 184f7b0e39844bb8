// Who moved a branch, as GitHub's repository activity API tells it (GET /repos/{o}/{r}/activity), through the real
// Octokit adapter against the OpenAPI-checked simulator: the actor is whoever's token pushed, whatever name the
// commits carry; force pushes, branch creation and deletion are told apart; every page is read; and a PR found for a
// merge commit is the one that merged as it, never another one the commit belongs to.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Git } from '../../../src/git/git.js';
import { OctokitGitHub } from '../../../src/github/octokit-adapter.js';
import { RefActivityUnreadableError } from '../../../src/github/port.js';
import { FAST, pushChange, startFixture } from '../../helpers/sim-fixture.js';

/** `git` (a clone pushing with its own token) committing under someone else's name and e-mail. */
function posingAs(git: Git, login: string): Git {
  const who = { name: login, email: `${login}@users.noreply.sandbox` };
  return new Git(git.cwd, {
    env: {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
    },
  });
}

describe('repository activity (simulator)', () => {
  it('names the pusher by token, not by commit; tells force pushes, creation and deletion apart; reads every page', async () => {
    const f = await startFixture();
    const alice = await f.clone('dev-alice');
    const created = await pushChange(alice, 'feature', 'a.txt', 'a\n');

    // Bob pushes to Alice's branch a commit that says Alice wrote and committed it.
    const bob = posingAs(await f.clone('rev-bob'), 'dev-alice');
    await bob.fetch('origin', ['+refs/heads/*:refs/remotes/origin/*']);
    const forged = await pushChange(bob, 'feature', 'b.txt', 'b\n');
    const commits = await f
      .as('dev-alice')
      .listPullRequestCommits(
        (await f.as('dev-alice').createPullRequest({ head: 'feature', base: 'main', title: 't', body: '' }))
          .number,
      );
    expect(commits.map((c) => [c.sha, c.author, c.committer])).toContainEqual([
      forged,
      'dev-alice',
      'dev-alice',
    ]);

    // Alice rewrites her branch: a force push.
    await alice.fetch('origin', ['+refs/heads/*:refs/remotes/origin/*']);
    await alice.checkout('feature', { force: true });
    await alice.exec(['reset', '--hard', 'origin/feature']);
    writeFileSync(join(alice.cwd, 'b.txt'), 'b, reworded\n');
    await alice.addAll();
    await alice.exec(['commit', '--amend', '-m', 'b, reworded']);
    const rewritten = await alice.revParse('HEAD');
    expect((await alice.push('origin', ['feature:refs/heads/feature'], { force: true })).exitCode).toBe(0);
    // Another branch's pushes are not this one's.
    await pushChange(await f.clone('sre-dave'), 'other', 'c.txt', 'c\n');

    f.sim.settings.maxPerPage = 2; // three rows: two pages, joined by the Link header's cursor
    const rows = await f.as('gitopshq-bot').listBranchActivity('feature');
    expect(rows.map((r) => [r.type, r.actor, r.after])).toEqual([
      ['force_push', 'dev-alice', rewritten],
      ['push', 'rev-bob', forged],
      ['branch_creation', 'dev-alice', created],
    ]);
    expect(rows[0]?.before).toBe(forged);
    expect(rows.every((r) => r.ref === 'refs/heads/feature')).toBe(true);
    const pages = f.sim.requests.filter((r) => r.path.includes('/activity'));
    expect(pages).toHaveLength(2);

    // GitHub's filters, and deletion.
    const raw = async (query: string) => {
      const res = await fetch(`${f.sim.apiUrl}/repos/acme/gitops/activity?${query}`, {
        headers: { authorization: `token ${f.tokens['gitopshq-bot']}` },
      });
      return (await res.json()) as { activity_type: string; actor: { login: string } }[];
    };
    // Cursor paging as GitHub pages this endpoint: `after`, no `page` (not one of its parameters).
    const first = await fetch(`${f.sim.apiUrl}/repos/acme/gitops/activity?ref=feature&per_page=1`, {
      headers: { authorization: `token ${f.tokens['gitopshq-bot']}` },
    });
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1] ?? '';
    expect(new URL(next).searchParams.has('after')).toBe(true);
    expect(new URL(next).searchParams.has('page')).toBe(false);
    expect((await raw('actor=rev-bob')).map((a) => a.activity_type)).toEqual(['push']);
    expect((await raw('activity_type=branch_creation&direction=asc')).map((a) => a.actor.login)).toEqual([
      'dev-alice',
      'sre-dave',
    ]);
    expect((await alice.push('origin', [':refs/heads/other'])).exitCode).toBe(0);
    expect((await raw('ref=other')).map((a) => [a.activity_type, a.actor.login])).toEqual([
      ['branch_deletion', 'dev-alice'],
      ['branch_creation', 'sre-dave'],
    ]);
    expect(f.sim.violations).toEqual([]);
    expect(f.sim.unserved).toEqual([]);
  });

  it('a token that may not read the repository gets RefActivityUnreadableError (the gate falls back on it)', async () => {
    const f = await startFixture();
    const outsider = f.sim.addUser({ login: 'outsider-olga', type: 'User', membersRead: false });
    const gh = new OctokitGitHub({
      token: outsider.token,
      baseUrl: f.sim.apiUrl,
      repository: { owner: 'acme', repo: 'gitops' },
      policy: FAST,
    });
    const e = await gh.listBranchActivity('main').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RefActivityUnreadableError);
    expect(e).toMatchObject({ status: 404 });
    expect(f.sim.violations).toEqual([]);
  });

  it('the pull request of a merge commit is the one that merged as it: not a merged PR whose head it is', async () => {
    const f = await startFixture();
    const bot = f.as('gitopshq-bot');
    const head = await pushChange(await f.clone('gitopshq-bot'), 'release-1', 'x.txt', 'x\n');
    const pr = await bot.createPullRequest({ head: 'release-1', base: 'main', title: 't', body: '' });
    const merged = await bot.mergePullRequest(pr.number, { method: 'merge' });
    // GitHub lists the merged PR for its head commit too; deploy must not take that commit for the merge.
    expect(await bot.findPullRequestForMergeCommit(head)).toBeUndefined();
    expect((await bot.findPullRequestForMergeCommit(merged.sha))?.number).toBe(pr.number);
    const merges = (await bot.listBranchActivity('main')).filter((a) => a.type === 'pr_merge');
    expect(merges.map((a) => [a.actor, a.after])).toEqual([['gitopshq-bot', merged.sha]]);
    expect(f.sim.violations).toEqual([]);
  });
});
