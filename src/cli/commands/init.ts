import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const initCommand: CommandSpec = {
  name: 'init',
  usage: 'init DIR',
  summary: 'Create an example GitOps repository (dev -> staging -> prod, three tenants, two workloads)',
  run: async () => notImplemented('gitopshq init'),
};
