// Which targets a workload has, and the layered values of one. Pure.
import type { GitopshqConfig, WorkloadConfig } from '../domain/model.js';
import type { LoadedWorkload, RepoSnapshot, ValuesText } from '../domain/repo-snapshot.js';
import { layerValues, type Values } from '../domain/values.js';
import { type RenderTarget, targetId } from './types.js';

/** Every (environment, tenant?) of a workload, environments in promotion order, tenants as bound. */
export function workloadTargets(config: GitopshqConfig, workload: WorkloadConfig): RenderTarget[] {
  const order = config.environments.map((e) => e.name);
  const envs =
    workload.environments.length > 0
      ? [...workload.environments].sort((a, b) => rank(order, a) - rank(order, b))
      : order;
  const out: RenderTarget[] = [];
  for (const environment of envs) {
    if (workload.tenants.length === 0) out.push({ workload: workload.name, environment });
    else for (const tenant of workload.tenants) out.push({ workload: workload.name, environment, tenant });
  }
  return out;
}

function rank(order: string[], env: string): number {
  const i = order.indexOf(env);
  return i < 0 ? order.length : i;
}

export function allTargets(snapshot: RepoSnapshot): RenderTarget[] {
  const out: RenderTarget[] = [];
  for (const name of [...snapshot.workloads.keys()].sort()) {
    const w = snapshot.workloads.get(name);
    if (w) out.push(...workloadTargets(snapshot.config, w.config));
  }
  return out;
}

/** base -> values/<env>.yaml -> values/<env>/<tenant>.yaml. */
export function layeredValues(w: LoadedWorkload, target: RenderTarget): Values {
  const env = w.values.environments[target.environment];
  const tenant = target.tenant ? w.values.tenants[target.environment]?.[target.tenant] : undefined;
  return layerValues(w.values.base, env, tenant);
}

/**
 * The same layers as files, in Helm's `-f` order, with the user's own bytes. A layer known only as data (a
 * snapshot built in memory) is written as JSON: valid YAML that no YAML version reads differently.
 */
export function valueLayerTexts(w: LoadedWorkload, target: RenderTarget): ValuesText[] {
  const texts = w.values.texts;
  const env = target.environment;
  const layers: { data: unknown; text: ValuesText | undefined; file: string }[] = [
    { data: w.values.base, text: texts?.base, file: 'values.yaml' },
    { data: w.values.environments[env], text: texts?.environments[env], file: `values/${env}.yaml` },
  ];
  if (target.tenant) {
    layers.push({
      data: w.values.tenants[env]?.[target.tenant],
      text: texts?.tenants[env]?.[target.tenant],
      file: `values/${env}/${target.tenant}.yaml`,
    });
  }
  const out: ValuesText[] = [];
  for (const l of layers) {
    if (l.text) out.push(l.text);
    else if (l.data !== undefined) out.push({ file: l.file, text: `${JSON.stringify(l.data)}\n` });
  }
  return out;
}

/** Targets sorted and without repeats (by targetId). */
export function uniqueTargets(targets: Iterable<RenderTarget>): RenderTarget[] {
  const byId = new Map<string, RenderTarget>();
  for (const t of targets) if (!byId.has(targetId(t))) byId.set(targetId(t), t);
  return [...byId.values()];
}
