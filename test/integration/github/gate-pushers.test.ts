// approve-gate learns who pushed to a pull request from GitHub's repository activity, not from the names written in
// its commits: through the OpenAPI-checked simulator, the real Octokit adapter, real git and the record store on the
// state branch. Bob pushes to Alice's release PR a commit that says Alice wrote and committed it, then approves: his
// approval is not counted, and the status says what is still missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValueUpdates } from '../../../src/domain/value-path.js';
import { Git } from '../../../src/git/git.js';
import { runGate } from '../../../src/usecases/approve-gate.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore } from '../../../src/usecases/local-ports.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';

const SLOW = 300_000;

async function setTag(git: Git, tag: string): Promise<void> {
  const file = 'workloads/payment-api/values/prod.yaml';
  const full = join(git.cwd, file);
  writeFileSync(
    full,
    applyValueUpdates(readFileSync(full, 'utf8'), [{ path: 'image.tag', value: `"${tag}"` }], file),
  );
  await git.addAll();
  await git.commit(`payment-api: image.tag ${tag} in prod`);
}

/** An approving review, as a person gives it in the web UI. */
async function approve(w: ReleaseWorld, login: string, pr: number): Promise<void> {
  const res = await fetch(`${w.sb.sim.apiUrl}/repos/acme/gitops/pulls/${pr}/reviews`, {
    method: 'POST',
    headers: { authorization: `token ${w.sb.users[login]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'APPROVE', body: 'ok' }),
  });
  expect(res.status).toBe(200);
}

async function gate(w: ReleaseWorld, number: number) {
  const ws = await w.workspace();
  const store = await localRecordStore(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
  const { checkout } = localPorts(ws.cwd, { token: w.sb.users['gitopshq-bot'] ?? '' });
  const warnings: string[] = [];
  const run = await runGate(
    { pullRequest: number, actor: 'gitopshq-bot' },
    {
      github: w.as('gitopshq-bot'),
      checkout,
      store,
      log: { ...silentLogger, warning: (m: string) => warnings.push(m) },
    },
  );
  if (run.kind !== 'gated') throw new Error('expected an open pull request');
  return { result: run.result, warnings };
}

describe('approve-gate: who pushed, from GitHub (simulator)', () => {
  it(
    'Bob pushes a commit "by Alice" to her PR and approves: not counted; the status says what is missing',
    async () => {
      const w = await releaseWorld('gate-pushers-');
      const branch = 'release/by-hand-prod';
      const alice = await w.clone('dev-alice');
      await alice.checkout(branch, { create: true });
      await setTag(alice, '9.9.9');
      expect((await alice.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
      const pr = await w
        .as('dev-alice')
        .createPullRequest({ head: branch, base: 'main', title: branch, body: '' });

      // Bob, with his own token, commits under Alice's name and e-mail.
      const bobClone = await w.clone('rev-bob');
      const aliceUser = w.sb.sim.store.user('dev-alice');
      const who = { name: aliceUser?.name ?? '', email: aliceUser?.email ?? '' };
      const bob = new Git(bobClone.cwd, {
        env: {
          GIT_AUTHOR_NAME: who.name,
          GIT_AUTHOR_EMAIL: who.email,
          GIT_COMMITTER_NAME: who.name,
          GIT_COMMITTER_EMAIL: who.email,
        },
      });
      await bob.checkout(`origin/${branch}`, { force: true });
      await setTag(bob, '9.9.10');
      expect((await bob.push('origin', [`HEAD:refs/heads/${branch}`])).exitCode).toBe(0);
      const commits = await w.as('gitopshq-bot').listPullRequestCommits(pr.number);
      // The commits alone would clear Bob: his says dev-alice, and none names him.
      expect(commits.at(-1)).toMatchObject({ author: 'dev-alice', committer: 'dev-alice' });
      expect(commits.flatMap((c) => [c.author, c.committer])).not.toContain('rev-bob');

      // prod needs two approvals, one from team sre: Bob (platform) and Dave (sre) would be enough.
      await approve(w, 'rev-bob', pr.number);
      await approve(w, 'sre-dave', pr.number);
      const judged = await gate(w, pr.number);
      expect(judged.result.value).toMatchObject({ approved: false, state: 'PendingApproval' });
      expect(judged.result.value?.decision.ignored).toEqual([{ reviewer: 'rev-bob', why: 'pusher' }]);
      expect(judged.result.value?.decision.counted).toEqual(['sre-dave']);
      expect(judged.warnings.filter((m) => m.includes('who pushed'))).toEqual([]);
      const head = (await w.as('rev-carol').getPullRequest(pr.number)).head.sha;
      const status = (await w.as('rev-carol').getCombinedStatus(head)).statuses.find(
        (s) => s.context === 'gitopshq/approval',
      );
      expect(status).toMatchObject({ state: 'pending', description: judged.result.value?.description });
      expect(status?.description).toMatch(/^needs 1 more approval/);

      // An approver who pushed nothing counts.
      await approve(w, 'rev-carol', pr.number);
      const again = await gate(w, pr.number);
      expect(again.result.value).toMatchObject({ approved: true, state: 'Approved' });
      expect(w.sb.sim.violations).toEqual([]);
    },
    SLOW,
  );
});
