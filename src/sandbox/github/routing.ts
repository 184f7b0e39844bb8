// Which route serves a request: the OpenAPI path templates of every endpoint the simulator serves, matched the
// way GitHub matches them.
import { ACTIVITY_ROUTES } from './activity.js';
import type { Route } from './http.js';
import { ISSUE_TRACKER_ROUTES } from './routes-issue-tracker.js';
import { ISSUE_ROUTES } from './routes-issues.js';
import { PULL_ROUTES } from './routes-pulls.js';
import { REPO_ROUTES } from './routes-repo.js';

export const ROUTES: readonly Route[] = [
  ...REPO_ROUTES,
  ...PULL_ROUTES,
  ...ISSUE_ROUTES,
  // verify-health's drift issue (issue 10).
  ...ISSUE_TRACKER_ROUTES,
  // Who pushed to a pull request's branch, for approve-gate.
  ...ACTIVITY_ROUTES,
];

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

/** The route for `method path` (the path after /api/v3) and its decoded path parameters. */
export function matchRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const c of COMPILED) {
    if (c.route.method !== method) continue;
    const m = c.regex.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    c.names.forEach((n, i) => {
      params[n] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { route: c.route, params };
  }
  return undefined;
}
