// `gitopshq gate --pr N [--env E] [--output json]`: what a pull request's approval gate still needs, evaluated by the
// same use case as the approve-gate action (src/usecases/approve-gate.ts) but read-only: no status, no record.
// GitHub is reached with GITHUB_TOKEN, GITHUB_API_URL (default api.github.com) and GITHUB_REPOSITORY (default: the
// owner/name of --repo's origin remote).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { lazyGitHubPort } from '../../core/ports.js';
import { UserError } from '../../domain/errors.js';
import { approveGate } from '../../usecases/approve-gate.js';
import { localPorts, localRecordStore } from '../../usecases/local-ports.js';
import { stepUserError } from '../../usecases/result.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK, stringOpt } from '../command.js';

const USAGE = 'gate --pr N [--env E] [--output json]';

function usage(message: string): UserError {
  return new UserError(`${message}\nUsage: gitopshq ${USAGE}`, [], 'usage');
}

/** owner/name from a GitHub remote URL (https or ssh), or undefined. */
export function repositoryOfRemote(url: string): string | undefined {
  const m = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The origin remote's URL, or undefined when --repo has none (a local-only repository). */
async function originUrl(repo: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['-C', repo, 'remote', 'get-url', 'origin']);
    return stdout.trim();
  } catch {
    return undefined;
  }
}

export const gateCommand: CommandSpec = {
  name: 'gate',
  usage: USAGE,
  summary: "Print what a pull request's approval gate still needs (read-only)",
  help: [
    "Evaluates the environment's approval policy and freeze windows (from gitopshq.yaml and CODEOWNERS on the PR's",
    'base branch) against the PR: reviews, write permissions, team memberships, who pushed. Writes nothing.',
    'Needs GITHUB_TOKEN; GITHUB_API_URL and GITHUB_REPOSITORY default to api.github.com and the origin remote.',
    'Exit 0 when the gate passes, 1 when it is blocked, 2 on a usage or environment error.',
    '',
    'Examples:',
    '  gitopshq gate --pr 42',
    '  gitopshq gate --pr 42 --env prod --output json   # {"approved", "missing": [{"rule": ...}], ...}',
  ].join('\n'),
  options: {
    pr: { type: 'string' },
    env: { type: 'string' },
  },
  async run(ctx, args) {
    if (args.positionals.length > 0) throw usage(`unexpected argument '${args.positionals[0]}'`);
    const prText = stringOpt(args, 'pr');
    if (prText === undefined) throw usage('--pr is required');
    if (!/^[1-9]\d*$/.test(prText)) throw usage(`--pr '${prText}' is not a pull request number`);
    const token = ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '';
    if (!token) throw usage('GITHUB_TOKEN is not set: export a token that may read the repository');
    const origin = await originUrl(ctx.repo);
    const full = ctx.env.GITHUB_REPOSITORY || (origin ? repositoryOfRemote(origin) : undefined);
    const [owner, name, extra] = (full ?? '').split('/');
    if (!owner || !name || extra !== undefined) {
      throw usage(
        'set GITHUB_REPOSITORY=owner/name (the origin remote of --repo does not name a GitHub repository)',
      );
    }
    const github = await lazyGitHubPort(() => ({
      token,
      baseUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      repository: { owner, repo: name },
      warn: (m) => ctx.stderr(m),
    }))();
    const { checkout } = localPorts(ctx.repo, { token, where: ctx.repo });
    const store = await localRecordStore(ctx.repo, {
      token,
      ...(origin ? { remote: 'origin' } : {}),
    });
    const env = stringOpt(args, 'env');
    const result = await approveGate(
      {
        pullRequest: Number(prText),
        ...(env ? { environment: env } : {}),
        actor: 'gitopshq-cli',
        readOnly: true,
      },
      {
        github,
        checkout,
        store,
        log: { info: () => {}, debug: () => {}, warning: (m) => ctx.stderr(m), group: (_t, fn) => fn() },
      },
    );
    const error = stepUserError(result);
    const r = result.value;
    if (error || !r) throw error ?? new Error(`gate ended ${result.outcome} without a report`);
    if (ctx.output === 'json') {
      ctx.stdout(
        JSON.stringify(
          {
            pullRequest: r.pullRequest,
            environment: r.environment,
            change: r.change,
            approved: r.approved,
            releaseId: r.releaseId ?? null,
            state: r.state ?? null,
            description: r.description,
            missing: r.missing,
            counted: r.decision.counted,
            ignored: r.decision.ignored,
            frozen: r.freeze.frozen,
            until: r.freeze.until,
            environments: r.environments,
          },
          null,
          2,
        ),
      );
    } else {
      const head =
        r.change === 'release'
          ? `#${r.pullRequest} (${r.environment}${r.releaseId ? `, release ${r.releaseId} ${r.state}` : ', no release record yet'})`
          : `#${r.pullRequest} (no release: ${r.change})`;
      ctx.stdout(`${head}: ${r.approved ? 'passes' : 'blocked'}: ${r.description}`);
      ctx.stdout(`approvals that count: ${r.decision.counted.join(', ') || 'none'}`);
      for (const i of r.decision.ignored) ctx.stdout(`not counted: ${i.reviewer} (${i.why})`);
      if (r.environments.length > 1) {
        for (const e of r.environments) {
          ctx.stdout(`${e.environment}'s policy: ${e.approved ? 'passes' : 'outstanding'}: ${e.description}`);
        }
      }
    }
    return r.approved ? EXIT_OK : EXIT_FINDING;
  },
};
