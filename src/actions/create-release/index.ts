import { defineAction } from '../../core/action.js';
import { notImplemented } from '../../core/not-implemented.js';
import { inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'create-release',
  inputs,
  outputs,
  async run() {
    return notImplemented('create-release');
  },
});
