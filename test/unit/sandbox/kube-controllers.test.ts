// The cluster simulator's controllers on a stopped clock, stepped by hand: a Deployment rolls out replica by
// replica, a `crashloop` image crash-loops until the progress deadline passes, and every status they write passes
// the Kubernetes schemas (the store refuses what a real API server would).
import { describe, expect, it } from 'vitest';
import { assessHealth } from '../../../src/domain/health/index.js';
import type { KubeObject } from '../../../src/kube/port.js';
import { createSimClock } from '../../../src/sandbox/kube/clock.js';
import { startControllers } from '../../../src/sandbox/kube/controllers.js';
import { KINDS } from '../../../src/sandbox/kube/kinds.js';
import { ObjectStore } from '../../../src/sandbox/kube/store.js';

/** Every object the store holds passes the schemas again (what the API would serve). */
async function everyObjectValid(store: ObjectStore): Promise<number> {
  let n = 0;
  for (const info of KINDS) {
    for (const o of store.list({ info })) {
      await store.validate(o);
      n++;
    }
  }
  return n;
}

function cluster() {
  const clock = createSimClock({ speed: 0, start: Date.parse('2026-11-30T08:00:00Z') });
  const store = new ObjectStore(clock.now);
  const loop = startControllers(store, clock, { autostart: false });
  const step = async (ms: number) => {
    clock.advance(ms);
    await loop.pass();
    await loop.pass();
  };
  return { clock, store, loop, step };
}

function deployment(image: string, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image }] } },
      ...extra,
    },
  };
}

type Status = {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  conditions?: { type: string; status: string; reason?: string }[];
};
const statusOf = (store: ObjectStore) =>
  (store.get('apps/v1', 'Deployment', 'default', 'web')?.status ?? {}) as Status;
const cond = (s: Status, type: string) => s.conditions?.find((c) => c.type === type);
const pods = (store: ObjectStore) =>
  store.list({
    info: { group: '', version: 'v1', kind: 'Pod', plural: 'pods', namespaced: true },
    namespace: 'default',
  });

async function bootstrap() {
  const c = cluster();
  await c.store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  await c.store.create(deployment('registry.example.com/web:1.0.0'));
  for (let i = 0; i < 5; i++) await c.step(1000);
  return c;
}

describe('cluster simulator controllers', () => {
  it('brings a new Deployment to 3 available replicas with Available and Progressing True', async () => {
    const { store, loop } = await bootstrap();
    const s = statusOf(store);
    expect(s).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    expect(cond(s, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(cond(s, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    expect(pods(store)).toHaveLength(3);
    // The project's own health rules read the simulator's objects as they read a real cluster's.
    expect(assessHealth(store.get('apps/v1', 'Deployment', 'default', 'web') as KubeObject).status).toBe(
      'Healthy',
    );
    expect(pods(store).map((p) => assessHealth(p).status)).toEqual(['Healthy', 'Healthy', 'Healthy']);
    expect(loop.errors).toEqual([]);
    expect(store.refusals).toEqual([]);
  });

  it('rolls a new image out one replica at a time, never below 3 available nor above 4 pods', async () => {
    const { store, step, loop } = await bootstrap();
    const cur = store.get('apps/v1', 'Deployment', 'default', 'web') as KubeObject;
    await store.update({ ...deployment('registry.example.com/web:1.1.0'), metadata: { ...cur.metadata } });
    expect(statusOf(store).observedGeneration).toBe(1); // the controller has not seen generation 2 yet
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      await step(500);
      const s = statusOf(store);
      expect(s.observedGeneration).toBe(2);
      expect(s.availableReplicas ?? 0).toBeGreaterThanOrEqual(3);
      expect(pods(store).length).toBeLessThanOrEqual(4);
      if (seen.at(-1) !== (s.updatedReplicas ?? 0)) seen.push(s.updatedReplicas ?? 0);
    }
    expect(seen).toEqual([1, 2, 3]);
    const s = statusOf(store);
    expect(s).toMatchObject({ replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    expect(cond(s, 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
    const images = pods(store).map(
      (p) => (p.spec as { containers: { image: string }[] }).containers[0]?.image,
    );
    expect(images).toEqual(Array(3).fill('registry.example.com/web:1.1.0'));
    expect(loop.errors).toEqual([]);
  });

  it('keeps a crashloop image in CrashLoopBackOff with growing restarts until the progress deadline passes', async () => {
    const { store, step, loop } = await bootstrap();
    const cur = store.get('apps/v1', 'Deployment', 'default', 'web') as KubeObject;
    await store.update({
      ...deployment('registry.example.com/web:crashloop', { progressDeadlineSeconds: 60 }),
      metadata: { ...cur.metadata },
    });
    for (let i = 0; i < 4; i++) await step(2000);
    const crashing = () =>
      pods(store).flatMap((p) =>
        (
          (p.status?.containerStatuses ?? []) as {
            state: { waiting?: { reason: string } };
            restartCount: number;
          }[]
        )
          .filter((c) => c.state.waiting?.reason === 'CrashLoopBackOff')
          .map((c) => c.restartCount),
      );
    expect(crashing()).toHaveLength(1);
    const first = crashing()[0] as number;
    for (let i = 0; i < 5; i++) await step(10_000);
    expect(crashing()[0]).toBeGreaterThan(first);
    let s = statusOf(store);
    expect(cond(s, 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
    // The old replicas keep serving: maxUnavailable 25% of 3 rounds down to 0.
    expect(s.availableReplicas).toBe(3);
    await step(15_000);
    s = statusOf(store);
    expect(cond(s, 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
    expect(cond(s, 'Available')?.status).toBe('True');
    expect(s.updatedReplicas).toBe(1);
    const verdict = assessHealth(store.get('apps/v1', 'Deployment', 'default', 'web') as KubeObject);
    expect(verdict.status).toBe('Degraded');
    const podVerdicts = pods(store).map((p) => assessHealth(p));
    expect(podVerdicts.filter((v) => v.status === 'Degraded').map((v) => v.message)).toEqual([
      expect.stringContaining('CrashLoopBackOff'),
    ]);
    expect(await everyObjectValid(store)).toBe(8); // namespace, deployment, 2 replica sets, 4 pods
    expect(loop.errors).toEqual([]);
    expect(store.refusals).toEqual([]);
  });

  it('runs a StatefulSet in order, a DaemonSet per node and a Job to completion', async () => {
    const { store, step, loop } = cluster();
    await store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
    const template = {
      metadata: { labels: { app: 'db' } },
      spec: { containers: [{ name: 'db', image: 'postgres:17' }] },
    };
    await store.create({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace: 'default' },
      spec: { replicas: 2, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template },
    });
    await store.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'default' },
      spec: {
        selector: { matchLabels: { app: 'agent' } },
        template: { ...template, metadata: { labels: { app: 'agent' } } },
      },
    });
    await store.create({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace: 'default' },
      spec: {
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'migrate:1' }] } },
      },
    });
    await step(1000);
    expect(
      pods(store)
        .filter((p) => p.metadata.name.startsWith('db-'))
        .map((p) => p.metadata.name),
    ).toEqual(['db-0']);
    for (let i = 0; i < 20; i++) await step(1000);
    const sts = store.get('apps/v1', 'StatefulSet', 'default', 'db')?.status;
    expect(sts).toMatchObject({ replicas: 2, readyReplicas: 2, observedGeneration: 1 });
    expect(store.get('apps/v1', 'DaemonSet', 'default', 'agent')?.status).toMatchObject({
      desiredNumberScheduled: 2,
      numberReady: 2,
    });
    const job = store.get('batch/v1', 'Job', 'default', 'migrate')?.status as {
      succeeded?: number;
      conditions?: { type: string }[];
    };
    expect(job.succeeded).toBe(1);
    expect(job.conditions?.map((c) => c.type)).toEqual(['SuccessCriteriaMet', 'Complete']);
    expect(await everyObjectValid(store)).toBeGreaterThan(7);
    expect(loop.errors).toEqual([]);
  });

  it('refuses a status a real API server would refuse (422 naming the field), and stores nothing', async () => {
    const { store } = await bootstrap();
    const d = store.get('apps/v1', 'Deployment', 'default', 'web') as KubeObject;
    const rv = d.metadata.resourceVersion;
    await expect(store.setStatus(d, { replicas: 'three' })).rejects.toMatchObject({
      code: 422,
      message: expect.stringContaining('status.replicas'),
    });
    await expect(store.setStatus(d, { conditions: [{ type: 'Available' }] })).rejects.toMatchObject({
      code: 422,
      message: expect.stringContaining('status.conditions[0].status'),
    });
    await expect(
      store.create({ ...deployment('x:1'), metadata: { name: 'Bad_Name', namespace: 'default' } }),
    ).rejects.toMatchObject({ code: 422 });
    expect(store.get('apps/v1', 'Deployment', 'default', 'web')?.metadata.resourceVersion).toBe(rv);
  });
});
