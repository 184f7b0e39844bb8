// GitHub keeps `refs/pull/<n>/head` (the PR's head commit) and, while the PR is open and mergeable,
// `refs/pull/<n>/merge` (a test merge of the head into the base) in the repository, which is what actions/checkout
// fetches for a `pull_request` event. GitHub computes them in the background after a push; the simulator brings
// them up to date before every fetch, which a client cannot tell apart.
import type { BareRepo } from './bare-repo.js';
import type { SimRepo } from './state.js';

export async function syncPullRefs(git: BareRepo, repo: SimRepo): Promise<void> {
  for (const pull of repo.pulls) {
    const open = pull.state === 'open';
    const head = (open ? await git.branchSha(pull.head) : undefined) ?? pull.closedHeadSha;
    const base = (open ? await git.branchSha(pull.base) : undefined) ?? pull.closedBaseSha;
    if (!head) continue;
    const headRef = `refs/pull/${pull.number}/head`;
    if ((await git.refSha(headRef)) !== head) await git.git.exec(['update-ref', headRef, head]);
    // A closed PR keeps its last merge ref, as on GitHub.
    if (!open || !base) continue;
    const mergeRef = `refs/pull/${pull.number}/merge`;
    const current = await git.refSha(mergeRef);
    if (current && (await git.commit(current))?.parents.join(' ') === `${base} ${head}`) continue;
    const tree = await git.mergeTree(base, head);
    if (!tree) {
      // GitHub drops the merge ref of a PR that conflicts with its base.
      if (current) await git.git.exec(['update-ref', '-d', mergeRef]);
      continue;
    }
    const sha = await git.commitTree(tree, [base, head], `Merge ${head} into ${base}\n`, {
      name: 'GitHub',
      email: 'noreply@github.com',
    });
    await git.git.exec(['update-ref', mergeRef, sha]);
  }
}
