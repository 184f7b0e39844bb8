// The root action (`uses: gitopshq/actions@v1` with `command:`): picks one of the six handlers and loads only
// that one, so the root bundle starts as fast as the action it stands for.

import type { ActionHandler } from './action.js';
import { ACTION_NAMES, type ActionName, COMMAND_INPUT, isActionName } from './contract.js';
import { envInputSource } from './inputs.js';
import { type RunOptions, runAction } from './run-action.js';
import * as core from './runner-commands.js';

export const HANDLERS: Record<ActionName, () => Promise<ActionHandler>> = {
  'create-release': async () => (await import('../actions/create-release/index.js')).action,
  preview: async () => (await import('../actions/preview/index.js')).action,
  'approve-gate': async () => (await import('../actions/approve-gate/index.js')).action,
  deploy: async () => (await import('../actions/deploy/index.js')).action,
  promote: async () => (await import('../actions/promote/index.js')).action,
  'verify-health': async () => (await import('../actions/verify-health/index.js')).action,
};

export async function runCommand(options: RunOptions = {}): Promise<void> {
  const command = envInputSource(options.env ?? process.env)(COMMAND_INPUT).trim();
  if (!isActionName(command)) {
    const shown = command === '' ? 'empty' : JSON.stringify(command);
    core.setFailed(
      `gitopshq failed: the command input is ${shown}: set it to one of ${ACTION_NAMES.join(', ')}`,
    );
    return;
  }
  await runAction(await HANDLERS[command](), options);
}
