// The root action (`uses: gitopshq/actions@v1` with `command:`): picks one of the six handlers and loads only
// that one, so the root bundle starts as fast as the action it stands for. The registry is handed in by
// src/entrypoints/main.ts: core sits below actions and never imports them (docs/architecture.md#layers).

import type { ActionHandler } from './action.js';
import { ACTION_NAMES, type ActionName, COMMAND_INPUT, isActionName } from './contract.js';
import { envInputSource } from './inputs.js';
import { type RunOptions, runAction } from './run-action.js';
import * as core from './runner-commands.js';

export async function runCommand(
  actions: Record<ActionName, () => Promise<ActionHandler>>,
  options: RunOptions = {},
): Promise<void> {
  const command = envInputSource(options.env ?? process.env)(COMMAND_INPUT).trim();
  if (!isActionName(command)) {
    const shown = command === '' ? 'empty' : JSON.stringify(command);
    core.setFailed(
      `gitopshq failed: the command input is ${shown}: set it to one of ${ACTION_NAMES.join(', ')}`,
    );
    return;
  }
  await runAction(await actions[command](), options);
}
