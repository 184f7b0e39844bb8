// Placeholder until the render helper writes preview's handler; the inputs are final.
import { defineAction } from '../../core/action.js';
import { notImplemented } from '../../core/not-implemented.js';
import { inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'preview',
  inputs,
  outputs,
  async run() {
    return notImplemented('preview');
  },
});
