// The real @kubernetes/client-node adapter against the cluster simulator over HTTP: discovery, get, list,
// and a watch from a list's resourceVersion that sees a change well within a second; a watch from a version the
// server no longer keeps (410 Expired) wakes the caller at once to list again, and the new watch works.
import { afterEach, describe, expect, it } from 'vitest';
import { ArgoCdApi } from '../../../src/kube/argocd-api-adapter.js';
import { createClientNodeKube } from '../../../src/kube/client-node-adapter.js';
import type { KubePort } from '../../../src/kube/port.js';
import {
  type KubeApiServer,
  kubeconfigFor,
  startKubeApiServer,
} from '../../../src/sandbox/kube/simulator.js';
import { ObjectStore } from '../../../src/sandbox/kube/store.js';

const cm = (name: string, data: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'default', labels: { app: 'web' } },
  data,
});

let server: KubeApiServer;
let kube: KubePort;

async function start(store?: ObjectStore): Promise<void> {
  server = await startKubeApiServer({ now: Date.now, ...(store ? { store } : {}) });
  kube = createClientNodeKube({ kubeconfig: kubeconfigFor(server.url, server.token) });
}

afterEach(async () => {
  await kube?.close();
  await server?.close();
});

describe('client-node adapter against the cluster simulator', () => {
  it('gets, lists and answers Missing as undefined, with objects exactly as served', async () => {
    await start();
    await server.store.create(cm('web-config', { a: '1' }));
    const got = await kube.get({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'web-config',
      namespace: 'default',
    });
    expect(got?.metadata.name).toBe('web-config');
    expect(got?.data).toEqual({ a: '1' });
    // Plain JSON, not the client's typed models (a Date would not be a string).
    expect(typeof got?.metadata.creationTimestamp).toBe('string');
    expect(
      await kube.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'nope', namespace: 'default' }),
    ).toBeUndefined();

    const list = await kube.list({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'default',
      labelSelector: 'app=web',
    });
    expect(list.items.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual([
      'v1 ConfigMap web-config',
    ]);
    expect(Number(list.resourceVersion)).toBeGreaterThan(0);
    const none = await kube.list({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'default',
      labelSelector: 'app=api',
    });
    expect(none.items).toEqual([]);
  });

  it('answers servesKind from discovery, including a group the server does not serve', async () => {
    await start();
    expect(await kube.servesKind('apps/v1', 'Deployment')).toBe(true);
    expect(await kube.servesKind('argoproj.io/v1alpha1', 'Application')).toBe(true);
    expect(await kube.servesKind('v1', 'Pod')).toBe(true);
    expect(await kube.servesKind('argoproj.io/v1alpha1', 'Rollout')).toBe(false);
    expect(await kube.servesKind('monitoring.coreos.com/v1', 'ServiceMonitor')).toBe(false);
  });

  it('sees a change made after a list within well under a second, and times out when nothing changes', async () => {
    await start();
    await server.store.create(cm('web-config'));
    const query = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default' };
    const { resourceVersion } = await kube.list(query);

    const quiet = Date.now();
    expect(await kube.waitForChange([{ query, resourceVersion }], { timeoutMs: 300 })).toBe('timeout');
    expect(Date.now() - quiet).toBeGreaterThanOrEqual(290);

    const waiting = kube.waitForChange([{ query, resourceVersion }], { timeoutMs: 5000 });
    for (let i = 0; i < 250 && server.watchers() === 0; i++) await new Promise((r) => setTimeout(r, 4));
    const changedAt = performance.now();
    await server.store.create(cm('other'));
    const outcome = await waiting;
    const latency = performance.now() - changedAt;
    console.log(
      `watch latency: ${latency.toFixed(1)} ms from the simulator's change to waitForChange resolving`,
    );
    expect(outcome).toBe('changed');
    expect(latency).toBeLessThan(500);

    // A change made between the list and the watch is not missed (the watch starts after the list's version).
    const { resourceVersion: rv2 } = await kube.list(query);
    await server.store.create(cm('between'));
    expect(await kube.waitForChange([{ query, resourceVersion: rv2 }], { timeoutMs: 2000 })).toBe('changed');

    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const { resourceVersion: rv3 } = await kube.list(query);
    expect(
      await kube.waitForChange([{ query, resourceVersion: rv3 }], { timeoutMs: 5000, signal: ac.signal }),
    ).toBe('aborted');
    // Every watch this adapter opened is closed once it returned.
    for (let i = 0; i < 100 && server.watchers() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(server.watchers()).toBe(0);
  });
});

describe('client-node adapter, a watch from a resourceVersion too old (410 Gone)', () => {
  it('wakes at once as a change (list again), never fails nor waits out its timeout; the next watch works', async () => {
    // A compaction window of 3 changes, so a few writes elsewhere age the list's version out, as etcd does.
    await start(new ObjectStore(Date.now, 3));
    await server.store.create(cm('web-config'));
    const query = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default' };
    const { resourceVersion: old } = await kube.list(query);
    await server.store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'busy' } });
    for (let i = 0; i < 5; i++) {
      await server.store.create({ ...cm(`other-${i}`), metadata: { name: `other-${i}`, namespace: 'busy' } });
    }
    const before = server.requests.length;
    const t0 = performance.now();
    expect(await kube.waitForChange([{ query, resourceVersion: old }], { timeoutMs: 10_000 })).toBe(
      'changed',
    );
    expect(performance.now() - t0).toBeLessThan(2_000);
    // The simulator answered the watch itself with 200 and an ERROR event carrying the 410, as an API server does.
    expect(server.requests.slice(before).map((r) => r.status)).toEqual([200]);

    // Listed again: a watch from the fresh version is a real one (quiet until a change, then woken by it).
    const { resourceVersion: fresh } = await kube.list(query);
    expect(Number(fresh)).toBeGreaterThan(Number(old));
    expect(await kube.waitForChange([{ query, resourceVersion: fresh }], { timeoutMs: 300 })).toBe('timeout');
    const waiting = kube.waitForChange([{ query, resourceVersion: fresh }], { timeoutMs: 5_000 });
    for (let i = 0; i < 250 && server.watchers() === 0; i++) await new Promise((r) => setTimeout(r, 4));
    await server.store.create(cm('after'));
    expect(await waiting).toBe('changed');
  });
});

describe('Argo CD REST adapter against the simulator', () => {
  it('reads an Application with a Bearer token, answers undefined for a missing one, and names a refused token', async () => {
    await start();
    await server.store.create({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'dev-canary-web', namespace: 'argocd' },
      spec: { project: 'default' },
    });
    const api = new ArgoCdApi({ server: `${server.url}/`, token: server.token });
    const got = await api.getApplication('dev-canary-web');
    expect([got?.apiVersion, got?.kind, got?.metadata.name]).toEqual([
      'argoproj.io/v1alpha1',
      'Application',
      'dev-canary-web',
    ]);
    expect(await api.getApplication('nope')).toBeUndefined();
    const bad = new ArgoCdApi({ server: server.url, token: 'wrong' });
    await expect(bad.getApplication('dev-canary-web')).rejects.toThrow(/HTTP 401: invalid session/);
  });
});
