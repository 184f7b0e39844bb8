import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const demoCommand: CommandSpec = {
  name: 'demo',
  usage: 'demo',
  summary: 'The whole lifecycle on the built-in sandbox',
  run: async () => notImplemented('gitopshq demo'),
};
