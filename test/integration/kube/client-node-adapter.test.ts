// The real @kubernetes/client-node adapter against the cluster simulator over HTTP: discovery, get, list,
// and a watch from a list's resourceVersion that sees a change well within a second.
import { afterEach, describe, expect, it } from 'vitest';
import { createClientNodeKube } from '../../../src/kube/client-node-adapter.js';
import type { KubePort } from '../../../src/kube/port.js';
import {
  type KubeApiServer,
  kubeconfigFor,
  startKubeApiServer,
} from '../../../src/sandbox/kube/simulator.js';

const cm = (name: string, data: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'default', labels: { app: 'web' } },
  data,
});

let server: KubeApiServer;
let kube: KubePort;

async function start(): Promise<void> {
  server = await startKubeApiServer({ now: Date.now });
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
