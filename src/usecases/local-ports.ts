// The ports that run on this machine, whoever calls: the real git checkout and the real renderer (helm, kustomize,
// templates, the Kubernetes schemas). The GitHub port and the record store come from the caller.
import { Git } from '../git/git.js';
import { diffSnapshots } from '../render/diff-snapshots.js';
import { createKubeSchemaValidator } from '../render/kube-schema.js';
import { RecordStore } from '../state/record-store.js';
import { GitCheckout } from '../state/ref-snapshots.js';
import { resolveStateBranch } from '../state/state-branch-name.js';
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

/**
 * The record store of the GitOps repository at `dir`, on the state branch an action's `state-branch` input (or the
 * CLI's --state-branch) names, else gitopshq.yaml's `stateBranch`, else `gitopshq/state`. `remote` undefined: a
 * local-only repository.
 */
export async function localRecordStore(
  dir: string,
  opts: { stateBranch?: string; token?: string; actor?: string; remote?: string } = {},
): Promise<RecordStore> {
  const { branch } = await resolveStateBranch(dir, opts.stateBranch);
  const git = new Git(dir, { token: opts.token });
  return new RecordStore({ git, branch, remote: opts.remote, actor: opts.actor });
}
