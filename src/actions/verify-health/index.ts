import { defineAction } from '../../core/action.js';
import { notImplemented } from '../../core/not-implemented.js';
import { check, inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'verify-health',
  inputs,
  outputs,
  check,
  async run() {
    return notImplemented('verify-health');
  },
});
