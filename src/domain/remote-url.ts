// Which GitHub repository a git remote URL names. The application-repository template runs create-release from the
// application's workflow with `repo-path` pointing at a checkout of the GitOps repository: the pull request belongs
// in the repository that checkout came from, not in GITHUB_REPOSITORY. Pure: the URL is given.

export interface RemoteRepo {
  owner: string;
  repo: string;
}

const SEGMENT = /^[A-Za-z0-9_.-]+$/;

/**
 * `owner/repo` of `url` when it points at the same server as `serverUrl` (https://github.com, a GHES host, the
 * simulator): `https://[user@]host/owner/repo[.git]`, `ssh://git@host/owner/repo.git`, `git@host:owner/repo.git`.
 * Undefined for any other host or shape (a local path, a mirror elsewhere).
 */
export function githubRepoFromRemote(url: string, serverUrl: string): RemoteRepo | undefined {
  let server: URL;
  try {
    server = new URL(serverUrl);
  } catch {
    return undefined;
  }
  let host: string;
  let path: string;
  const scp = /^[A-Za-z0-9_.-]+@([^:/]+):(?!\/)(.+)$/.exec(url);
  if (scp) {
    host = scp[1] ?? '';
    path = scp[2] ?? '';
    if (host.toLowerCase() !== server.hostname.toLowerCase()) return undefined;
  } else {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (u.protocol === 'ssh:') {
      if (u.hostname.toLowerCase() !== server.hostname.toLowerCase()) return undefined;
    } else if (u.protocol === 'https:' || u.protocol === 'http:') {
      if (u.protocol !== server.protocol || u.host.toLowerCase() !== server.host.toLowerCase())
        return undefined;
    } else {
      return undefined;
    }
    path = u.pathname;
    // A server under a path prefix (GHES behind a proxy, the simulator's git root): strip that prefix.
    const prefix = server.pathname.replace(/\/+$/, '');
    if (u.protocol !== 'ssh:' && prefix && path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
  }
  const parts = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/');
  if (parts.length !== 2) return undefined;
  const [owner = '', repo = ''] = parts;
  if (!SEGMENT.test(owner) || !SEGMENT.test(repo) || repo === '.' || repo === '..') return undefined;
  return { owner, repo };
}
