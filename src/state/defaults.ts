// Files as people write them (optional keys left out) and the defaults that turn them into the types of
// src/domain/model.ts. The schemas declare the same defaults; test/unit/state/defaults.test.ts keeps the two equal.

import { IN_CLUSTER_SERVER } from '../domain/cluster-wiring.js';
import { DEFAULT_STATE_BRANCH, defaultDeployBranch } from '../domain/layout.js';
import { type MetricTargetsFile, targetsFromFile } from '../domain/metrics/targets.js';
import type {
  ApprovalPolicy,
  BreakGlassRule,
  DeploySettings,
  EnvironmentConfig,
  FreezeWindow,
  GitopshqConfig,
  HelmSource,
  RenderPolicies,
  TenantConfig,
  TenantDestination,
  WorkloadConfig,
  WorkloadSource,
} from '../domain/model.js';

export interface EnvironmentFile {
  name: string;
  approvals?: Partial<ApprovalPolicy>;
  deploy?: Partial<DeploySettings>;
  render?: { apiVersions?: string[] };
}

export interface TenantFile {
  name: string;
  wave?: number;
  canary?: boolean;
  destinations?: Record<string, TenantDestination>;
}

export type FreezeFile = Omit<FreezeWindow, 'environments' | 'breakGlass'> & {
  environments?: string[];
  breakGlass?: Partial<BreakGlassRule>;
};

/** gitopshq.yaml after it passed its schema, before defaults. */
export interface ConfigFile {
  apiVersion: 'gitopshq.io/v1';
  kind: 'Config';
  environments: EnvironmentFile[];
  tenants?: TenantFile[];
  freezes?: FreezeFile[];
  render?: { kubernetesVersion?: string; policies?: Partial<RenderPolicies>; apiVersions?: string[] };
  stateBranch?: string;
  metrics?: { targets?: MetricTargetsFile };
}

export type SourceFile =
  | { type: 'template'; path?: string }
  | (Omit<HelmSource, 'versions'> & { versions?: Record<string, string> })
  | { type: 'kustomize'; overlay?: string; overlays?: Record<string, string> };

/** workload.yaml after it passed its schema, before defaults. */
export type WorkloadFile = Omit<WorkloadConfig, 'source' | 'tenants' | 'environments'> & {
  source: SourceFile;
  tenants?: string[];
  environments?: string[];
};

export const APPROVAL_DEFAULTS: ApprovalPolicy = {
  required: 0,
  teams: [],
  codeowners: false,
  allowSelfApproval: false,
  dismissStaleApprovals: true,
};
export const RENDER_POLICY_DEFAULTS: RenderPolicies = {
  forbidLatestTag: true,
  requireResourceLimits: true,
  forbidPrivileged: true,
};
export const KUBERNETES_VERSION_DEFAULT = '1.33';
/** Where a tenant's targets run when gitopshq.yaml names no destination: the cluster Argo CD or Flux runs in. */
export const DEFAULT_DESTINATION: TenantDestination = { cluster: IN_CLUSTER_SERVER };
export const BREAK_GLASS_DEFAULTS: BreakGlassRule = { allowed: false, label: 'break-glass', teams: [] };
export const TEMPLATE_PATH_DEFAULT = 'templates';
export const KUSTOMIZE_OVERLAY_DEFAULT = 'overlays/{env}';

export function withConfigDefaults(file: ConfigFile): GitopshqConfig {
  return {
    apiVersion: file.apiVersion,
    kind: file.kind,
    environments: file.environments.map(
      (e): EnvironmentConfig => ({
        name: e.name,
        approvals: {
          ...APPROVAL_DEFAULTS,
          ...e.approvals,
          teams: [...(e.approvals?.teams ?? APPROVAL_DEFAULTS.teams)],
        },
        deploy: {
          branch: e.deploy?.branch ?? defaultDeployBranch(e.name),
          autoMerge: e.deploy?.autoMerge ?? false,
        },
        ...(e.render?.apiVersions ? { render: { apiVersions: [...e.render.apiVersions] } } : {}),
      }),
    ),
    tenants: (file.tenants ?? []).map(
      (t): TenantConfig => ({
        name: t.name,
        wave: t.wave ?? 0,
        canary: t.canary ?? false,
        ...(t.destinations
          ? {
              destinations: Object.fromEntries(
                Object.entries(t.destinations).map(([env, d]) => [env, { ...d }]),
              ),
            }
          : {}),
      }),
    ),
    freezes: (file.freezes ?? []).map(
      (f): FreezeWindow => ({
        ...f,
        environments: [...(f.environments ?? [])],
        breakGlass: {
          ...BREAK_GLASS_DEFAULTS,
          ...f.breakGlass,
          teams: [...(f.breakGlass?.teams ?? BREAK_GLASS_DEFAULTS.teams)],
        },
      }),
    ),
    render: {
      kubernetesVersion: file.render?.kubernetesVersion ?? KUBERNETES_VERSION_DEFAULT,
      policies: { ...RENDER_POLICY_DEFAULTS, ...file.render?.policies },
      ...(file.render?.apiVersions ? { apiVersions: [...file.render.apiVersions] } : {}),
    },
    stateBranch: file.stateBranch ?? DEFAULT_STATE_BRANCH,
    // Absent unless written: the metrics apply their own defaults (src/domain/metrics/targets.ts).
    ...(file.metrics ? { metrics: { targets: targetsFromFile(file.metrics.targets ?? {}) } } : {}),
  };
}

/** `environments` defaults to every environment of gitopshq.yaml, in promotion order. */
export function withWorkloadDefaults(file: WorkloadFile, allEnvironments: readonly string[]): WorkloadConfig {
  return {
    apiVersion: file.apiVersion,
    kind: file.kind,
    name: file.name,
    namespace: file.namespace,
    source: withSourceDefaults(file.source),
    tenants: [...(file.tenants ?? [])],
    environments: [...(file.environments ?? allEnvironments)],
    ...(file.render ? { render: { ...file.render } } : {}),
  };
}

function withSourceDefaults(source: SourceFile): WorkloadSource {
  switch (source.type) {
    case 'template':
      return { type: 'template', path: source.path ?? TEMPLATE_PATH_DEFAULT };
    case 'kustomize':
      return {
        type: 'kustomize',
        overlay: source.overlay ?? KUSTOMIZE_OVERLAY_DEFAULT,
        overlays: { ...source.overlays },
      };
    case 'helm':
      return { ...source, versions: { ...source.versions } };
  }
}
