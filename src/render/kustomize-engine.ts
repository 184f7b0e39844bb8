// Kustomize overlays through `kubectl kustomize` (the project's kubectl first, see tools.ts) or `kustomize build`.
// Values are not an input: every tenant of an environment shares one render.
import { join } from 'node:path';
import { overlayFolder } from '../domain/kustomize-edit.js';
import { runProcess } from '../process/run-process.js';
import {
  type EngineInput,
  failed,
  type PreparedRender,
  type RenderEngine,
  repoRelative,
  resolveInRepo,
} from './engine.js';
import { type KustomizeReads, kustomizeReads } from './kustomize-tree.js';
import { repoPaths } from './repo-paths.js';
import { sha256 } from './session.js';
import { findKustomize } from './tools.js';

/** The overlay folder of `env` relative to the workload folder: `overlays[env]`, else the `overlay` pattern. */
export function overlayFor(
  pattern: string | undefined,
  env: string,
  overlays?: Record<string, string>,
): string {
  return overlayFolder({ overlay: pattern ?? '', ...(overlays ? { overlays } : {}) }, env);
}

export class KustomizeEngine implements RenderEngine {
  readonly type = 'kustomize' as const;

  prepare(input: EngineInput): PreparedRender {
    const src = input.workload.source;
    if (src.type !== 'kustomize') throw new Error('KustomizeEngine given a non-kustomize workload');
    const rel = overlayFolder(src, input.target.environment);
    const workloadFile = repoRelative(input, join(input.workloadDir, 'workload.yaml'));
    const dir = resolveInRepo(input, rel);
    if (!dir) {
      return failed(`${workloadFile}:overlay`, {
        severity: 'error',
        rule: 'kustomize',
        file: workloadFile,
        message: `source.overlay '${rel}' points outside the repository`,
      });
    }
    // Many tenants share an overlay: walk its kustomizations once per run.
    const walked = input.session.cache<KustomizeReads>('kustomize-reads');
    let reads = walked.get(dir);
    if (!reads) {
      reads = kustomizeReads(repoPaths(input.repoRoot), dir);
      walked.set(dir, reads);
    }
    const problem = reads.problems[0];
    if (problem) {
      return failed(`${dir}:outside`, { severity: 'error', rule: 'kustomize', ...problem });
    }
    const key = sha256('kustomize', dir);
    return {
      key,
      run: async () => {
        const broker = input.session.broker;
        const tool = broker ? undefined : findKustomize();
        const [cmd, args] = tool ? [tool.cmd, tool.args(dir)] : ['kubectl', ['kustomize', dir]];
        const r = broker ? await broker.run('kubectl', args) : await runProcess(cmd, args);
        const source = repoRelative(input, dir);
        if (r.spawnError || r.exitCode !== 0) {
          const why = r.spawnError
            ? `cannot run ${cmd} (${r.spawnError}): install kubectl or kustomize and put it on PATH`
            : `kustomize build of ${source} failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`;
          return {
            chunks: [],
            findings: [{ severity: 'error', rule: 'kustomize', file: workloadFile, message: why }],
          };
        }
        return { chunks: [{ source, text: r.stdout }], findings: [] };
      },
    };
  }
}
