// Issues (not pull requests): list, create, update, as GitHub answers them. verify-health keeps one drift issue per
// environment with these. Issues share their numbers with pull requests, and the list endpoint returns pull
// requests too (with a `pull_request` key), as GitHub's does, so a client that forgets to drop them is caught here.
import { label, repoApi, repoWeb, simpleUser } from './factories.js';
import { HttpError, now, page, type Reply, type Route, type RouteContext, validationFailed } from './http.js';
import type { SimRepo } from './state.js';

/** An issue the simulator keeps (SimRepo.issues, absent in state files written before issues existed). */
export interface SimIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | null;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

type RepoWithIssues = SimRepo & { issues?: SimIssue[] };

function issuesOf(repo: SimRepo): SimIssue[] {
  const r = repo as RepoWithIssues;
  r.issues ??= [];
  return r.issues;
}

interface IssueShape {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: string;
  stateReason: string | null;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: { mergedAt: string | null };
}

function render(ctx: RouteContext, i: IssueShape) {
  const { world: w, repo } = ctx;
  const api = `${repoApi(w.urls, repo)}/issues/${i.number}`;
  const html = `${repoWeb(w.urls, repo)}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
  return {
    id: i.id,
    node_id: Buffer.from(`0:Issue${i.id}`).toString('base64').replace(/=+$/, ''),
    url: api,
    repository_url: repoApi(w.urls, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    number: i.number,
    state: i.state,
    // The description allows only the four reasons (no null): an open issue never closed has none.
    ...(i.stateReason ? { state_reason: i.stateReason } : {}),
    title: i.title,
    body: i.body,
    user: simpleUser(w.urls, w.account(i.user)),
    labels: repo.labels.filter((l) => i.labels.includes(l.name)).map((l) => label(w.urls, repo, l)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter((c) => c.issueNumber === i.number).length,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    author_association: w.association(repo, i.user),
    ...(i.pull
      ? {
          pull_request: {
            url: `${repoApi(w.urls, repo)}/pulls/${i.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: i.pull.mergedAt,
          },
        }
      : {}),
  };
}

function ensureLabels(ctx: RouteContext, names: string[]): void {
  for (const name of names) {
    if (!ctx.repo.labels.some((l) => l.name === name)) {
      ctx.repo.labels.push({ id: ctx.world.store.nextId(), name, color: 'ededed', description: null });
    }
  }
}

function labelNames(v: unknown): string[] {
  return Array.isArray(v)
    ? v.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name)))
    : [];
}

async function listIssues(ctx: RouteContext): Promise<Reply> {
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  const pulls: IssueShape[] = ctx.repo.pulls.map((p) => ({
    id: p.id,
    number: p.number,
    title: p.title,
    body: p.body,
    user: p.user,
    state: p.state,
    stateReason: null,
    labels: p.labels,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    closedAt: p.closedAt,
    pull: { mergedAt: p.mergedAt },
  }));
  const all: IssueShape[] = [...issuesOf(ctx.repo), ...pulls]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((l) => i.labels.includes(l)));
  const asc = q.get('direction') === 'asc';
  const key = q.get('sort') === 'updated' ? 'updatedAt' : 'createdAt';
  all.sort((a, b) => (a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1) * (asc ? 1 : -1));
  return page(ctx, all, (i) => render(ctx, i));
}

async function createIssue(ctx: RouteContext): Promise<Reply> {
  const b = ctx.body as { title: string | number; body?: string; labels?: unknown[] };
  const title = String(b.title ?? '');
  if (title.trim() === '')
    throw validationFailed([{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
  // Labels on a new issue need push access; GitHub drops them silently otherwise.
  const names = ctx.permission === 'read' ? [] : labelNames(b.labels);
  ensureLabels(ctx, names);
  const t = now();
  const issue: SimIssue = {
    id: ctx.world.store.nextId(),
    number: ctx.repo.nextNumber++,
    title,
    body: b.body ?? null,
    user: ctx.user?.login ?? '',
    state: 'open',
    stateReason: null,
    labels: [...new Set(names)],
    createdAt: t,
    updatedAt: t,
    closedAt: null,
  };
  issuesOf(ctx.repo).push(issue);
  ctx.world.save();
  return { status: 201, body: render(ctx, issue) };
}

async function updateIssue(ctx: RouteContext): Promise<Reply> {
  const n = Number(ctx.params.issue_number);
  const issue = issuesOf(ctx.repo).find((i) => i.number === n);
  if (!issue) {
    // A pull request's number: GitHub edits the PR as an issue; the simulator's PR routes do that instead.
    throw new HttpError(404, 'Not Found');
  }
  const b = ctx.body as {
    title?: string | number | null;
    body?: string | null;
    state?: 'open' | 'closed';
    state_reason?: 'completed' | 'not_planned' | 'reopened' | null;
    labels?: unknown[];
  };
  if (issue.user !== ctx.user?.login && ctx.permission === 'read') {
    throw new HttpError(403, 'Resource not accessible by integration');
  }
  if (b.title !== undefined && b.title !== null) issue.title = String(b.title);
  if (b.body !== undefined) issue.body = b.body;
  if (b.labels !== undefined) {
    const names = labelNames(b.labels);
    ensureLabels(ctx, names);
    issue.labels = [...new Set(names)];
  }
  const t = now();
  if (b.state !== undefined && b.state !== issue.state) {
    issue.state = b.state;
    issue.closedAt = b.state === 'closed' ? t : null;
    issue.stateReason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened';
  }
  issue.updatedAt = t;
  ctx.world.save();
  return { status: 200, body: render(ctx, issue) };
}

const R = '/repos/{owner}/{repo}';
export const ISSUE_TRACKER_ROUTES: Route[] = [
  { method: 'GET', path: `${R}/issues`, access: 'read', handle: listIssues },
  { method: 'POST', path: `${R}/issues`, access: 'read', handle: createIssue },
  { method: 'PATCH', path: `${R}/issues/{issue_number}`, access: 'read', handle: updateIssue },
];
