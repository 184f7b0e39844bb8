// The local Kubernetes API server: what @kubernetes/client-node (verify-health's adapter) and kubectl-style
// clients use — discovery, get, list, watch (JSON lines from a resourceVersion), create, update, server-side
// apply, merge patch, delete — for the kinds in kinds.ts, over the shared simulator pipeline (src/sandbox/http:
// request log, injected faults). Controllers (controllers.ts) and the GitOps syncer (syncer.ts) act on the same
// store the API serves, so a client sees status move as on a real cluster.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import type { KubeObject } from '../../kube/port.js';
import type { Fault } from '../http/faults.js';
import { type Answer, type Exchange, requestPipeline } from '../http/pipeline.js';
import type { LoggedRequest } from '../http/request-log.js';
import { listenLocal, type Reply, readBody } from '../http/server.js';
import { applyOver, mergePatch } from './apply.js';
import { apiVersionOf, coreVersions, groupList, resourceList } from './kinds.js';
import { parsePath } from './routes.js';
import { KubeError, ObjectStore, type Selection, selects } from './store.js';

export type { Fault } from '../http/faults.js';
export { kubeconfigFor } from './kubeconfig.js';

export interface KubeApiServer {
  url: string;
  port: number;
  token: string;
  store: ObjectStore;
  requests: LoggedRequest[];
  faults: Fault[];
  /** Open watch streams (for tests: a closed client leaves none). */
  watchers(): number;
  close(): Promise<void>;
}

export function statusBody(code: number, reason: string, message: string): unknown {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

const failure = (e: KubeError): Reply => ({ status: e.code, body: statusBody(e.code, e.reason, e.message) });

/** Built-in lists carry no apiVersion/kind on their items; custom resources' do. */
function listItem(o: KubeObject, custom: boolean): unknown {
  if (custom) return o;
  const { apiVersion: _a, kind: _k, ...rest } = o;
  return rest;
}

export async function startKubeApiServer(opts: {
  now: () => number;
  port?: number;
  token?: string;
  store?: ObjectStore;
  /**
   * Serve requests without credentials too (a wrong token is still refused). kubectl sends no bearer token over
   * plain http, and `gitopshq sandbox up` promises kubectl works; the server listens on 127.0.0.1 only.
   */
  allowAnonymous?: boolean;
  /**
   * Further clusters on the same server, by name, each with its own store: `/clusters/<name>/api/...` is cluster
   * `<name>`'s API (a kubeconfig context per cluster, see kubeconfig.ts); every other path is this store's, the cluster
   * Argo CD and Flux run in. The same token opens them all.
   */
  clusters?: ReadonlyMap<string, ObjectStore>;
}): Promise<KubeApiServer> {
  const token = opts.token ?? randomBytes(20).toString('hex');
  const store = opts.store ?? new ObjectStore(opts.now);
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  const streams = new Set<ServerResponse>();
  let origin = '';

  for (const [s, names] of [
    [store, ['default', 'kube-system', 'argocd', 'flux-system']],
    ...[...(opts.clusters?.values() ?? [])].map((c) => [c, ['default', 'kube-system']] as const),
  ] as const) {
    for (const ns of names) {
      if (!s.get('v1', 'Namespace', undefined, ns)) {
        await s.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
      }
    }
  }

  function watch(x: Exchange, store: ObjectStore, sel: Selection, custom: boolean): Answer {
    const q = x.url.searchParams;
    const from = q.get('resourceVersion');
    const timeoutS = Number(q.get('timeoutSeconds') ?? '1800');
    const { res } = x;
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    // Headers now, as a real API server sends them: a client's watch is established before any event.
    res.flushHeaders();
    const send = (type: string, object: unknown) => res.write(`${JSON.stringify({ type, object })}\n`);
    streams.add(res);
    let pending: { type: string; object: KubeObject }[] = [];
    try {
      if (!from || from === '0') {
        // No resourceVersion: the current state as ADDED events, then changes.
        pending = store.list(sel).map((object) => ({ type: 'ADDED', object }));
      } else {
        pending = store.since(Number(from)).filter((e) => selects(sel, e.object));
      }
    } catch (e) {
      if (!(e instanceof KubeError)) throw e;
      send('ERROR', statusBody(e.code, e.reason, e.message));
      res.end();
      streams.delete(res);
      return { written: 200 };
    }
    for (const e of pending) send(e.type, listItem(e.object, custom));
    const unsubscribe = store.subscribe((e) => {
      if (selects(sel, e.object)) send(e.type, listItem(e.object, custom));
    });
    const timer = setTimeout(() => res.end(), Math.max(1, timeoutS) * 1000);
    const stop = () => {
      clearTimeout(timer);
      unsubscribe();
      streams.delete(res);
    };
    res.on('close', stop);
    x.req.on('close', () => res.end());
    return { written: 200 };
  }

  /**
   * Argo CD's REST API (`argocd-server`), on the same server: `GET /api/v1/applications/<name>` with the same token,
   * answered as Argo CD does (the Application without apiVersion/kind; errors as gRPC-gateway bodies).
   */
  function argoCdApplication(name: string, appNamespace: string | null, auth: string | undefined): Reply {
    if (auth !== `Bearer ${token}`) {
      return {
        status: 401,
        body: {
          error: 'invalid session: token is malformed',
          code: 16,
          message: 'invalid session: token is malformed',
        },
      };
    }
    const app = store.get('argoproj.io/v1alpha1', 'Application', appNamespace || 'argocd', name);
    if (!app) {
      const message = `applications.argoproj.io "${name}" not found`;
      return { status: 404, body: { error: message, code: 5, message } };
    }
    const { apiVersion: _a, kind: _k, ...rest } = app;
    return { status: 200, body: rest };
  }

  async function handle(x: Exchange): Promise<Answer> {
    const { req, url } = x;
    const routed = url.pathname.match(/^\/clusters\/([^/]+)(\/.*)?$/);
    const named = routed ? opts.clusters?.get(decodeURIComponent(routed[1] as string)) : undefined;
    if (routed && !named) {
      await readBody(req);
      return { status: 404, body: statusBody(404, 'NotFound', `no cluster ${routed[1]} in this simulator`) };
    }
    return serve(x, named ?? store, routed ? (routed[2] ?? '/') : url.pathname);
  }

  async function serve(x: Exchange, store: ObjectStore, pathname: string): Promise<Answer> {
    const { req, url, method } = x;
    const raw = await readBody(req);
    const auth = req.headers.authorization;
    // Argo CD's REST API is served by the cluster it runs in only.
    const argo = pathname === url.pathname && pathname.match(/^\/api\/v1\/applications\/([^/]+)$/);
    if (argo)
      return argoCdApplication(
        decodeURIComponent(argo[1] as string),
        url.searchParams.get('appNamespace'),
        auth,
      );
    if (auth !== `Bearer ${token}` && !(opts.allowAnonymous && auth === undefined)) {
      return { status: 401, body: statusBody(401, 'Unauthorized', 'Unauthorized') };
    }
    const p = parsePath(pathname);
    if (p.type === 'version') {
      return {
        status: 200,
        body: { major: '1', minor: '33', gitVersion: 'v1.33.0-gitopshq-sim', platform: 'linux/amd64' },
      };
    }
    if (p.type === 'discovery') {
      if (method !== 'GET')
        return { status: 405, body: statusBody(405, 'MethodNotAllowed', 'method not allowed') };
      if (p.root === 'api' && p.version === undefined) return { status: 200, body: coreVersions(origin) };
      if (p.root === 'apis' && p.group === undefined) return { status: 200, body: groupList() };
      const list = p.version !== undefined ? resourceList(p.group ?? '', p.version) : undefined;
      if (list) return { status: 200, body: list };
      return {
        status: 404,
        body: statusBody(404, 'NotFound', 'the server could not find the requested resource'),
      };
    }
    if (p.type !== 'resource') {
      return {
        status: 404,
        body: statusBody(404, 'NotFound', 'the server could not find the requested resource'),
      };
    }
    const { info } = p;
    const apiVersion = apiVersionOf(info);
    const ns = info.namespaced ? p.namespace : undefined;
    const body = (): KubeObject => {
      const ct = req.headers['content-type'] ?? '';
      try {
        const parsed = (ct.includes('yaml') ? parseYaml(raw) : JSON.parse(raw)) as unknown;
        if (parsed === null || typeof parsed !== 'object') throw new Error('not an object');
        return parsed as KubeObject;
      } catch (e) {
        throw new KubeError(
          400,
          'BadRequest',
          `the body of the request was in an unknown format: ${(e as Error).message}`,
        );
      }
    };
    try {
      if (p.name === undefined) {
        if (method === 'GET') {
          const sel: Selection = {
            info,
            ...(ns !== undefined ? { namespace: ns } : {}),
            labelSelector: url.searchParams.get('labelSelector') ?? undefined,
          };
          if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1')
            return watch(x, store, sel, !!info.custom);
          const items = store.list(sel).map((o) => listItem(o, !!info.custom));
          return {
            status: 200,
            body: {
              apiVersion,
              kind: `${info.kind}List`,
              metadata: { resourceVersion: store.resourceVersion },
              items,
            },
          };
        }
        if (method === 'POST') {
          const o = body();
          if (o.apiVersion !== apiVersion || o.kind !== info.kind) {
            throw new KubeError(
              400,
              'BadRequest',
              `the API version in the data (${o.apiVersion}) does not match the expected API version (${apiVersion})`,
            );
          }
          const { status: _s, ...spec } = o;
          const meta = { ...o.metadata, ...(ns !== undefined ? { namespace: ns } : {}) };
          return { status: 201, body: await store.create({ ...spec, metadata: meta } as KubeObject) };
        }
        return {
          status: 405,
          body: statusBody(405, 'MethodNotAllowed', `${method} is not allowed on a collection`),
        };
      }
      const name = p.name;
      const current = store.get(apiVersion, info.kind, ns, name);
      const notFound = () =>
        new KubeError(
          404,
          'NotFound',
          `${info.plural}${info.group ? `.${info.group}` : ''} "${name}" not found`,
        );
      const status = p.subresource === 'status';
      switch (method) {
        case 'GET':
          if (!current) throw notFound();
          return { status: 200, body: current };
        case 'DELETE':
          if (!current) throw notFound();
          store.delete(apiVersion, info.kind, ns, name);
          return {
            status: 200,
            body: {
              kind: 'Status',
              apiVersion: 'v1',
              metadata: {},
              status: 'Success',
              details: { name, kind: info.plural, uid: current.metadata.uid },
            },
          };
        case 'PUT': {
          if (!current) throw notFound();
          const o = body();
          if (status)
            return {
              status: 200,
              body: await store.setStatus(current, (o.status ?? {}) as Record<string, unknown>),
            };
          return {
            status: 200,
            body: await store.update({
              ...o,
              apiVersion,
              kind: info.kind,
              metadata: { ...o.metadata, name, ...(ns !== undefined ? { namespace: ns } : {}) },
            }),
          };
        }
        case 'PATCH': {
          const ct = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
          const o = body();
          if (ct === 'application/apply-patch+yaml') {
            if (!url.searchParams.get('fieldManager')) {
              throw new KubeError(
                422,
                'Invalid',
                'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
              );
            }
            if (o.metadata?.name !== name)
              throw new KubeError(
                400,
                'BadRequest',
                `the name of the object (${o.metadata?.name}) does not match the name on the URL (${name})`,
              );
            if (status) {
              if (!current) throw notFound();
              return {
                status: 200,
                body: await store.setStatus(current, (o.status ?? {}) as Record<string, unknown>),
              };
            }
            const applied = {
              ...o,
              metadata: { ...o.metadata, ...(ns !== undefined ? { namespace: ns } : {}) },
            };
            if (!current) {
              const { status: _s, ...rest } = applied;
              return { status: 201, body: await store.create(rest as KubeObject) };
            }
            return { status: 200, body: await store.update(applyOver(current, applied)) };
          }
          if (ct === 'application/merge-patch+json' || ct === 'application/strategic-merge-patch+json') {
            if (!current) throw notFound();
            const next = mergePatch(current, o) as KubeObject;
            if (status)
              return {
                status: 200,
                body: await store.setStatus(current, (next.status ?? {}) as Record<string, unknown>),
              };
            return {
              status: 200,
              body: await store.update({
                ...next,
                metadata: { ...next.metadata, resourceVersion: undefined },
              }),
            };
          }
          return {
            status: 415,
            body: statusBody(
              415,
              'UnsupportedMediaType',
              `the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, application/apply-patch+yaml (got ${ct})`,
            ),
          };
        }
        default:
          return { status: 405, body: statusBody(405, 'MethodNotAllowed', `${method} is not allowed`) };
      }
    } catch (e) {
      if (e instanceof KubeError) return failure(e);
      throw e;
    }
  }

  const server = await listenLocal(
    requestPipeline({
      origin: () => origin,
      pathOf: (url) => url.pathname,
      requests,
      faults,
      faultReply: (f) => ({
        status: f.status,
        body: statusBody(
          f.status,
          f.status === 429 ? 'TooManyRequests' : 'InternalError',
          f.message ?? 'injected fault',
        ),
        headers: { ...(f.status === 429 ? { 'retry-after': '1' } : {}), ...f.headers },
      }),
      handle,
    }),
    opts.port,
  );
  origin = server.origin;
  return {
    url: server.origin,
    port: server.port,
    token,
    store,
    requests,
    faults,
    watchers: () => streams.size,
    close: async () => {
      for (const s of streams) s.end();
      await server.close();
    },
  };
}
