// Which release a pushed commit may be the merge of, read from the commit itself, for the moments when GitHub has
// not linked the merge commit to its pull request yet (docs/architecture.md#release-lifecycle). Everything here is a
// hint: a commit message is untrusted input (anyone can write "(#123)" in one), so a hint only chooses which pull
// request to ask; the pull request's own answer (merged, and merged as this commit) decides.
import type { ReleaseRecord } from './model.js';

/** A commit as git stores it. `parents`: first parent first (for a merge: the base, then the merged head). */
export interface CommitInfo {
  parents: string[];
  message: string;
  /** The author's time in seconds since the epoch (a rebase keeps it); absent when the header has none. */
  authorTime?: number;
}

/** What a merge's message says about the pull request it merged; each field absent when the message does not say. */
export interface MergeMessageHints {
  /** The number GitHub writes: "Merge pull request #N from …" (merge) or "<title> (#N)" (squash). */
  number?: number;
  /** The merged branch: "… from owner/<branch>" (GitHub), "Merge branch '<branch>'" (git, merged by hand). */
  branch?: string;
}

// GitHub's merge commit subject. The head is `owner/branch`; a branch may hold slashes, an owner may not.
const GITHUB_MERGE = /^Merge pull request #(\d+) from ([^\s/]+)\/(\S+)$/;
// GitHub's squash subject ends with the number in parentheses; only the last one counts ("fix #3 (#12)" is #12).
const SQUASH = /\(#(\d+)\)$/;
// git's own merge subjects, for a release branch merged by hand and pushed ("Merge remote-tracking branch
// 'origin/x'", "Merge branch 'x' into main", "Merge branch 'x' of https://…").
const GIT_MERGE = /^Merge (?:remote-tracking )?branch '([^']+)'/;

/** Reads the subject line only: GitHub writes its number there, and a body may quote any number of others. */
export function mergeMessageHints(message: string): MergeMessageHints {
  const subject = (message.split('\n', 1)[0] ?? '').trim();
  const merge = GITHUB_MERGE.exec(subject);
  if (merge) return { number: Number(merge[1]), branch: merge[3] };
  const local = GIT_MERGE.exec(subject);
  if (local?.[1]) return { branch: local[1] };
  const squash = SQUASH.exec(subject);
  if (squash) return { number: Number(squash[1]) };
  return {};
}

/** A git branch as a merge message names it, remote or not: `origin/<b>` and `<b>` both name `<b>`. */
function namesBranch(named: string, branch: string): boolean {
  return named === branch || named.endsWith(`/${branch}`);
}

/**
 * The releases the commit says it merged, strongest first: the pull request number in its message, the branch in its
 * message, a merged head some approval on the record was given to (the commit's second parent). Each must still be
 * confirmed by asking its pull request. At most one release per hint, so a forged message costs a call or two.
 */
export function hintedReleases(commit: CommitInfo, releases: readonly ReleaseRecord[]): ReleaseRecord[] {
  const hints = mergeMessageHints(commit.message);
  const head = commit.parents.length === 2 ? commit.parents[1] : undefined;
  // A Cancelled release never merged: a PR closed unmerged and reopened names its live release too, found first.
  const pool = [
    ...releases.filter((r) => r.state !== 'Cancelled'),
    ...releases.filter((r) => r.state === 'Cancelled'),
  ];
  const picks = [
    hints.number === undefined ? undefined : pool.find((r) => r.pullRequest?.number === hints.number),
    hints.branch === undefined
      ? undefined
      : pool.find((r) => r.pullRequest && namesBranch(hints.branch ?? '', r.pullRequest.branch)),
    head === undefined ? undefined : pool.find((r) => r.approvals.some((a) => a.commit === head)),
  ];
  const out: ReleaseRecord[] = [];
  for (const r of picks) if (r && !out.includes(r)) out.push(r);
  return out;
}

/** When the release last entered its current state (its newest history entry), for ordering; '' when unknown. */
function lastMove(r: ReleaseRecord): string {
  return r.history.at(-1)?.at ?? '';
}

/** Newest move first: the release approved last is the likeliest to have merged just now. */
export function newestFirst(releases: readonly ReleaseRecord[]): ReleaseRecord[] {
  return [...releases].sort((a, b) => lastMove(b).localeCompare(lastMove(a)));
}

/** A raw commit object (`git cat-file commit`): its parent lines and the message after the header's blank line. */
export function parseCommitObject(text: string): CommitInfo {
  const end = text.indexOf('\n\n');
  const header = end < 0 ? text : text.slice(0, end);
  const parents = header
    .split('\n')
    .filter((l) => l.startsWith('parent '))
    .map((l) => l.slice('parent '.length).trim());
  // "author Name <email> 1700000000 +0100": the time is the second field from the end, whatever the name holds.
  const author = header.split('\n').find((l) => l.startsWith('author '));
  const time = author === undefined ? Number.NaN : Number(author.trim().split(' ').at(-2));
  const message = end < 0 ? '' : text.slice(end + 2);
  return Number.isFinite(time) ? { parents, message, authorTime: time } : { parents, message };
}
