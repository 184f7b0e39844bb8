// `gitopshq compare`: maps the command line to compareTargets of src/usecases/render-target.ts and the report to
// text (or JSON) and an exit code.
import type { ValueDiff } from '../../domain/values.js';
import { compareTargets, formatTargetDiff } from '../../usecases/render-target.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK, EXIT_USAGE, stringOpt } from '../command.js';
import { reportFindings } from './render.js';

export const compareCommand: CommandSpec = {
  name: 'compare',
  readsRepo: true,
  usage: 'compare ENV_A ENV_B [--workload W]',
  summary: 'Environment Compare: values and rendered manifests of two environments',
  help: [
    'For every workload (or only --workload W) and each of its tenants: the layered values that differ between',
    'ENV_A and ENV_B, leaf by leaf, then the rendered manifests that differ, resource by resource (Secret values',
    'redacted). Exit 1 only when a render has an error finding.',
    '',
    'Examples:',
    '  gitopshq compare staging prod',
    '  gitopshq compare dev prod --workload payment-api --output json',
  ].join('\n'),
  options: { workload: { type: 'string' } },
  async run(ctx, args) {
    const [envA, envB, extra] = args.positionals;
    if (envA === undefined || envB === undefined || extra !== undefined) {
      ctx.stderr(
        'gitopshq compare: expected ENV_A ENV_B [--workload W], e.g. `gitopshq compare staging prod`',
      );
      return EXIT_USAGE;
    }
    const result = await compareTargets({
      repo: ctx.repo,
      envA,
      envB,
      workload: stringOpt(args, 'workload'),
    });
    const report = result.value;
    if (!report) throw new Error('compare returned no report');
    if (ctx.output === 'json') {
      ctx.stdout(JSON.stringify(report));
    } else {
      const out: string[] = [];
      for (const p of report.pairs) {
        const name = p.tenant ? `${p.workload} [${p.tenant}]` : p.workload;
        out.push(`== ${name}: ${envA} -> ${envB}`);
        if (!p.inA || !p.inB) out.push(`   runs only in ${p.inA ? envA : envB}`);
        if (p.values.length === 0) out.push('   values: identical');
        else out.push('   values:', ...p.values.map((v) => `     ${formatValueDiff(v)}`));
        if (p.rendered) {
          const r = p.rendered;
          if (r.resources.length === 0) out.push('   manifests: identical');
          else
            out.push(
              `   manifests: +${r.added} ~${r.changed} -${r.removed}`,
              formatTargetDiff(r).split('\n').slice(1).join('\n'),
            );
        }
      }
      if (report.pairs.length === 0) out.push(`no workload runs in ${envA} or ${envB}`);
      ctx.stdout(out.join('\n'));
      reportFindings(ctx, report.findings);
    }
    return result.outcome === 'succeeded' ? EXIT_OK : EXIT_FINDING;
  },
};

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function formatValueDiff(v: ValueDiff): string {
  if (v.kind === 'added') return `+ ${v.path}: ${show(v.b)}`;
  if (v.kind === 'removed') return `- ${v.path}: ${show(v.a)}`;
  return `~ ${v.path}: ${show(v.a)} -> ${show(v.b)}`;
}
