import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  usage: 'validate',
  summary: 'Check gitopshq.yaml, every workload and values file against their schemas',
  run: async () => notImplemented('gitopshq validate'),
};
