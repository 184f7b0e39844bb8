import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const metricsCommand: CommandSpec = {
  name: 'metrics',
  usage: 'metrics',
  summary: 'Delivery metrics computed from the release histories',
  run: async () => notImplemented('gitopshq metrics'),
};
