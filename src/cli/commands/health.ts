import { UserError } from '../../domain/errors.js';
import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const healthCommand: CommandSpec = {
  name: 'health',
  usage: 'health --file OBJECT.yaml',
  summary: 'Judge the health of Kubernetes objects read from a file',
  help: [
    'Reads Kubernetes objects (one YAML file, several documents allowed, as `kubectl get -o yaml` prints them) and',
    'judges each one healthy, progressing or degraded by the rules verify-health uses. Not implemented yet: the',
    'command line is final, and it answers "not implemented yet" with exit 2.',
    '',
    'Examples:',
    '  gitopshq health --file deployment.yaml',
  ].join('\n'),
  // Parsed now, so scripts written against the documented command line fail for the right reason.
  options: { file: { type: 'string' } },
  run: async (_ctx, args) => {
    const file = args.values.file;
    if (typeof file !== 'string' || file === '' || args.positionals.length > 0) {
      throw new UserError(
        'expected --file OBJECT.yaml, e.g. `gitopshq health --file deployment.yaml`',
        [],
        'usage',
      );
    }
    return notImplemented(`gitopshq health (--file ${file})`);
  },
};
