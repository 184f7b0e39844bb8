// `gitopshq dashboard --out DIR`: maps the command line to writeDashboard of src/usecases/dashboard.ts and its
// summary to a line naming the page to open (or JSON).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../domain/errors.js';
import { writeDashboard } from '../../usecases/dashboard.js';
import { stepUserError } from '../../usecases/result.js';
import { type CommandSpec, EXIT_OK, stringOpt } from '../command.js';

const USAGE = 'dashboard --out DIR [--state-branch B]';

export const dashboardCommand: CommandSpec = {
  name: 'dashboard',
  readsRepo: true,
  usage: USAGE,
  summary: 'Write the delivery dashboard (a static site) from the state branch',
  help: [
    'Writes DIR/index.html: the morning board (awaiting approval and what each still needs, deploying, failed with',
    'the cause, drift, promotions in progress with their waves), what runs in each environment and tenant with',
    'Environment Compare, every release with its timeline, and the delivery metrics with weekly trends. One',
    'self-contained file (no CDN, nothing fetched): open it from disk or publish DIR to GitHub Pages',
    '(workflows-templates/gitopshq-dashboard.yml does so on a schedule). GITHUB_TOKEN, when set, authenticates',
    'the fetch of the state branch; GITHUB_REPOSITORY (owner/name) titles the page.',
    '',
    'Examples:',
    '  gitopshq dashboard --out site',
    '  gitopshq dashboard --repo ../gitops --out /tmp/dashboard --output json',
  ].join('\n'),
  options: { out: { type: 'string' }, 'state-branch': { type: 'string' } },
  async run(ctx, args) {
    const out = stringOpt(args, 'out');
    if (out === undefined || out === '') {
      throw new UserError(`--out DIR is required\nUsage: gitopshq ${USAGE}`, [], 'usage');
    }
    if (args.positionals.length > 0) {
      throw new UserError(
        `unexpected argument '${args.positionals[0]}'\nUsage: gitopshq ${USAGE}`,
        [],
        'usage',
      );
    }
    const result = await writeDashboard({
      repo: ctx.repo,
      out: resolve(out),
      stateBranch: stringOpt(args, 'state-branch'),
      token: ctx.env.GITHUB_TOKEN || undefined,
      repository: ctx.env.GITHUB_REPOSITORY || undefined,
    });
    const error = stepUserError(result);
    if (error || result.value === undefined) throw error ?? new Error('dashboard returned nothing');
    const s = result.value;
    if (ctx.output === 'json') {
      ctx.stdout(JSON.stringify({ ...s, url: pathToFileURL(s.file).href }));
      return EXIT_OK;
    }
    const b = s.board;
    ctx.stdout(
      `wrote ${s.file} (${(s.bytes / 1024).toFixed(0)} KiB): ${s.releases} releases, ${s.promotions} promotions from ${s.stateBranch}\n` +
        `board: ${b.awaiting} awaiting approval, ${b.deploying} deploying, ${b.failed} failed, ${b.drift} drift, ` +
        `${b.promotions} promotions in progress\nopen ${pathToFileURL(s.file).href}`,
    );
    return EXIT_OK;
  },
};
