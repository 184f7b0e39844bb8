// Where each kind of content lives in the user's GitOps repository (docs/architecture.md#state-repo-layout). Callers
// pass names that already passed src/domain/names.ts, so these joins cannot escape the repository.

export const CONFIG_FILE = 'gitopshq.yaml';
export const DEFAULT_STATE_BRANCH = 'gitopshq/state';
export const WORKLOADS_DIR = 'workloads';
/** The Argo CD and Flux objects `gitopshq init` writes (cluster-objects.ts): synced or applied from main. */
export const CLUSTERS_DIR = 'clusters';

export const workloadDir = (workload: string) => `${WORKLOADS_DIR}/${workload}`;
export const workloadFile = (workload: string) => `${workloadDir(workload)}/workload.yaml`;
export const baseValuesFile = (workload: string) => `${workloadDir(workload)}/values.yaml`;
export const envValuesFile = (workload: string, env: string) => `${workloadDir(workload)}/values/${env}.yaml`;
export const tenantValuesFile = (workload: string, env: string, tenant: string) =>
  `${workloadDir(workload)}/values/${env}/${tenant}.yaml`;

/** The values file a change set for (environment, tenant?) is applied to. */
export const valuesLayerFile = (workload: string, env: string, tenant?: string) =>
  tenant ? tenantValuesFile(workload, env, tenant) : envValuesFile(workload, env);

/** The values layers that feed the target (workload, env, tenant?), most specific first: tenant, environment, base. */
export const valuesLayerFiles = (workload: string, env: string, tenant?: string): string[] => [
  ...(tenant ? [tenantValuesFile(workload, env, tenant)] : []),
  envValuesFile(workload, env),
  baseValuesFile(workload),
];

export const RELEASES_DIR = 'releases';
export const PROMOTIONS_DIR = 'promotions';
export const releaseFile = (id: string) => `${RELEASES_DIR}/${id}.yaml`;
export const promotionFile = (id: string) => `${PROMOTIONS_DIR}/${id}.yaml`;

export const defaultDeployBranch = (env: string) => `gitopshq/deploy/${env}`;
/** `_` stands for "no tenant" so that tenant-less workloads still get a two-level path. */
export const NO_TENANT = '_';
export const manifestFile = (tenant: string | undefined, workload: string) =>
  `${tenant ?? NO_TENANT}/${workload}/manifests.yaml`;
