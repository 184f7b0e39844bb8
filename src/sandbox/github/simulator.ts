// The local GitHub: a node:http server on 127.0.0.1 serving the REST endpoints the actions use (under /api/v3, the
// GitHub Enterprise Server layout, so GITHUB_API_URL with a path is exercised) and git over smart HTTP, with every
// request and response checked against GitHub's OpenAPI description. A violation answers 500 naming the operation
// and is recorded in `violations`, so tests can assert none happened.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { GITHUB_MESSAGES } from '../../github/http-policy.js';
import { addTeam, addUser, createRepo, type NewRepo, type NewUser } from './admin.js';
import type { BareRepo } from './bare-repo.js';
import { parseGitPath, serveGit } from './git-http.js';
import { errorBody, HttpError, type Reply, type Route, type RouteContext } from './http.js';
import { githubOpenApi } from './openapi.js';
import { ISSUE_ROUTES } from './routes-issues.js';
import { PULL_ROUTES } from './routes-pulls.js';
import { REPO_ROUTES } from './routes-repo.js';
import { type Permission, permits, type SimRepo, SimStore, type SimTeam, type SimUser } from './state.js';
import { createWorld } from './world.js';

export const API_PREFIX = '/api/v3';

export interface Fault {
  method?: string;
  /** Matched against the path after /api/v3 (e.g. `/repos/acme/gitops/pulls/1`) or the git path. */
  path: RegExp;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  delayMs?: number;
  headers?: Record<string, string>;
  message?: string;
}

/** A test hook that changes a response body before it is validated (to prove validation catches drift). */
export interface Tamper {
  method?: string;
  path: RegExp;
  mutate: (body: unknown) => unknown;
}

export interface Violation {
  operation: string;
  method: string;
  path: string;
  direction: 'request' | 'response';
  status?: number;
  error: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  operation?: string;
  user?: string;
  fault?: boolean;
}

export interface GitHubSimulator {
  apiUrl: string;
  gitUrl: string;
  port: number;
  openApiVersion: string;
  violations: Violation[];
  faults: Fault[];
  tampers: Tamper[];
  requests: LoggedRequest[];
  /** Requests for endpoints the simulator does not serve (answered 404). */
  unserved: string[];
  settings: { maxPerPage: number };
  store: SimStore;
  /** `METHOD /path` of every endpoint served. */
  endpoints: string[];
  addUser(u: NewUser): SimUser;
  addTeam(t: { org: string; slug: string; name?: string; members: string[] }): SimTeam;
  createRepo(r: NewRepo): Promise<SimRepo>;
  bare(owner: string, name: string): BareRepo;
  close(): Promise<void>;
}

const ROUTES: Route[] = [...REPO_ROUTES, ...PULL_ROUTES, ...ISSUE_ROUTES];

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    // File paths and refs contain slashes; Octokit may or may not encode them.
    return name === 'path' || (name === 'ref' && route.path.includes('/git/ref/')) ? '(.+)' : '([^/]+)';
  });
  return { route, regex: new RegExp(`^${source}$`), names };
}

const COMPILED = ROUTES.map(compile);

function tokenOf(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const [scheme = '', value = ''] = h.split(/\s+/, 2);
  if (/^(token|bearer)$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return '';
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startGitHubSimulator(opts: { dir: string; port?: number }): Promise<GitHubSimulator> {
  const openapi = githubOpenApi();
  const store = new SimStore(opts.dir);
  const urls = { api: '', web: '' };
  const violations: Violation[] = [];
  const faults: Fault[] = [];
  const tampers: Tamper[] = [];
  const requests: LoggedRequest[] = [];
  const unserved: string[] = [];
  const settings = { maxPerPage: 100 };
  const world = createWorld(store, urls, settings);
  const bareOf = world.bare;

  const send = (res: ServerResponse, reply: Reply) => {
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      ...reply.headers,
    };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(reply.body));
  };

  async function handleApi(req: IncomingMessage, url: URL, path: string, log: LoggedRequest): Promise<Reply> {
    const method = (req.method ?? 'GET').toUpperCase();
    let match: { c: CompiledRoute; params: Record<string, string> } | undefined;
    for (const c of COMPILED) {
      if (c.route.method !== method) continue;
      const m = c.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1] ?? '');
      });
      match = { c, params };
      break;
    }
    if (!match) {
      await readBody(req);
      unserved.push(`${method} ${path}`);
      return {
        status: 404,
        body: errorBody(404, GITHUB_MESSAGES.notFound),
        headers: { 'x-simulator-unserved': '1' },
      };
    }
    const { route } = match.c;
    const op = openapi.operation(method, route.path);
    log.operation = op.operationId;

    // Read the body before any early answer, so the connection stays usable for the next request.
    const raw = await readBody(req);
    const token = tokenOf(req);
    const user = token === undefined ? undefined : store.userByToken(token);
    if (token !== undefined && !user)
      return { status: 401, body: errorBody(401, GITHUB_MESSAGES.badCredentials) };
    if (user) log.user = user.login;

    let body: unknown;
    if (raw.trim()) {
      try {
        body = JSON.parse(raw);
      } catch {
        return { status: 400, body: errorBody(400, 'Problems parsing JSON') };
      }
    }

    let repo: SimRepo | undefined;
    let permission: Permission | undefined;
    if (route.access === 'user') {
      if (!user) return { status: 401, body: errorBody(401, GITHUB_MESSAGES.requiresAuthentication) };
    } else {
      repo = store.repo(match.params.owner ?? '', match.params.repo ?? '');
      permission = repo && user ? store.permission(repo, user.login) : undefined;
      const canRead = repo && (!repo.private || permission !== undefined);
      if (!repo || !canRead) return { status: 404, body: errorBody(404, GITHUB_MESSAGES.notFound) };
      if (route.access !== 'read') {
        if (!user) return { status: 401, body: errorBody(401, GITHUB_MESSAGES.requiresAuthentication) };
        if (!permits(permission, route.access)) {
          return { status: 403, body: errorBody(403, GITHUB_MESSAGES.notAccessibleByIntegration) };
        }
      }
    }

    const problem = openapi.checkRequest(op, match.params, url.searchParams, body);
    if (problem) {
      violations.push({ operation: op.operationId, method, path, direction: 'request', error: problem });
      return {
        status: 500,
        body: {
          message: `OpenAPI violation in the request of ${op.operationId} (${method} ${route.path}) at ${path}: ${problem}`,
        },
      };
    }
    const ctx: RouteContext = {
      world,
      params: match.params,
      query: url.searchParams,
      body,
      user,
      repo: repo as SimRepo,
      permission,
      url,
    };
    let reply: Reply;
    try {
      reply = await route.handle(ctx);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      reply = { status: e.status, body: errorBody(e.status, e.message, e.extra) };
    }
    for (const t of tampers) {
      if ((!t.method || t.method === method) && t.path.test(path)) reply.body = t.mutate(reply.body);
    }
    const bad = openapi.checkResponse(op, reply.status, reply.body);
    if (bad) {
      violations.push({
        operation: op.operationId,
        method,
        path,
        direction: 'response',
        status: reply.status,
        error: bad,
      });
      return {
        status: 500,
        body: {
          message: `OpenAPI violation in the ${reply.status} response of ${op.operationId} (${method} ${route.path}) at ${path}: ${bad}`,
        },
      };
    }
    return reply;
  }

  async function handleGit(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    log: LoggedRequest,
  ): Promise<number> {
    const git = parseGitPath(url.pathname, url.searchParams);
    if (!git) return -1;
    const challenge = { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' };
    const token = tokenOf(req);
    const user = token ? store.userByToken(token) : undefined;
    const repo = store.repo(git.owner, git.name);
    const permission = repo && user ? store.permission(repo, user.login) : undefined;
    if (user) log.user = user.login;
    const needsAuth = git.push || !repo || repo.private;
    if (token !== undefined && !user) {
      res.writeHead(401, challenge).end('Invalid username or token.\n');
      return 401;
    }
    if (needsAuth && !user) {
      res.writeHead(401, challenge).end('Authentication required.\n');
      return 401;
    }
    if (!repo || (repo.private && !permission)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Repository not found.\n');
      return 404;
    }
    if (git.push && !permits(permission, 'write')) {
      res
        .writeHead(403, { 'content-type': 'text/plain' })
        .end(`Permission to ${repo.owner}/${repo.name}.git denied to ${user?.login}.\n`);
      return 403;
    }
    const status = await serveGit(req, res, {
      projectRoot: join(store.dir, 'git'),
      git: { ...git, owner: repo.owner, name: repo.name },
      query: url.search.replace(/^\?/, ''),
      remoteUser: user?.login ?? '',
    });
    if (git.push && git.rest === 'git-receive-pack' && status === 200) {
      repo.pushedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      store.save();
    }
    return status;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', urls.web);
    const method = (req.method ?? 'GET').toUpperCase();
    const isApi = url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`);
    const path = isApi ? url.pathname.slice(API_PREFIX.length) || '/' : url.pathname;
    const log: LoggedRequest = { method, path, status: 0 };
    requests.push(log);
    void (async () => {
      const fault = faults.find(
        (f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path) && (f.times ?? 1) > 0,
      );
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        const secondary = fault.status === 403 || fault.status === 429;
        const message =
          fault.message ??
          (secondary
            ? GITHUB_MESSAGES.secondaryRateLimit
            : fault.status === 404
              ? GITHUB_MESSAGES.notFound
              : 'Server Error');
        log.status = fault.status;
        log.fault = true;
        req.resume();
        send(res, {
          status: fault.status,
          body: errorBody(fault.status, message),
          headers: { ...(secondary ? { 'retry-after': '1' } : {}), ...fault.headers },
        });
        return;
      }
      if (!isApi) {
        const status = await handleGit(req, res, url, log);
        if (status >= 0) {
          log.status = status;
          return;
        }
        req.resume();
        log.status = 404;
        send(res, { status: 404, body: errorBody(404, GITHUB_MESSAGES.notFound) });
        return;
      }
      const reply = await handleApi(req, url, path, log);
      log.status = reply.status;
      send(res, reply);
    })().catch((e: unknown) => {
      log.status = 500;
      if (!res.headersSent)
        send(res, { status: 500, body: { message: `simulator bug: ${(e as Error).stack ?? String(e)}` } });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  urls.web = `http://127.0.0.1:${port}`;
  urls.api = `${urls.web}${API_PREFIX}`;

  const sim: GitHubSimulator = {
    apiUrl: urls.api,
    gitUrl: urls.web,
    port,
    openApiVersion: openapi.version,
    violations,
    faults,
    tampers,
    requests,
    unserved,
    settings,
    store,
    endpoints: ROUTES.map((r) => `${r.method} ${r.path}`),
    addUser: (u) => addUser(store, u),
    addTeam: (t) => addTeam(store, t),
    createRepo: (r) => createRepo(store, r),
    bare: (owner, name) => bareOf({ owner, name }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  return sim;
}
