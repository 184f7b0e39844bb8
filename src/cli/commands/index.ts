// Every `gitopshq` command, in the order `gitopshq --help` lists them. One file per command.
import type { CommandSpec } from '../command.js';
import { compareCommand } from './compare.js';
import { dashboardCommand } from './dashboard.js';
import { demoCommand } from './demo.js';
import { diffCommand } from './diff.js';
import { freezeCommand } from './freeze.js';
import { gateCommand } from './gate.js';
import { healthCommand } from './health.js';
import { initCommand } from './init.js';
import { metricsCommand } from './metrics.js';
import { promoteCommand } from './promote.js';
import { releaseCommand } from './release.js';
import { renderCommand } from './render.js';
import { rollbackCommand } from './rollback.js';
import { sandboxCommand } from './sandbox.js';
import { setCommand } from './set.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

export const COMMANDS: CommandSpec[] = [
  initCommand,
  validateCommand,
  setCommand,
  renderCommand,
  diffCommand,
  compareCommand,
  releaseCommand,
  freezeCommand,
  gateCommand,
  rollbackCommand,
  promoteCommand,
  healthCommand,
  verifyCommand,
  metricsCommand,
  dashboardCommand,
  sandboxCommand,
  demoCommand,
];
