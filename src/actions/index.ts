// The registry of actions: adding one is a folder under src/actions plus one line here (tsc then asks for its name
// in ACTION_NAMES, the public list that test/unit/contract checks against action.yml). Each entry is a dynamic
// import with a literal specifier, so ncc splits every action into its own chunk and the root action
// (dist/main) loads only the one its `command` input names.
import type { ActionHandler } from '../core/action.js';
import type { ActionName } from '../core/contract.js';

export type ActionLoader = () => Promise<ActionHandler>;

export const ACTIONS: Record<ActionName, ActionLoader> = {
  'create-release': async () => (await import('./create-release/index.js')).action,
  preview: async () => (await import('./preview/index.js')).action,
  'approve-gate': async () => (await import('./approve-gate/index.js')).action,
  deploy: async () => (await import('./deploy/index.js')).action,
  promote: async () => (await import('./promote/index.js')).action,
  'verify-health': async () => (await import('./verify-health/index.js')).action,
};
