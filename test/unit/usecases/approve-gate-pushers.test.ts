// Who pushed to a pull request, as approve-gate reads it: from GitHub's repository activity (the token that moved the
// head branch), the commits' author and committer only when that cannot be read, and then said so.
import { describe, expect, it } from 'vitest';
import {
  type CommitSummary,
  type PullRequest,
  type RefActivity,
  RefActivityUnreadableError,
} from '../../../src/github/port.js';
import { pushersOf } from '../../../src/usecases/approve-gate-pushers.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const OLD = 'd'.repeat(40);

const pr: PullRequest = {
  number: 7,
  url: '',
  title: 't',
  body: '',
  state: 'open',
  draft: false,
  merged: false,
  mergeable: null,
  head: { ref: 'release/x', sha: HEAD, repo: 'acme/gitops' },
  base: { ref: 'main', sha: OLD },
  author: 'dev-alice',
  labels: [],
  mergeCommitSha: null,
  mergedAt: null,
  createdAt: '2026-11-24T10:00:00Z',
};

/** Every commit says Alice wrote and committed it: Bob forged the second one. */
const commits: CommitSummary[] = [A, B, HEAD].map((sha) => ({
  sha,
  message: 'm',
  author: 'dev-alice',
  authorName: 'Alice',
  date: '',
  committer: 'dev-alice',
}));

const row = (type: RefActivity['type'], actor: string, after: string, timestamp: string): RefActivity => ({
  type,
  actor,
  ref: 'refs/heads/release/x',
  before: '0'.repeat(40),
  after,
  timestamp,
});

function ports(rows: RefActivity[] | Error) {
  const warnings: string[] = [];
  const asked: string[] = [];
  return {
    warnings,
    asked,
    github: {
      repository: { owner: 'acme', repo: 'gitops' },
      async listBranchActivity(branch: string) {
        asked.push(branch);
        if (rows instanceof Error) throw rows;
        return rows;
      },
    },
    log: { warning: (m: string) => warnings.push(m) },
  };
}

describe('who pushed to a pull request', () => {
  it('is whoever GitHub says moved the head branch, whatever the commits say', async () => {
    const p = ports([
      row('push', 'dev-alice', HEAD, '2026-11-24T11:00:00Z'),
      row('push', 'rev-bob', B, '2026-11-24T09:30:00Z'), // before the PR opened, but its commit is in the PR
      row('branch_creation', 'dev-alice', A, '2026-11-24T09:00:00Z'),
    ]);
    const got = await pushersOf(pr, commits, p);
    expect(got).toEqual({ logins: ['dev-alice', 'rev-bob'], source: 'activity' });
    expect(p.asked).toEqual(['release/x']);
    expect(p.warnings).toEqual([]);
  });

  it('counts a push made while the PR was open even if it was force-pushed away; not an earlier PR on the branch name', async () => {
    const p = ports([
      row('force_push', 'dev-alice', HEAD, '2026-11-24T12:00:00Z'),
      row('push', 'rev-carol', 'e'.repeat(40), '2026-11-24T11:00:00Z'),
      row('push', 'sre-dave', 'f'.repeat(40), '2026-11-20T11:00:00Z'), // an older PR's commit, gone
      row('branch_creation', 'dev-alice', A, '2026-11-24T09:00:00Z'),
    ]);
    expect((await pushersOf(pr, commits, p)).logins).toEqual(['dev-alice', 'rev-carol']);
  });

  it("adds the commits' own logins: a cherry-picked author is no independent approver; a forged name only discounts its owner", async () => {
    const picked = [...commits.slice(0, 2), { ...(commits[2] as CommitSummary), author: 'rev-carol' }];
    const p = ports([row('push', 'dev-alice', HEAD, '2026-11-24T11:00:00Z')]);
    const got = await pushersOf(pr, picked, p);
    expect(got).toEqual({ logins: ['dev-alice', 'rev-carol'], source: 'activity' });
    expect(p.warnings).toEqual([]);
  });

  it('falls back to the commits, and says so, when GitHub will not list the activity', async () => {
    const p = ports(new RefActivityUnreadableError('no', 403, 'GET /repos/{owner}/{repo}/activity'));
    const got = await pushersOf(
      pr,
      [...commits, { ...commits[0], sha: OLD, author: 'rev-bob' } as CommitSummary],
      p,
    );
    expect(got.source).toBe('commits');
    expect(got.logins).toEqual(['dev-alice', 'rev-bob']);
    expect(p.warnings).toEqual([
      "pull request #7: who pushed is read from its commits' author and committer, which anyone can forge, because GitHub would not list the repository's activity (HTTP 403)",
    ]);
  });

  it("a head branch in a fork is not in this repository's activity: the commits, said so, and no call", async () => {
    const p = ports([]);
    const got = await pushersOf({ ...pr, head: { ...pr.head, repo: 'bob/gitops' } }, commits, p);
    expect(got).toMatchObject({ source: 'commits', logins: ['dev-alice'] });
    expect(p.asked).toEqual([]);
    expect(p.warnings[0]).toContain(
      "its head branch is in the fork bob/gitops, whose pushes acme/gitops's activity",
    );
  });

  it('an activity list that does not show the head yet (GitHub lag) gets the commits added', async () => {
    const p = ports([row('branch_creation', 'rev-bob', A, '2026-11-24T09:00:00Z')]);
    const got = await pushersOf(pr, commits, p);
    expect(got.logins).toEqual(['rev-bob', 'dev-alice']);
    expect(p.warnings[0]).toContain('does not show the push of the head ccccccc yet');
  });

  it('other errors are not swallowed', async () => {
    await expect(pushersOf(pr, commits, ports(new Error('boom')))).rejects.toThrow('boom');
  });
});
