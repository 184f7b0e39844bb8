// StatefulSet, DaemonSet and Job controllers, minimal but shaped like the real ones' status: a StatefulSet
// starts its pods in order (each after the previous one is Ready) and updates them from the highest ordinal down;
// a DaemonSet runs one pod per simulated node and replaces them one at a time; a Job runs pods until enough
// succeed or more than backoffLimit fail. Plus the small controllers of other kinds the health rules read:
// Namespace phase, a LoadBalancer Service's and an Ingress's address, a claim's binding, an HPA's replicas.
import type { KubeObject } from '../../kube/port.js';
import {
  type ControllerContext,
  condition,
  createPod,
  deletePod,
  listKind,
  ownedBy,
  setStatus,
  since,
  tolerant,
} from './controller-kit.js';
import { NODES, newPod, podReady, randomSuffix, templateHash } from './pods.js';
import { kubeTime } from './store.js';

interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
}

const REV = 'controller-revision-hash';
const live = (p: KubeObject) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const omitZero = (fields: Record<string, number>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== 0));

export async function reconcileStatefulSets(ctx: ControllerContext): Promise<void> {
  for (const s of listKind(ctx, 'apps/v1', 'StatefulSet')) {
    const spec = s.spec as { replicas?: number; template: PodTemplate; volumeClaimTemplates?: KubeObject[] };
    const want = spec.replicas ?? 1;
    const revision = `${s.metadata.name}-${templateHash(spec.template)}`;
    const podName = (i: number) => `${s.metadata.name}-${i}`;
    const pods = ownedBy(ctx, s, 'v1', 'Pod');
    const byName = new Map(pods.map((p) => [p.metadata.name, p]));
    let acted = false;
    for (let i = 0; i < want && !acted; i++) {
      const p = byName.get(podName(i));
      if (!p) {
        for (const t of spec.volumeClaimTemplates ?? []) {
          const claim = `${t.metadata.name}-${podName(i)}`;
          if (!ctx.store.get('v1', 'PersistentVolumeClaim', s.metadata.namespace, claim)) {
            await tolerant(() =>
              ctx.store.create({
                apiVersion: 'v1',
                kind: 'PersistentVolumeClaim',
                metadata: { name: claim, namespace: s.metadata.namespace, labels: t.metadata.labels },
                spec: t.spec,
              }),
            );
          }
        }
        const labels = {
          [REV]: revision,
          'statefulset.kubernetes.io/pod-name': podName(i),
          'apps.kubernetes.io/pod-index': String(i),
        };
        await createPod(
          ctx,
          newPod(s, spec.template, { name: podName(i), labels, nodeName: NODES[i % NODES.length] as string }),
        );
        acted = true;
      } else if (!podReady(p)) acted = true; // OrderedReady: wait for this one
    }
    const extra = pods
      .filter((p) => Number(p.metadata.name.slice(s.metadata.name.length + 1)) >= want)
      .sort((a, b) => b.metadata.name.localeCompare(a.metadata.name, 'en', { numeric: true }));
    if (!acted && extra[0]) {
      deletePod(ctx, extra[0]);
      acted = true;
    }
    if (!acted) {
      // Rolling update, highest ordinal first, once every pod is Ready.
      const stale = pods
        .filter((p) => p.metadata.labels?.[REV] !== revision)
        .sort((a, b) => b.metadata.name.localeCompare(a.metadata.name, 'en', { numeric: true }));
      if (stale[0]) deletePod(ctx, stale[0]);
    }
    const now = ownedBy(ctx, s, 'v1', 'Pod');
    const ready = now.filter(podReady).length;
    const updated = now.filter((p) => p.metadata.labels?.[REV] === revision).length;
    const prevCurrent = (s.status as { currentRevision?: string } | undefined)?.currentRevision;
    const currentRevision = updated === want && now.length === want ? revision : (prevCurrent ?? revision);
    await setStatus(ctx, s, {
      observedGeneration: s.metadata.generation,
      replicas: now.length,
      ...omitZero({
        readyReplicas: ready,
        currentReplicas: currentRevision === revision ? updated : now.length - updated,
        updatedReplicas: updated,
      }),
      availableReplicas: ready,
      currentRevision,
      updateRevision: revision,
      collisionCount: 0,
    });
  }
}

export async function reconcileDaemonSets(ctx: ControllerContext): Promise<void> {
  for (const ds of listKind(ctx, 'apps/v1', 'DaemonSet')) {
    const spec = ds.spec as { template: PodTemplate };
    const hash = templateHash(spec.template);
    const pods = ownedBy(ctx, ds, 'v1', 'Pod').filter(live);
    for (const node of NODES) {
      if (!pods.some((p) => (p.spec as { nodeName?: string }).nodeName === node)) {
        await createPod(
          ctx,
          newPod(ds, spec.template, {
            name: `${ds.metadata.name}-${randomSuffix()}`,
            labels: { [REV]: hash },
            nodeName: node,
          }),
        );
      }
    }
    // RollingUpdate with maxUnavailable 1: replace one stale pod only while every other pod is Ready.
    const stale = pods.filter((p) => p.metadata.labels?.[REV] !== hash);
    if (stale[0] && pods.every(podReady)) deletePod(ctx, stale[0]);
    const now = ownedBy(ctx, ds, 'v1', 'Pod').filter(live);
    const ready = now.filter(podReady).length;
    await setStatus(ctx, ds, {
      currentNumberScheduled: now.length,
      desiredNumberScheduled: NODES.length,
      numberMisscheduled: 0,
      numberReady: ready,
      observedGeneration: ds.metadata.generation,
      ...omitZero({
        updatedNumberScheduled: now.filter((p) => p.metadata.labels?.[REV] === hash).length,
        numberAvailable: ready,
        numberUnavailable: NODES.length - ready,
      }),
    });
  }
}

export async function reconcileJobs(ctx: ControllerContext): Promise<void> {
  const nowMs = ctx.clock.now();
  const nowTime = kubeTime(nowMs);
  for (const job of listKind(ctx, 'batch/v1', 'Job')) {
    const spec = job.spec as {
      template: PodTemplate;
      completions?: number;
      parallelism?: number;
      backoffLimit?: number;
      suspend?: boolean;
    };
    const prev = (job.status ?? {}) as {
      startTime?: string;
      completionTime?: string;
      conditions?: { type: string; status: string }[];
    };
    const finished = (prev.conditions ?? []).some(
      (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
    );
    if (finished) continue;
    const pods = ownedBy(ctx, job, 'v1', 'Pod');
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
    const active = pods.filter(live);
    const counts = omitZero({
      active: active.length,
      succeeded,
      failed,
      ready: active.filter(podReady).length,
    });
    if (spec.suspend) {
      for (const p of active) deletePod(ctx, p);
      await setStatus(ctx, job, {
        ...(prev.startTime ? { startTime: prev.startTime } : {}),
        conditions: [
          condition(
            'Suspended',
            true,
            'JobSuspended',
            'Job suspended',
            since(job, 'Suspended', 'True', nowTime),
          ),
        ],
      });
      continue;
    }
    const startTime = prev.startTime ?? nowTime;
    const base = { startTime, ...counts, terminating: 0, uncountedTerminatedPods: {} };
    if (succeeded >= (spec.completions ?? 1)) {
      const done: Record<string, unknown> = { ...base };
      delete done.active;
      await setStatus(ctx, job, {
        ...done,
        completionTime: nowTime,
        conditions: [
          condition(
            'SuccessCriteriaMet',
            true,
            'CompletionsReached',
            'Reached expected number of succeeded pods',
            nowTime,
          ),
          condition(
            'Complete',
            true,
            'CompletionsReached',
            'Reached expected number of succeeded pods',
            nowTime,
          ),
        ],
      });
      continue;
    }
    if (failed > (spec.backoffLimit ?? 6)) {
      for (const p of active) deletePod(ctx, p);
      await setStatus(ctx, job, {
        ...base,
        conditions: [
          condition(
            'FailureTarget',
            true,
            'BackoffLimitExceeded',
            'Job has reached the specified backoff limit',
            nowTime,
          ),
          condition(
            'Failed',
            true,
            'BackoffLimitExceeded',
            'Job has reached the specified backoff limit',
            nowTime,
          ),
        ],
      });
      continue;
    }
    const need = Math.min(spec.parallelism ?? 1, (spec.completions ?? 1) - succeeded) - active.length;
    for (let i = 0; i < need; i++) {
      const labels = { 'batch.kubernetes.io/job-name': job.metadata.name, 'job-name': job.metadata.name };
      await createPod(
        ctx,
        newPod(job, spec.template, {
          name: `${job.metadata.name}-${randomSuffix()}`,
          labels,
          nodeName: NODES[i % NODES.length] as string,
        }),
      );
    }
    await setStatus(ctx, job, base);
  }
}

/** The small controllers: what the health rules of these kinds read, filled in as a cluster would. */
export async function reconcileOthers(ctx: ControllerContext): Promise<void> {
  for (const ns of listKind(ctx, 'v1', 'Namespace')) await setStatus(ctx, ns, { phase: 'Active' });
  const address = { loadBalancer: { ingress: [{ ip: '172.18.255.200', ipMode: 'VIP' }] } };
  for (const svc of listKind(ctx, 'v1', 'Service')) {
    const lb = (svc.spec as { type?: string }).type === 'LoadBalancer';
    await setStatus(ctx, svc, lb ? address : { loadBalancer: {} });
  }
  for (const ing of listKind(ctx, 'networking.k8s.io/v1', 'Ingress'))
    await setStatus(ctx, ing, { loadBalancer: { ingress: [{ ip: '172.18.255.200' }] } });
  for (const pvc of listKind(ctx, 'v1', 'PersistentVolumeClaim')) {
    const spec = pvc.spec as { accessModes?: string[]; resources?: { requests?: { storage?: string } } };
    await setStatus(ctx, pvc, {
      phase: 'Bound',
      ...(spec.accessModes ? { accessModes: spec.accessModes } : {}),
      capacity: { storage: spec.resources?.requests?.storage ?? '1Gi' },
    });
  }
  for (const hpa of listKind(ctx, 'autoscaling/v2', 'HorizontalPodAutoscaler')) {
    const spec = hpa.spec as {
      minReplicas?: number;
      maxReplicas: number;
      scaleTargetRef: { apiVersion?: string; kind: string; name: string };
    };
    const target = ctx.store.get(
      spec.scaleTargetRef.apiVersion ?? 'apps/v1',
      spec.scaleTargetRef.kind,
      hpa.metadata.namespace,
      spec.scaleTargetRef.name,
    );
    const current = Number((target?.status as { replicas?: number } | undefined)?.replicas ?? 0);
    const desired = Math.min(spec.maxReplicas, Math.max(spec.minReplicas ?? 1, current));
    const t = (type: string, ok: boolean, reason: string, message: string) =>
      condition(
        type,
        ok,
        reason,
        message,
        since(hpa, type, ok ? 'True' : 'False', kubeTime(ctx.clock.now())),
      );
    await setStatus(ctx, hpa, {
      currentReplicas: current,
      desiredReplicas: desired,
      conditions: target
        ? [
            t('AbleToScale', true, 'ReadyForNewScale', 'recommended size matches current size'),
            t(
              'ScalingActive',
              true,
              'ValidMetricFound',
              'the HPA was able to successfully calculate a replica count',
            ),
            t(
              'ScalingLimited',
              false,
              'DesiredWithinRange',
              'the desired count is within the acceptable range',
            ),
          ]
        : [
            t(
              'AbleToScale',
              false,
              'FailedGetScale',
              `the HPA controller was unable to get the target's current scale: ${spec.scaleTargetRef.kind.toLowerCase()}s "${spec.scaleTargetRef.name}" not found`,
            ),
          ],
    });
  }
}
