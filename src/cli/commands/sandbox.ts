import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const sandboxCommand: CommandSpec = {
  name: 'sandbox',
  usage: 'sandbox up --dir DIR [--port P]',
  summary: 'Start the local GitHub simulator with acme/gitops seeded; prints one JSON line',
  run: async () => notImplemented('gitopshq sandbox'),
};
