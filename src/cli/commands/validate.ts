// `gitopshq validate`: maps validateRepo of src/usecases/validate-repo.ts to `file:line:col` lines (or JSON).
import { formatFinding } from '../../domain/errors.js';
import { validateRepo } from '../../usecases/validate-repo.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK } from '../command.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  readsRepo: true,
  usage: 'validate',
  summary: 'Check gitopshq.yaml, every workload and values file against their schemas',
  help: [
    'Checks every file of the repository (gitopshq.yaml, workloads/*/workload.yaml and every values file) against',
    'its JSON Schema and the rules between files (known environments and tenants, folders that must exist), and',
    'prints one `file:line:col: message` line per problem. Exit 0 when valid, 1 when there are problems.',
    'Values literals that Helm (YAML 1.1) reads differently from YAML 1.2 (`0644`, `yes`, `on`, `1_000`) are',
    'printed as `file:line:col: warning: ...` and do not fail validation.',
    '',
    'Examples:',
    '  gitopshq validate',
    '  gitopshq validate --repo ../gitops',
    '  gitopshq validate --output json    # {"valid": false, "findings": [{"file", "line", "col", "message"}], ...}',
  ].join('\n'),
  async run(ctx) {
    const result = await validateRepo({ repo: ctx.repo });
    if (!result.value) throw new Error('validate returned no result');
    const { findings, files, warnings } = result.value;
    if (ctx.output === 'json') {
      ctx.stdout(
        JSON.stringify({
          valid: findings.length === 0,
          findings,
          ...(warnings.length > 0 ? { warnings } : {}),
          files: files.length,
        }),
      );
      return findings.length === 0 ? EXIT_OK : EXIT_FINDING;
    }
    // Warnings (a values literal Helm reads as YAML 1.1) never fail validation but are printed first.
    if (warnings.length > 0)
      ctx.stdout(warnings.map((w) => formatFinding({ ...w, message: `warning: ${w.message}` })).join('\n'));
    if (findings.length === 0) {
      ctx.stdout(
        `ok: ${files.length} files valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}`,
      );
    } else {
      ctx.stdout(findings.map(formatFinding).join('\n'));
      const inFiles = new Set(findings.map((f) => f.file)).size;
      ctx.stderr(
        `${findings.length} problem${findings.length === 1 ? '' : 's'} in ${inFiles} file${inFiles === 1 ? '' : 's'}`,
      );
    }
    return findings.length === 0 ? EXIT_OK : EXIT_FINDING;
  },
};
