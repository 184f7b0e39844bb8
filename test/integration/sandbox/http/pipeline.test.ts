// The pipeline every simulator shares, on a real local server, with a made-up service (not GitHub) to show that
// nothing in it is GitHub's.
import { afterEach, describe, expect, it } from 'vitest';
import { type Fault, type Tamper, takeFault, tamperWith } from '../../../../src/sandbox/http/faults.js';
import { requestPipeline } from '../../../../src/sandbox/http/pipeline.js';
import {
  type LoggedRequest,
  type Violation,
  violationReply,
} from '../../../../src/sandbox/http/request-log.js';
import { type LocalServer, listenLocal, readBody } from '../../../../src/sandbox/http/server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(faults: Fault[] = []) {
  const requests: LoggedRequest[] = [];
  let origin = '';
  server = await listenLocal(
    requestPipeline({
      origin: () => origin,
      pathOf: (url) => url.pathname.replace(/^\/k8s/, ''),
      requests,
      faults,
      faultReply: (f) => ({ status: f.status, body: { kind: 'Status', message: f.message ?? 'injected' } }),
      headers: () => ({ 'x-sim': 'yes' }),
      handle: async (x) => {
        if (x.path === '/boom') throw new Error('handler bug');
        if (x.path === '/stream') {
          x.res.writeHead(202, { 'content-type': 'text/plain' }).end('streamed');
          return { written: 202 };
        }
        const body = await readBody(x.req);
        return { status: 200, body: { path: x.path, method: x.method, echo: body } };
      },
    }),
  );
  origin = server.origin;
  return { requests, url: (p: string) => `${origin}/k8s${p}` };
}

describe('requestPipeline on a local server', () => {
  it('hands requests to the handler and logs each under the service path, with the shared headers', async () => {
    const { requests, url } = await start();
    const r = await fetch(url('/api/v1/pods'), { method: 'POST', body: 'hi' });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-sim')).toBe('yes');
    expect(await r.json()).toEqual({ path: '/api/v1/pods', method: 'POST', echo: 'hi' });
    const s = await fetch(url('/stream'));
    expect([s.status, await s.text()]).toEqual([202, 'streamed']);
    expect(requests).toEqual([
      { method: 'POST', path: '/api/v1/pods', status: 200 },
      { method: 'GET', path: '/stream', status: 202 },
    ]);
    expect(server?.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers an injected fault as many times as asked, in the service words, then lets requests through', async () => {
    const faults: Fault[] = [
      { method: 'get', path: /^\/api\/v1\/pods$/, status: 503, times: 2, message: 'etcd down' },
    ];
    const { requests, url } = await start(faults);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(url('/api/v1/pods'))).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await fetch(url('/api/v1/pods'), { method: 'POST' })).status).toBe(200);
    expect(requests.filter((r) => r.fault)).toHaveLength(2);
    expect(faults[0]?.times).toBe(0);
  });

  it('a handler that throws is answered 500 naming the bug, and the server keeps serving', async () => {
    const { requests, url } = await start();
    const r = await fetch(url('/boom'));
    expect(r.status).toBe(500);
    expect(((await r.json()) as { message: string }).message).toMatch(/^simulator bug: Error: handler bug/);
    expect((await fetch(url('/ok'))).status).toBe(200);
    expect(requests.map((q) => q.status)).toEqual([500, 200]);
  });
});

describe('fault, tamper and violation helpers', () => {
  it('takes a fault only while it has uses left, matching method case-insensitively', () => {
    const faults: Fault[] = [{ method: 'post', path: /^\/x/, status: 500 }];
    expect(takeFault(faults, 'GET', '/x')).toBeUndefined();
    expect(takeFault(faults, 'POST', '/x/1')?.status).toBe(500);
    expect(takeFault(faults, 'POST', '/x/1')).toBeUndefined();
  });

  it('applies every matching tamper in order', () => {
    const tampers: Tamper[] = [
      { path: /^\/a/, mutate: (b) => ({ ...(b as object), one: 1 }) },
      { method: 'GET', path: /^\/a/, mutate: (b) => ({ ...(b as object), two: 2 }) },
      { path: /^\/b/, mutate: () => 'never' },
    ];
    expect(tamperWith(tampers, 'GET', '/a', {})).toEqual({ one: 1, two: 2 });
    expect(tamperWith(tampers, 'POST', '/a', {})).toEqual({ one: 1 });
  });

  it('records a violation and answers 500 naming the operation and what drifted', () => {
    const violations: Violation[] = [];
    const reply = violationReply(violations, {
      operation: 'pulls/get',
      method: 'GET',
      path: '/repos/a/b/pulls/1',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}',
      direction: 'response',
      status: 200,
      error: 'response must have required property head',
    });
    expect(reply.status).toBe(500);
    expect(reply.body.message).toBe(
      'OpenAPI violation in the 200 response of pulls/get (GET /repos/{owner}/{repo}/pulls/{pull_number}) at /repos/a/b/pulls/1: response must have required property head',
    );
    expect(violations).toEqual([
      {
        operation: 'pulls/get',
        method: 'GET',
        path: '/repos/a/b/pulls/1',
        direction: 'response',
        status: 200,
        error: 'response must have required property head',
      },
    ]);
  });
});
