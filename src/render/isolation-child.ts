// The isolated renderer's side (docs/architecture.md#untrusted-input): one render per process. The parent sends
// one job over the IPC channel; the engine renders it here, under the permission model, asking the parent for
// helm and kubectl; the output (or the error, as a finding) goes back and the process ends.
import type { ProcessResult } from '../process/run-process.js';
import type { EngineInput, EngineOutput, EngineType, RenderEngine } from './engine.js';
import { HelmEngine } from './helm-engine.js';
import { KustomizeEngine } from './kustomize-engine.js';
import { RenderSession } from './session.js';
import { TemplateEngine } from './template-engine.js';

export interface RenderJob {
  type: 'job';
  engine: EngineType;
  input: Omit<EngineInput, 'session'>;
  /** The one folder this process may write. */
  tempDir: string;
}

export type ParentMessage = RenderJob | { type: 'tool-result'; id: number; result: ProcessResult };

export type ChildMessage =
  | { type: 'tool'; id: number; program: 'helm' | 'kubectl'; args: string[] }
  | { type: 'progress'; file: string }
  | { type: 'done'; output: EngineOutput };

function send(message: ChildMessage): void {
  process.send?.(message);
}

function engineFor(type: EngineType): RenderEngine {
  if (type === 'helm') return new HelmEngine('helm');
  if (type === 'kustomize') return new KustomizeEngine();
  return new TemplateEngine();
}

async function render(job: RenderJob, results: Map<number, (r: ProcessResult) => void>): Promise<EngineOutput> {
  let next = 0;
  const session = new RenderSession({
    tempDir: job.tempDir,
    progress: (file) => send({ type: 'progress', file }),
    broker: {
      run: (program, args) =>
        new Promise((resolve) => {
          const id = ++next;
          results.set(id, resolve);
          send({ type: 'tool', id, program, args });
        }),
    },
  });
  try {
    return await engineFor(job.engine).prepare({ ...job.input, session }).run();
  } catch (e) {
    const message = `the render failed: ${(e as Error).message}`;
    return { chunks: [], findings: [{ severity: 'error', rule: job.engine, message }] };
  }
}

/** Waits for the parent's job, renders it, answers, and lets the process end. */
export function serveIsolatedRender(): void {
  const results = new Map<number, (r: ProcessResult) => void>();
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'tool-result') {
      results.get(m.id)?.(m.result);
      results.delete(m.id);
      return;
    }
    void render(m, results).then((output) => {
      send({ type: 'done', output });
      process.disconnect?.();
    });
  });
}
