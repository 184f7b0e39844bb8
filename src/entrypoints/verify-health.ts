import { action } from '../actions/verify-health/index.js';
import { runAction } from '../core/run-action.js';

void runAction(action);
