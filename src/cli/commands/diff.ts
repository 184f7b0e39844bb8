// `gitopshq diff`: maps the command line to compareRefs of src/usecases/preview.ts (the preview without GitHub) and
// the comparison to text or JSON and an exit code.
import { ValidationError } from '../../domain/errors.js';
import { silentLogger } from '../../usecases/deps.js';
import { localPorts } from '../../usecases/local-ports.js';
import { compareRefs, DEFAULT_FAIL_ON, FAIL_ON, type FailOn } from '../../usecases/preview.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK, EXIT_USAGE, stringOpt } from '../command.js';
import { reportFindings } from './render.js';

export const diffCommand: CommandSpec = {
  name: 'diff',
  readsRepo: true,
  usage: 'diff --base REF --head REF [--fail-on new-error|error|warning|never]',
  summary: 'Render every target affected between two refs and show the manifest diff',
  help: `Works out which targets the files changed between the two commits affect (including what a render reads
outside the workload folder: a shared kustomize base, a chart's file:// dependency), renders each at both commits
(each checked out with \`git worktree add --detach\` into a temporary folder) and prints per target the unified diff
of every changed resource, Secret values redacted. A finding the base's render of the target already had is marked
"already on base". Exit 1 when findings fail --fail-on: new-error (default) an error the change brings, error any
error, warning any finding, never. --head defaults to HEAD.
Examples: gitopshq diff --base main --head my-branch; gitopshq diff --base HEAD~1 --output json`,
  options: { base: { type: 'string' }, head: { type: 'string' }, 'fail-on': { type: 'string' } },
  async run(ctx, args) {
    const [base, head] = [stringOpt(args, 'base'), stringOpt(args, 'head') ?? 'HEAD'];
    if (base === undefined || args.positionals.length > 0) {
      ctx.stderr('gitopshq diff: expected --base REF [--head REF], e.g. `gitopshq diff --base main`');
      return EXIT_USAGE;
    }
    const failOn = stringOpt(args, 'fail-on') ?? DEFAULT_FAIL_ON;
    if (!(FAIL_ON as readonly string[]).includes(failOn)) {
      ctx.stderr(`gitopshq diff: --fail-on must be one of ${FAIL_ON.join(', ')}, not '${failOn}'`);
      return EXIT_USAGE;
    }
    const ports = { ...localPorts(ctx.repo), log: silentLogger };
    const result = await compareRefs({ base, head, failOn: failOn as FailOn }, ports);
    const c = result.value;
    if (!c?.diff) throw new ValidationError(c?.invalid ?? []);
    const { totals, targets, findings } = c.diff;
    const json = { base: c.base, head: c.head, changedFiles: c.changedFiles, totals, targets, findings };
    ctx.stdout(ctx.output === 'json' ? JSON.stringify(json) : c.text);
    if (ctx.output !== 'json') reportFindings(ctx, findings);
    return result.outcome === 'succeeded' ? EXIT_OK : EXIT_FINDING;
  },
};
