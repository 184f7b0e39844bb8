// The local GitHub: a server on 127.0.0.1 serving the REST endpoints the actions use (under /api/v3, the GitHub
// Enterprise Server layout, so GITHUB_API_URL with a path is exercised) and git over smart HTTP, with every
// request and response checked against GitHub's OpenAPI description. A violation answers 500 naming the operation
// and is recorded in `violations`, so tests can assert none happened.
//
// A request goes through the shared pipeline (src/sandbox/http: log, injected fault) and then, for the API:
// route, authentication, authorization, OpenAPI check of the request, the route's handler, tampering (tests
// only), OpenAPI check of the response. Git requests go to git-http.ts after the same access rules.
import { randomBytes } from 'node:crypto';
import { GITHUB_MESSAGES } from '../../github/http-policy.js';
import { type Fault, type Tamper, tamperWith, WriteCut } from '../http/faults.js';
import { type Exchange, requestPipeline } from '../http/pipeline.js';
import { type LoggedRequest, type Violation, violationReply } from '../http/request-log.js';
import { listenLocal, type Reply, readBody } from '../http/server.js';
import { addTeam, addUser, createRepo, type NewRepo, type NewUser, setPullRequestDraft } from './admin.js';
import { authenticate, authorize, isReply } from './auth.js';
import type { BareRepo } from './bare-repo.js';
import { checkpoint } from './checkpoint.js';
import { serveGitRequest } from './git-http.js';
import { errorBody, HttpError, type RouteContext } from './http.js';
import { githubOpenApi } from './openapi.js';
import { matchRoute, ROUTES } from './routing.js';
import { type SimRepo, SimStore, type SimTeam, type SimUser } from './state.js';
import { createWorld } from './world.js';

export type { Fault, Tamper, WriteCut } from '../http/faults.js';
export type { LoggedRequest, Violation } from '../http/request-log.js';

export const API_PREFIX = '/api/v3';

export interface GitHubSimulator {
  apiUrl: string;
  gitUrl: string;
  port: number;
  openApiVersion: string;
  violations: Violation[];
  faults: Fault[];
  tampers: Tamper[];
  /** Counts writes; armed, kills a client right after its Nth write (fault injection, see WriteCut). */
  cut: WriteCut;
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
  /** Saves the whole state (API and git refs); the function returned restores it. */
  checkpoint(): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** Ready for review (`draft: false`) or back to draft, as a person does in the web UI (GraphQL on GitHub). */
  setPullRequestDraft(p: { owner: string; repo: string; number: number; draft: boolean }): void;
}

const isApiPath = (pathname: string) => pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`);

/** A fault worded as GitHub words it: 403 and 429 are the secondary rate limit, with a retry-after. */
function faultReply(fault: Fault): Reply {
  const secondary = fault.status === 403 || fault.status === 429;
  const message =
    fault.message ??
    (secondary
      ? GITHUB_MESSAGES.secondaryRateLimit
      : fault.status === 404
        ? GITHUB_MESSAGES.notFound
        : 'Server Error');
  return {
    status: fault.status,
    body: errorBody(fault.status, message),
    headers: { ...(secondary ? { 'retry-after': '1' } : {}), ...fault.headers },
  };
}

export async function startGitHubSimulator(opts: { dir: string; port?: number }): Promise<GitHubSimulator> {
  const openapi = githubOpenApi();
  const store = new SimStore(opts.dir);
  const urls = { api: '', web: '' };
  const violations: Violation[] = [];
  const faults: Fault[] = [];
  const tampers: Tamper[] = [];
  const cut = new WriteCut();
  const requests: LoggedRequest[] = [];
  const unserved: string[] = [];
  const settings = { maxPerPage: 100 };
  const world = createWorld(store, urls, settings);

  async function serveApi(x: Exchange): Promise<Reply> {
    const { req, url, method, path, log } = x;
    const match = matchRoute(method, path);
    if (!match) {
      await readBody(req);
      unserved.push(`${method} ${path}`);
      return {
        status: 404,
        body: errorBody(404, GITHUB_MESSAGES.notFound),
        headers: { 'x-simulator-unserved': '1' },
      };
    }
    const { route, params } = match;
    const op = openapi.operation(method, route.path);
    log.operation = op.operationId;

    // Read the body before any early answer, so the connection stays usable for the next request.
    const raw = await readBody(req);
    const caller = authenticate(store, req);
    if (isReply(caller)) return caller;
    if (caller.user) log.user = caller.user.login;

    let body: unknown;
    if (raw.trim()) {
      try {
        body = JSON.parse(raw);
      } catch {
        return { status: 400, body: errorBody(400, 'Problems parsing JSON') };
      }
    }

    const access = authorize(store, route.access, params, caller.user);
    if (isReply(access)) return access;

    const about = { operation: op.operationId, method, path, template: route.path };
    const problem = openapi.checkRequest(op, params, url.searchParams, body);
    if (problem) return violationReply(violations, { ...about, direction: 'request', error: problem });

    const ctx: RouteContext = {
      world,
      params,
      query: url.searchParams,
      body,
      user: caller.user,
      // Only 'user' routes run without a repository, and they do not read it.
      repo: access.repo as SimRepo,
      permission: access.permission,
      url,
    };
    let reply: Reply;
    try {
      reply = await route.handle(ctx);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      reply = { status: e.status, body: errorBody(e.status, e.message, e.extra) };
    }
    reply.body = tamperWith(tampers, method, path, reply.body);
    const bad = openapi.checkResponse(op, reply.status, reply.body);
    if (bad) {
      return violationReply(violations, {
        ...about,
        direction: 'response',
        status: reply.status,
        error: bad,
      });
    }
    return reply;
  }

  const server = await listenLocal(
    requestPipeline({
      origin: () => urls.web,
      pathOf: (url) =>
        isApiPath(url.pathname) ? url.pathname.slice(API_PREFIX.length) || '/' : url.pathname,
      requests,
      faults,
      cut,
      faultReply,
      headers: () => ({
        'x-github-media-type': 'github.v3',
        'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      }),
      handle: async (x) => {
        if (isApiPath(x.url.pathname)) return serveApi(x);
        const status = await serveGitRequest(x, store);
        if (status !== undefined) return { written: status };
        x.req.resume();
        return { status: 404, body: errorBody(404, GITHUB_MESSAGES.notFound) };
      },
    }),
    opts.port,
  );
  urls.web = server.origin;
  urls.api = `${urls.web}${API_PREFIX}`;

  return {
    apiUrl: urls.api,
    gitUrl: urls.web,
    port: server.port,
    openApiVersion: openapi.version,
    violations,
    faults,
    tampers,
    cut,
    requests,
    unserved,
    settings,
    store,
    endpoints: ROUTES.map((r) => `${r.method} ${r.path}`),
    addUser: (u) => addUser(store, u),
    addTeam: (t) => addTeam(store, t),
    createRepo: (r) => createRepo(store, r),
    bare: (owner, name) => world.bare({ owner, name }),
    checkpoint: () => checkpoint(store),
    close: () => server.close(),
    setPullRequestDraft: (p) => setPullRequestDraft(store, p),
  };
}
