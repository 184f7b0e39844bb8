import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const compareCommand: CommandSpec = {
  name: 'compare',
  usage: 'compare ENV_A ENV_B [--workload W]',
  summary: 'Environment Compare: values and rendered manifests of two environments',
  run: async () => notImplemented('gitopshq compare'),
};
