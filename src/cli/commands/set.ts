import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const setCommand: CommandSpec = {
  name: 'set',
  usage: 'set WORKLOAD ENV PATH=VALUE... [--tenant T]',
  summary: 'Update values in a layer, keeping comments and every other line byte-identical',
  run: async () => notImplemented('gitopshq set'),
};
