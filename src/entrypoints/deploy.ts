import { action } from '../actions/deploy/index.js';
import { runAction } from '../core/run-action.js';

void runAction(action);
