// The tenants a promotion of a workload must reach, as promote plans them, read from workload.yaml on main through
// the deploy-branches port (verify-health has no loaded repository snapshot). A Kustomize workload's tenants share
// one overlay and are promoted in one step: none listed.
import { workloadFile } from '../domain/layout.js';
import type { DeployBranches } from '../state/deploy-branch.js';
import { readWorkloadFields } from '../state/workload-fields.js';

/** undefined when main or the workload's workload.yaml cannot be read: the promotion is then settled by promote. */
export async function workloadTenantsOnMain(
  repo: Pick<DeployBranches, 'tip' | 'readFiles'>,
  workload: string,
  mainBranch = 'main',
): Promise<string[] | undefined> {
  const tip = await repo.tip(mainBranch);
  if (tip === undefined) return undefined;
  const file = workloadFile(workload);
  const [text] = await repo.readFiles(tip, [file]);
  const fields = readWorkloadFields(text, file);
  if (fields === undefined) return undefined;
  if (fields.source?.type === 'kustomize') return [];
  const { tenants } = fields;
  if (tenants === undefined) return [];
  if (!Array.isArray(tenants) || !tenants.every((t) => typeof t === 'string')) return undefined;
  return tenants;
}
