import type { CommandSpec } from '../command.js';
import { notImplemented } from '../not-implemented.js';

export const renderCommand: CommandSpec = {
  name: 'render',
  usage: 'render WORKLOAD --env E [--tenant T]',
  summary: 'Render the final Kubernetes manifests of one target to stdout',
  run: async () => notImplemented('gitopshq render'),
};
