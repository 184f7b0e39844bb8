// A simulator with the sandbox's cast of users and one repository seeded from a small local repo, for tests.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { Git } from '../../src/git/git.js';
import type { HttpPolicy } from '../../src/github/http-policy.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { type GitHubSimulator, startGitHubSimulator } from '../../src/sandbox/github/simulator.js';
import { fromTemplate } from './sandbox-template.js';
import { tmpDir } from './tmp.js';

export const FAST: Partial<HttpPolicy> = { pacing: 'none', retryBaseMs: 20 };

export interface Fixture {
  sim: GitHubSimulator;
  tokens: Record<string, string>;
  /** The adapter for acme/gitops as `login`. */
  as(login: string, policy?: Partial<HttpPolicy>): OctokitGitHub;
  /** A clone of acme/gitops over HTTP as `login`, with that user's git identity. */
  clone(login: string): Promise<Git>;
  cloneUrl(login: string): string;
}

export async function seedRepo(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const git = new Git(dir);
  await git.init();
  mkdirSync(join(dir, '.github'), { recursive: true });
  writeFileSync(join(dir, '.github', 'CODEOWNERS'), '* @acme/platform\n');
  writeFileSync(join(dir, 'gitopshq.yaml'), 'apiVersion: gitopshq.io/v1\nkind: Config\n');
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  // GitHub refuses a dispatch's inputs the workflow does not declare (422): the ones port.test.ts dispatches.
  writeFileSync(
    join(dir, '.github', 'workflows', 'promote.yml'),
    'on:\n  workflow_dispatch:\n    inputs:\n      release-id:\n        required: true\n      to:\n        required: false\n',
  );
  mkdirSync(join(dir, 'workloads', 'api', 'values'), { recursive: true });
  writeFileSync(join(dir, 'workloads', 'api', 'values', 'dev.yaml'), 'image:\n  tag: "1.0.0"\n');
  await git.addAll();
  await git.commit('Initial commit');
  return dir;
}

export async function startFixture(): Promise<Fixture> {
  const root = tmpDir('gh-sim-');
  // Seeded once per test run and copied per test (sandbox-template.ts); on the copy the same calls find the users,
  // teams and repository already there and only return them (each user's token included).
  await fromTemplate('sim-fixture', join(root, 'state'), async (dir) => {
    const seeding = await startGitHubSimulator({ dir });
    try {
      await seedSimulator(seeding, await seedRepo(`${dir}-seed`));
    } finally {
      await seeding.close();
    }
  });
  const sim = await startGitHubSimulator({ dir: join(root, 'state') });
  onTestFinished(() => sim.close());
  const tokens = await seedSimulator(sim);
  const cloneUrl = (login: string) =>
    `${sim.gitUrl.replace('://', `://x-access-token:${tokens[login]}@`)}/acme/gitops.git`;
  return {
    sim,
    tokens,
    cloneUrl,
    as: (login, policy = FAST) =>
      new OctokitGitHub({
        token: tokens[login] ?? '',
        baseUrl: sim.apiUrl,
        repository: { owner: 'acme', repo: 'gitops' },
        policy,
      }),
    async clone(login) {
      const dir = join(root, `clone-${login}-${Math.random().toString(36).slice(2, 8)}`);
      await new Git(root).clone(cloneUrl(login), dir);
      const git = new Git(dir, {
        env: {
          GIT_AUTHOR_NAME: login,
          GIT_AUTHOR_EMAIL: `${login}@users.noreply.sandbox`,
          GIT_COMMITTER_NAME: login,
          GIT_COMMITTER_EMAIL: `${login}@users.noreply.sandbox`,
        },
      });
      return git;
    },
  };
}

/** The cast, its teams and acme/gitops (seeded from `seed` when it is new); each user's token by login. */
async function seedSimulator(sim: GitHubSimulator, seed?: string): Promise<Record<string, string>> {
  const users: [string, 'User' | 'Bot', boolean][] = [
    ['dev-alice', 'User', true],
    ['rev-bob', 'User', true],
    ['rev-carol', 'User', true],
    ['sre-dave', 'User', true],
    ['release-erin', 'User', true],
    ['gitopshq-bot', 'Bot', true],
    ['reader-rita', 'User', true],
    ['actions-token', 'Bot', false],
  ];
  const tokens: Record<string, string> = {};
  for (const [login, type, membersRead] of users)
    tokens[login] = sim.addUser({ login, type, membersRead }).token;
  sim.addTeam({ org: 'acme', slug: 'platform', members: ['rev-bob', 'rev-carol'] });
  sim.addTeam({ org: 'acme', slug: 'sre', members: ['sre-dave'] });
  await sim.createRepo({
    owner: 'acme',
    name: 'gitops',
    private: true,
    ...(seed ? { seedFrom: seed } : {}),
    collaborators: {
      'dev-alice': 'write',
      'rev-bob': 'write',
      'rev-carol': 'write',
      'sre-dave': 'write',
      'release-erin': 'admin',
      'gitopshq-bot': 'write',
      'reader-rita': 'read',
      'actions-token': 'write',
    },
  });
  return tokens;
}

/** A review as a person gives it in the web UI (the port only reads reviews). */
export async function review(
  f: Fixture,
  login: string,
  pr: number,
  event: string,
  body = 'ok',
): Promise<{ id: number }> {
  const res = await fetch(`${f.sim.apiUrl}/repos/acme/gitops/pulls/${pr}/reviews`, {
    method: 'POST',
    headers: { authorization: `token ${f.tokens[login]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event, body }),
  });
  if (res.status !== 200) throw new Error(`review by ${login}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number };
}

/** Commits a file change on a new or existing branch and pushes it; returns the new head SHA. */
export async function pushChange(git: Git, branch: string, file: string, content: string): Promise<string> {
  const exists = await git.tryRevParse(`refs/remotes/origin/${branch}`);
  await git.checkout(exists ? `origin/${branch}` : 'origin/main', { force: true });
  await git.checkout(branch, { create: true });
  mkdirSync(join(git.cwd, file, '..'), { recursive: true });
  writeFileSync(join(git.cwd, file), content);
  await git.addAll();
  const sha = await git.commit(`Change ${file}`);
  const r = await git.push('origin', [`${branch}:refs/heads/${branch}`]);
  if (r.exitCode !== 0) throw new Error(`push failed: ${r.stderr}`);
  await git.fetch('origin', [`+refs/heads/*:refs/remotes/origin/*`]);
  return sha;
}
