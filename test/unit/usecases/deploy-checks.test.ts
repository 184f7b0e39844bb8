// Which commit holds the policy deploy acts on: a merge commit's first parent, a squash's parent, and for a rebase
// merge the base tip under the pull request's copied commits (an earlier copy holds the PR's own gitopshq.yaml).
import { describe, expect, it } from 'vitest';
import type { CommitInfo } from '../../../src/domain/merge-commit.js';
import type { CommitSummary, PullRequest } from '../../../src/github/port.js';
import type { DeployPorts } from '../../../src/usecases/deploy.js';
import { policyCommit } from '../../../src/usecases/deploy-checks.js';

const sha = (c: string) => c.repeat(40);
const time = (m: number) => Date.UTC(2026, 10, 30, 9, m) / 1000;
const iso = (m: number) => new Date(time(m) * 1000).toISOString();
const PR = { number: 7 } as PullRequest;

function ports(commits: Record<string, CommitInfo>, originals: Pick<CommitSummary, 'message' | 'date'>[]) {
  let listed = 0;
  const p = {
    github: {
      listPullRequestCommits: async () => {
        listed++;
        return originals.map((o, i) => ({ sha: sha(String(i)), author: null, authorName: 'a', ...o }));
      },
    },
    source: { commit: async (s: string) => commits[s], open: async () => undefined as never },
  } as unknown as Pick<DeployPorts, 'github' | 'source'>;
  return { p, listed: () => listed };
}

describe('policyCommit', () => {
  it('a merge commit: its first parent, without asking GitHub', async () => {
    const w = ports({ [sha('m')]: { parents: [sha('b'), sha('h')], message: 'Merge pull request #7' } }, []);
    expect(await policyCommit(sha('m'), PR, w.p)).toEqual({ sha: sha('b') });
    expect(w.listed()).toBe(0);
  });

  it('a squash of three commits: its parent (the squash has the merge time)', async () => {
    const originals = [1, 2, 3].map((m) => ({ message: `c${m}\n`, date: iso(m) }));
    const w = ports(
      {
        [sha('s')]: { parents: [sha('b')], message: 'api: bump (#7)\n', authorTime: time(30) },
        [sha('b')]: { parents: [sha('0')], message: 'c2\n', authorTime: time(9) },
      },
      originals,
    );
    expect(await policyCommit(sha('s'), PR, w.p)).toEqual({ sha: sha('b') });
  });

  it('a rebase merge of three commits: the base tip under the three copies', async () => {
    const originals = [1, 2, 3].map((m) => ({ message: `c${m}\n`, date: iso(m) }));
    const w = ports(
      {
        [sha('3')]: { parents: [sha('2')], message: 'c3\n', authorTime: time(3) },
        [sha('2')]: { parents: [sha('1')], message: 'c2\n', authorTime: time(2) },
        [sha('1')]: { parents: [sha('b')], message: 'c1\n', authorTime: time(1) },
        [sha('b')]: { parents: [sha('0')], message: 'policy: freeze\n', authorTime: time(0) },
      },
      originals,
    );
    expect(await policyCommit(sha('3'), PR, w.p)).toEqual({ sha: sha('b') });
  });

  it('a checkout without the commits: says so, with what to change', async () => {
    const w = ports({}, []);
    const r = await policyCommit(sha('m'), PR, w.p);
    expect('missing' in r && r.missing).toMatch(/lacks commit mmmmmmm .*fetch-depth: 0/);
  });
});
