import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const releaseCommand: CommandSpec = {
  name: 'release',
  usage: 'release list|show ID',
  summary: 'List release records on the state branch, or show one with its history',
  run: async () => notImplemented('gitopshq release'),
};
