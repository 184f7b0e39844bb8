// What commands that act on GitHub from a terminal share: who the actor is, a logger on stderr, and the GitHub port
// for the repository named by GITHUB_REPOSITORY with GITHUB_TOKEN (loaded lazily, like the actions do).
import { lazyGitHubPort } from '../core/ports.js';
import { UserError } from '../domain/errors.js';
import type { GitHubPort, Logger } from '../usecases/deps.js';
import type { CommandContext } from './command.js';

/** The login records name for a terminal run: GITHUB_ACTOR, else the OS user. */
export function terminalActor(ctx: CommandContext): string {
  return ctx.env.GITHUB_ACTOR || ctx.env.USER || 'gitopshq';
}

/** Progress and warnings on stderr, so stdout stays the command's result. */
export function terminalLog(ctx: CommandContext): Logger {
  return {
    info: (m) => ctx.stderr(m),
    debug: () => {},
    warning: (m) => ctx.stderr(`warning: ${m}`),
    group: (_title, fn) => fn(),
  };
}

/** `owner/name` from GITHUB_REPOSITORY, or undefined when it is not of that form. */
export function repositoryFromEnv(ctx: CommandContext): { owner: string; repo: string } | undefined {
  const [owner = '', repo = '', extra] = (ctx.env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo && extra === undefined ? { owner, repo } : undefined;
}

/** The GitHub port as `token` for GITHUB_REPOSITORY; a usage error naming what to set when it is not owner/name. */
export async function githubFromEnv(ctx: CommandContext, token: string): Promise<GitHubPort> {
  const repository = repositoryFromEnv(ctx);
  if (!repository)
    throw new UserError('GITHUB_REPOSITORY must be owner/name when GITHUB_TOKEN is set', [], 'usage');
  return lazyGitHubPort(() => ({
    token,
    baseUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
    repository,
    warn: (m) => ctx.stderr(m),
  }))();
}
