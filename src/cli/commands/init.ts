// `gitopshq init DIR`: maps the command line to initRepo of src/usecases/init-repo.ts and says what to try next.
import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../../domain/errors.js';
import { initRepo } from '../../usecases/init-repo.js';
import { onPath, packageRoot } from '../../usecases/install-info.js';
import { stepUserError } from '../../usecases/result.js';
import { type CommandSpec, EXIT_OK, EXIT_USAGE } from '../command.js';

export const initCommand: CommandSpec = {
  name: 'init',
  usage: 'init DIR [--no-git] [--repo-url URL]',
  summary: 'Create an example GitOps repository (dev -> staging -> prod, three tenants, two workloads)',
  help: [
    'Writes a commented example repository into DIR (created if missing; it must be empty) and, unless',
    '--no-git, makes it a git repository with one commit on main. DIR is the argument, not --repo: --repo names',
    'an existing repository for the other commands. clusters/ holds the Argo CD ApplicationSet and the Flux objects',
    'that follow the deploy branches; --repo-url sets the clone URL they fetch from (default the example acme/gitops).',
    '',
    'Examples:',
    '  gitopshq init gitops',
    '  gitopshq init ./gitops --no-git',
    '  gitopshq init gitops --output json',
  ].join('\n'),
  options: { 'no-git': { type: 'boolean' }, 'repo-url': { type: 'string' } },
  async run(ctx, args) {
    const [target, ...extra] = args.positionals;
    const repoOption = args.values.repo;
    if (typeof repoOption === 'string') {
      // --repo names an existing repository for the other commands; init creates one, so it takes the folder itself.
      throw new UserError(
        `init takes the folder to create as its argument, not --repo: \`gitopshq init ${shellQuote(target ?? repoOption)}\``,
        [],
        'usage',
      );
    }
    if (target === undefined || extra.length > 0) {
      ctx.stderr('gitopshq init: expected exactly one folder, e.g. `gitopshq init gitops`');
      return EXIT_USAGE;
    }
    const dir = resolve(target);
    const repoUrl = args.values['repo-url'];
    const result = await initRepo({
      dir,
      shown: target,
      git: args.values['no-git'] !== true,
      ...(typeof repoUrl === 'string' ? { repoUrl } : {}),
    });
    const error = stepUserError(result);
    if (error || !result.value) throw error ?? new Error('init returned no result');
    const { files, git, commit } = result.value;
    if (ctx.output === 'json') {
      ctx.stdout(JSON.stringify(result.value));
      return EXIT_OK;
    }
    const run = invocation(ctx.env);
    const repo = `--repo ${shellQuote(shownPath(dir))}`;
    const steps: [string, string][] = [
      [`validate ${repo}`, 'check every file against its schema'],
      [`render payment-api --env prod --tenant acme ${repo}`, 'the manifests acme runs in prod'],
      [`set payment-api staging image.tag=1.4.3 ${repo}`, 'change one value, comments kept'],
      [`compare staging prod ${repo}`, 'what differs between two environments'],
    ];
    const width = Math.max(...steps.map(([c]) => c.length)) + run.command.length + 1;
    ctx.stdout(
      [
        `Created an example GitOps repository in ${dir}${git ? ` (git, branch main, commit ${commit?.slice(0, 7)})` : ''}:`,
        ...files.map((f) => `  ${f}`),
        '',
        'Next, try (from this folder):',
        ...steps.map(([c, why]) => `  ${`${run.command} ${c}`.padEnd(width)}  # ${why}`),
        ...(run.note ? ['', run.note] : []),
      ].join('\n'),
    );
    return EXIT_OK;
  },
};

/**
 * How the person can run gitopshq again: `gitopshq` when it is on PATH, else `npx gitopshq`, which only resolves
 * inside the gitopshq project (npm looks for it in the nearest node_modules): the steps therefore use --repo and
 * never `cd` into the new folder, and the note says how to get `gitopshq` on PATH.
 */
function invocation(env: NodeJS.ProcessEnv): { command: string; note?: string } {
  if (env.npm_command !== 'exec' && onPath('gitopshq', env.PATH ?? '')) return { command: 'gitopshq' };
  const root = packageRoot();
  const where = root ? ` in ${shellQuote(root)}` : '';
  return {
    command: 'npx gitopshq',
    note: `\`npx gitopshq\` works inside the gitopshq project${where}; to type \`gitopshq\` from any folder, run \`npm link\`${where}.`,
  };
}

/** The folder as the person can type it from here: relative when below the current folder, else absolute. */
function shownPath(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

function shellQuote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}
