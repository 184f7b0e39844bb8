// Writes many release and promotion records onto a state branch in ONE commit (one git fast-import), for tests and
// benchmarks that need a large history fast. Real records as the store writes them (record-yaml.ts), on a real
// branch; only the lifecycle checks of the store are skipped, so hand in histories the lifecycle allows.
import { PROMOTIONS_DIR, RELEASES_DIR } from '../../src/domain/layout.js';
import type { PromotionRecord, ReleaseRecord } from '../../src/domain/model.js';
import type { Git } from '../../src/git/git.js';
import { promotionToYaml, releaseToYaml } from '../../src/state/record-yaml.js';
import { StateBranch } from '../../src/state/state-branch.js';

export async function seedStateBranch(
  git: Git,
  records: { releases: readonly ReleaseRecord[]; promotions?: readonly PromotionRecord[] },
  opts: { branch?: string; remote?: string } = {},
): Promise<string> {
  const state = new StateBranch({ git, remote: opts.remote, branch: opts.branch ?? 'gitopshq/state' });
  const tip = await state.refresh();
  const files = [
    ...records.releases.map((r) => ({ path: `${RELEASES_DIR}/${r.id}.yaml`, content: releaseToYaml(r) })),
    ...(records.promotions ?? []).map((p) => ({
      path: `${PROMOTIONS_DIR}/${p.id}.yaml`,
      content: promotionToYaml(p),
    })),
  ];
  const commit = await state.commitFiles(tip, files, `seed ${files.length} records`, new Date());
  if (commit === undefined || !(await state.publish(commit, tip)))
    throw new Error('could not seed the state branch');
  return commit;
}
