// `gitopshq rollback --env E --to ID [--reason TEXT]`: what the deploy action does with `rollback-to`, from a
// terminal (src/usecases/rollback.ts). GitHub comes from GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY;
// without a token the deploy branch is still rolled back and the record written, and it says the values PR and the
// Deployment could not be made.
import { UserError } from '../../domain/errors.js';
import { assertName } from '../../domain/names.js';
import { localDeployBranches, localRecordStore, originRemote } from '../../usecases/local-ports.js';
import { stepUserError } from '../../usecases/result.js';
import { rollback } from '../../usecases/rollback.js';
import { type CommandSpec, EXIT_OK, stringOpt } from '../command.js';
import { githubFromEnv, terminalActor, terminalLog } from '../terminal.js';

const USAGE =
  'rollback --env E --to RELEASE-ID [--tenants T1,T2] [--reason TEXT] [--allow-unverified] [--state-branch B]';

export const rollbackCommand: CommandSpec = {
  name: 'rollback',
  readsRepo: true,
  usage: USAGE,
  summary: "Put an earlier release's manifests back on an environment's deploy branch",
  help: [
    'Commits the manifests release RELEASE-ID deployed to environment E again (read from the deploy branch at that',
    "release's deploy commit, byte for byte) as a new commit, marks the running release Rolled Back with who, when",
    "and why, records a GitHub Deployment and opens a pull request on main restoring that release's values, so the",
    'next deploy cannot bring the bad change back. Run it in a clone of the GitOps repository (pushes go to origin).',
    'GitHub: GITHUB_TOKEN, GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY (owner/name); without',
    'a token the deploy branch and the record are still written and the missing pull request is reported.',
    '--tenants: only those tenants (default: every tenant RELEASE-ID deployed); a release that also runs for a tenant',
    'left out is refused, not marked Rolled Back. RELEASE-ID must have been Healthy; --allow-unverified also accepts',
    'one deployed but never verified (Deployed or Synced).',
    '',
    'Examples:',
    '  gitopshq rollback --env prod --to payment-api-prod-20261126-a1b2c3 --reason "5xx after 2.5.0"',
  ].join('\n'),
  options: {
    env: { type: 'string' },
    to: { type: 'string' },
    reason: { type: 'string' },
    tenants: { type: 'string' },
    'allow-unverified': { type: 'boolean' },
    'state-branch': { type: 'string' },
  },
  async run(ctx, args) {
    const env = stringOpt(args, 'env');
    const to = stringOpt(args, 'to');
    if (env === undefined || to === undefined || args.positionals.length > 0) {
      throw new UserError(`expected --env E --to RELEASE-ID\nUsage: gitopshq ${USAGE}`, [], 'usage');
    }
    assertName('environment', env);
    const tenantList = stringOpt(args, 'tenants');
    const tenants = tenantList
      ?.split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    for (const t of tenants ?? []) assertName('tenant', t);
    const actor = terminalActor(ctx);
    const reason = stringOpt(args, 'reason') ?? `rollback by ${actor} from a terminal`;
    const token = ctx.env.GITHUB_TOKEN || undefined;
    const remote = await originRemote(ctx.repo);
    const store = await localRecordStore(ctx.repo, {
      stateBranch: stringOpt(args, 'state-branch'),
      remote,
      actor,
      ...(token ? { token } : {}),
    });
    const branches = localDeployBranches(ctx.repo, { remote, actor, ...(token ? { token } : {}) });
    const github = token ? await githubFromEnv(ctx, token) : undefined;
    const log = terminalLog(ctx);
    const result = await rollback(
      {
        environment: env,
        to,
        actor,
        reason,
        ...(tenants ? { tenants } : {}),
        allowUnverified: args.values['allow-unverified'] === true,
      },
      { store, branches, valuesRepo: branches, log, ...(github ? { github, pulls: github } : {}) },
    );
    const error = stepUserError(result);
    if (error) throw error;
    const v = result.value;
    if (ctx.output === 'json') ctx.stdout(JSON.stringify(v));
    else if (v) {
      ctx.stdout(
        [
          `${v.rolledBack} rolled back to ${to} in ${env}: ${v.branch} at ${v.deployCommit?.slice(0, 7)}`,
          v.valuesPullRequest
            ? `values pull request: #${v.valuesPullRequest.number} ${v.valuesPullRequest.url}`
            : `no values pull request: ${v.valuesNote ?? 'not needed'}`,
        ].join('\n'),
      );
    }
    return EXIT_OK;
  },
};
