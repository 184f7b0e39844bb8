import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../../domain/errors.js';
import { Git } from '../../git/git.js';
import { EXAMPLE_FILES, writeExampleRepo } from '../../state/example-repo.js';
import { type CommandSpec, EXIT_OK, EXIT_USAGE } from '../command.js';

export const initCommand: CommandSpec = {
  name: 'init',
  usage: 'init DIR [--no-git]',
  summary: 'Create an example GitOps repository (dev -> staging -> prod, three tenants, two workloads)',
  help: [
    'Writes a commented example repository into DIR (created if missing; it must be empty) and, unless',
    '--no-git, makes it a git repository with one commit on main.',
    '',
    'Examples:',
    '  gitopshq init gitops',
    '  gitopshq init ./gitops --no-git',
    '  gitopshq init gitops --output json',
  ].join('\n'),
  options: { 'no-git': { type: 'boolean' } },
  async run(ctx, args) {
    const [target, ...extra] = args.positionals;
    if (target === undefined || extra.length > 0) {
      ctx.stderr('gitopshq init: expected exactly one folder, e.g. `gitopshq init gitops`');
      return EXIT_USAGE;
    }
    const dir = resolve(target);
    const existing = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [];
      if (e.code === 'ENOTDIR') throw new UserError(`${target} is a file, not a folder`, [], 'usage');
      throw e;
    });
    if (existing.length > 0) {
      throw new UserError(
        `${target} is not empty (${existing.length} entr${existing.length === 1 ? 'y' : 'ies'}); ` +
          'init only writes into a new or empty folder, so nothing of yours is overwritten',
        [],
        'usage',
      );
    }
    const git = args.values['no-git'] !== true;
    await writeExampleRepo(dir, { git });
    const files = [...EXAMPLE_FILES.keys()].sort();
    const commit = git ? await new Git(dir).revParse('HEAD') : undefined;
    if (ctx.output === 'json') {
      ctx.stdout(JSON.stringify({ dir, files, git, ...(commit ? { commit } : {}) }));
      return EXIT_OK;
    }
    const where = shellQuote(dir);
    ctx.stdout(
      [
        `Created an example GitOps repository in ${dir}${git ? ` (git, branch main, commit ${commit?.slice(0, 7)})` : ''}:`,
        ...files.map((f) => `  ${f}`),
        '',
        'Next, try:',
        `  cd ${where}`,
        '  gitopshq validate                                        # check every file against its schema',
        '  gitopshq render payment-api --env prod --tenant acme     # the manifests acme runs in prod',
        '  gitopshq set payment-api staging image.tag=1.4.3         # change one value, comments kept',
        '  gitopshq compare staging prod                            # what differs between two environments',
      ].join('\n'),
    );
    return EXIT_OK;
  },
};

function shellQuote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}
