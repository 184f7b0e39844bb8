// Rendering untrusted input (a pull request's charts, templates and kustomizations) in a child process under
// Node's permission model: docs/architecture.md#untrusted-input. One child per render; it may read the checkout
// and its own bundle, write one fresh temp folder, start no process or worker, build no code from strings, and
// it has a heap limit and a wall-clock limit. helm and kubectl run in this process through the broker
// (isolation-broker.ts). Whatever goes wrong in the child becomes a finding on the target, never a crash.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ProcessResult } from '../process/run-process.js';
import type { EngineInput, EngineOutput, EngineType, PreparedRender, RenderEngine } from './engine.js';
import { repoRelative } from './engine.js';
import type { ChildMessage, ParentMessage, RenderJob } from './isolation-child.js';
import { type BrokerContext, lockedChartOf, runBrokered } from './isolation-broker.js';
import { packageRoot } from './tools.js';
import { targetId } from './types.js';

export const DEFAULT_RENDER_TIMEOUT_MS = 60_000;
export const DEFAULT_RENDER_MEMORY_MB = 512;

export interface IsolationOptions {
  /** Wall-clock limit of one render, helm and kubectl included (default 60 s). */
  timeoutMs?: number;
  /** The child's V8 heap limit (default 512 MiB). */
  memoryMb?: number;
  /** The isolated renderer's bundle (default: <package root>/dist/render-child/index.js). */
  childEntry?: string;
}

export function defaultChildEntry(): string | undefined {
  const root = packageRoot();
  return root ? join(root, 'dist', 'render-child', 'index.js') : undefined;
}

/** Node's flags for the child: what it may read and write, and nothing else. */
export function isolationArgs(o: { reads: readonly string[]; write: string; memoryMb: number }): string[] {
  return [
    '--permission',
    ...o.reads.map((r) => `--allow-fs-read=${r}`),
    `--allow-fs-write=${o.write}`,
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${o.memoryMb}`,
  ];
}

/** The engines, each running its renders in a child; `prepare` (which reads but runs nothing) stays here. */
export function isolatedEngines(
  engines: Record<EngineType, RenderEngine>,
  opts: IsolationOptions,
): Record<EngineType, RenderEngine> {
  const wrap = (inner: RenderEngine): RenderEngine => ({
    type: inner.type,
    prepare(input: EngineInput): PreparedRender {
      const prepared = inner.prepare(input);
      // A render refused before it ran (a path out of the repository) has nothing to isolate.
      if (prepared.key.startsWith('failed:')) return prepared;
      return { key: prepared.key, run: () => renderInChild(inner.type, input, opts) };
    },
  });
  return { template: wrap(engines.template), helm: wrap(engines.helm), kustomize: wrap(engines.kustomize) };
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/;

export async function renderInChild(
  type: EngineType,
  input: EngineInput,
  opts: IsolationOptions = {},
): Promise<EngineOutput> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
  const memoryMb = opts.memoryMb ?? DEFAULT_RENDER_MEMORY_MB;
  const id = targetId(input.target);
  const workloadFile = repoRelative(input, join(input.workloadDir, 'workload.yaml'));
  const fail = (message: string, file = workloadFile): EngineOutput => ({
    chunks: [],
    findings: [{ severity: 'error', rule: type, file, message }],
  });
  const entry = opts.childEntry ?? defaultChildEntry();
  if (!entry || !existsSync(entry)) {
    return fail(
      `cannot render ${id} in isolation: the isolated renderer ${entry ?? 'dist/render-child/index.js'} is missing (run \`npm run build\`)`,
    );
  }
  const tempDir = realpathSync(mkdtempSync(join(tmpdir(), 'gitopshq-isolated-')));
  try {
    const root = realpathSync(input.repoRoot);
    const bundleDir = realpathSync(dirname(entry));
    // Node reads the package.json files above the bundle to learn that it is an ES module.
    const reads = [root, bundleDir, tempDir, ...packageJsonsAbove(bundleDir)];
    const child = spawn(
      process.execPath,
      [...isolationArgs({ reads, write: tempDir, memoryMb }), realpathSync(entry)],
      // No environment: the runner's tokens stay in this process.
      { cwd: tempDir, env: {}, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' },
    );
    const { sessionInput } = splitSession(input);
    const job: RenderJob = { type: 'job', engine: type, input: sessionInput, tempDir };
    const broker: BrokerContext = { roots: [root], tempDir, ...optional(lockedChartOf(input)) };
    const r = await superviseChild(child, job, broker, timeoutMs);
    if (r.output) return r.output;
    const seconds = Math.round(timeoutMs / 100) / 10;
    const at = r.lastFile ? ` while rendering ${r.lastFile}` : '';
    if (r.timedOut) {
      return fail(`render of ${id} exceeded ${seconds} s (the time limit of a render)${at}; it was stopped`, r.lastFile);
    }
    if (OUT_OF_MEMORY.test(r.stderr)) {
      return fail(`render of ${id} ran out of memory (the limit is ${memoryMb} MiB)${at}; it was stopped`, r.lastFile);
    }
    const why = r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`;
    const tail = r.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400);
    return fail(`render of ${id} ended without a result (${why})${at}${tail ? `: ${tail}` : ''}`, r.lastFile);
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

function optional(lock: BrokerContext['lockedChart']): { lockedChart?: BrokerContext['lockedChart'] } {
  return lock ? { lockedChart: lock } : {};
}

function splitSession(input: EngineInput): { sessionInput: RenderJob['input'] } {
  const { session: _session, ...sessionInput } = input;
  return { sessionInput };
}

function packageJsonsAbove(dir: string): string[] {
  const out: string[] = [];
  for (let d = dirname(dir); ; d = dirname(d)) {
    out.push(join(d, 'package.json'));
    if (dirname(d) === d) return out;
  }
}

interface Supervised {
  output?: EngineOutput;
  timedOut: boolean;
  lastFile?: string;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

/** Sends the job, serves the child's tool requests, enforces the time limit, and waits for every process to end. */
function superviseChild(
  child: ChildProcess,
  job: RenderJob,
  broker: BrokerContext,
  timeoutMs: number,
): Promise<Supervised> {
  const started = Date.now();
  const abort = new AbortController();
  const tools = new Set<Promise<unknown>>();
  const state: Supervised = { timedOut: false, stderr: '', exitCode: null, signal: null };
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.timedOut = true;
      child.kill('SIGKILL');
      abort.abort();
    }, timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      state.stderr = (state.stderr + d.toString('utf8')).slice(-8192);
    });
    const reply = (m: ParentMessage) => {
      if (child.connected) child.send(m, () => {});
    };
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'progress') state.lastFile = m.file;
      else if (m.type === 'done') state.output = m.output;
      else if (m.type === 'tool') {
        const remaining = Math.max(1, timeoutMs - (Date.now() - started));
        const run = runBrokered(m.program, m.args, broker, { timeoutMs: remaining, signal: abort.signal }).then(
          (result: ProcessResult) => reply({ type: 'tool-result', id: m.id, result }),
        );
        tools.add(run);
        void run.finally(() => tools.delete(run));
      }
    });
    child.on('error', (e) => {
      state.stderr += `\n${e.message}`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      abort.abort();
      state.exitCode = code;
      state.signal = signal;
      // helm or kubectl may still be ending after the abort: the render is over only when they are.
      void Promise.allSettled([...tools]).then(() => resolve(state));
    });
    child.send(job);
  });
}
