import { action } from '../actions/preview/index.js';
import { runAction } from '../core/run-action.js';

void runAction(action);
