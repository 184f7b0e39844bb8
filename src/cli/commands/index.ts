// Every `gitopshq` command, in the order `gitopshq --help` lists them. One file per command, loaded only when it
// runs: `gitopshq metrics` never loads (nor compiles) the sandbox, Octokit or the renderers, and `--version` loads
// no command at all. The bundle (scripts/build.mjs) keeps each command's modules in chunks of their own.
import type { CommandSpec } from '../command.js';

export interface CommandEntry {
  name: string;
  load: () => Promise<CommandSpec>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'init', load: async () => (await import('./init.js')).initCommand },
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'set', load: async () => (await import('./set.js')).setCommand },
  { name: 'render', load: async () => (await import('./render.js')).renderCommand },
  { name: 'diff', load: async () => (await import('./diff.js')).diffCommand },
  { name: 'compare', load: async () => (await import('./compare.js')).compareCommand },
  { name: 'release', load: async () => (await import('./release.js')).releaseCommand },
  { name: 'freeze', load: async () => (await import('./freeze.js')).freezeCommand },
  { name: 'gate', load: async () => (await import('./gate.js')).gateCommand },
  { name: 'rollback', load: async () => (await import('./rollback.js')).rollbackCommand },
  { name: 'promote', load: async () => (await import('./promote.js')).promoteCommand },
  { name: 'health', load: async () => (await import('./health.js')).healthCommand },
  { name: 'verify', load: async () => (await import('./verify.js')).verifyCommand },
  { name: 'metrics', load: async () => (await import('./metrics.js')).metricsCommand },
  { name: 'dashboard', load: async () => (await import('./dashboard.js')).dashboardCommand },
  { name: 'sandbox', load: async () => (await import('./sandbox.js')).sandboxCommand },
  { name: 'demo', load: async () => (await import('./demo.js')).demoCommand },
];

/** Every command's spec, in the order of COMMANDS (for `gitopshq --help`, which lists them all). */
export function loadCommands(): Promise<CommandSpec[]> {
  return Promise.all(COMMANDS.map((c) => c.load()));
}
