// The one interface behind the three engines. `prepare` is cheap and computes the dedupe key from everything
// that can change the output; `run` does the work and is called once per distinct key.
import { relative, resolve } from 'node:path';
import type { WorkloadConfig } from '../domain/model.js';
import { outsideMessage, type TreeEntry } from '../domain/repo-paths.js';
import type { Values } from '../domain/values.js';
import { repoPaths } from './repo-paths.js';
import type { RenderSession } from './session.js';
import type { FindingRule, RawChunk, RenderFinding, RenderTarget } from './types.js';

export type EngineType = WorkloadConfig['source']['type'];

export interface EngineInput {
  target: RenderTarget;
  /** Layered values: base -> environment -> tenant (YAML 1.2, our null rules): what the template engine reads. */
  values: Values;
  /**
   * The same layers as the user's files, in order (values.yaml, values/<env>.yaml, values/<env>/<tenant>.yaml):
   * what Helm reads, as separate `-f` files, so its own YAML 1.1 reading and null rules apply.
   */
  valueFiles: { file: string; text: string }[];
  workload: WorkloadConfig;
  /** Absolute path of workloads/<name>. */
  workloadDir: string;
  /** Absolute path of the checkout. */
  repoRoot: string;
  /** Kubernetes minor version from gitopshq.yaml render.kubernetesVersion, e.g. `1.33`. */
  kubernetesVersion: string;
  /** Extra API versions the target's cluster serves (Helm's --api-versions): the environment's, else render's. */
  apiVersions?: string[];
  session: RenderSession;
}

/** A finding before it is attached to the target(s) that share the render. */
export type EngineFinding = Omit<RenderFinding, 'target'>;

export type EngineOutput = { chunks: RawChunk[]; findings: EngineFinding[] };

export interface PreparedRender {
  key: string;
  run(): Promise<EngineOutput>;
}

export interface RenderEngine {
  readonly type: EngineType;
  prepare(input: EngineInput): PreparedRender;
}

/** A prepared render that fails at once (bad path in workload.yaml and the like); keyed so it is reported once. */
export function failed(key: string, finding: EngineFinding): PreparedRender {
  return { key: `failed:${key}`, run: async () => ({ chunks: [], findings: [finding] }) };
}

/**
 * Resolves a folder named in workload.yaml (relative to the workload folder) and refuses one outside the
 * checkout, by `..` or through a symbolic link: a pull request must not make the renderer read arbitrary files of
 * the runner. Returns the real path of an existing folder, the lexical one of a missing folder.
 */
export function resolveInRepo(input: EngineInput, rel: string): string | undefined {
  const r = repoPaths(input.repoRoot).resolve(rel, input.workloadDir);
  if (r.kind === 'outside') return undefined;
  return r.kind === 'missing' ? resolve(input.workloadDir, rel) : r.abs;
}

/**
 * The files of a chart or templates folder and their content hash, or the finding that refuses the folder
 * because something in it leaves the repository. Checked before any engine runs, since Helm and nunjucks follow
 * symbolic links wherever they point. Throws when the folder cannot be read (missing).
 */
export function folderFiles(
  input: EngineInput,
  dir: string,
  rule: FindingRule,
): { hash: string; files: TreeEntry[] } | { refused: EngineFinding } {
  const tree = input.session.tree(input.repoRoot, dir);
  const first = tree.refused[0];
  if (first) {
    const more = tree.refused.length > 1 ? ` (and ${tree.refused.length - 1} more)` : '';
    return {
      refused: { severity: 'error', rule, file: first.rel, message: `${outsideMessage(first)}${more}` },
    };
  }
  return { hash: tree.hash, files: tree.files };
}

export function repoRelative(input: { repoRoot: string }, abs: string): string {
  return relative(input.repoRoot, abs).split('\\').join('/');
}
