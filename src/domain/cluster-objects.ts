// The objects `gitopshq init` writes under clusters/ so a team wires the Argo CD or Flux it already runs to the deploy
// branches by applying one folder: per environment an Argo CD ApplicationSet (a git generator over the deploy
// branch's `<tenant>/<workload>` folders, crossed with the tenants' destinations), and a Flux GitRepository plus one
// Kustomization per target. Names come from cluster-wiring.ts, so the cluster simulator and verify-health find them.
// A tenant is a deployment target: its `destinations` in gitopshq.yaml say where it runs in each environment.
import { stringify } from 'yaml';
import {
  ARGOCD_NAMESPACE,
  argoApplicationName,
  argoApplicationSetName,
  deployFolder,
  FLUX_NAMESPACE,
  fluxKubeconfigSecretName,
  fluxKustomizationName,
  fluxSourceName,
  IN_CLUSTER_SERVER,
} from './cluster-wiring.js';
import { NO_TENANT } from './layout.js';
import type { GitopshqConfig, TenantDestination } from './model.js';

export interface WiredWorkload {
  name: string;
  tenants: readonly string[];
  environments: readonly string[];
}

export interface ClusterFile {
  /** Repository-relative path under clusters/. */
  path: string;
  objects: Record<string, unknown>[];
  text: string;
}

type Obj = Record<string, unknown>;

/** The destination of `tenant` (undefined: a workload without tenants) in `environment`. */
export function destinationOf(
  config: Pick<GitopshqConfig, 'tenants'>,
  environment: string,
  tenant: string | undefined,
): TenantDestination {
  const t = tenant === undefined ? undefined : config.tenants.find((x) => x.name === tenant);
  return t?.destinations?.[environment] ?? { cluster: IN_CLUSTER_SERVER };
}

const isServer = (cluster: string) => cluster.startsWith('https://');

/** Every file under clusters/ for `config` and its workloads; `repoUrl` is the GitOps repository's clone URL. */
export function clusterFiles(
  config: Pick<GitopshqConfig, 'environments' | 'tenants'>,
  workloads: readonly WiredWorkload[],
  repoUrl: string,
): ClusterFile[] {
  const files: ClusterFile[] = [];
  for (const env of config.environments) {
    const targets = workloads
      .filter((w) => w.environments.includes(env.name))
      .flatMap((w) =>
        (w.tenants.length === 0 ? [undefined] : w.tenants).map((tenant) => ({ workload: w.name, tenant })),
      );
    if (targets.length === 0) continue;
    const branch = env.deploy.branch;
    files.push(
      file(
        `clusters/argocd/${env.name}.yaml`,
        `Argo CD: the Applications of ${env.name}, one per <tenant>/<workload> folder of ${branch}. Apply to the cluster Argo CD runs in.`,
        [applicationSet(config, env.name, branch, targets, repoUrl)],
      ),
    );
    files.push(
      file(
        `clusters/flux/${env.name}.yaml`,
        `Flux: ${branch} as a GitRepository and one Kustomization per <tenant>/<workload> folder. Apply to the cluster Flux runs in.`,
        [
          gitRepository(env.name, branch, repoUrl),
          ...targets.map((t) => kustomization(config, env.name, t.tenant, t.workload)),
        ],
      ),
    );
  }
  return files;
}

function file(path: string, what: string, objects: Obj[]): ClusterFile {
  const header = [
    `# ${what}`,
    '# Written by gitopshq init from gitopshq.yaml (tenants[].destinations); regenerate after adding tenants or workloads.',
  ].join('\n');
  const docs = objects.map((o) => stringify(o, { lineWidth: 0 }).trimEnd());
  return { path, objects, text: `${header}\n${docs.map((d) => `---\n${d}`).join('\n')}\n` };
}

function applicationSet(
  config: Pick<GitopshqConfig, 'tenants'>,
  environment: string,
  branch: string,
  targets: readonly { workload: string; tenant: string | undefined }[],
  repoUrl: string,
): Obj {
  const tenants = [...new Set(targets.map((t) => t.tenant))];
  // One element per tenant: where its Applications go. `name` or `server` is empty, as Argo CD wants one of them.
  const elements = tenants.map((tenant) => {
    const d = destinationOf(config, environment, tenant);
    return {
      tenant: tenant ?? NO_TENANT,
      // The Application name without its workload: argoApplicationName(env, tenant, '') is the same prefix.
      prefix: argoApplicationName(environment, tenant, ''),
      server: isServer(d.cluster) ? d.cluster : '',
      name: isServer(d.cluster) ? '' : d.cluster,
      namespace: d.namespace ?? '',
    };
  });
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: argoApplicationSetName(environment), namespace: ARGOCD_NAMESPACE },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          matrix: {
            generators: [
              { list: { elements } },
              { git: { repoURL: repoUrl, revision: branch, directories: [{ path: '{{.tenant}}/*' }] } },
            ],
          },
        },
      ],
      template: {
        metadata: {
          // argoApplicationName(env, tenant, workload): `<env>-<tenant>-<workload>`.
          name: '{{.prefix}}-{{.path.basename}}',
          labels: { 'gitopshq.io/environment': environment },
        },
        spec: {
          project: 'default',
          source: { repoURL: repoUrl, targetRevision: branch, path: '{{.path.path}}' },
          destination: { server: '{{.server}}', name: '{{.name}}', namespace: '{{.namespace}}' },
          syncPolicy: { automated: { prune: true, selfHeal: true } },
        },
      },
    },
  };
}

function gitRepository(environment: string, branch: string, repoUrl: string): Obj {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name: fluxSourceName(environment), namespace: FLUX_NAMESPACE },
    spec: {
      interval: '1m',
      url: repoUrl,
      ref: { branch },
      // A private repository: a Secret with a token (username/password) or an SSH key, in flux-system.
      secretRef: { name: 'gitopshq-git' },
    },
  };
}

function kustomization(
  config: Pick<GitopshqConfig, 'tenants'>,
  environment: string,
  tenant: string | undefined,
  workload: string,
): Obj {
  const d = destinationOf(config, environment, tenant);
  const remote = d.cluster !== IN_CLUSTER_SERVER;
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: fluxKustomizationName(environment, tenant, workload), namespace: FLUX_NAMESPACE },
    spec: {
      interval: '5m',
      path: `./${deployFolder(tenant, workload)}`,
      prune: true,
      wait: true,
      timeout: '5m',
      sourceRef: { kind: 'GitRepository', name: fluxSourceName(environment) },
      ...(d.namespace ? { targetNamespace: d.namespace } : {}),
      ...(remote
        ? { kubeConfig: { secretRef: { name: fluxKubeconfigSecretName(environment, tenant) } } }
        : {}),
    },
  };
}
