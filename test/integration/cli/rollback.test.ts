// `gitopshq rollback --env E --to ID` from a terminal without a GitHub token: two releases deployed through the
// deploy use case against the sandbox, then the command in a clone puts the first one's manifests back byte for
// byte, records the second Rolled Back and says the values pull request could not be opened.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { Git } from '../../../src/git/git.js';
import { OctokitGitHub } from '../../../src/github/octokit-adapter.js';
import { startSandbox } from '../../../src/sandbox/sandbox.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import {
  localDeployBranches,
  localRecordStore,
  localReleaseSource,
} from '../../../src/usecases/local-ports.js';
import { tmpDir } from '../../helpers/tmp.js';

const VALUES = 'workloads/payment-api/values/dev.yaml';

describe('gitopshq rollback', () => {
  it('without a token: the deploy branch and the record, and it says the values PR was not opened', async () => {
    const root = tmpDir('cli-rollback-');
    const sb = await startSandbox({ dir: join(root, 'sandbox') });
    onTestFinished(() => sb.close());
    const gh = (login: string) =>
      new OctokitGitHub({
        token: sb.users[login] ?? '',
        baseUrl: sb.sim.apiUrl,
        repository: { owner: 'acme', repo: 'gitops' },
        policy: { pacing: 'none' },
      });
    let n = 0;
    const clone = async (login: string) => {
      const dir = join(root, `c${n++}`);
      await new Git(root).clone(sb.cloneUrl(login), dir);
      const id = { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@x`, GIT_COMMITTER_NAME: login };
      return new Git(dir, { env: { ...id, GIT_COMMITTER_EMAIL: `${login}@x` } });
    };
    const release = async (id: string, tag: string) => {
      const git = await clone('dev-alice');
      await git.checkout(`release/${id}`, { create: true });
      const file = join(git.cwd, VALUES);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/tag: .*/, `tag: "${tag}"`));
      await git.addAll();
      await git.commit(id);
      await git.push('origin', [`release/${id}:refs/heads/release/${id}`]);
      const pr = await gh('dev-alice').createPullRequest({
        head: `release/${id}`,
        base: 'main',
        title: id,
        body: '',
      });
      const bot = await clone('gitopshq-bot');
      const store = await localRecordStore(bot.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
      const at = new Date().toISOString();
      const rec: ReleaseRecord = {
        apiVersion: 'gitopshq.io/v1',
        kind: 'Release',
        id,
        workload: 'payment-api',
        environment: 'dev',
        tenants: [],
        title: id,
        author: 'dev-alice',
        createdAt: at,
        state: 'PendingApproval',
        history: [{ state: 'PendingApproval', at, actor: 'dev-alice' }],
        changes: { updates: [{ path: 'image.tag', value: tag }] },
        pullRequest: { number: pr.number, url: pr.url, branch: `release/${id}` },
        approvals: [],
      };
      await store.createRelease(rec);
      await store.transitionRelease(id, 'Approved', { actor: 'gitopshq-bot' });
      const merged = await gh('release-erin').mergePullRequest(pr.number);
      await bot.fetch('origin', ['+refs/heads/main:refs/remotes/origin/main']);
      const r = await deploy(
        { sha: merged.sha, actor: 'gitopshq-bot' },
        {
          github: gh('gitopshq-bot'),
          store,
          log: silentLogger,
          source: localReleaseSource(bot.cwd),
          branches: localDeployBranches(bot.cwd, { remote: 'origin' }),
        },
      );
      expect(r.outcome).toBe('succeeded');
      return r.value?.deployCommit ?? '';
    };
    const first = await release('payment-api-dev-20261130-111111', '2.5.0');
    await release('payment-api-dev-20261130-222222', '2.6.0');

    const me = await clone('release-erin');
    const args = ['rollback', '--env', 'dev', '--to', 'payment-api-dev-20261130-111111', '--reason', '5xx'];
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      env: { PATH: process.env.PATH, USER: 'erin' },
    };
    // Deployed, never verified Healthy: refused unless asked for explicitly.
    const refused = await main([...args, '--repo', me.cwd], io);
    expect(refused).not.toBe(0);
    expect(err.join('\n')).toMatch(
      /never reported Healthy; pick a release that was Healthy, or allow an unverified/,
    );
    err.length = 0;
    const code = await main([...args, '--allow-unverified', '--repo', me.cwd], io);
    expect({ code, err: err.join('\n') }).toMatchObject({ code: 0 });
    expect(out.join('\n')).toMatch(/rolled back to payment-api-dev-20261130-111111 in dev/);
    expect(out.join('\n')).toContain('no values pull request: no GitHub token');
    const bare = sb.sim.bare('acme', 'gitops');
    const tip = (await bare.branchSha('gitopshq/deploy/dev')) ?? '';
    const text = async (rev: string) => {
      const f = await bare.read(rev, 'acme/payment-api/manifests.yaml');
      return f?.type === 'file' ? f.content.toString() : undefined;
    };
    expect(await text(tip)).toBe(await text(first));
    const store = await localRecordStore((await clone('rev-bob')).cwd, { remote: 'origin' });
    const bad = await store.getRelease('payment-api-dev-20261130-222222');
    expect(bad?.state).toBe('RolledBack');
    expect(bad?.history.at(-1)).toMatchObject({ actor: 'erin', note: expect.stringContaining('5xx') });
  }, 240_000);
});
