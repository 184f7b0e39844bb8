#!/usr/bin/env node
// The `gitopshq` command line. Thin: parse, dispatch, map errors to exit codes (0 ok, 1 finding, 2 usage).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { guardCommands } from '../core/runner-commands.js';
import { isUserError } from '../domain/errors.js';
import {
  type CommandContext,
  type CommandSpec,
  EXIT_FINDING,
  EXIT_USAGE,
  type OutputFormat,
} from './command.js';
import { COMMANDS, loadCommands } from './commands/index.js';
import { requireGitopsRepo } from './repo-check.js';
import { shouldColor } from './style.js';
import { versionLine } from './version.js';

const GLOBAL_OPTIONS = {
  repo: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function topHelp(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'gitopshq: governed delivery for Kubernetes, kept as YAML in your GitOps repository',
    '',
    'Usage: gitopshq COMMAND [ARGS] [--repo DIR] [--output text|json]   (gitopshq --version: which Node runs it)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 ok, 1 a finding (invalid file, gate not met, unhealthy), 2 a usage or environment error.',
    'Run `gitopshq COMMAND --help` for a command.',
  ].join('\n');
}

function commandHelp(c: CommandSpec): string {
  const lines = [`Usage: gitopshq ${c.usage} [--repo DIR] [--output text|json]`, '', c.summary];
  if (c.help) lines.push('', c.help);
  return lines.join('\n');
}

export async function main(argv: string[], io?: Partial<CommandContext>): Promise<number> {
  // In a workflow step the runner reads our output for workflow commands: a name or a file's content echoed
  // in a message must not become one (see guardCommands).
  const inRunner = (io?.env ?? process.env).GITHUB_ACTIONS === 'true';
  const guard = (write: (t: string) => void) => (inRunner ? (t: string) => write(guardCommands(t)) : write);
  const stdout = guard(io?.stdout ?? ((t: string) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`)));
  const stderr = guard(io?.stderr ?? ((t: string) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`)));
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    stdout(versionLine());
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    stdout(await topHelp());
    return name ? 0 : EXIT_USAGE;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    stderr(`gitopshq: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    stderr(`gitopshq ${name}: ${(e as Error).message}\n\n${commandHelp(command)}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    stdout(commandHelp(command));
    return 0;
  }
  const output = (parsed.values.output ?? 'text') as string;
  const formats: string[] = ['text', 'json', ...(command.outputs ?? [])];
  if (!formats.includes(output)) {
    const choices = `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`;
    stderr(`gitopshq ${name}: --output must be ${choices}, not '${output}'`);
    return EXIT_USAGE;
  }
  let stop: () => void = () => {};
  const stopped = io?.stopped ?? new Promise<void>((r) => (stop = r));
  const onSignal = () => stop();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const ctx: CommandContext = {
    repo: resolve(io?.repo ?? (parsed.values.repo as string | undefined) ?? process.cwd()),
    output: output as OutputFormat,
    stdout,
    stderr,
    env: io?.env ?? process.env,
    // Output handed in (a test, a caller collecting it) is not a terminal, whatever process.stdout is.
    color: io?.color ?? shouldColor(io?.env ?? process.env, io?.stdout ? false : process.stdout.isTTY),
    stopped,
    invoke: (args, nested) => main(args, nested),
  };
  try {
    if (command.readsRepo) await requireGitopsRepo(ctx.repo);
    return await command.run(ctx, {
      positionals: parsed.positionals,
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
    });
  } catch (e) {
    if (isUserError(e)) {
      stderr(`gitopshq ${name}: ${e.message}`);
      return e.kind === 'usage' ? EXIT_USAGE : EXIT_FINDING;
    }
    stderr(
      `gitopshq ${name}: unexpected error (a bug, please report it): ${(e as Error).stack ?? String(e)}`,
    );
    return EXIT_USAGE;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
