// Which targets a workload has, the one target a command line or a request names, and the layered values of one.
// Pure.
import { UserError } from '../domain/errors.js';
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

/** A target as a person names it: on the command line, in an action's inputs or a release's change set. */
export interface TargetRequest {
  workload: string;
  environment: string;
  tenant?: string | undefined;
}

export interface ResolvedTarget {
  workload: LoadedWorkload;
  target: RenderTarget;
}

/**
 * The one resolver from names to a target: the workload exists, the environment is in gitopshq.yaml and the
 * workload runs there, the tenant is known and bound. `tenant: 'render'` names a render target (a workload with
 * tenants needs one, a workload without must not get one); `tenant: 'layer'` names a values layer (no tenant is the
 * environment's layer). Every error is a usage error (exit 2) that lists what exists.
 */
export function resolveTarget(
  snap: RepoSnapshot,
  req: TargetRequest,
  opts: { tenant: 'render' | 'layer' },
): ResolvedTarget {
  const w = resolveWorkload(snap, req.workload);
  resolveEnvironment(snap, req.environment);
  const name = req.workload;
  const envs = workloadEnvironments(snap.config, w.config);
  if (!envs.includes(req.environment)) {
    throw usage(`workload '${name}' does not run in '${req.environment}' (its environments: ${list(envs)})`);
  }
  const tenants = w.config.tenants;
  const { tenant } = req;
  if (tenant !== undefined) {
    const known = snap.config.tenants.map((t) => t.name);
    if (!known.includes(tenant)) {
      throw usage(`unknown tenant '${tenant}' (gitopshq.yaml has: ${list(known)})`);
    }
    if (tenants.length === 0) {
      throw usage(`workload '${name}' has no tenants: drop --tenant`);
    }
    if (!tenants.includes(tenant)) {
      throw usage(`workload '${name}' is not bound to tenant '${tenant}' (its tenants: ${list(tenants)})`);
    }
  } else if (opts.tenant === 'render' && tenants.length > 0) {
    throw usage(`workload '${name}' is bound to tenants: ${tenants.join(', ')} (pass --tenant T)`);
  }
  const target: RenderTarget =
    tenant !== undefined
      ? { workload: name, environment: req.environment, tenant }
      : { workload: name, environment: req.environment };
  return { workload: w, target };
}

export function resolveWorkload(snap: RepoSnapshot, name: string): LoadedWorkload {
  const w = snap.workloads.get(name);
  if (!w) throw usage(`unknown workload '${name}' (workloads: ${list([...snap.workloads.keys()].sort())})`);
  return w;
}

export function resolveEnvironment(snap: RepoSnapshot, env: string): void {
  const known = snap.config.environments.map((e) => e.name);
  if (!known.includes(env)) throw usage(`unknown environment '${env}' (gitopshq.yaml has: ${list(known)})`);
}

function workloadEnvironments(config: GitopshqConfig, workload: WorkloadConfig): string[] {
  return [...new Set(workloadTargets(config, workload).map((t) => t.environment))];
}

function usage(message: string): UserError {
  return new UserError(message, [], 'usage');
}

function list(names: readonly string[]): string {
  return names.join(', ') || 'none';
}
