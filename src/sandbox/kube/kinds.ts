// The kinds the cluster simulator serves, and the discovery documents client-node reads to find them
// (KubernetesObjectApi asks `/api/v1` or `/apis/<group>/<version>` for a kind's plural and scope).

export interface KindInfo {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  /** A custom resource: no built-in schema; checked for what a CRD's structural schema would refuse. */
  custom?: boolean;
}

const k = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced = true,
  custom = false,
) => ({
  group,
  version,
  kind,
  plural,
  namespaced,
  ...(custom ? { custom } : {}),
});

export const KINDS: readonly KindInfo[] = [
  k('', 'v1', 'Namespace', 'namespaces', false),
  k('', 'v1', 'Pod', 'pods'),
  k('', 'v1', 'Service', 'services'),
  k('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims'),
  k('', 'v1', 'ConfigMap', 'configmaps'),
  k('', 'v1', 'Secret', 'secrets'),
  k('', 'v1', 'ServiceAccount', 'serviceaccounts'),
  k('apps', 'v1', 'Deployment', 'deployments'),
  k('apps', 'v1', 'ReplicaSet', 'replicasets'),
  k('apps', 'v1', 'StatefulSet', 'statefulsets'),
  k('apps', 'v1', 'DaemonSet', 'daemonsets'),
  k('batch', 'v1', 'Job', 'jobs'),
  k('networking.k8s.io', 'v1', 'Ingress', 'ingresses'),
  k('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'),
  k('argoproj.io', 'v1alpha1', 'Application', 'applications', true, true),
  k('kustomize.toolkit.fluxcd.io', 'v1', 'Kustomization', 'kustomizations', true, true),
  k('helm.toolkit.fluxcd.io', 'v2', 'HelmRelease', 'helmreleases', true, true),
  k('source.toolkit.fluxcd.io', 'v1', 'GitRepository', 'gitrepositories', true, true),
];

export const apiVersionOf = (i: Pick<KindInfo, 'group' | 'version'>) =>
  i.group ? `${i.group}/${i.version}` : i.version;

export function kindInfo(apiVersion: string, kind: string): KindInfo | undefined {
  return KINDS.find((i) => apiVersionOf(i) === apiVersion && i.kind === kind);
}

export function byPlural(group: string, version: string, plural: string): KindInfo | undefined {
  return KINDS.find((i) => i.group === group && i.version === version && i.plural === plural);
}

/** `GET /api`. */
export function coreVersions(serverAddress: string): unknown {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

/** `GET /apis`. */
export function groupList(): unknown {
  const groups = [...new Set(KINDS.filter((i) => i.group).map((i) => i.group))];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map((name) => {
      const versions = [...new Set(KINDS.filter((i) => i.group === name).map((i) => i.version))].map(
        (version) => ({ groupVersion: `${name}/${version}`, version }),
      );
      return { name, versions, preferredVersion: versions[0] };
    }),
  };
}

/** `GET /api/v1` or `/apis/<group>/<version>`; undefined when that group/version is not served. */
export function resourceList(group: string, version: string): unknown {
  const kinds = KINDS.filter((i) => i.group === group && i.version === version);
  if (kinds.length === 0) return undefined;
  const verbs = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf({ group, version }),
    resources: kinds.flatMap((i) => [
      { name: i.plural, singularName: i.kind.toLowerCase(), namespaced: i.namespaced, kind: i.kind, verbs },
      {
        name: `${i.plural}/status`,
        singularName: '',
        namespaced: i.namespaced,
        kind: i.kind,
        verbs: ['get', 'patch', 'update'],
      },
    ]),
  };
}
