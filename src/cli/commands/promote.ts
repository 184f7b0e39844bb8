// `gitopshq promote RELEASE-ID [--to E] [--wave N] [--tenants A,B] [--skip-waves REASON] [--break-glass REASON]`: what the promote action
// does, from a terminal (src/usecases/promote.ts). GitHub comes from GITHUB_TOKEN, GITHUB_API_URL and
// GITHUB_REPOSITORY: the release pull request cannot be opened without them.
import { UserError } from '../../domain/errors.js';
import { assertName } from '../../domain/names.js';
import { waveSkipText } from '../../domain/promotion-override.js';
import { localPorts, localRecordStore, localReleaseBranches } from '../../usecases/local-ports.js';
import { promote } from '../../usecases/promote.js';
import { stepUserError } from '../../usecases/result.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK, stringOpt } from '../command.js';
import { githubFromEnv, repositoryFromEnv, terminalActor, terminalLog } from '../terminal.js';

const USAGE =
  'promote RELEASE-ID [--to E] [--wave N] [--tenants A,B] [--skip-waves REASON] [--break-glass REASON] [--state-branch B]';

export const promoteCommand: CommandSpec = {
  name: 'promote',
  readsRepo: true,
  usage: USAGE,
  summary: 'Open the release of a Healthy release for the next environment, wave by wave (canary first)',
  help: [
    'Checks the promotion checklist (the release is Healthy with no drift, a rollback target exists in the target,',
    'the target is the next environment, it is not frozen, the previous wave is Healthy), prints every item, and when',
    "all pass applies the release's change set to the target's layer (or the wave's tenant layers) as one pull",
    'request, recorded in promotions/<id>.yaml on the state branch. Run it in a clone of the GitOps repository.',
    'GitHub: GITHUB_TOKEN, GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY (owner/name).',
    '',
    '--wave and --tenants may narrow or continue the plan (some tenants of the next wave now, the rest later), never',
    'jump ahead of the canary or an earlier wave that is not promoted and Healthy. --skip-waves REASON does so on',
    'purpose: only for an actor with the admin or maintain role on the repository, and the wave records who skipped',
    'which waves and why (promotions/<id>.yaml, the output, the pull request, the dashboard). The reason is one line',
    "of 10 to 300 characters. The pull request still needs the target environment's approvals.",
    '',
    'Examples:',
    '  gitopshq promote payment-api-staging-20261126-a1b2c3',
    '  gitopshq promote payment-api-staging-20261126-a1b2c3 --to prod --wave 1',
    '  gitopshq promote payment-api-staging-20261126-a1b2c3 --tenants acme --skip-waves "INC-4211: acme outage fix"',
  ].join('\n'),
  options: {
    to: { type: 'string' },
    wave: { type: 'string' },
    tenants: { type: 'string' },
    'break-glass': { type: 'string' },
    'skip-waves': { type: 'string' },
    'state-branch': { type: 'string' },
  },
  async run(ctx, args) {
    const [releaseId, ...extra] = args.positionals;
    if (releaseId === undefined || extra.length > 0) {
      throw new UserError(`expected one RELEASE-ID\nUsage: gitopshq ${USAGE}`, [], 'usage');
    }
    const to = stringOpt(args, 'to');
    if (to !== undefined) assertName('environment', to);
    const waveText = stringOpt(args, 'wave');
    if (waveText !== undefined && !/^\d+$/.test(waveText)) {
      throw new UserError(`--wave ${JSON.stringify(waveText)} is not a whole number >= 0`, [], 'usage');
    }
    const tenants = (stringOpt(args, 'tenants') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    for (const t of tenants) assertName('tenant', t);
    const token = ctx.env.GITHUB_TOKEN || undefined;
    if (!token || !repositoryFromEnv(ctx)) {
      throw new UserError(
        'promote opens a pull request: set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)',
        [],
        'usage',
      );
    }
    const actor = terminalActor(ctx);
    const github = await githubFromEnv(ctx, token);
    const log = terminalLog(ctx);
    const result = await promote(
      {
        releaseId,
        to,
        wave: waveText === undefined ? undefined : Number(waveText),
        tenants: tenants.length > 0 ? tenants : undefined,
        breakGlass: stringOpt(args, 'break-glass'),
        skipWaves: stringOpt(args, 'skip-waves'),
        actor,
      },
      {
        github,
        log,
        store: await localRecordStore(ctx.repo, {
          stateBranch: stringOpt(args, 'state-branch'),
          remote: 'origin',
          actor,
          token,
        }),
        branches: localReleaseBranches(ctx.repo, { token, actor }),
        ...localPorts(ctx.repo, { token }),
      },
    );
    const v = result.value;
    if (ctx.output === 'json') ctx.stdout(JSON.stringify({ outcome: result.outcome, ...v }));
    else if (v) {
      const lines = v.checklist.items.map((i) => `${i.ok ? 'ok  ' : 'FAIL'} ${i.label}: ${i.detail}`);
      if (v.opened) {
        lines.push(
          `${v.promotionId}: wave ${v.wave?.wave ?? '?'} is release ${v.opened.releaseId}, pull request #${v.opened.pullRequestNumber} ${v.opened.pullRequestUrl}`,
        );
      }
      if (v.skippedWaves) lines.push(`WARNING wave ${v.wave?.wave ?? '?'} ${waveSkipText(v.skippedWaves)}`);
      if (v.note) lines.push(v.note);
      ctx.stdout(lines.join('\n'));
    }
    const error = stepUserError(result);
    if (error && ctx.output === 'json') return error.kind === 'usage' ? 2 : EXIT_FINDING;
    if (error) throw error;
    return EXIT_OK;
  },
};
