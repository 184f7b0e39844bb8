// git over smart HTTP, served as `git http-backend` serves it (the git service spawned with an argument array), so
// `git clone http://x-access-token:TOKEN@HOST/OWNER/REPO.git` behaves like github.com.
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Exchange } from '../http/pipeline.js';
import { ReceivePackCommands, recordPushes } from './activity.js';
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

/**
 * Serves one smart-HTTP request against the bare repository `<projectRoot>/<owner>/<name>.git` the way
 * `git http-backend` does, but runs the service itself (`git upload-pack|receive-pack --stateless-rpc`) instead of
 * a CGI program that runs it: one process per request instead of two, and none for a protocol v2 capability
 * advertisement, which names no refs and so is the same for every repository (cached). Fifty action runs fetching
 * and pushing the state branch at once spend most of their time starting processes on a busy runner.
 */
export function serveGit(
  req: IncomingMessage,
  res: ServerResponse,
  opts: {
    projectRoot: string;
    git: GitRequest;
    remoteUser: string;
    /** Sees the request body as git reads it (after gunzip): the push's ref updates are read from it. */
    onBody?: (chunk: Buffer) => void;
  },
): Promise<number> {
  const service = opts.git.push ? 'receive-pack' : 'upload-pack';
  const dir = join(opts.projectRoot, opts.git.owner, `${opts.git.name}.git`);
  const protocol = req.headers['git-protocol'];
  const v2 = typeof protocol === 'string' && /(^|:)version=2(:|$)/.test(protocol);
  const advertise = opts.git.rest === 'info/refs';
  const noCache = {
    expires: 'Fri, 01 Jan 1980 00:00:00 GMT',
    pragma: 'no-cache',
    'cache-control': 'no-cache, max-age=0, must-revalidate',
  };
  const contentType = `application/x-git-${service}-${advertise ? 'advertisement' : 'result'}`;
  const cacheKey = `${opts.projectRoot}\0${protocol}`;
  const cached = advertise && v2 && service === 'upload-pack' ? v2Advertisements.get(cacheKey) : undefined;
  if (cached) {
    res.writeHead(200, { 'content-type': contentType, ...noCache }).end(cached);
    return Promise.resolve(200);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    // Who pushed, for the repository's reflogs (http-backend's names for them).
    GIT_COMMITTER_NAME: opts.remoteUser || 'anonymous',
    GIT_COMMITTER_EMAIL: `${opts.remoteUser || 'anonymous'}@http.${req.socket.remoteAddress ?? '127.0.0.1'}`,
    // GitHub never collects garbage while a push waits for its answer.
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'receive.autogc',
    GIT_CONFIG_VALUE_0: 'false',
  };
  if (typeof protocol === 'string') env.GIT_PROTOCOL = protocol;
  const args = [service, '--stateless-rpc', ...(advertise ? ['--http-backend-info-refs'] : []), dir];
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env, stdio: [advertise ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    if (child.stdin) {
      // A client sends a large request body gzipped (git's http.postBuffer logic); the service wants it plain.
      const body = req.headers['content-encoding'] === 'gzip' ? req.pipe(createGunzip()) : req;
      body.on('error', () => child.kill());
      if (opts.onBody) body.on('data', opts.onBody);
      child.stdin.on('error', () => {}); // the service may answer and exit before reading everything
      body.pipe(child.stdin);
    }
    child.on('close', (code) => {
      if (code !== 0) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`git ${service} failed: ${Buffer.concat(err).toString('utf8')}`);
        resolve(500);
        return;
      }
      // Protocol v0/v1 advertisements start with the service line; v2 ones do not (as http-backend writes them).
      const head = advertise && !v2 ? Buffer.from(`${pktLine(`# service=git-${service}\n`)}0000`) : undefined;
      const body = head ? Buffer.concat([head, ...out]) : Buffer.concat(out);
      if (advertise && v2 && service === 'upload-pack') v2Advertisements.set(cacheKey, body);
      res.writeHead(200, { 'content-type': contentType, ...noCache }).end(body);
      resolve(200);
    });
  });
}

const v2Advertisements = new Map<string, Buffer>();

function pktLine(text: string): string {
  return (Buffer.byteLength(text) + 4).toString(16).padStart(4, '0') + text;
}

/**
 * Serves a git request with GitHub's access rules; the HTTP status it answered, or undefined when the path is
 * not a git one. A push records the repository's pushed_at and, per branch it moved, an activity row naming the
 * pusher by the token it pushed with (activity.ts), as GitHub does.
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
  const receive = git.push && git.rest === 'git-receive-pack';
  const commands = receive ? new ReceivePackCommands() : undefined;
  const status = await serveGit(x.req, x.res, {
    projectRoot: join(store.dir, 'git'),
    git: { ...git, owner: repo.owner, name: repo.name },
    remoteUser: access.user?.login ?? '',
    ...(commands ? { onBody: (chunk: Buffer) => commands.feed(chunk) } : {}),
  });
  if (commands && status === 200) {
    repo.pushedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const bare = new BareRepo(store.bareDir(repo));
    await recordPushes(repo, bare, commands.updates, access.user?.login ?? '', () => store.nextId());
    store.save();
  }
  return status;
}
