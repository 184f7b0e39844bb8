import { action } from '../actions/approve-gate/index.js';
import { runAction } from '../core/run-action.js';

void runAction(action);
