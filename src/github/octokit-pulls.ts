// The Octokit adapter's pull requests: open, edit, find, list files, commits and reviews, merge. Split from
// octokit-adapter.ts, which maps each port method to one of these.
import { normalizeReviewState } from '../domain/reviews.js';
import { mergeOnce } from './create-once-rest.js';
import { messageOf, statusOf } from './failure.js';
import type { AdapterContext } from './octokit-context.js';
import {
  type CommitSummary,
  type FileStatus,
  HeadChangedError,
  type MergeMethod,
  type MergeResult,
  type PullRequest,
  type PullRequestFile,
  PullRequestNotMergeableError,
  type Review,
} from './port.js';

interface RawPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  state: string;
  draft?: boolean;
  merged?: boolean;
  mergeable?: boolean | null;
  head: { ref: string; sha: string; repo?: { full_name: string } | null };
  base: { ref: string; sha: string };
  user: { login: string } | null;
  labels: { name?: string }[];
  merge_commit_sha: string | null;
  merged_at: string | null;
  created_at: string;
}

function toPullRequest(p: RawPull): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    title: p.title,
    body: p.body ?? '',
    state: p.state === 'closed' ? 'closed' : 'open',
    draft: p.draft ?? false,
    merged: p.merged ?? p.merged_at !== null,
    mergeable: p.mergeable ?? null,
    head: { ref: p.head.ref, sha: p.head.sha, repo: p.head.repo?.full_name ?? null },
    base: { ref: p.base.ref, sha: p.base.sha },
    author: p.user?.login ?? '',
    labels: p.labels.flatMap((l) => (l.name ? [l.name] : [])),
    mergeCommitSha: p.merge_commit_sha,
    mergedAt: p.merged_at,
    createdAt: p.created_at,
  };
}

/** GitHub's 422 to a pull request whose head already has an open one (in the error's `errors[].message`). */
const ALREADY_EXISTS = /A pull request already exists for /;

function errorData(e: unknown): unknown {
  return (e as { status?: unknown; response?: { data?: unknown } } | null)?.status === 422
    ? (e as { response?: { data?: unknown } }).response?.data
    : undefined;
}

export async function createPullRequest(
  c: AdapterContext,
  input: { head: string; base: string; title: string; body: string; draft?: boolean },
): Promise<PullRequest> {
  let data: Awaited<ReturnType<typeof c.octokit.rest.pulls.create>>['data'];
  try {
    ({ data } = await c.octokit.rest.pulls.create({ ...c.repo, ...input, draft: input.draft ?? false }));
  } catch (e) {
    // A retry of a create whose first attempt landed (its answer lost to a timeout or a 502) meets that pull
    // request: it is the one asked for, so it is the answer. Callers look for an open one first, as here.
    const open = ALREADY_EXISTS.test(JSON.stringify(errorData(e)))
      ? await findOpenPullRequest(c, input.head)
      : undefined;
    if (open?.base.ref !== input.base) throw e;
    c.markCreated(`pull:${open.number}`);
    return open;
  }
  c.markCreated(`pull:${data.number}`);
  return toPullRequest(data);
}

export async function updatePullRequest(
  c: AdapterContext,
  number: number,
  changes: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] },
): Promise<PullRequest> {
  const { labels, ...fields } = changes;
  if (labels && labels.length > 0) {
    await c.octokit.rest.issues.setLabels({ ...c.repo, issue_number: number, labels });
  } else if (labels) {
    // setLabels requires at least one label (the OpenAPI description says minItems 1).
    await c.octokit.rest.issues.removeAllLabels({ ...c.repo, issue_number: number });
  }
  if (Object.keys(fields).length === 0) return getPullRequest(c, number);
  const { data } = await c.octokit.rest.pulls.update({ ...c.repo, pull_number: number, ...fields });
  return toPullRequest(data);
}

export async function findOpenPullRequest(
  c: AdapterContext,
  branch: string,
): Promise<PullRequest | undefined> {
  const { data } = await c.octokit.rest.pulls.list({
    ...c.repo,
    state: 'open',
    head: `${c.repository.owner}:${branch}`,
    per_page: 10,
  });
  const first = data[0];
  return first ? toPullRequest(first) : undefined;
}

export async function getPullRequest(c: AdapterContext, number: number): Promise<PullRequest> {
  const { data } = await c.onCreated(`pull:${number}`, () =>
    c.octokit.rest.pulls.get({ ...c.repo, pull_number: number }),
  );
  return toPullRequest(data);
}

export async function listPullRequestFiles(c: AdapterContext, number: number): Promise<PullRequestFile[]> {
  const files = await c.octokit.paginate(c.octokit.rest.pulls.listFiles, {
    ...c.repo,
    pull_number: number,
    per_page: 100,
  });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status as FileStatus,
    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
    additions: f.additions,
    deletions: f.deletions,
  }));
}

export async function listPullRequestCommits(c: AdapterContext, number: number): Promise<CommitSummary[]> {
  const commits = await c.onCreated(`pull:${number}`, () =>
    c.octokit.paginate(c.octokit.rest.pulls.listCommits, { ...c.repo, pull_number: number, per_page: 100 }),
  );
  return commits.map((x) => ({
    sha: x.sha,
    message: x.commit.message,
    author: x.author?.login ?? null,
    authorName: x.commit.author?.name ?? '',
    date: x.commit.author?.date ?? '',
    committer: x.committer?.login ?? null,
  }));
}

export async function findPullRequestForMergeCommit(
  c: AdapterContext,
  sha: string,
): Promise<PullRequest | undefined> {
  const { data } = await c.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...c.repo,
    commit_sha: sha,
    per_page: 100,
  });
  // Only the merge itself: a commit also belongs to the PR it came from, and a direct push may carry an old PR's
  // commits; taking any merged PR there would deploy an old release for a commit that did not merge it.
  const exact = data.find((p) => p.merged_at !== null && p.merge_commit_sha === sha);
  return exact ? toPullRequest(exact) : undefined;
}

export async function mergePullRequest(
  c: AdapterContext,
  number: number,
  opts: { method?: MergeMethod; sha?: string; commitTitle?: string; commitMessage?: string },
): Promise<MergeResult> {
  const route = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge';
  try {
    const data = await c.onCreated(`pull:${number}`, () =>
      mergeOnce(c.rest, number, {
        merge_method: opts.method ?? 'merge',
        ...(opts.sha ? { sha: opts.sha } : {}),
        ...(opts.commitTitle ? { commit_title: opts.commitTitle } : {}),
        ...(opts.commitMessage ? { commit_message: opts.commitMessage } : {}),
      }),
    );
    return { sha: data.sha, message: data.message };
  } catch (e) {
    const status = statusOf(e);
    if (status === 405) throw new PullRequestNotMergeableError(messageOf(e), 405, route);
    if (status === 409) throw new HeadChangedError(messageOf(e), 409, route);
    throw e;
  }
}

export async function listReviews(c: AdapterContext, number: number): Promise<Review[]> {
  const reviews = await c.onCreated(`pull:${number}`, () =>
    c.octokit.paginate(c.octokit.rest.pulls.listReviews, { ...c.repo, pull_number: number, per_page: 100 }),
  );
  return reviews.flatMap((r) => {
    const state = normalizeReviewState(r.state);
    if (!state) return [];
    return [
      {
        id: r.id,
        reviewer: r.user?.login ?? '',
        state,
        commitId: r.commit_id ?? '',
        submittedAt: r.submitted_at ?? '',
        body: r.body,
      },
    ];
  });
}
