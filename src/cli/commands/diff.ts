import { formatGroupedDiffs } from '../../render/diff-groups.js';
import { diffSnapshots } from '../../render/diff-snapshots.js';
import { createKubeSchemaValidator } from '../../render/kube-schema.js';
import { hasErrors } from '../../render/types.js';
import { withRefSnapshots } from '../../state/ref-snapshots.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK, EXIT_USAGE, stringOpt } from '../command.js';
import { reportFindings } from './render.js';

export const diffCommand: CommandSpec = {
  name: 'diff',
  readsRepo: true,
  usage: 'diff --base REF --head REF',
  summary: 'Render every target affected between two refs and show the manifest diff',
  help: [
    'Finds the files changed between the two commits, works out which targets they affect (a values file of one',
    'environment or tenant, a whole workload, or everything for gitopshq.yaml), renders each of them at both',
    'commits (each checked out with `git worktree add --detach` into a temporary folder, removed afterwards) and',
    'prints, per target, the unified diff of every changed resource with counts. Secret values are redacted.',
    'Exit 1 when the head render has an error finding. --head defaults to HEAD.',
    '',
    'Examples:',
    '  gitopshq diff --base main --head my-branch',
    '  gitopshq diff --base HEAD~1 --head HEAD --output json',
  ].join('\n'),
  options: { base: { type: 'string' }, head: { type: 'string' } },
  async run(ctx, args) {
    const baseRef = stringOpt(args, 'base');
    const headRef = stringOpt(args, 'head') ?? 'HEAD';
    if (baseRef === undefined || args.positionals.length > 0) {
      ctx.stderr(
        'gitopshq diff: expected --base REF [--head REF], e.g. `gitopshq diff --base main --head HEAD`',
      );
      return EXIT_USAGE;
    }
    return withRefSnapshots(
      ctx.repo,
      baseRef,
      headRef,
      async ({ base, head, changed, baseSnap, headSnap }) => {
        const report = await diffSnapshots(baseSnap, headSnap, changed, {
          kubeSchema: createKubeSchemaValidator(),
        });
        if (ctx.output === 'json') {
          ctx.stdout(
            JSON.stringify({
              base,
              head,
              changedFiles: changed,
              totals: report.totals,
              targets: report.targets,
              findings: report.findings,
            }),
          );
        } else {
          const t = report.totals;
          const lines = report.targets.length > 0 ? [formatGroupedDiffs(report.targets)] : [];
          lines.push(
            `${t.targets} target${t.targets === 1 ? '' : 's'} affected, ${t.changedTargets} changed: +${t.added} added, ~${t.changed} changed, -${t.removed} removed resources`,
          );
          ctx.stdout(lines.join('\n'));
          reportFindings(ctx, report.findings);
        }
        return hasErrors(report.findings) ? EXIT_FINDING : EXIT_OK;
      },
    );
  },
};
