import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../domain/errors.js';
import { Git } from '../../git/git.js';
import { formatTargetDiff } from '../../render/diff.js';
import { diffSnapshots } from '../../render/diff-snapshots.js';
import { createKubeSchemaValidator } from '../../render/kube-schema.js';
import { hasErrors } from '../../render/types.js';
import { loadRepo, type RepoSnapshot } from '../../state/repo.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK, EXIT_USAGE, stringOpt } from '../command.js';
import { reportFindings } from './render.js';

export const diffCommand: CommandSpec = {
  name: 'diff',
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
    const git = new Git(ctx.repo);
    if ((await git.exec(['rev-parse', '--git-dir'], { allowFail: true })).exitCode !== 0) {
      throw new UserError(`${ctx.repo} is not inside a git repository (see --repo)`, [], 'usage');
    }
    const base = await git.tryRevParse(baseRef);
    const head = await git.tryRevParse(headRef);
    for (const [name, ref, sha] of [
      ['--base', baseRef, base],
      ['--head', headRef, head],
    ] as const) {
      if (!sha) throw new UserError(`${name} ${ref}: no such commit in ${ctx.repo}`, [], 'usage');
    }
    // The GitOps repository may be a folder inside the git repository.
    const prefix = (await git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
    const changed = (await git.diffNames(base as string, head as string))
      .filter((p) => p.startsWith(prefix))
      .map((p) => p.slice(prefix.length));

    const tmp = await mkdtemp(join(tmpdir(), 'gitopshq-diff-'));
    const trees: string[] = [];
    try {
      const checkout = async (sha: string, name: string) => {
        const dir = join(tmp, name);
        await git.worktreeAdd(dir, sha);
        trees.push(dir);
        return join(dir, prefix);
      };
      const headSnap = await loadRepo(await checkout(head as string, 'head'));
      // A base that is not (yet) a valid GitOps repository diffs as empty: everything in head is new.
      const baseSnap: RepoSnapshot | undefined = await loadRepo(await checkout(base as string, 'base')).catch(
        () => undefined,
      );
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
        const lines = report.targets.map(formatTargetDiff);
        lines.push(
          `${t.targets} target${t.targets === 1 ? '' : 's'} affected, ${t.changedTargets} changed: +${t.added} added, ~${t.changed} changed, -${t.removed} removed resources`,
        );
        ctx.stdout(lines.join('\n'));
        reportFindings(ctx, report.findings);
      }
      return hasErrors(report.findings) ? EXIT_FINDING : EXIT_OK;
    } finally {
      for (const dir of trees) await git.worktreeRemove(dir);
      await rm(tmp, { recursive: true, force: true });
      await git.exec(['worktree', 'prune'], { allowFail: true });
    }
  },
};
