// The authenticated user, repositories, branches, refs, file contents, permissions, teams and dispatches.
import { privateUser, repoApi, repository, repoWeb, simpleUser } from './factories.js';
import { HttpError, now, page, type Reply, type Route, type RouteContext, validationFailed } from './http.js';
import { commitView } from './routes-pulls.js';
import { dispatchInputsOf, unexpectedInputs } from './workflow-file.js';

async function getUser(ctx: RouteContext): Promise<Reply> {
  const u = ctx.user;
  if (!u) throw new HttpError(401, 'Requires authentication');
  return { status: 200, body: privateUser(ctx.world.urls, { ...u, type: u.type }) };
}

async function getRepo(ctx: RouteContext): Promise<Reply> {
  const { world: w, repo } = ctx;
  return {
    status: 200,
    body: repository(w.urls, repo, w.account(repo.owner), {
      pushedAt: repo.pushedAt,
      openIssues: repo.pulls.filter((p) => p.state === 'open').length,
      ...(ctx.permission ? { permission: ctx.permission } : {}),
      full: true,
    }),
  };
}

async function listBranches(ctx: RouteContext): Promise<Reply> {
  const branches = await ctx.world.bare(ctx.repo).branches();
  return page(ctx, branches, (b) => ({
    name: b.name,
    commit: { sha: b.sha, url: `${repoApi(ctx.world.urls, ctx.repo)}/commits/${b.sha}` },
    protected: Object.hasOwn(ctx.repo.protectedBranches, b.name),
  }));
}

async function getBranch(ctx: RouteContext): Promise<Reply> {
  const name = ctx.params.branch ?? '';
  const git = ctx.world.bare(ctx.repo);
  const sha = await git.branchSha(name);
  const info = sha ? await git.commit(sha) : undefined;
  if (!sha || !info) throw new HttpError(404, 'Branch not found');
  const api = `${repoApi(ctx.world.urls, ctx.repo)}/branches/${encodeURIComponent(name)}`;
  return {
    status: 200,
    body: {
      name,
      commit: commitView(ctx)(info),
      _links: { html: `${repoWeb(ctx.world.urls, ctx.repo)}/tree/${name}`, self: api },
      protected: Object.hasOwn(ctx.repo.protectedBranches, name),
      protection: { enabled: Object.hasOwn(ctx.repo.protectedBranches, name) },
      protection_url: `${api}/protection`,
    },
  };
}

async function getRef(ctx: RouteContext): Promise<Reply> {
  const ref = ctx.params.ref ?? '';
  if (!/^(heads|tags)\/./.test(ref)) throw new HttpError(404, 'Not Found');
  const sha = await ctx.world.bare(ctx.repo).refSha(`refs/${ref}`);
  if (!sha) throw new HttpError(404, 'Not Found');
  const api = repoApi(ctx.world.urls, ctx.repo);
  return {
    status: 200,
    body: {
      ref: `refs/${ref}`,
      node_id: Buffer.from(`Ref:${ref}`).toString('base64'),
      url: `${api}/git/refs/${ref}`,
      object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
    },
  };
}

async function getContent(ctx: RouteContext): Promise<Reply> {
  const { world: w, repo } = ctx;
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const refName = ctx.query.get('ref') ?? repo.defaultBranch;
  const sha = await w.bare(repo).resolve(refName);
  if (!sha) throw new HttpError(404, `No commit found for the ref ${refName}`);
  const found = await w.bare(repo).read(sha, path);
  if (!found) throw new HttpError(404, 'Not Found');
  const api = repoApi(w.urls, repo);
  const web = repoWeb(w.urls, repo);
  const entry = (type: 'file' | 'dir', p: string, objSha: string, size: number) => {
    const self = `${api}/contents/${p}?ref=${encodeURIComponent(refName)}`;
    const html = `${web}/${type === 'dir' ? 'tree' : 'blob'}/${refName}/${p}`;
    const git = `${api}/git/${type === 'dir' ? 'trees' : 'blobs'}/${objSha}`;
    return {
      type,
      size,
      name: p.split('/').pop() ?? p,
      path: p,
      sha: objSha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? `${web}/raw/${refName}/${p}` : null,
      _links: { self, git, html },
    };
  };
  if (found.type === 'dir') {
    return {
      status: 200,
      body: found.entries.map((e) => entry(e.type, path ? `${path}/${e.name}` : e.name, e.sha, e.size)),
    };
  }
  // GitHub wraps the base64 at 60 characters.
  const content = (found.content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
  return {
    status: 200,
    body: {
      ...entry('file', path, found.sha, found.content.length),
      content: `${content}\n`,
      encoding: 'base64',
    },
  };
}

async function collaboratorPermission(ctx: RouteContext): Promise<Reply> {
  const { world: w, repo } = ctx;
  const user = w.store.user(ctx.params.username ?? '');
  if (!user) throw new HttpError(404, 'Not Found');
  const role = w.store.permission(repo, user.login) ?? 'none';
  const permission = {
    admin: 'admin',
    maintain: 'write',
    write: 'write',
    triage: 'read',
    read: 'read',
    none: 'none',
  }[role];
  return {
    status: 200,
    body: {
      permission,
      role_name: role,
      user: { ...simpleUser(w.urls, w.account(user.login)), role_name: role },
    },
  };
}

async function teamMembership(ctx: RouteContext): Promise<Reply> {
  const { world: w, user } = ctx;
  const org = ctx.params.org ?? '';
  if (!w.store.isOrg(org)) throw new HttpError(404, 'Not Found');
  // GITHUB_TOKEN and other tokens without the organization's Members read permission cannot see memberships.
  if (!user?.membersRead || !w.store.isOrgMember(org, user.login)) {
    throw new HttpError(403, 'Resource not accessible by integration');
  }
  const team = w.store.team(org, ctx.params.team_slug ?? '');
  const member = ctx.params.username ?? '';
  if (!team?.members.some((m) => m.toLowerCase() === member.toLowerCase())) {
    throw new HttpError(404, 'Not Found');
  }
  return {
    status: 200,
    body: {
      url: `${w.urls.api}/organizations/${w.account(org).id}/team/${team.id}/memberships/${member}`,
      role: 'member',
      state: 'active',
    },
  };
}

async function workflowDispatch(ctx: RouteContext): Promise<Reply> {
  const b = ctx.body as { ref: string; inputs?: Record<string, unknown> };
  const { world: w, repo } = ctx;
  const sha = await w.bare(repo).resolve(b.ref);
  if (!sha)
    throw validationFailed([
      { resource: 'WorkflowDispatch', field: 'ref', code: 'invalid', message: `No ref found for: ${b.ref}` },
    ]);
  const workflow = ctx.params.workflow_id ?? '';
  // A numeric id names no file the simulator knows: its dispatch is taken as given.
  if (!/^\d+$/.test(workflow)) {
    const file = await w.bare(repo).read(sha, `.github/workflows/${workflow}`);
    if (file?.type !== 'file') throw new HttpError(404, 'Not Found');
    // GitHub reads the workflow as the ref holds it: 422 without a dispatch trigger or for undeclared inputs.
    const declared = dispatchInputsOf(file.content.toString('utf8'));
    if (declared === undefined)
      throw new HttpError(422, "Workflow does not have 'workflow_dispatch' trigger");
    const unexpected = unexpectedInputs(declared, b.inputs ?? {});
    if (unexpected !== undefined) throw new HttpError(422, unexpected);
  }
  repo.dispatches.push({
    kind: 'workflow',
    workflow,
    ref: b.ref,
    inputs: b.inputs ?? {},
    actor: ctx.user?.login ?? '',
    at: now(),
  });
  w.save();
  return { status: 204 };
}

async function repositoryDispatch(ctx: RouteContext): Promise<Reply> {
  const b = ctx.body as { event_type: string; client_payload?: Record<string, unknown> };
  ctx.repo.dispatches.push({
    kind: 'repository',
    eventType: b.event_type,
    clientPayload: b.client_payload ?? {},
    actor: ctx.user?.login ?? '',
    at: now(),
  });
  ctx.world.save();
  return { status: 204 };
}

const R = '/repos/{owner}/{repo}';
export const REPO_ROUTES: Route[] = [
  { method: 'GET', path: '/user', access: 'user', handle: getUser },
  { method: 'GET', path: R, access: 'read', handle: getRepo },
  { method: 'GET', path: `${R}/branches`, access: 'read', handle: listBranches },
  { method: 'GET', path: `${R}/branches/{branch}`, access: 'read', handle: getBranch },
  { method: 'GET', path: `${R}/git/ref/{ref}`, access: 'read', handle: getRef },
  { method: 'GET', path: `${R}/contents/{path}`, access: 'read', handle: getContent },
  {
    method: 'GET',
    path: `${R}/collaborators/{username}/permission`,
    access: 'read',
    handle: collaboratorPermission,
  },
  {
    method: 'GET',
    path: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    access: 'user',
    handle: teamMembership,
  },
  {
    method: 'POST',
    path: `${R}/actions/workflows/{workflow_id}/dispatches`,
    access: 'write',
    handle: workflowDispatch,
  },
  { method: 'POST', path: `${R}/dispatches`, access: 'write', handle: repositoryDispatch },
];
