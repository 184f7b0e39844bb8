// The built-in sandbox: the GitHub simulator with the cast of docs/architecture.md#sandbox and acme/gitops seeded
// from `gitopshq init`'s example repository. Used by `gitopshq sandbox up`, the demo and the end-to-end tests. State
// lives in `dir`, so a restart keeps users, tokens, pull requests and reviews.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { destinationOf } from '../domain/cluster-objects.js';
import { CONFIG_FILE } from '../domain/layout.js';
import { Git } from '../git/git.js';
import { OctokitGitHub } from '../github/octokit-adapter.js';
import type { GitHubPort } from '../github/port.js';
import { type ConfigFile, withConfigDefaults } from '../state/defaults.js';
import { writeExampleRepo } from '../state/example-repo.js';
import { type GitHubSimulator, startGitHubSimulator } from './github/simulator.js';
import type { Permission } from './github/state.js';
import { type ClusterSimulator, startClusterSimulator } from './kube/cluster.js';

export const SANDBOX_REPO = { owner: 'acme', name: 'gitops' } as const;

/** login -> what the user is, their permission on acme/gitops, their teams. */
export const SANDBOX_USERS: {
  login: string;
  role: string;
  permission: Permission;
  teams: string[];
  bot?: boolean;
}[] = [
  { login: 'dev-alice', role: 'developer', permission: 'write', teams: [] },
  { login: 'rev-bob', role: 'reviewer', permission: 'write', teams: ['platform'] },
  { login: 'rev-carol', role: 'reviewer', permission: 'write', teams: ['platform'] },
  { login: 'sre-dave', role: 'SRE', permission: 'write', teams: ['sre'] },
  { login: 'release-erin', role: 'release manager', permission: 'maintain', teams: [] },
  // The actions' token. Like a GitHub App token with Members read, so team policies can be evaluated.
  { login: 'gitopshq-bot', role: 'the actions', permission: 'write', teams: [], bot: true },
];

export interface Sandbox {
  sim: GitHubSimulator;
  /** login -> token. */
  users: Record<string, string>;
  repo: string;
  /** `http://x-access-token:TOKEN@127.0.0.1:PORT/acme/gitops.git` for `login`. */
  cloneUrl(login: string): string;
  /** acme/gitops as `login` sees it through the REST API (no pacing: the simulator has no rate limit). */
  github(login: string): GitHubPort;
  /** `login`'s clone of acme/gitops into `dir`; commits made through it are authored as `login`. */
  clone(login: string, dir: string): Promise<Git>;
  /** The cluster simulator syncing acme/gitops' deploy branches, when started with `cluster`. */
  cluster?: ClusterSimulator;
  /** Where its kubeconfig was written (`<dir>/kubeconfig`, mode 600). */
  kubeconfigPath?: string;
  close(): Promise<void>;
}

export async function startSandbox(opts: {
  dir: string;
  port?: number;
  /** Also start the cluster simulator (Argo CD- and Flux-like syncer on the deploy branches); `speed` speeds its clock. */
  cluster?: boolean | { speed?: number; port?: number };
}): Promise<Sandbox> {
  const sim = await startGitHubSimulator({ dir: opts.dir, port: opts.port ?? 0 });
  let cluster: ClusterSimulator | undefined;
  try {
    const users: Record<string, string> = {};
    for (const u of SANDBOX_USERS) {
      users[u.login] = sim.addUser({ login: u.login, type: u.bot ? 'Bot' : 'User', membersRead: true }).token;
    }
    for (const slug of ['platform', 'sre']) {
      sim.addTeam({
        org: SANDBOX_REPO.owner,
        slug,
        members: SANDBOX_USERS.filter((u) => u.teams.includes(slug)).map((u) => u.login),
      });
    }
    if (!sim.store.repo(SANDBOX_REPO.owner, SANDBOX_REPO.name)) {
      const seed = mkdtempSync(join(opts.dir, 'seed-'));
      try {
        await writeExampleRepo(seed, { git: true });
        await sim.createRepo({
          ...SANDBOX_REPO,
          private: true,
          seedFrom: seed,
          collaborators: Object.fromEntries(SANDBOX_USERS.map((u) => [u.login, u.permission])),
        });
      } finally {
        rmSync(seed, { recursive: true, force: true });
      }
    }
    const repo = `${SANDBOX_REPO.owner}/${SANDBOX_REPO.name}`;
    let kubeconfigPath: string | undefined;
    if (opts.cluster) {
      const c = opts.cluster === true ? {} : opts.cluster;
      const bare = sim.bare(SANDBOX_REPO.owner, SANDBOX_REPO.name).git;
      // Where each tenant runs, read from gitopshq.yaml on main as the sandbox starts (a destination cluster of its
      // own per name there), as the clusters/argocd ApplicationSets `gitopshq init` writes send each tenant there.
      const shown = await bare.exec(['show', `HEAD:${CONFIG_FILE}`]);
      const config = withConfigDefaults(parse(shown.stdout) as ConfigFile);
      const clusterNames = config.tenants.flatMap((t) =>
        Object.values(t.destinations ?? {}).map((d) => d.cluster),
      );
      cluster = await startClusterSimulator({
        ...c,
        allowAnonymous: true,
        clusterNames,
        destinations: (env, tenant) => destinationOf(config, env, tenant),
        gitops: {
          git: bare,
          repoURL: `${sim.gitUrl.replace(/\/+$/, '')}/${repo}.git`,
        },
      });
      kubeconfigPath = join(opts.dir, 'kubeconfig');
      writeFileSync(kubeconfigPath, cluster.kubeconfig, { mode: 0o600 });
    }
    const cloneUrl = (login: string): string => {
      const token = users[login];
      if (!token) throw new Error(`no sandbox user ${login}`);
      const url = new URL(`${sim.gitUrl.replace(/\/+$/, '')}/${repo}.git`);
      url.username = 'x-access-token';
      url.password = token;
      return url.toString();
    };
    return {
      sim,
      users,
      repo,
      cloneUrl,
      github: (login) =>
        new OctokitGitHub({
          token: users[login] ?? '',
          baseUrl: sim.apiUrl,
          repository: { owner: SANDBOX_REPO.owner, repo: SANDBOX_REPO.name },
          policy: { pacing: 'none' },
        }),
      clone: async (login, dir) => {
        await new Git(dirname(dir)).clone(cloneUrl(login), dir);
        return new Git(dir, {
          env: { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@example.com` },
        });
      },
      ...(cluster ? { cluster, kubeconfigPath } : {}),
      close: async () => {
        await cluster?.close();
        await sim.close();
      },
    };
  } catch (e) {
    await cluster?.close();
    await sim.close();
    throw e;
  }
}
