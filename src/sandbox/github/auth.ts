// Who a request is and what it may do, decided as GitHub decides it: a bad token is 401 even where anonymous
// access would do; a private repository the user cannot see is 404, not 403 (GitHub hides its existence);
// writing without the permission is 403 with the message GITHUB_TOKEN users meet.
import type { IncomingMessage } from 'node:http';
import { GITHUB_MESSAGES } from '../../github/http-policy.js';
import type { Reply } from '../http/server.js';
import { type Access, errorBody } from './http.js';
import { type Permission, permits, type SimRepo, type SimStore, type SimUser } from './state.js';

/** The token of `token X`, `bearer X` or basic auth's password; '' for another scheme; undefined for none. */
export function tokenOf(req: IncomingMessage): string | undefined {
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

const deny = (status: number, message: string): Reply => ({ status, body: errorBody(status, message) });

/** The API's caller: a user, nobody (no credentials), or a 401 for credentials that match no one. */
export function authenticate(store: SimStore, req: IncomingMessage): { user?: SimUser } | Reply {
  const token = tokenOf(req);
  if (token === undefined) return {};
  const user = store.userByToken(token);
  return user ? { user } : deny(401, GITHUB_MESSAGES.badCredentials);
}

/** Whether `user` may call a route of this access level; for repository routes, the repository and permission. */
export function authorize(
  store: SimStore,
  access: Access,
  params: Record<string, string>,
  user: SimUser | undefined,
): { repo?: SimRepo; permission?: Permission } | Reply {
  if (access === 'user') {
    return user ? {} : deny(401, GITHUB_MESSAGES.requiresAuthentication);
  }
  const repo = store.repo(params.owner ?? '', params.repo ?? '');
  const permission = repo && user ? store.permission(repo, user.login) : undefined;
  const canRead = repo && (!repo.private || permission !== undefined);
  if (!repo || !canRead) return deny(404, GITHUB_MESSAGES.notFound);
  if (access !== 'read') {
    if (!user) return deny(401, GITHUB_MESSAGES.requiresAuthentication);
    if (!permits(permission, access)) return deny(403, GITHUB_MESSAGES.notAccessibleByIntegration);
  }
  return permission === undefined ? { repo } : { repo, permission };
}

export function isReply(v: object): v is Reply {
  return 'status' in v;
}

/** A git request's caller and repository, or the plain-text refusal git shows its user (with a Basic challenge). */
export interface GitAccess {
  user?: SimUser;
  repo?: SimRepo;
  denied?: { status: number; headers: Record<string, string>; text: string };
}

export function authorizeGit(
  store: SimStore,
  req: IncomingMessage,
  git: { owner: string; name: string; push: boolean },
): GitAccess {
  const challenge = { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' };
  const plain = { 'content-type': 'text/plain' };
  const token = tokenOf(req);
  const user = token ? store.userByToken(token) : undefined;
  const repo = store.repo(git.owner, git.name);
  const permission = repo && user ? store.permission(repo, user.login) : undefined;
  const who = { ...(user ? { user } : {}), ...(repo ? { repo } : {}) };
  const deny = (status: number, headers: Record<string, string>, text: string): GitAccess => ({
    ...who,
    denied: { status, headers, text },
  });
  if (token !== undefined && !user) return deny(401, challenge, 'Invalid username or token.\n');
  if ((git.push || !repo || repo.private) && !user) return deny(401, challenge, 'Authentication required.\n');
  if (!repo || (repo.private && !permission)) return deny(404, plain, 'Repository not found.\n');
  if (git.push && !permits(permission, 'write')) {
    return deny(403, plain, `Permission to ${repo.owner}/${repo.name}.git denied to ${user?.login}.\n`);
  }
  return who;
}
