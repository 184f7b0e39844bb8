// Rules a JSON Schema cannot express: uniqueness of names, references between files, time zones, date order,
// folders that must exist. Each finding is positioned at the key or value to edit.
import { isAbsolute, sep } from 'node:path';
import type { Finding } from '../domain/errors.js';
import { parseFreeze } from '../domain/freeze-schedule.js';
import { overlayFolder } from '../domain/kustomize-edit.js';
import type { GitopshqConfig, WorkloadConfig } from '../domain/model.js';
import { checkName } from '../domain/names.js';
import { outsideMessage } from '../domain/repo-paths.js';
import type { WorkloadFile } from './defaults.js';
import { repoPaths } from './repo-paths.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

function at(src: YamlSource, path: PathSegment[], message: string, key = false): Finding {
  return { file: src.file, ...src.locate(path, { key }), message };
}

const list = (names: readonly string[]) => (names.length ? names.join(', ') : 'none');

export function checkConfig(config: GitopshqConfig, src: YamlSource): Finding[] {
  const findings: Finding[] = [];
  const envNames = config.environments.map((e) => e.name);
  duplicates(envNames, (i, first) =>
    findings.push(
      at(
        src,
        ['environments', i, 'name'],
        `duplicate environment '${envNames[i]}' (also environments[${first}])`,
      ),
    ),
  );
  const tenantNames = config.tenants.map((t) => t.name);
  duplicates(tenantNames, (i, first) =>
    findings.push(
      at(src, ['tenants', i, 'name'], `duplicate tenant '${tenantNames[i]}' (also tenants[${first}])`),
    ),
  );
  // Two environments delivering to one branch would overwrite each other's manifests.
  const branches = config.environments.map((e) => e.deploy.branch);
  duplicates(branches, (i, first) => {
    // Two environments of one name share the default branch too: the duplicate name is the finding to fix.
    if (envNames[i] === envNames[first]) return;
    findings.push(
      at(
        src,
        ['environments', i, 'deploy', 'branch'],
        `environments[${i}].deploy.branch '${branches[i]}' is also the deploy branch of '${envNames[first]}'`,
      ),
    );
  });
  config.environments.forEach((e, i) => {
    if (e.deploy.branch === config.stateBranch) {
      findings.push(
        at(
          src,
          ['environments', i, 'deploy', 'branch'],
          `environments[${i}].deploy.branch '${e.deploy.branch}' is the state branch; give it a branch of its own`,
        ),
      );
    }
  });
  config.tenants.forEach((t, i) => {
    for (const env of Object.keys(t.destinations ?? {})) {
      if (envNames.includes(env)) continue;
      findings.push(
        at(
          src,
          ['tenants', i, 'destinations', env],
          `tenants[${i}].destinations: unknown environment '${env}' (environments: ${list([...new Set(envNames)])})`,
        ),
      );
    }
  });
  const freezeNames = config.freezes.map((f) => f.name);
  duplicates(freezeNames, (i, first) =>
    findings.push(
      at(src, ['freezes', i, 'name'], `duplicate freeze '${freezeNames[i]}' (also freezes[${first}])`),
    ),
  );
  config.freezes.forEach((f, i) => {
    f.environments.forEach((env, j) => {
      if (!envNames.includes(env)) {
        findings.push(
          at(
            src,
            ['freezes', i, 'environments', j],
            `freezes[${i}].environments[${j}]: unknown environment '${env}' (environments: ${list([...new Set(envNames)])})`,
          ),
        );
      }
    });
    for (const p of parseFreeze(f, `freezes[${i}]`).problems) {
      findings.push(at(src, ['freezes', i, ...p.path], p.message));
    }
  });
  return findings;
}

function duplicates(values: readonly string[], report: (index: number, firstIndex: number) => void): void {
  const firstAt = new Map<string, number>();
  values.forEach((v, i) => {
    const first = firstAt.get(v);
    if (first === undefined) firstAt.set(v, i);
    else report(i, first);
  });
}

export interface WorkloadContext {
  root: string;
  /** Absolute path of workloads/<folder>. */
  dir: string;
  folder: string;
  file: WorkloadFile;
  config: WorkloadConfig;
  src: YamlSource;
  /** Names from gitopshq.yaml (as far as it could be read). */
  environments: readonly string[];
  tenants: readonly string[];
}

export async function checkWorkload(ctx: WorkloadContext): Promise<Finding[]> {
  const { config, file, src } = ctx;
  const findings: Finding[] = [];
  const push = (path: PathSegment[], message: string, key = false) =>
    findings.push(at(src, path, message, key));
  if (config.name !== ctx.folder) {
    push(
      ['name'],
      `name '${config.name}' does not match its folder workloads/${ctx.folder}; rename one of them`,
    );
  }
  for (const [field, kind, known] of [
    ['tenants', 'tenant', ctx.tenants],
    ['environments', 'environment', ctx.environments],
  ] as const) {
    (file[field] ?? []).forEach((name, i) => {
      if (!known.includes(name)) {
        push([field, i], `${field}[${i}]: unknown ${kind} '${name}' (gitopshq.yaml has: ${list(known)})`);
      }
    });
  }
  const source = config.source;
  if (source.type === 'template') {
    await requireFolder(
      ctx,
      source.path,
      ['source', file.source.type === 'template' && file.source.path ? 'path' : 'type'],
      push,
      'template folder',
    );
  } else if (source.type === 'kustomize') {
    const pathAt: PathSegment[] = [
      'source',
      'overlay' in file.source && file.source.overlay ? 'overlay' : 'type',
    ];
    const mapped = source.overlays ?? {};
    for (const env of config.environments) {
      const at: PathSegment[] = mapped[env] !== undefined ? ['source', 'overlays', env] : pathAt;
      await requireFolder(ctx, overlayFolder(source, env), at, push, `overlay for ${env}`);
    }
    checkPerEnvironmentKeys(
      ctx,
      config,
      Object.keys(mapped),
      'source.overlays',
      ['source', 'overlays'],
      push,
    );
  } else {
    const remote = source.chart.startsWith('oci://') || source.repository !== undefined;
    if (remote) {
      const missing = config.environments.filter((e) => source.versions[e] === undefined);
      if (source.version === undefined && missing.length > 0) {
        push(
          ['source'],
          `source.version is required for a chart from a repository or an oci:// registry (no version for ${list(missing)})`,
        );
      }
    } else {
      await requireFolder(ctx, source.chart, ['source', 'chart'], push, 'chart folder', 'Chart.yaml');
    }
    for (const env of Object.keys(source.versions)) {
      if (!ctx.environments.includes(env)) {
        push(
          ['source', 'versions', env],
          `source.versions: unknown environment '${env}' (gitopshq.yaml has: ${list(ctx.environments)})`,
          true,
        );
      } else if (!config.environments.includes(env)) {
        push(
          ['source', 'versions', env],
          `source.versions: the workload does not run in '${env}' (its environments: ${list(config.environments)})`,
          true,
        );
      }
    }
  }
  return findings;
}

/** Keys of a per-environment map in workload.yaml name an environment the workload runs in; errors point at the key. */
function checkPerEnvironmentKeys(
  ctx: WorkloadContext,
  config: WorkloadConfig,
  keys: readonly string[],
  field: string,
  at: PathSegment[],
  push: (path: PathSegment[], message: string, key?: boolean) => void,
): void {
  for (const env of keys) {
    if (!ctx.environments.includes(env)) {
      push(
        [...at, env],
        `${field}: unknown environment '${env}' (gitopshq.yaml has: ${list(ctx.environments)})`,
        true,
      );
    } else if (!config.environments.includes(env)) {
      push(
        [...at, env],
        `${field}: the workload does not run in '${env}' (its environments: ${list(config.environments)})`,
        true,
      );
    }
  }
}

async function requireFolder(
  ctx: WorkloadContext,
  relPath: string,
  pathAt: PathSegment[],
  push: (path: PathSegment[], message: string) => void,
  what: string,
  marker?: string,
): Promise<void> {
  const paths = repoPaths(ctx.root);
  const r = isAbsolute(relPath) ? undefined : paths.resolve(relPath, ctx.dir);
  if (r === undefined || (r.kind === 'outside' && r.via === relPath.split(sep).join('/'))) {
    push(pathAt, `${what} '${relPath}' is outside the repository; use a folder inside it`);
    return;
  }
  if (r.kind === 'outside') {
    push(pathAt, `${what} '${relPath}': ${outsideMessage({ rel: r.via, reason: r.reason }, 'folder')}`);
    return;
  }
  if (r.kind !== 'dir') {
    push(pathAt, `${what} ${r.rel}/ does not exist`);
    return;
  }
  if (marker) {
    const m = paths.resolve(marker, r.abs);
    if (m.kind === 'outside')
      push(pathAt, `${what} ${r.rel}/: ${outsideMessage({ rel: m.via, reason: m.reason })}`);
    else if (m.kind === 'missing') push(pathAt, `${what} ${r.rel}/ has no ${marker}`);
  }
}

/**
 * Why values/<env>.yaml or values/<env>/<tenant>.yaml (`tenant` given) would never be used, or undefined when it
 * is a layer of one of the workload's targets. `workload` is undefined when workload.yaml itself is invalid.
 */
export function unusedValuesLayer(
  env: string,
  tenant: string | undefined,
  known: { environments: readonly string[]; tenants: readonly string[] },
  workload: WorkloadConfig | undefined,
): string | undefined {
  const envProblem = checkName('environment', env);
  if (envProblem !== undefined) return envProblem;
  if (!known.environments.includes(env)) {
    return `unknown environment '${env}' (gitopshq.yaml has: ${list(known.environments)}); rename or delete this file`;
  }
  if (workload && !workload.environments.includes(env)) {
    return `workload '${workload.name}' does not run in '${env}' (its environments: ${list(workload.environments)}); add it there or delete this file`;
  }
  if (tenant === undefined) return undefined;
  const tenantProblem = checkName('tenant', tenant);
  if (tenantProblem !== undefined) return tenantProblem;
  if (!known.tenants.includes(tenant)) {
    return `unknown tenant '${tenant}' (gitopshq.yaml has: ${list(known.tenants)}); rename or delete this file`;
  }
  if (workload && !workload.tenants.includes(tenant)) {
    return `workload '${workload.name}' is not bound to tenant '${tenant}' (its tenants: ${list(workload.tenants)}); add it to workload.yaml or delete this file`;
  }
  return undefined;
}
