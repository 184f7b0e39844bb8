// The shapes shared by the simulator's routes: what a handler receives and returns, and GitHub's error bodies.
import type { Reply } from '../http/server.js';
import type { BareRepo } from './bare-repo.js';
import type { Account, PullView, Urls } from './factories.js';
import type { Permission, SimPull, SimRepo, SimStore, SimUser } from './state.js';

export const DOCS_URL = 'https://docs.github.com/rest';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { message, documentation_url: DOCS_URL, status: String(status), ...extra };
}

/** 422 as GitHub words it: `Validation Failed` plus what was wrong. */
export function validationFailed(errors: Record<string, unknown>[] | string[]): HttpError {
  return new HttpError(422, 'Validation Failed', { errors });
}

export type { Reply } from '../http/server.js';

/** What every handler can reach: the state, URLs, git, and derived views. */
export interface World {
  store: SimStore;
  urls: Urls;
  maxPerPage: number;
  bare(repo: { owner: string; name: string }): BareRepo;
  account(login: string): Account;
  association(repo: SimRepo, login: string): string;
  pullView(repo: SimRepo, pull: SimPull, full: boolean): Promise<PullView>;
  save(): void;
}

export interface RouteContext {
  world: World;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Already checked against the operation's request schema, so handlers may read it as that shape. */
  body: unknown;
  user: SimUser | undefined;
  /** Set for /repos/{owner}/{repo}/… routes, after the access check. */
  repo: SimRepo;
  permission: Permission | undefined;
  /** The request's own URL (for Link headers). */
  url: URL;
}

export type Access = 'user' | 'read' | 'write' | 'admin';

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The OpenAPI path template; also what the simulator matches. */
  path: string;
  access: Access;
  handle(ctx: RouteContext): Promise<Reply>;
}

/** One page of `items` per GitHub's `per_page`/`page`, with the Link header Octokit's paginate follows. */
export function page<T>(ctx: RouteContext, items: T[], mapper: (item: T) => unknown = (i) => i): Reply {
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), ctx.world.maxPerPage);
  const current = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((current - 1) * perPage, current * perPage);
  const link = (n: number, rel: string) => {
    const u = new URL(ctx.url);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (current > 1) links.push(link(1, 'first'), link(current - 1, 'prev'));
  return { status: 200, body: slice.map(mapper), headers: links.length ? { link: links.join(', ') } : {} };
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function findPull(ctx: RouteContext): SimPull {
  const n = Number(ctx.params.pull_number ?? ctx.params.issue_number);
  const pull = ctx.repo.pulls.find((p) => p.number === n);
  if (!pull) throw new HttpError(404, 'Not Found');
  return pull;
}
