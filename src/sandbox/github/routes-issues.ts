// PR conversation comments, labels, commit statuses and deployments.
import {
  commitStatus,
  deployment,
  deploymentStatus,
  issueComment,
  label,
  minimalRepository,
  repoApi,
} from './factories.js';
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
import { permits, type SimComment, type SimDeployment, type SimStatus } from './state.js';

function renderComment(ctx: RouteContext, c: SimComment) {
  const w = ctx.world;
  return issueComment(w.urls, ctx.repo, c, w.account(c.user), w.association(ctx.repo, c.user));
}

async function listComments(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  return page(
    ctx,
    ctx.repo.comments.filter((c) => c.issueNumber === pull.number),
    (c) => renderComment(ctx, c),
  );
}

async function createComment(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const t = now();
  const c: SimComment = {
    id: ctx.world.store.nextId(),
    issueNumber: pull.number,
    user: ctx.user?.login ?? '',
    body: (ctx.body as { body: string }).body,
    createdAt: t,
    updatedAt: t,
  };
  ctx.repo.comments.push(c);
  ctx.world.save();
  return { status: 201, body: renderComment(ctx, c) };
}

async function updateComment(ctx: RouteContext): Promise<Reply> {
  const c = ctx.repo.comments.find((x) => x.id === Number(ctx.params.comment_id));
  if (!c) throw new HttpError(404, 'Not Found');
  // Authors edit their own comments; editing someone else's needs write access.
  if (c.user !== ctx.user?.login && !permits(ctx.permission, 'write')) {
    throw new HttpError(403, 'Resource not accessible by integration');
  }
  c.body = (ctx.body as { body: string }).body;
  c.updatedAt = now();
  ctx.world.save();
  return { status: 200, body: renderComment(ctx, c) };
}

function labelNames(body: unknown): string[] {
  if (Array.isArray(body))
    return body.map((l) => (typeof l === 'string' ? l : String((l as { name: string }).name)));
  const labels = (body as { labels?: unknown[] } | undefined)?.labels ?? [];
  return labels.map((l) => (typeof l === 'string' ? l : String((l as { name: string }).name)));
}

function issueLabels(ctx: RouteContext, names: string[]): Reply {
  const labels = ctx.repo.labels.filter((l) => names.includes(l.name));
  return { status: 200, body: labels.map((l) => label(ctx.world.urls, ctx.repo, l)) };
}

function ensureLabels(ctx: RouteContext, names: string[]): void {
  for (const name of names) {
    if (!ctx.repo.labels.some((l) => l.name === name)) {
      ctx.repo.labels.push({ id: ctx.world.store.nextId(), name, color: 'ededed', description: null });
    }
  }
}

async function addLabels(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const names = labelNames(ctx.body);
  if (names.length === 0)
    throw validationFailed([{ resource: 'Label', field: 'labels', code: 'missing_field' }]);
  ensureLabels(ctx, names);
  pull.labels = [...new Set([...pull.labels, ...names])];
  ctx.world.save();
  return issueLabels(ctx, pull.labels);
}

async function setLabels(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const names = labelNames(ctx.body);
  ensureLabels(ctx, names);
  pull.labels = [...new Set(names)];
  ctx.world.save();
  return issueLabels(ctx, pull.labels);
}

async function removeAllLabels(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  pull.labels = [];
  ctx.world.save();
  return { status: 204 };
}

async function removeLabel(ctx: RouteContext): Promise<Reply> {
  const pull = findPull(ctx);
  const name = ctx.params.name ?? '';
  if (!pull.labels.includes(name)) throw new HttpError(404, 'Label does not exist');
  pull.labels = pull.labels.filter((l) => l !== name);
  ctx.world.save();
  return issueLabels(ctx, pull.labels);
}

async function createStatus(ctx: RouteContext): Promise<Reply> {
  const b = ctx.body as {
    state: SimStatus['state'];
    target_url?: string | null;
    description?: string | null;
    context?: string;
  };
  const sha = ctx.params.sha ?? '';
  const full = /^[0-9a-f]{40}$/.test(sha) ? await ctx.world.bare(ctx.repo).resolve(sha) : undefined;
  if (!full)
    throw validationFailed([
      { resource: 'Status', code: 'custom', message: `No commit found for SHA: ${sha}` },
    ]);
  const s: SimStatus = {
    id: ctx.world.store.nextId(),
    sha: full,
    state: b.state,
    context: b.context ?? 'default',
    description: b.description ?? null,
    targetUrl: b.target_url ?? null,
    creator: ctx.user?.login ?? '',
    createdAt: now(),
  };
  ctx.repo.statuses.push(s);
  ctx.world.save();
  return { status: 201, body: commitStatus(ctx.world.urls, ctx.repo, s, ctx.world.account(s.creator)) };
}

/** The latest status of each context on `sha`, newest first, and GitHub's roll-up of them. */
export function combined(statuses: SimStatus[], sha: string): { state: string; latest: SimStatus[] } {
  const latest = new Map<string, SimStatus>();
  for (const s of statuses.filter((x) => x.sha === sha)) latest.set(s.context, s);
  const list = [...latest.values()].reverse();
  const state = list.some((s) => s.state === 'error' || s.state === 'failure')
    ? 'failure'
    : list.length === 0 || list.some((s) => s.state === 'pending')
      ? 'pending'
      : 'success';
  return { state, latest: list };
}

async function combinedStatus(ctx: RouteContext): Promise<Reply> {
  const { world: w, repo } = ctx;
  const ref = ctx.params.ref ?? '';
  const sha = await w.bare(repo).resolve(ref);
  if (!sha) throw new HttpError(404, `No commit found for SHA: ${ref}`);
  const { state, latest } = combined(repo.statuses, sha);
  const api = repoApi(w.urls, repo);
  return {
    status: 200,
    body: {
      state,
      sha,
      total_count: latest.length,
      statuses: latest.map((s) => {
        const { creator: _c, ...simple } = commitStatus(w.urls, repo, s, w.account(s.creator));
        return simple;
      }),
      repository: minimalRepository(w.urls, repo, w.account(repo.owner)),
      commit_url: `${api}/commits/${sha}`,
      url: `${api}/commits/${sha}/status`,
    },
  };
}

async function createDeployment(ctx: RouteContext): Promise<Reply> {
  const b = ctx.body as {
    ref: string;
    task?: string;
    auto_merge?: boolean;
    required_contexts?: string[];
    payload?: Record<string, unknown> | string;
    environment?: string;
    description?: string | null;
    transient_environment?: boolean;
    production_environment?: boolean;
  };
  const { world: w, repo } = ctx;
  const git = w.bare(repo);
  const sha = await git.resolve(b.ref);
  if (!sha)
    throw validationFailed([
      { resource: 'Deployment', field: 'ref', code: 'invalid', message: `No ref found for: ${b.ref}` },
    ]);
  const autoMerge = b.auto_merge ?? true;
  const defaultSha = await git.branchSha(repo.defaultBranch);
  if (autoMerge && defaultSha && !(await git.isAncestor(defaultSha, sha))) {
    // GitHub would merge the default branch into `ref` here: the surprise docs/architecture.md#github-facts avoids.
    return {
      status: 202,
      body: { message: `Auto-merged ${repo.defaultBranch} into ${b.ref} on deployment.` },
    };
  }
  const { latest } = combined(repo.statuses, sha);
  const needed = b.required_contexts ?? latest.map((s) => s.context);
  const failing = needed.filter((c) => latest.find((s) => s.context === c)?.state !== 'success');
  if (failing.length > 0) {
    return {
      status: 409,
      body: {
        message: `Conflict: Commit status checks failed for ${b.ref}.`,
        documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
        errors: [
          {
            contexts: failing.map((context) => ({ context, state: 'missing' })),
            resource: 'Deployment',
            field: 'required_contexts',
          },
        ],
      },
    };
  }
  const environment = b.environment ?? 'production';
  const d: SimDeployment = {
    id: w.store.nextId(),
    sha,
    ref: b.ref,
    task: b.task ?? 'deploy',
    environment,
    description: b.description ?? null,
    payload: b.payload ?? {},
    creator: ctx.user?.login ?? '',
    createdAt: now(),
    productionEnvironment: b.production_environment ?? environment === 'production',
    transientEnvironment: b.transient_environment ?? false,
    autoMerge,
    requiredContexts: b.required_contexts ?? null,
    statuses: [],
  };
  repo.deployments.push(d);
  w.save();
  return { status: 201, body: deployment(w.urls, repo, d, w.account(d.creator)) };
}

async function listDeployments(ctx: RouteContext): Promise<Reply> {
  const q = ctx.query;
  const list = ctx.repo.deployments
    .filter((d) => (!q.get('sha') || d.sha === q.get('sha')) && (!q.get('ref') || d.ref === q.get('ref')))
    .filter(
      (d) =>
        (!q.get('task') || d.task === q.get('task')) &&
        (!q.get('environment') || d.environment === q.get('environment')),
    )
    .reverse();
  return page(ctx, list, (d) => deployment(ctx.world.urls, ctx.repo, d, ctx.world.account(d.creator)));
}

function findDeployment(ctx: RouteContext): SimDeployment {
  const d = ctx.repo.deployments.find((x) => x.id === Number(ctx.params.deployment_id));
  if (!d) throw new HttpError(404, 'Not Found');
  return d;
}

async function createDeploymentStatus(ctx: RouteContext): Promise<Reply> {
  const d = findDeployment(ctx);
  const b = ctx.body as {
    state: string;
    target_url?: string;
    log_url?: string;
    description?: string;
    environment_url?: string;
    auto_inactive?: boolean;
  };
  const { world: w, repo } = ctx;
  const t = now();
  const add = (state: string, target: SimDeployment) => {
    const s = {
      id: w.store.nextId(),
      state,
      description:
        state === b.state ? (b.description ?? '') : 'A newer deployment of this environment succeeded.',
      environmentUrl: state === b.state ? (b.environment_url ?? '') : '',
      logUrl: state === b.state ? (b.log_url ?? b.target_url ?? '') : '',
      creator: ctx.user?.login ?? '',
      createdAt: t,
    };
    target.statuses.push(s);
    return s;
  };
  const s = add(b.state, d);
  if (b.state === 'success' && b.auto_inactive !== false) {
    // GitHub marks earlier successful deployments of the same environment inactive.
    for (const other of repo.deployments) {
      if (other !== d && other.environment === d.environment && other.statuses.at(-1)?.state === 'success')
        add('inactive', other);
    }
  }
  w.save();
  return { status: 201, body: deploymentStatus(w.urls, repo, d, s, w.account(s.creator)) };
}

async function listDeploymentStatuses(ctx: RouteContext): Promise<Reply> {
  const d = findDeployment(ctx);
  const w = ctx.world;
  return page(ctx, [...d.statuses].reverse(), (s) =>
    deploymentStatus(w.urls, ctx.repo, d, s, w.account(s.creator)),
  );
}

const R = '/repos/{owner}/{repo}';
export const ISSUE_ROUTES: Route[] = [
  { method: 'GET', path: `${R}/issues/{issue_number}/comments`, access: 'read', handle: listComments },
  { method: 'POST', path: `${R}/issues/{issue_number}/comments`, access: 'read', handle: createComment },
  { method: 'PATCH', path: `${R}/issues/comments/{comment_id}`, access: 'read', handle: updateComment },
  { method: 'POST', path: `${R}/issues/{issue_number}/labels`, access: 'write', handle: addLabels },
  { method: 'PUT', path: `${R}/issues/{issue_number}/labels`, access: 'write', handle: setLabels },
  { method: 'DELETE', path: `${R}/issues/{issue_number}/labels`, access: 'write', handle: removeAllLabels },
  {
    method: 'DELETE',
    path: `${R}/issues/{issue_number}/labels/{name}`,
    access: 'write',
    handle: removeLabel,
  },
  { method: 'POST', path: `${R}/statuses/{sha}`, access: 'write', handle: createStatus },
  { method: 'GET', path: `${R}/commits/{ref}/status`, access: 'read', handle: combinedStatus },
  { method: 'POST', path: `${R}/deployments`, access: 'write', handle: createDeployment },
  { method: 'GET', path: `${R}/deployments`, access: 'read', handle: listDeployments },
  {
    method: 'POST',
    path: `${R}/deployments/{deployment_id}/statuses`,
    access: 'write',
    handle: createDeploymentStatus,
  },
  {
    method: 'GET',
    path: `${R}/deployments/{deployment_id}/statuses`,
    access: 'read',
    handle: listDeploymentStatuses,
  },
];
