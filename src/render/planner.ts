// The delivery generator's planner: many targets in, one normalised and validated set per target out.
// Identical inputs (same engine key) render once; distinct renders run in parallel up to the number of cores.
import { availableParallelism } from 'node:os';
import type { RepoSnapshot } from '../domain/repo-snapshot.js';
import type { EngineFinding, EngineType, PreparedRender, RenderEngine } from './engine.js';
import { HelmEngine } from './helm-engine.js';
import { type IsolationOptions, isolatedEngines } from './isolation.js';
import type { KubeSchemaValidator } from './kube-schema.js';
import { KustomizeEngine } from './kustomize-engine.js';
import { assignNamespaces } from './namespaces.js';
import { parseChunks, sha256Hex, sortManifests, stringifyManifests } from './normalize.js';
import { RenderSession, stableJson } from './session.js';
import { layeredValues, valueLayerTexts } from './targets.js';
import { TemplateEngine } from './template-engine.js';
import { findTool } from './tools.js';
import { type Manifest, type RenderedSet, type RenderTarget, targetId } from './types.js';
import { validateManifests } from './validate.js';

export interface PlanItem {
  target: RenderTarget;
  /** The checkout the target is rendered from (base and head of a diff are two snapshots). */
  snapshot: RepoSnapshot;
}

export interface PlannerOptions {
  /** Replace an engine (tests count invocations by wrapping the real one). */
  engines?: Partial<Record<EngineType, RenderEngine>>;
  /** Parallel renders (default: os.availableParallelism()). */
  concurrency?: number;
  /** Kubernetes schema checks of built-in kinds; omitted: not checked. */
  kubeSchema?: KubeSchemaValidator;
  /** Reuse a session (and its caches) across calls; the caller disposes it. */
  session?: RenderSession;
  /**
   * Render untrusted input (a pull request's) in child processes under Node's permission model
   * (docs/architecture.md#untrusted-input); omitted: in this process, for trusted input.
   */
  isolation?: IsolationOptions;
}

export interface PlanStats {
  targets: number;
  /** Engine runs: distinct render keys. */
  renders: number;
}

export function defaultEngines(): Record<EngineType, RenderEngine> {
  return {
    template: new TemplateEngine(),
    helm: new HelmEngine(findTool('helm')?.path ?? 'helm'),
    kustomize: new KustomizeEngine(),
  };
}

interface Normalised {
  manifests: Manifest[];
  findings: EngineFinding[];
}

export async function renderTargets(
  items: PlanItem[],
  opts: PlannerOptions = {},
): Promise<{ sets: RenderedSet[]; stats: PlanStats }> {
  const chosen = { ...defaultEngines(), ...opts.engines };
  const isolated = opts.isolation ? isolatedEngines(chosen, opts.isolation) : undefined;
  const engines = isolated?.engines ?? chosen;
  const session = opts.session ?? new RenderSession();
  try {
    const prepared: { item: PlanItem; render?: PreparedRender; problem?: EngineFinding }[] = items.map(
      (item) => {
        const w = item.snapshot.workloads.get(item.target.workload);
        if (!w) {
          return {
            item,
            problem: {
              severity: 'error',
              rule: 'structure',
              message: `workload '${item.target.workload}' does not exist in this checkout`,
            },
          };
        }
        const render = engines[w.config.source.type].prepare({
          target: item.target,
          values: layeredValues(w, item.target),
          valueFiles: valueLayerTexts(w, item.target),
          workload: w.config,
          workloadDir: w.dir,
          repoRoot: item.snapshot.root,
          kubernetesVersion: item.snapshot.config.render.kubernetesVersion,
          apiVersions: apiVersionsFor(item.snapshot, item.target.environment),
          session,
        });
        return { item, render };
      },
    );

    const distinct = new Map<string, PreparedRender>();
    for (const p of prepared)
      if (p.render && !distinct.has(p.render.key)) distinct.set(p.render.key, p.render);
    const outputs = new Map<string, Normalised>();
    const limit = Math.max(1, opts.concurrency ?? availableParallelism());
    await runPool([...distinct.entries()], limit, async ([key, render]) => {
      const out = await render.run();
      const parsed = parseChunks(out.chunks);
      outputs.set(key, { manifests: parsed.manifests, findings: [...out.findings, ...parsed.findings] });
    });

    // Validation depends on the target's namespace and the checkout's policies, so it is memoised on those too.
    const validated = new Map<
      string,
      Promise<Omit<RenderedSet, 'target' | 'renderKey' | 'findings'> & { findings: EngineFinding[] }>
    >();
    const sets = await Promise.all(
      prepared.map(async ({ item, render, problem }): Promise<RenderedSet> => {
        const id = targetId(item.target);
        if (!render) {
          const findings = problem ? [{ ...problem, target: id }] : [];
          return {
            target: item.target,
            manifests: [],
            yaml: '',
            hash: sha256Hex(''),
            findings,
            renderKey: '',
          };
        }
        const w = item.snapshot.workloads.get(item.target.workload);
        const namespace = w?.config.namespace ?? '';
        const policies = item.snapshot.config.render.policies;
        const vkey = `${render.key}\0${namespace}\0${stableJson(policies)}`;
        let v = validated.get(vkey);
        if (!v) {
          v = (async () => {
            const n = outputs.get(render.key) ?? { manifests: [], findings: [] };
            const placed = assignNamespaces(n.manifests, namespace);
            const sorted = sortManifests(placed.manifests, namespace);
            const checks = await validateManifests(sorted, {
              policies,
              defaultNamespace: namespace,
              ...(opts.kubeSchema ? { kubeSchema: opts.kubeSchema } : {}),
            });
            const findings = [...n.findings, ...placed.findings, ...checks];
            // A render with an engine or YAML error is incomplete: it must never be deployed or diffed as if whole.
            const failedRender = findings.some(
              (f) => f.severity === 'error' && ['template', 'helm', 'kustomize', 'yaml'].includes(f.rule),
            );
            const manifests = failedRender ? [] : sorted;
            const yaml = stringifyManifests(manifests);
            return { manifests, yaml, hash: sha256Hex(yaml), findings };
          })();
          validated.set(vkey, v);
        }
        const r = await v;
        return {
          target: item.target,
          manifests: r.manifests,
          yaml: r.yaml,
          hash: r.hash,
          findings: r.findings.map((f) => ({ ...f, target: id })),
          renderKey: render.key,
        };
      }),
    );
    return { sets, stats: { targets: items.length, renders: distinct.size } };
  } finally {
    await isolated?.dispose();
    if (!opts.session) session.dispose();
  }
}

/** The environment's `render.apiVersions` replaces gitopshq.yaml's `render.apiVersions` (absent: none). */
function apiVersionsFor(snapshot: RepoSnapshot, environment: string): string[] {
  const env = snapshot.config.environments.find((e) => e.name === environment);
  return env?.render?.apiVersions ?? snapshot.config.render.apiVersions ?? [];
}

async function runPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
