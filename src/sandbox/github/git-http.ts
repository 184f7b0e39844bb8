// git over smart HTTP, served by `git http-backend` as a CGI program (spawned with an argument array and a CGI
// environment), so `git clone http://x-access-token:TOKEN@HOST/OWNER/REPO.git` behaves like github.com.
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Exchange } from '../http/pipeline.js';
import { authorizeGit } from './auth.js';
import { BareRepo } from './bare-repo.js';
import { syncPullRefs } from './pull-refs.js';
import type { SimStore } from './state.js';

export const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;

export interface GitRequest {
  owner: string;
  name: string;
  /** `info/refs`, `git-upload-pack` or `git-receive-pack`. */
  rest: string;
  push: boolean;
}

export function parseGitPath(pathname: string, query: URLSearchParams): GitRequest | undefined {
  const m = GIT_PATH.exec(pathname);
  if (!m) return undefined;
  const [, owner = '', name = '', rest = ''] = m;
  const push =
    rest === 'git-receive-pack' || (rest === 'info/refs' && query.get('service') === 'git-receive-pack');
  return { owner, name, rest, push };
}

/** Runs http-backend for one request against the bare repository `<projectRoot>/<owner>/<name>.git`. */
export function serveGit(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { projectRoot: string; git: GitRequest; query: string; remoteUser: string },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: opts.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: `/${opts.git.owner}/${opts.git.name}.git/${opts.git.rest}`,
      REQUEST_METHOD: req.method ?? 'GET',
      QUERY_STRING: opts.query,
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_USER: opts.remoteUser,
      REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
      // Access was decided by the simulator already; let http-backend accept pushes from that user.
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.receivepack',
      GIT_CONFIG_VALUE_0: 'true',
    };
    const encoding = req.headers['content-encoding'];
    if (typeof encoding === 'string') env.HTTP_CONTENT_ENCODING = encoding;
    const protocol = req.headers['git-protocol'];
    if (typeof protocol === 'string') env.GIT_PROTOCOL = protocol;
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    req.pipe(child.stdin);
    child.on('close', () => {
      const all = Buffer.concat(out);
      let split = all.indexOf('\r\n\r\n');
      let sepLen = 4;
      if (split < 0) {
        split = all.indexOf('\n\n');
        sepLen = 2;
      }
      if (split < 0) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`git http-backend failed: ${Buffer.concat(err).toString('utf8')}`);
        resolve(500);
        return;
      }
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of all.subarray(0, split).toString('utf8').split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i < 0) continue;
        const key = line.slice(0, i).trim().toLowerCase();
        const value = line.slice(i + 1).trim();
        if (key === 'status') status = Number.parseInt(value, 10) || 200;
        else headers[key] = value;
      }
      res.writeHead(status, headers);
      res.end(all.subarray(split + sepLen));
      resolve(status);
    });
  });
}

/**
 * Serves a git request with GitHub's access rules; the HTTP status it answered, or undefined when the path is
 * not a git one. A push records the repository's pushed_at, as GitHub does.
 */
export async function serveGitRequest(x: Exchange, store: SimStore): Promise<number | undefined> {
  const git = parseGitPath(x.url.pathname, x.url.searchParams);
  if (!git) return undefined;
  const access = authorizeGit(store, x.req, git);
  if (access.user) x.log.user = access.user.login;
  if (access.denied || !access.repo) {
    const d = access.denied ?? { status: 404, headers: {}, text: '' };
    x.res.writeHead(d.status, d.headers).end(d.text);
    return d.status;
  }
  const repo = access.repo;
  if (!git.push && git.rest === 'info/refs') await syncPullRefs(new BareRepo(store.bareDir(repo)), repo);
  const status = await serveGit(x.req, x.res, {
    projectRoot: join(store.dir, 'git'),
    git: { ...git, owner: repo.owner, name: repo.name },
    query: x.url.search.replace(/^\?/, ''),
    remoteUser: access.user?.login ?? '',
  });
  if (git.push && git.rest === 'git-receive-pack' && status === 200) {
    repo.pushedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    store.save();
  }
  return status;
}
