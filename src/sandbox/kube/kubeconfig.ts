// The kubeconfig `gitopshq sandbox up` writes and tests hand to the client-node adapter.

/** A kubeconfig for the simulator (token auth, plain HTTP on 127.0.0.1). */
export function kubeconfigFor(url: string, token: string, context = 'gitopshq-sandbox'): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${context}`,
    '  cluster:',
    `    server: ${url}`,
    // client-node refuses plain http:// unless TLS checks are off; the simulator listens on 127.0.0.1 only.
    '    insecure-skip-tls-verify: true',
    'users:',
    `- name: ${context}`,
    '  user:',
    `    token: ${token}`,
    'contexts:',
    `- name: ${context}`,
    '  context:',
    `    cluster: ${context}`,
    `    user: ${context}`,
    '    namespace: default',
    `current-context: ${context}`,
    '',
  ].join('\n');
}

/**
 * A kubeconfig with one context per cluster of a multi-cluster simulator: `main` (current: the cluster Argo CD and
 * Flux run in, where their Applications and Kustomizations are) and one per destination cluster, named as
 * gitopshq.yaml names it (`tenants[].destinations`), at `<url>/clusters/<name>`, as `kubectl config get-contexts`
 * lists the clusters a team's Argo CD deploys to.
 */
export function kubeconfigForClusters(
  url: string,
  token: string,
  clusters: readonly string[],
  main = 'gitopshq-sandbox',
): string {
  const all = [
    { name: main, server: url },
    ...clusters.map((name) => ({ name, server: `${url}/clusters/${encodeURIComponent(name)}` })),
  ];
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    ...all.flatMap((c) => [
      `- name: ${c.name}`,
      '  cluster:',
      `    server: ${c.server}`,
      '    insecure-skip-tls-verify: true',
    ]),
    'users:',
    `- name: ${main}`,
    '  user:',
    `    token: ${token}`,
    'contexts:',
    ...all.flatMap((c) => [
      `- name: ${c.name}`,
      '  context:',
      `    cluster: ${c.name}`,
      `    user: ${main}`,
      '    namespace: default',
    ]),
    `current-context: ${main}`,
    '',
  ].join('\n');
}

/** The same kubeconfig with `context` current: what a workflow hands verify-health for one tenant's cluster. */
export function withCurrentContext(kubeconfig: string, context: string): string {
  return kubeconfig.replace(/^current-context: .*$/m, `current-context: ${context}`);
}
