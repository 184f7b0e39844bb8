import { runCommand } from '../core/dispatch.js';

void runCommand();
