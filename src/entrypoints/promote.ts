import { action } from '../actions/promote/index.js';
import { runAction } from '../core/run-action.js';

void runAction(action);
