// The ports that run on this machine, whoever calls: the real git checkout and the real renderer (helm, kustomize,
// templates, the Kubernetes schemas). The GitHub port and the record store come from the caller.
import { diffSnapshots } from '../render/diff-snapshots.js';
import { createKubeSchemaValidator } from '../render/kube-schema.js';
import { GitCheckout } from '../state/ref-snapshots.js';
import type { Ports, Renderer } from './deps.js';

export function localRenderer(): Renderer {
  const kubeSchema = createKubeSchemaValidator();
  return { diffSnapshots: (base, head, changed) => diffSnapshots(base, head, changed, { kubeSchema }) };
}

/** `token`: fetches authenticate with it (through git's environment); `where`: how messages name the checkout. */
export function localPorts(
  dir: string,
  opts: { token?: string; where?: string } = {},
): Pick<Ports, 'checkout' | 'renderer'> {
  return { checkout: new GitCheckout(dir, opts), renderer: localRenderer() };
}
