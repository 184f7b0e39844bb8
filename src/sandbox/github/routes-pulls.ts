// Pull requests, their files, commits, reviews and merges. Head and base SHAs come from the bare repository's refs
// on every read, so a `git push` to the head branch moves the PR like on GitHub.
import { recordActivity } from './activity.js';
import { commit, pullRequest, review } from './factories.js';
import {
  findPull,
  HttpError,
  now,
  page,
  type Reply,
  type Route,
  type RouteContext,
  validationFailed,
} from './http.js';
import type { SimPull, SimRepo, SimReview } from './state.js';

export function pullContext(ctx: RouteContext) {
  const { world: w, repo } = ctx;
  return {
    urls: w.urls,
    repo,
    owner: w.account(repo.owner),
    account: (login: string) => w.account(login),
    labels: repo.labels,
    association: (login: string) => w.association(repo, login),
    pushedAt: repo.pushedAt,
    openIssues: repo.pulls.filter((p) => p.state === 'open').length,
  };
}

export async function renderPull(ctx: RouteContext, pull: SimPull, full: boolean): Promise<unknown> {
  return pullRequest(pullContext(ctx), await ctx.world.pullView(ctx.repo, pull, full), full);
}

const branchOf = (_repo: SimRepo, head: string) =>
  head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;

async function createPull(ctx: RouteContext): Promise<Reply> {
  const b = ctx.body as { title?: string; body?: string; head: string; base: string; draft?: boolean };
  const { repo, world } = ctx;
  const git = world.bare(repo);
  const head = branchOf(repo, b.head);
  if (b.head.includes(':') && b.head.split(':')[0]?.toLowerCase() !== repo.owner.toLowerCase()) {
    throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  }
  const headSha = await git.branchSha(head);
  const baseSha = await git.branchSha(b.base);
  if (!baseSha) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
  if (!headSha) throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === b.base)) {
    throw validationFailed([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${repo.owner}:${head}.`,
      },
    ]);
  }
  if (await git.isAncestor(headSha, baseSha)) {
    throw validationFailed([
      { resource: 'PullRequest', code: 'custom', message: `No commits between ${b.base} and ${head}` },
    ]);
  }
  const t = now();
  const pull: SimPull = {
    id: world.store.nextId(),
    number: repo.nextNumber++,
    title: b.title ?? head,
    body: b.body ?? null,
    state: 'open',
    draft: b.draft ?? false,
    head,
    base: b.base,
    user: ctx.user?.login ?? '',
    labels: [],
    createdAt: t,
    updatedAt: t,
    closedAt: null,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    closedHeadSha: null,
    closedBaseSha: null,
    reviews: [],
  };
  repo.pulls.push(pull);
  world.save();
  return { status: 201, body: await renderPull(ctx, pull, true) };
}

async function listPulls(ctx: RouteContext): Promise<Reply> {
  const state = ctx.query.get('state') ?? 'open';
  const head = ctx.query.get('head');
  const base = ctx.query.get('base');
  const pulls = ctx.repo.pulls
    .filter((p) => state === 'all' || p.state === state)
    .filter(
      (p) =>
        !head ||
        (head.includes(':')
          ? `${ctx.repo.owner}:${p.head}`.toLowerCase() === head.toLowerCase()
          : p.head === head),
    )
    .filter((p) => !base || p.base === base)
    .sort((a, b) => b.number - a.number);
  const reply = page(ctx, pulls);
  reply.body = await Promise.all((reply.body as SimPull[]).map((p) => renderPull(ctx, p, false)));
  return reply;
}

async function closeWithShas(ctx: RouteContext, pull: SimPull): Promise<void> {
  const git = ctx.world.bare(ctx.repo);
  pull.closedHeadSha = (await git.branchSha(pull.head)) ?? pull.closedHeadSha;
  pull.closedBaseSha = (await git.branchSha(pull.base)) ?? pull.closedBaseSha;
}

async function updatePull(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const b = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
  if (b.title !== undefined) pull.title = b.title;
  if (b.body !== undefined) pull.body = b.body;
  if (b.base !== undefined) {
    if (!(await ctx.world.bare(ctx.repo).branchSha(b.base))) {
      throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    }
    pull.base = b.base;
  }
  if (b.state && b.state !== pull.state && pull.mergedAt === null) {
    if (b.state === 'closed') {
      await closeWithShas(ctx, pull);
      pull.closedAt = now();
    } else {
      pull.closedAt = null;
      pull.closedHeadSha = null;
      pull.closedBaseSha = null;
    }
    pull.state = b.state;
  }
  pull.updatedAt = now();
  ctx.world.save();
  return { status: 200, body: await renderPull(ctx, pull, true) };
}

async function pullFiles(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const v = await ctx.world.pullView(ctx.repo, pull, false);
  const files = await ctx.world.bare(ctx.repo).changedFiles(v.baseSha, v.headSha);
  const { api, web } = ctx.world.urls;
  const base = `${ctx.repo.owner}/${ctx.repo.name}`;
  return page(ctx, files, (f) => ({
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${web}/${base}/blob/${v.headSha}/${f.filename}`,
    raw_url: `${web}/${base}/raw/${v.headSha}/${f.filename}`,
    contents_url: `${api}/repos/${base}/contents/${f.filename}?ref=${v.headSha}`,
    ...(f.previousFilename ? { previous_filename: f.previousFilename } : {}),
  }));
}

export function commitView(ctx: RouteContext) {
  const byEmail = (email: string) => {
    const u = Object.values(ctx.world.store.state.users).find(
      (x) => x.email.toLowerCase() === email.toLowerCase(),
    );
    return u ? ctx.world.account(u.login) : null;
  };
  return (c: Parameters<typeof commit>[2]) =>
    commit(ctx.world.urls, ctx.repo, c, byEmail(c.authorEmail), byEmail(c.committerEmail));
}

async function pullCommits(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const v = await ctx.world.pullView(ctx.repo, pull, false);
  const git = ctx.world.bare(ctx.repo);
  const from = (await git.mergeBase(v.baseSha, v.headSha)) ?? v.baseSha;
  return page(ctx, await git.commits(from, v.headSha), commitView(ctx));
}

async function pullsOfCommit(ctx: RouteContext): Promise<Reply> {
  const sha = ctx.params.commit_sha ?? '';
  const git = ctx.world.bare(ctx.repo);
  const full = await git.resolve(sha);
  if (!full) throw new HttpError(422, `No commit found for SHA: ${sha}`);
  const found: SimPull[] = [];
  for (const p of ctx.repo.pulls) {
    const v = await ctx.world.pullView(ctx.repo, p, false);
    if (p.mergeCommitSha === full || v.headSha === full) found.push(p);
  }
  const reply = page(ctx, found);
  reply.body = await Promise.all((reply.body as SimPull[]).map((p) => renderPull(ctx, p, false)));
  return reply;
}

async function mergePull(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const b = (ctx.body ?? {}) as {
    commit_title?: string;
    commit_message?: string;
    sha?: string;
    merge_method?: string;
  };
  const { repo, world } = ctx;
  const git = world.bare(repo);
  if (pull.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
  const v = await world.pullView(repo, pull, false);
  if (b.sha && b.sha !== v.headSha)
    throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
  const method = b.merge_method ?? 'merge';
  if (method === 'rebase') throw new HttpError(405, 'Rebase merges are not allowed on this repository.');
  const required = repo.protectedBranches[pull.base]?.requiredContexts ?? [];
  for (const context of required) {
    const latest = repo.statuses.filter((s) => s.sha === v.headSha && s.context === context).at(-1);
    if (latest?.state !== 'success')
      throw new HttpError(405, `Required status check "${context}" is expected.`);
  }
  const tree = await git.mergeTree(v.baseSha, v.headSha);
  if (!tree) throw new HttpError(405, 'Pull Request is not mergeable');
  const merger = ctx.user ?? world.store.user(pull.user);
  const author = { name: merger?.name ?? 'GitHub', email: merger?.email ?? 'noreply@github.com' };
  let message: string;
  let parents: string[];
  if (method === 'squash') {
    const commits = await git.commits((await git.mergeBase(v.baseSha, v.headSha)) ?? v.baseSha, v.headSha);
    message = `${b.commit_title ?? `${pull.title} (#${pull.number})`}\n\n${b.commit_message ?? commits.map((c) => `* ${c.message}`).join('\n\n')}`;
    parents = [v.baseSha];
  } else {
    message = `${b.commit_title ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}`}\n\n${b.commit_message ?? pull.title}`;
    parents = [v.baseSha, v.headSha];
  }
  const sha = await git.commitTree(tree, parents, message, author);
  if (!(await git.updateBranch(pull.base, sha, v.baseSha))) {
    throw new HttpError(409, 'Base branch was modified. Review and try the merge again.');
  }
  const t = now();
  Object.assign(pull, {
    state: 'closed',
    closedAt: t,
    mergedAt: t,
    updatedAt: t,
    mergedBy: merger?.login ?? null,
    mergeCommitSha: sha,
    closedHeadSha: v.headSha,
    closedBaseSha: v.baseSha,
  });
  repo.pushedAt = t;
  recordActivity(repo, world.store.nextId(), {
    type: 'pr_merge',
    ref: `refs/heads/${pull.base}`,
    before: v.baseSha,
    after: sha,
    actor: merger?.login ?? pull.user,
  });
  world.save();
  return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
}

function renderReview(ctx: RouteContext, pull: SimPull, r: SimReview) {
  const w = ctx.world;
  return review(w.urls, ctx.repo, pull.number, r, w.account(r.user), w.association(ctx.repo, r.user));
}

async function listReviews(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  // PENDING reviews are visible to their author only.
  const visible = pull.reviews.filter((r) => r.state !== 'PENDING' || r.user === ctx.user?.login);
  return page(ctx, visible, (r) => renderReview(ctx, pull, r));
}

const EVENT_STATE = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
} as const;

async function createReview(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const b = (ctx.body ?? {}) as { commit_id?: string; body?: string; event?: keyof typeof EVENT_STATE };
  const login = ctx.user?.login ?? '';
  const state = b.event ? EVENT_STATE[b.event] : 'PENDING';
  if (pull.state !== 'open')
    throw new HttpError(422, 'Unprocessable Entity', { errors: ['Can not review a closed pull request'] });
  if (login === pull.user && (state === 'APPROVED' || state === 'CHANGES_REQUESTED')) {
    const what = state === 'APPROVED' ? 'approve' : 'request changes on';
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: [`Review Can not ${what} your own pull request`],
    });
  }
  if ((state === 'CHANGES_REQUESTED' || state === 'COMMENTED') && !b.body) {
    throw new HttpError(422, 'Unprocessable Entity', { errors: ['Review Body is required'] });
  }
  const v = await ctx.world.pullView(ctx.repo, pull, false);
  const commitId = b.commit_id ? await ctx.world.bare(ctx.repo).resolve(b.commit_id) : v.headSha;
  if (!commitId)
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: ['Commit ID is not part of the pull request'],
    });
  const r: SimReview = {
    id: ctx.world.store.nextId(),
    user: login,
    state,
    body: b.body ?? '',
    commitId,
    submittedAt: now(),
  };
  pull.reviews.push(r);
  ctx.world.save();
  return { status: 200, body: renderReview(ctx, pull, r) };
}

async function dismissReview(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const r = pull.reviews.find((x) => x.id === Number(ctx.params.review_id));
  if (!r) throw new HttpError(404, 'Not Found');
  if (r.state !== 'APPROVED' && r.state !== 'CHANGES_REQUESTED') {
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: ['Can not dismiss a commented pull request review'],
    });
  }
  r.state = 'DISMISSED';
  ctx.world.save();
  return { status: 200, body: renderReview(ctx, pull, r) };
}

async function getPull(ctx: RouteContext): Promise<Reply> {
  return { status: 200, body: await renderPull(ctx, findPull(ctx), true) };
}

const P = '/repos/{owner}/{repo}/pulls';
export const PULL_ROUTES: Route[] = [
  { method: 'POST', path: P, access: 'write', handle: createPull },
  { method: 'GET', path: P, access: 'read', handle: listPulls },
  { method: 'GET', path: `${P}/{pull_number}`, access: 'read', handle: getPull },
  { method: 'PATCH', path: `${P}/{pull_number}`, access: 'write', handle: updatePull },
  { method: 'GET', path: `${P}/{pull_number}/files`, access: 'read', handle: pullFiles },
  { method: 'GET', path: `${P}/{pull_number}/commits`, access: 'read', handle: pullCommits },
  { method: 'PUT', path: `${P}/{pull_number}/merge`, access: 'write', handle: mergePull },
  { method: 'GET', path: `${P}/{pull_number}/reviews`, access: 'read', handle: listReviews },
  { method: 'POST', path: `${P}/{pull_number}/reviews`, access: 'read', handle: createReview },
  {
    method: 'PUT',
    path: `${P}/{pull_number}/reviews/{review_id}/dismissals`,
    access: 'write',
    handle: dismissReview,
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    access: 'read',
    handle: pullsOfCommit,
  },
];
