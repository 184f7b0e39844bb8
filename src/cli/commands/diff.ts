import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const diffCommand: CommandSpec = {
  name: 'diff',
  usage: 'diff --base REF --head REF',
  summary: 'Render every target affected between two refs and show the manifest diff',
  run: async () => notImplemented('gitopshq diff'),
};
