// Rendering untrusted input (a pull request's charts, templates and kustomizations) in child processes under
// Node's permission model: docs/architecture.md#untrusted-input. A child may read the checkout and its own
// bundle, write one fresh temp folder, start no process or worker and build no code from strings; it has a heap
// limit, and each render a wall-clock limit. helm and kubectl run in this process through the broker
// (isolation-broker.ts). Whatever goes wrong in a child becomes a finding on the target, never a crash.
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineInput, EngineOutput, EngineType, PreparedRender, RenderEngine } from './engine.js';
import { repoRelative } from './engine.js';
import { lockedChartOf } from './isolation-broker.js';
import { IsolatedPool, type JobResult } from './isolation-pool.js';
import { packageRoot } from './tools.js';
import { targetId } from './types.js';

export { isolationArgs } from './isolation-pool.js';

export const DEFAULT_RENDER_TIMEOUT_MS = 60_000;
export const DEFAULT_RENDER_MEMORY_MB = 512;

export interface IsolationOptions {
  /** Wall-clock limit of one render, helm and kubectl included (default 60 s). */
  timeoutMs?: number;
  /** Each child's V8 heap limit (default 512 MiB). */
  memoryMb?: number;
  /** The isolated renderer's bundle (default: <package root>/dist/render-child/index.js). */
  childEntry?: string;
}

export function defaultChildEntry(): string | undefined {
  const root = packageRoot();
  return root ? join(root, 'dist', 'render-child', 'index.js') : undefined;
}

export interface IsolatedEngines {
  engines: Record<EngineType, RenderEngine>;
  /** Ends the children (waits for them); call once the run's renders are done. */
  dispose(): Promise<void>;
}

/** The engines, each running its renders in a child; `prepare` (which reads but runs nothing) stays here. */
export function isolatedEngines(
  engines: Record<EngineType, RenderEngine>,
  opts: IsolationOptions,
): IsolatedEngines {
  const entry = opts.childEntry ?? defaultChildEntry();
  const memoryMb = opts.memoryMb ?? DEFAULT_RENDER_MEMORY_MB;
  const pool = entry && existsSync(entry) ? new IsolatedPool(realpathSync(entry), memoryMb) : undefined;
  const wrap = (inner: RenderEngine): RenderEngine => ({
    type: inner.type,
    prepare(input: EngineInput): PreparedRender {
      const prepared = inner.prepare(input);
      // A render refused before it ran (a path out of the repository) has nothing to isolate.
      if (prepared.key.startsWith('failed:')) return prepared;
      return { key: prepared.key, run: () => renderIsolated(pool, entry, inner.type, input, opts) };
    },
  });
  return {
    engines: {
      template: wrap(engines.template),
      helm: wrap(engines.helm),
      kustomize: wrap(engines.kustomize),
    },
    dispose: async () => pool?.dispose(),
  };
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/;

async function renderIsolated(
  pool: IsolatedPool | undefined,
  entry: string | undefined,
  type: EngineType,
  input: EngineInput,
  opts: IsolationOptions,
): Promise<EngineOutput> {
  const id = targetId(input.target);
  const workloadFile = repoRelative(input, join(input.workloadDir, 'workload.yaml'));
  const fail = (message: string, file = workloadFile): EngineOutput => ({
    chunks: [],
    findings: [{ severity: 'error', rule: type, file, message }],
  });
  if (!pool) {
    return fail(
      `cannot render ${id} in isolation: the isolated renderer ${entry ?? 'dist/render-child/index.js'} is missing (run \`npm run build\`)`,
    );
  }
  const { session: _session, ...jobInput } = input;
  const lock = lockedChartOf(input);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
  const r = await pool.render(
    realpathSync(input.repoRoot),
    { type: 'job', engine: type, input: jobInput },
    lock ? { lockedChart: lock } : {},
    timeoutMs,
  );
  return (
    r.output ??
    fail(...explainFailure(r, id, timeoutMs, opts.memoryMb ?? DEFAULT_RENDER_MEMORY_MB, workloadFile))
  );
}

/** Why a child gave no result, as a finding's message and file. */
function explainFailure(
  r: JobResult,
  id: string,
  timeoutMs: number,
  memoryMb: number,
  workloadFile: string,
): [string, string] {
  const file = r.lastFile ?? workloadFile;
  const at = r.lastFile ? ` while rendering ${r.lastFile}` : '';
  if (r.timedOut) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    return [`render of ${id} exceeded ${seconds} s (the time limit of a render)${at}; it was stopped`, file];
  }
  if (OUT_OF_MEMORY.test(r.stderr)) {
    return [`render of ${id} ran out of memory (the limit is ${memoryMb} MiB)${at}; it was stopped`, file];
  }
  const why = r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`;
  const tail = r.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400);
  return [`render of ${id} ended without a result (${why})${at}${tail ? `: ${tail}` : ''}`, file];
}
