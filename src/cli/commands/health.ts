// `gitopshq health --file OBJECT.yaml`: maps assessHealthFile of src/usecases/assess-health-file.ts to one line per
// object (or JSON) and an exit code.
import { UserError } from '../../domain/errors.js';
import { assessHealthFile } from '../../usecases/assess-health-file.js';
import { stepUserError } from '../../usecases/result.js';
import { type CommandSpec, EXIT_FINDING, EXIT_OK } from '../command.js';

export const healthCommand: CommandSpec = {
  name: 'health',
  usage: 'health --file OBJECT.yaml',
  summary: 'Judge the health of Kubernetes objects read from a file',
  help: [
    'Reads Kubernetes objects (one YAML file as `kubectl get -o yaml` prints it: one object, several documents, or',
    "a List) and judges each one by the rules verify-health uses: Argo CD's health checks per kind, kstatus",
    'conditions for any other resource, and a status whose observedGeneration is below metadata.generation is',
    'Progressing (docs/architecture.md#health). Statuses: Healthy, Progressing, Degraded, Suspended, Missing,',
    'Unknown; several objects take the worst. Exit 0 when Healthy, 1 otherwise or when the file is not valid.',
    '',
    'Examples:',
    '  kubectl get deployment web -o yaml > web.yaml && gitopshq health --file web.yaml',
    '  kubectl get pods -n shop -o yaml > pods.yaml && gitopshq health --file pods.yaml --output json',
    '      # {"status": "Degraded", "message": "...", "objects": [{"kind", "name", "status", "message", ...}]}',
  ].join('\n'),
  options: { file: { type: 'string' } },
  run: async (ctx, args) => {
    const file = args.values.file;
    if (typeof file !== 'string' || file === '' || args.positionals.length > 0) {
      throw new UserError(
        'expected --file OBJECT.yaml, e.g. `gitopshq health --file deployment.yaml`',
        [],
        'usage',
      );
    }
    const result = await assessHealthFile({ file });
    const error = stepUserError(result);
    const report = result.value;
    if (error || !report) throw error ?? new Error(`health ended ${result.outcome} without a report`);
    if (ctx.output === 'json') {
      ctx.stdout(JSON.stringify({ status: report.status, message: report.message, objects: report.objects }));
    } else {
      const width = Math.max(...report.objects.map((o) => o.status.length));
      const lines = report.objects.map((o) => `${o.status.padEnd(width)}  ${o.message}`);
      if (report.objects.length > 1) lines.push(`${report.status}: ${report.message}`);
      ctx.stdout(lines.join('\n'));
    }
    return report.status === 'Healthy' ? EXIT_OK : EXIT_FINDING;
  },
};
