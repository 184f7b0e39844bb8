// The parent's half of helm and kubectl for an isolated render (docs/architecture.md#untrusted-input): the child
// names a program and an argument array; this checks them (src/domain/tool-request.ts), runs the real binary
// with no shell, a time limit, and an environment of its own making (no token, HOME and Helm's homes in the
// render's temp folder), and answers with the result. A refusal answers like a failed program, so the engine
// reports it as the finding it reports for any failed helm or kustomize run.
import { mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { checkToolRequest, isInside, type LockedChart } from '../domain/tool-request.js';
import { type ProcessResult, runProcess } from '../process/run-process.js';
import type { EngineInput } from './engine.js';
import { findKustomize, findTool } from './tools.js';

export interface BrokerContext {
  roots: string[];
  tempDir: string;
  lockedChart?: LockedChart;
}

/** The chart workload.yaml locks for this target, when it comes from a repository or an OCI registry. */
export function lockedChartOf(input: Pick<EngineInput, 'workload' | 'target'>): LockedChart | undefined {
  const src = input.workload.source;
  if (src.type !== 'helm' || !(src.repository || src.chart.startsWith('oci://'))) return undefined;
  const version = src.versions?.[input.target.environment] ?? src.version;
  if (!version) return undefined;
  return { chart: src.chart, version, ...(src.repository ? { repository: src.repository } : {}) };
}

const PASSED_THROUGH = [
  'PATH',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
];

/** What helm and kubectl see: the proxy settings a repository chart may need, nothing else of the runner's. */
export function brokerEnvironment(tempDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of PASSED_THROUGH) if (process.env[name] !== undefined) env[name] = process.env[name];
  const home = join(tempDir, 'home');
  mkdirSync(home, { recursive: true });
  return {
    ...env,
    HOME: home,
    HELM_CACHE_HOME: join(home, 'helm-cache'),
    HELM_CONFIG_HOME: join(home, 'helm-config'),
    HELM_DATA_HOME: join(home, 'helm-data'),
    KUBECONFIG: join(home, 'no-kubeconfig'),
  };
}

/** A symbolic link anywhere in a chart the child wrote to the temp folder: Helm would follow it out of the
 *  checkout. Charts in the checkout were checked link by link when the child listed them. */
function linkInTempChart(args: readonly string[], tempDir: string): string | undefined {
  // checkToolRequest accepted the request: a release name and a chart; every flag but two takes a value.
  const positional: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--include-crds' || a === '--skip-tests') continue;
    if (a.startsWith('-')) i++;
    else positional.push(a);
  }
  const chart = positional[1];
  let inTemp = false;
  try {
    inTemp = chart !== undefined && isInside(realpathSync(chart), realpathSync(tempDir));
  } catch {
    // A repository or OCI chart, not a folder.
  }
  if (!chart || !inTemp) return undefined;
  const entries = readdirSync(chart, { recursive: true, withFileTypes: true });
  const link = entries.find((e) => e.isSymbolicLink());
  return link ? join(link.parentPath, link.name) : undefined;
}

function refused(reason: string): ProcessResult {
  return { exitCode: 126, stdout: '', stderr: `refused by the render broker: ${reason}` };
}

export async function runBrokered(
  program: string,
  args: readonly string[],
  ctx: BrokerContext,
  limits: { timeoutMs: number; signal: AbortSignal },
): Promise<ProcessResult> {
  const verdict = checkToolRequest(program, args, { ...ctx, realpath: (p) => realpathSync(p) });
  if (!verdict.ok) return refused(verdict.reason);
  const link = program === 'helm' ? linkInTempChart(args, ctx.tempDir) : undefined;
  if (link) return refused(`the chart copied to the temp folder holds a symbolic link (${link})`);
  let command: string;
  let argv: string[];
  if (program === 'helm') {
    command = findTool('helm')?.path ?? 'helm';
    argv = [...args];
  } else {
    const tool = findKustomize();
    const dir = args[1] ?? '';
    [command, argv] = tool ? [tool.cmd, tool.args(dir)] : ['kubectl', ['kustomize', dir]];
  }
  return runProcess(command, argv, {
    cwd: ctx.tempDir,
    env: brokerEnvironment(ctx.tempDir),
    timeoutMs: limits.timeoutMs,
    signal: limits.signal,
  });
}
