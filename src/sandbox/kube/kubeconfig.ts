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
