import { action } from '../actions/create-release/index.js';
import { runAction } from '../core/run-action.js';

void runAction(action);
