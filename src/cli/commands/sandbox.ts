// `gitopshq sandbox up`: the local GitHub (simulator) with the cast of DESIGN.md §2a and acme/gitops seeded from
// `gitopshq init`'s example repository. State lives in --dir, so a restart keeps users, tokens, PRs and reviews.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../../domain/errors.js';
import { startGitHubSimulator } from '../../sandbox/github/simulator.js';
import type { Permission } from '../../sandbox/github/state.js';
import { writeExampleRepo } from '../../state/example-repo.js';
import { type CommandSpec, EXIT_OK, stringOpt } from '../command.js';

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

export const sandboxCommand: CommandSpec = {
  name: 'sandbox',
  usage: 'sandbox up --dir DIR [--port P]',
  summary: 'Start the local GitHub simulator with acme/gitops seeded; prints one JSON line',
  help:
    'Serves the GitHub REST API (under /api/v3) and git over HTTP on 127.0.0.1 until SIGTERM or Ctrl-C.\n' +
    'The JSON line: {"api": URL, "git": URL, "repo": "acme/gitops", "users": {NAME: TOKEN}, "kube": null}.\n' +
    'Clone with: git clone http://x-access-token:TOKEN@127.0.0.1:PORT/acme/gitops.git',
  options: { dir: { type: 'string' }, port: { type: 'string' } },
  async run(ctx, args) {
    const [verb, ...rest] = args.positionals;
    if (verb !== 'up' || rest.length > 0)
      throw new UserError('usage: gitopshq sandbox up --dir DIR [--port P]', [], 'usage');
    const dirOpt = stringOpt(args, 'dir');
    if (!dirOpt)
      throw new UserError('sandbox up needs --dir DIR (where the sandbox keeps its state)', [], 'usage');
    const portOpt = stringOpt(args, 'port') ?? '0';
    if (!/^\d+$/.test(portOpt) || Number(portOpt) > 65535) {
      throw new UserError(`--port must be a number from 0 to 65535, not '${portOpt}'`, [], 'usage');
    }
    const dir = resolve(dirOpt);
    const sim = await startGitHubSimulator({ dir, port: Number(portOpt) });
    try {
      const users: Record<string, string> = {};
      for (const u of SANDBOX_USERS) {
        users[u.login] = sim.addUser({
          login: u.login,
          type: u.bot ? 'Bot' : 'User',
          membersRead: true,
        }).token;
      }
      for (const slug of ['platform', 'sre']) {
        sim.addTeam({
          org: SANDBOX_REPO.owner,
          slug,
          members: SANDBOX_USERS.filter((u) => u.teams.includes(slug)).map((u) => u.login),
        });
      }
      if (!sim.store.repo(SANDBOX_REPO.owner, SANDBOX_REPO.name)) {
        const seed = mkdtempSync(join(dir, 'seed-'));
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
      ctx.stdout(
        JSON.stringify({
          api: sim.apiUrl,
          git: sim.gitUrl,
          repo: `${SANDBOX_REPO.owner}/${SANDBOX_REPO.name}`,
          users,
          kube: null,
        }),
      );
      await ctx.stopped;
      return EXIT_OK;
    } finally {
      await sim.close();
    }
  },
};
