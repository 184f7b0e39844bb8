// Runs a bundled action the way a GitHub runner does: INPUT_* variables (with action.yml's defaults), the event
// payload in GITHUB_EVENT_PATH, file commands in files, workflow commands on stdout. For e2e tests and the demo.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runProcess } from '../../process/run-process.js';
import { packageRoot } from '../../render/tools.js';
import type { WorkflowEvent } from '../events/index.js';
import {
  type Annotation,
  annotationsOf,
  maskLog,
  parseFileCommand,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './workflow-commands.js';

export type { Annotation, WorkflowCommand } from './workflow-commands.js';
export { maskLog, parseFileCommand, parseWorkflowCommands } from './workflow-commands.js';

/**
 * The gitopshq package's root, found by its package.json wherever this code runs from: src/sandbox/runner (from
 * source, tsx) is three folders down, dist/cli/index.js (the built command line, which bundles this file) two.
 */
export const PROJECT_ROOT = packageRoot() ?? resolve(import.meta.dirname, '..', '..', '..');

export interface RunBundleOptions {
  /** An action folder name (`create-release`) or `main` for the root action; runs dist/<name>/index.js. */
  name?: string;
  /** Runs this file instead of a bundle (a `.ts` file runs through tsx, for tests of the wrapper itself). */
  bundlePath?: string;
  /** As written under `with:`; inputs left out get action.yml's defaults, as on a runner. */
  inputs?: Record<string, string>;
  event?: WorkflowEvent | { name: string; payload: Record<string, unknown> };
  /** Extra environment variables, applied last. */
  env?: Record<string, string>;
  workspace?: string;
  token?: string;
  apiUrl?: string;
  serverUrl?: string;
  sha?: string;
  ref?: string;
  actor?: string;
  repository?: string;
  /** RUNNER_DEBUG=1: the runner shows ::debug:: lines. */
  debug?: boolean;
  /** Default 60 s; then the bundle is killed and `exitCode` is null. */
  timeoutMs?: number;
  /** Kills the bundle (SIGKILL) when it aborts, as a runner that dies would; `exitCode` is then null. */
  signal?: AbortSignal;
}

export interface BundleRun {
  /** null when the bundle was killed (a timeout). */
  exitCode: number | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** stdout as the runner displays it: commands hidden, masked values as `***`. */
  log: string;
  commands: WorkflowCommand[];
  annotations: Annotation[];
  /** Values registered with ::add-mask::. */
  masked: string[];
  /** GITHUB_ENV and GITHUB_STATE as the action left them. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
}

const DEFAULT_SHA = 'f'.repeat(40);

/** The runner's mangling: upper case, spaces to `_`, hyphens kept (`INPUT_REPO-PATH`). */
export function runnerInputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function assertNode24(version = process.version): void {
  if (!/^v24\./.test(version)) {
    throw new Error(
      `actions run on Node 24 (runs.using: node24) but this is Node ${version}: run tests via npm/npx`,
    );
  }
}

interface ActionYml {
  inputs?: Record<string, { default?: unknown }>;
}

/** An action's metadata (its inputs' defaults): actions/<name>/action.yml, or the root action.yml for `main`. */
function actionYml(name: string): string {
  return name === 'main'
    ? join(PROJECT_ROOT, 'action.yml')
    : join(PROJECT_ROOT, 'actions', name, 'action.yml');
}

function bundlePath(name: string): string {
  return join(PROJECT_ROOT, 'dist', name, 'index.js');
}

/**
 * The files runBundle needs for these actions (bundle and action.yml) that are not there: a checkout that was not
 * built, or the npm package, which ships the command line only.
 */
export function missingBundleFiles(names: readonly string[]): string[] {
  return names.flatMap((n) => [bundlePath(n), actionYml(n)]).filter((f) => !existsSync(f));
}

/** The defaults a runner fills in for inputs not given in `with:`, with `${{ github.token }}` evaluated. */
export function actionDefaults(name: string, token: string): Record<string, string> {
  const file = actionYml(name);
  const yml = parse(readFileSync(file, 'utf8')) as ActionYml;
  const out: Record<string, string> = {};
  for (const [input, def] of Object.entries(yml.inputs ?? {})) {
    if (def.default === undefined) continue;
    const text = String(def.default);
    if (/^\$\{\{\s*github\.token\s*\}\}$/.test(text)) out[input] = token;
    else if (text.includes('${{'))
      throw new Error(`${file}: input ${input}: the harness cannot evaluate ${text}`);
    else out[input] = text;
  }
  return out;
}

export function bundleFor(name: string): string {
  const file = bundlePath(name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return file;
}

/** Spawns a bundle (or a `.ts` entry) as a runner would; not to be confused with core's `runAction` wrapper. */
export async function runBundle(options: RunBundleOptions): Promise<BundleRun> {
  assertNode24();
  const { name } = options;
  if (!name && !options.bundlePath) throw new Error('runBundle needs a name or a bundlePath');
  const script = options.bundlePath ? resolve(options.bundlePath) : bundleFor(name!);
  const token = options.token ?? 'ghs_sandboxtoken000000000000000000000000';
  const temp = mkdtempSync(join(tmpdir(), 'gitopshq-runner-'));
  try {
    const files = {
      event: join(temp, 'event.json'),
      output: join(temp, 'output'),
      summary: join(temp, 'step_summary'),
      state: join(temp, 'state'),
      env: join(temp, 'env'),
      path: join(temp, 'path'),
    };
    for (const f of [files.output, files.summary, files.state, files.env, files.path]) writeFileSync(f, '');
    writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}));
    const runnerTemp = join(temp, 'runner-temp');
    mkdirSync(runnerTemp);
    const workspace = options.workspace ?? join(temp, 'workspace');
    mkdirSync(workspace, { recursive: true });

    const inputs = { ...(name ? actionDefaults(name, token) : {}), ...options.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: runnerTemp,
      RUNNER_DEBUG: options.debug ? '1' : '',
      GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: options.repository ?? 'acme/gitops',
      GITHUB_REPOSITORY_OWNER: (options.repository ?? 'acme/gitops').split('/')[0] ?? '',
      GITHUB_SHA: options.sha ?? DEFAULT_SHA,
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_ACTOR: options.actor ?? 'dev-alice',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_TOKEN: token,
      GITHUB_API_URL: options.apiUrl ?? 'https://api.github.com',
      GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'e2e',
      GITHUB_WORKFLOW: 'e2e',
    };
    for (const [input, value] of Object.entries(inputs)) env[runnerInputEnvName(input)] = value;
    Object.assign(env, options.env);

    // tsx is resolved from this project, not from the workspace the child runs in.
    const args = script.endsWith('.ts') ? ['--import', import.meta.resolve('tsx'), script] : [script];
    const run = await runProcess(process.execPath, args, {
      env,
      cwd: workspace,
      timeoutMs: options.timeoutMs ?? 60_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (run.spawnError) throw new Error(`cannot run ${process.execPath} ${script}: ${run.spawnError}`);
    const { stdout, stderr } = run;
    const exitCode = run.signal ? null : run.exitCode;
    const commands = parseWorkflowCommands(stdout);
    const masked = commands.filter((c) => c.command === 'add-mask').map((c) => c.data);
    return {
      exitCode,
      outputs: parseFileCommand(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      stdout,
      stderr,
      log: maskLog(stdout, masked),
      commands,
      annotations: annotationsOf(commands),
      masked,
      exportedEnv: parseFileCommand(readFileSync(files.env, 'utf8')),
      state: parseFileCommand(readFileSync(files.state, 'utf8')),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
