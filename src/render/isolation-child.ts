// The isolated renderer's side (docs/architecture.md#untrusted-input). The parent sends jobs over the IPC
// channel, one at a time, all from one checkout; the engine renders each here, under the permission model,
// asking the parent for helm and kubectl; the output (or the error, as a finding) goes back. The process ends
// when the parent closes the channel, or is killed by it.
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

/** The child's one session: its caches (folder listings, nunjucks environments) serve every render it does. */
function childSession(tempDir: string, results: Map<number, (r: ProcessResult) => void>): RenderSession {
  let next = 0;
  return new RenderSession({
    tempDir,
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
}

async function render(job: RenderJob, session: RenderSession): Promise<EngineOutput> {
  try {
    return await engineFor(job.engine)
      .prepare({ ...job.input, session })
      .run();
  } catch (e) {
    const message = `the render failed: ${(e as Error).message}`;
    return { chunks: [], findings: [{ severity: 'error', rule: job.engine, message }] };
  }
}

/** Renders each job the parent sends, one at a time, until the parent closes the channel. */
export function serveIsolatedRender(): void {
  const results = new Map<number, (r: ProcessResult) => void>();
  let session: RenderSession | undefined;
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'tool-result') {
      results.get(m.id)?.(m.result);
      results.delete(m.id);
      return;
    }
    session ??= childSession(m.tempDir, results);
    void render(m, session).then((output) => send({ type: 'done', output }));
  });
}
