// A sandbox with merged, Approved dev releases of payment-api, for the deploy and rollback bundles' end-to-end tests.
// Releases reach Approved through the record store directly (approve-gate is tested on its own).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import type { ReleaseRecord } from '../../src/domain/model.js';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { pushEvent } from '../../src/sandbox/events/index.js';
import { type BundleRun, runBundle } from '../../src/sandbox/runner/index.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { RecordStore } from '../../src/state/record-store.js';
import { cloneFromDisk, startSeededSandbox } from './sandbox-template.js';
import { tmpDir } from './tmp.js';

export const DEV_VALUES = 'workloads/payment-api/values/dev.yaml';

export interface ReleaseWorld {
  sb: Sandbox;
  root: string;
  as(login: string): OctokitGitHub;
  clone(login: string): Promise<Git>;
  /**
   * A runner's checkout for the bot: cloned from the simulator's repository on disk (fast: shared objects), then pointed
   * at the simulator over HTTP, so everything the step fetches and pushes goes through the simulator.
   */
  workspace(): Promise<Git>;
  store(): Promise<RecordStore>;
  /** A release PR setting dev's image.tag, its record Approved, merged by release-erin; the merge commit. */
  mergedRelease(id: string, tag: string): Promise<string>;
  /** The deploy bundle on the push of `sha` to main, in a fresh checkout of it. */
  deploy(sha: string, inputs?: Record<string, string>, signal?: AbortSignal): Promise<BundleRun>;
}

export async function releaseWorld(prefix: string): Promise<ReleaseWorld> {
  const root = tmpDir(prefix);
  const sb = await startSeededSandbox({ dir: join(root, 'sandbox') });
  onTestFinished(() => sb.close());
  let n = 0;
  const bare = () => sb.sim.store.bareDir({ owner: 'acme', name: 'gitops' });
  const as = (login: string) =>
    new OctokitGitHub({
      token: sb.users[login] ?? '',
      baseUrl: sb.sim.apiUrl,
      repository: { owner: 'acme', repo: 'gitops' },
      policy: { pacing: 'none' },
    });
  const clone = async (login: string) => {
    const dir = join(root, `clone-${login}-${n++}`);
    await cloneFromDisk(bare(), sb.cloneUrl(login), dir);
    const id = { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@example.com` };
    return new Git(dir, {
      env: { ...id, GIT_COMMITTER_NAME: login, GIT_COMMITTER_EMAIL: `${login}@example.com` },
    });
  };
  const workspace = async () => {
    const dir = join(root, `workspace-${n++}`);
    // Borrowing the repository's objects (as src/sandbox/delivery.ts does) rather than linking each loose one.
    await cloneFromDisk(bare(), sb.cloneUrl('gitopshq-bot'), dir);
    return new Git(dir);
  };
  const store = async () =>
    new RecordStore({ git: await clone('gitopshq-bot'), remote: 'origin', actor: 'gitopshq-bot' });
  return {
    sb,
    root,
    as,
    clone,
    workspace,
    store,
    async mergedRelease(id, tag) {
      const git = await clone('dev-alice');
      const branch = `release/${id}`;
      await git.checkout(branch, { create: true });
      const file = join(git.cwd, DEV_VALUES);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/tag: .*/, `tag: "${tag}"`));
      await git.addAll();
      await git.commit(`payment-api: ${id}`);
      expect((await git.push('origin', [`${branch}:refs/heads/${branch}`])).exitCode).toBe(0);
      const pr = await as('dev-alice').createPullRequest({
        head: branch,
        base: 'main',
        title: `payment-api: ${id}`,
        body: '',
      });
      const s = await store();
      const at = new Date().toISOString();
      const record: ReleaseRecord = {
        apiVersion: 'gitopshq.io/v1',
        kind: 'Release',
        id,
        workload: 'payment-api',
        environment: 'dev',
        tenants: [],
        title: `payment-api: ${id}`,
        author: 'dev-alice',
        createdAt: at,
        state: 'PendingApproval',
        history: [{ state: 'PendingApproval', at, actor: 'dev-alice' }],
        changes: { updates: [{ path: 'image.tag', value: tag }] },
        pullRequest: { number: pr.number, url: pr.url, branch },
        approvals: [],
      };
      await s.createRelease(record);
      await s.transitionRelease(id, 'Approved', { actor: 'gitopshq-bot', note: 'dev needs no approval' });
      return (await as('release-erin').mergePullRequest(pr.number)).sha;
    },
    async deploy(sha, inputs = {}, signal) {
      const git = await workspace();
      await git.checkout(sha);
      return runBundle({
        name: 'deploy',
        event: pushEvent({
          ref: 'refs/heads/main',
          before: `${sha.slice(0, 39)}0`,
          after: sha,
          pusher: 'release-erin',
        }),
        workspace: git.cwd,
        inputs,
        token: sb.users['gitopshq-bot'],
        apiUrl: sb.sim.apiUrl,
        serverUrl: sb.sim.gitUrl,
        sha,
        ref: 'refs/heads/main',
        actor: 'release-erin',
        timeoutMs: 300_000,
        ...(signal ? { signal } : {}),
      });
    },
  };
}
