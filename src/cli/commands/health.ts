import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const healthCommand: CommandSpec = {
  name: 'health',
  usage: 'health --file OBJECT.yaml',
  summary: 'Judge the health of Kubernetes objects read from a file',
  run: async () => notImplemented('gitopshq health'),
};
