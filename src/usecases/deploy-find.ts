// Which release a deploy is about: the one named by release-id, else the one whose pull request merged as the pushed
// commit, found even while GitHub has not linked that commit to its pull request yet. Split from deploy.ts, which
// deploys what this finds. Flow: docs/architecture.md#release-lifecycle.
import { releaseOfPullRequest } from '../domain/closed-pull-request.js';
import { hintedReleases, newestFirst } from '../domain/merge-commit.js';
import type { ReleaseRecord } from '../domain/model.js';
import type { PullRequest } from '../github/port.js';
import type { DeployPorts, DeployRequest } from './deploy-types.js';

/**
 * Without a hint, at most this many pull requests are asked what they merged as. Each call is one more chance of a
 * rate limit, and Approved records may pile up: approve-gate cancels the release of a pull request closed without
 * merging, but only where its workflow runs on `closed` (an older copy of the template does not), and otherwise
 * nothing on the record says it closed (knowing would take a call per release, the cost this bound avoids).
 */
export const MAX_UNHINTED_LOOKUPS = 5;

/** The release found, and its pull request when GitHub's answer for it was read on the way (no second call). */
export interface FoundRelease {
  release: ReleaseRecord;
  pr?: PullRequest;
}

export async function findRelease(req: DeployRequest, ports: DeployPorts): Promise<FoundRelease | string> {
  if (req.releaseId !== undefined) {
    const release = await ports.store.getRelease(req.releaseId);
    return release ? { release } : `release ${req.releaseId} does not exist`;
  }
  if (req.sha === undefined) return 'no release-id and no pushed commit: say which release to deploy';
  const pr = await ports.github.findPullRequestForMergeCommit(req.sha);
  const records = await ports.store.listReleases();
  if (pr) {
    // A PR closed unmerged and reopened names a Cancelled release and a live one: the live one merged.
    const found = releaseOfPullRequest(records, pr.number);
    return found
      ? { release: found, pr }
      : `pull request #${pr.number} (merged as ${req.sha.slice(0, 7)}) is not a release`;
  }
  return findUnlinkedMerge(req.sha, records, ports);
}

/**
 * GitHub links a merge commit to its pull request a moment after the merge (read-after-write lag), so the push that
 * merged a release may find no pull request yet: skipping it would leave the release undeployed with a green run.
 * The commit says which pull request it merged (its message, its merged parent) and the record keeps each
 * release's pull request: one call confirms. Only a merge that names none (a rebase merge, an edited message) asks
 * the releases awaiting their merge, newest first and at most MAX_UNHINTED_LOOKUPS of them: a release merges soon
 * after its approval, so the one that merged now is among the last approved.
 */
async function findUnlinkedMerge(
  sha: string,
  records: readonly ReleaseRecord[],
  ports: DeployPorts,
): Promise<FoundRelease | string> {
  const asked = new Set<number>();
  // The message is untrusted (anyone can write "(#12)"): only the pull request's own answer decides.
  const mergedHere = async (r: ReleaseRecord): Promise<FoundRelease | undefined> => {
    const n = r.pullRequest?.number;
    if (n === undefined || asked.has(n)) return undefined;
    asked.add(n);
    const own = await ports.github.getPullRequest(n);
    return own.merged && own.mergeCommitSha === sha ? { release: r, pr: own } : undefined;
  };
  // A re-run after a failure half-way: the record says its deploy of this very commit began.
  const note = deployingNote(sha);
  const began = records.filter(
    (r) =>
      ['Deploying', 'Failed'].includes(r.state) &&
      r.history.some((h) => h.state === 'Deploying' && h.note === note),
  );
  const commit = await ports.source.commit(sha);
  for (const r of [...began, ...(commit ? hintedReleases(commit, records) : [])]) {
    const found = await mergedHere(r);
    if (found) return found;
  }
  const awaiting = newestFirst(
    records.filter((r) => r.state === 'Approved' && r.pullRequest && !asked.has(r.pullRequest.number)),
  );
  for (const r of awaiting.slice(0, MAX_UNHINTED_LOOKUPS)) {
    const found = await mergedHere(r);
    if (found) return found;
  }
  const nothing = `commit ${sha.slice(0, 7)} is not the merge of a pull request: nothing to deploy`;
  const unasked = awaiting.length - MAX_UNHINTED_LOOKUPS;
  if (unasked <= 0) return nothing;
  return `${nothing} (GitHub has not linked it to a pull request yet and its message names none: asked the ${MAX_UNHINTED_LOOKUPS} releases approved last, not ${unasked} older Approved one(s); if one of them merged as ${sha.slice(0, 7)}, re-run this deploy or deploy it by its release id)`;
}

/** The note of a release's move to Deploying: names the commit, so a re-run on the same push finds it. */
export function deployingNote(ref: string): string {
  return `deploying ${ref.slice(0, 7)}`;
}
