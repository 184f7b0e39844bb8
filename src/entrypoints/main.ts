import { ACTIONS } from '../actions/index.js';
import { runCommand } from '../core/dispatch.js';

void runCommand(ACTIONS);
