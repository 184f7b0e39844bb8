// The shape every `gitopshq` command has. Commands are plain objects registered in commands/index.ts; each
// parses its own arguments with node:util parseArgs, so `--help` and usage errors work the same everywhere.
import type { ParseArgsConfig } from 'node:util';

/** text and json for every command; a command lists the others it writes in `outputs`. */
export type OutputFormat = 'text' | 'json' | 'csv' | 'openmetrics';

export interface CommandContext {
  /** `--repo DIR`, resolved to an absolute path (default: the current directory). */
  repo: string;
  output: OutputFormat;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Style output (bold and the like): stdout is a terminal, or FORCE_COLOR; never with NO_COLOR (see style.ts). */
  color: boolean;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM), for long-running commands. */
  stopped: Promise<void>;
  /** Runs another gitopshq command in this process (the demo does). Handed in by main.ts, so commands never import
   *  main and the import graph stays free of cycles (docs/architecture.md#layers). */
  invoke: (argv: string[], io?: Partial<CommandContext>) => Promise<number>;
}

export interface CommandSpec {
  name: string;
  /** One line for `gitopshq --help`. */
  summary: string;
  /** Usage lines after `gitopshq`, e.g. `set WORKLOAD ENV PATH=VALUE... [--tenant T]`. */
  usage: string;
  /** More text for `gitopshq NAME --help`. */
  help?: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Output formats beyond text and json that this command writes (metrics: csv, openmetrics). */
  outputs?: readonly OutputFormat[];
  /** Reads the GitOpsHQ repository at --repo: checked to exist and hold gitopshq.yaml before `run` (exit 2). */
  readsRepo?: boolean;
  /** Returns the exit code: 0 ok, 1 a finding, 2 a usage or environment error. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_FINDING = 1;
export const EXIT_USAGE = 2;

export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function stringListOpt(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}
