// The Octokit adapter's issue side: the sticky PR comment, labels, and verify-health's drift issues (issue 10).
// Split from octokit-adapter.ts, which maps each port method to one of these.
import { createCommentOnce, createIssueOnce } from './create-once-rest.js';
import { statusOf } from './failure.js';
import type { AdapterContext } from './octokit-context.js';
import type { Issue, StickyCommentResult } from './port.js';
import { isStickyComment, stickyBody } from './sticky-comment.js';

export async function upsertStickyComment(
  c: AdapterContext,
  number: number,
  purpose: string,
  text: string,
  opts: { summaryUrl?: string },
): Promise<StickyCommentResult> {
  const { body, truncated } = stickyBody(purpose, text, opts.summaryUrl);
  const comments = await c.onCreated(`pull:${number}`, () =>
    c.octokit.paginate(c.octokit.rest.issues.listComments, {
      ...c.repo,
      issue_number: number,
      per_page: 100,
    }),
  );
  const existing = comments.find((x) => isStickyComment(x.body, purpose));
  if (existing) {
    if (existing.body === body) return { id: existing.id, url: existing.html_url, created: false, truncated };
    const { data } = await c.octokit.rest.issues.updateComment({ ...c.repo, comment_id: existing.id, body });
    return { id: data.id, url: data.html_url, created: false, truncated };
  }
  const data = await createCommentOnce(c.rest, number, body);
  return { id: data.id, url: data.html_url, created: true, truncated };
}

export async function addLabels(c: AdapterContext, number: number, labels: string[]): Promise<string[]> {
  const { data } = await c.onCreated(`pull:${number}`, () =>
    c.octokit.rest.issues.addLabels({ ...c.repo, issue_number: number, labels }),
  );
  return data.map((l) => l.name);
}

export async function removeLabel(c: AdapterContext, number: number, label: string): Promise<void> {
  try {
    await c.octokit.rest.issues.removeLabel({ ...c.repo, issue_number: number, name: label });
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
  }
}

export async function listIssues(
  c: AdapterContext,
  filter: { labels: string[]; state: 'open' | 'closed' | 'all' },
): Promise<Issue[]> {
  const { data } = await c.octokit.rest.issues.listForRepo({
    ...c.repo,
    state: filter.state,
    labels: filter.labels.join(','),
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  return data.filter((i) => !i.pull_request).map(toIssue);
}

export async function createIssue(
  c: AdapterContext,
  input: { title: string; body: string; labels?: string[] },
): Promise<Issue> {
  return toIssue(await createIssueOnce(c.rest, input));
}

export async function updateIssue(
  c: AdapterContext,
  number: number,
  changes: { title?: string; body?: string; state?: 'open' | 'closed' },
): Promise<Issue> {
  const { data } = await c.octokit.rest.issues.update({ ...c.repo, issue_number: number, ...changes });
  return toIssue(data);
}

interface RawIssue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
}

function toIssue(i: RawIssue): Issue {
  return {
    number: i.number,
    url: i.html_url,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    labels: i.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
  };
}
