// The cluster ports verify-health runs with, made from its inputs: the @kubernetes/client-node adapter for a
// kubeconfig and the Argo CD REST adapter for a server and token. Both are imported here, lazily, and nowhere else,
// so no other bundle carries the client and verify-health loads it only once its inputs have passed (the bundle
// starts as fast as the others: docs/architecture.md#budgets).
import { UserError } from '../domain/errors.js';
import type { ArgoCdApiPort, KubePort } from '../kube/port.js';

export interface ClusterPorts {
  kube?: KubePort;
  argocd?: ArgoCdApiPort;
  close(): Promise<void>;
}

export interface ClusterInputs {
  /** The kubeconfig's content (a secret: never echoed in an error). */
  kubeconfig?: string;
  /** Names the kubeconfig, in errors: `the kubeconfig input`, `~/.kube/config`. */
  kubeconfigName?: string;
  argocdServer?: string;
  argocdToken?: string;
}

export async function openClusterPorts(inputs: ClusterInputs): Promise<ClusterPorts> {
  let kube: KubePort | undefined;
  let argocd: ArgoCdApiPort | undefined;
  if (inputs.argocdServer && inputs.argocdToken) {
    const { ArgoCdApi } = await import('../kube/argocd-api-adapter.js');
    argocd = new ArgoCdApi({ server: inputs.argocdServer, token: inputs.argocdToken });
  }
  if (inputs.kubeconfig) {
    const { createClientNodeKube } = await import('../kube/client-node-adapter.js');
    try {
      kube = createClientNodeKube({ kubeconfig: inputs.kubeconfig });
    } catch (e) {
      // The client's message may quote the file; say what is wrong with it, never what it holds.
      const why = e instanceof Error ? e.name : 'invalid';
      throw new UserError(
        `${inputs.kubeconfigName ?? 'the kubeconfig'} is not a kubeconfig the Kubernetes client can load (${why}): pass the file's whole content (apiVersion: v1, kind: Config, clusters, users, contexts, current-context)`,
        [],
        'usage',
      );
    }
  }
  return {
    ...(kube ? { kube } : {}),
    ...(argocd ? { argocd } : {}),
    close: async () => {
      await kube?.close();
    },
  };
}
