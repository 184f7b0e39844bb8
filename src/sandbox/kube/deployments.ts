// The Deployment and ReplicaSet controllers, after kube-controller-manager's rolling update: a new ReplicaSet per
// pod template (pod-template-hash), scaled up within maxSurge while old ones scale down only as far as
// maxUnavailable allows — with the defaults (25%) and a few replicas that is one replica at a time. Status carries
// observedGeneration, the replica counts and the Available/Progressing conditions; a rollout that makes no progress
// for progressDeadlineSeconds turns Progressing False with reason ProgressDeadlineExceeded.
import type { KubeObject } from '../../kube/port.js';
import {
  type ControllerContext,
  condition,
  createPod,
  deletePod,
  intOrPercent,
  listKind,
  memoryOf,
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

const REVISION = 'deployment.kubernetes.io/revision';
const live = (p: KubeObject) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const specReplicas = (o: KubeObject) => Number((o.spec as { replicas?: number }).replicas ?? 1);
const omitZero = (fields: Record<string, number>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== 0));

export async function reconcileReplicaSets(ctx: ControllerContext): Promise<void> {
  for (const rs of listKind(ctx, 'apps/v1', 'ReplicaSet')) {
    const want = specReplicas(rs);
    const pods = ownedBy(ctx, rs, 'v1', 'Pod').filter(live);
    const template = (rs.spec as { template: PodTemplate }).template;
    for (let i = pods.length; i < want; i++) {
      await createPod(
        ctx,
        newPod(rs, template, {
          name: `${rs.metadata.name}-${randomSuffix()}`,
          nodeName: NODES[i % NODES.length] as string,
        }),
      );
    }
    if (pods.length > want) {
      // Not-ready pods go first, then the youngest (the controller's ranking, simplified).
      const ranked = [...pods].sort(
        (a, b) =>
          Number(podReady(a)) - Number(podReady(b)) ||
          (ctx.born.get(b.metadata.uid as string) ?? 0) - (ctx.born.get(a.metadata.uid as string) ?? 0),
      );
      for (const p of ranked.slice(0, pods.length - want)) deletePod(ctx, p);
    }
    const now = ownedBy(ctx, rs, 'v1', 'Pod').filter(live);
    const ready = now.filter(podReady).length;
    await setStatus(ctx, rs, {
      replicas: now.length,
      ...omitZero({ fullyLabeledReplicas: now.length, readyReplicas: ready, availableReplicas: ready }),
      observedGeneration: rs.metadata.generation,
    });
  }
}

export async function reconcileDeployments(ctx: ControllerContext): Promise<void> {
  for (const d of listKind(ctx, 'apps/v1', 'Deployment')) await reconcileDeployment(ctx, d);
}

async function scale(ctx: ControllerContext, rs: KubeObject, replicas: number): Promise<void> {
  await tolerant(() => ctx.store.update({ ...rs, spec: { ...rs.spec, replicas } }));
}

async function reconcileDeployment(ctx: ControllerContext, d: KubeObject): Promise<void> {
  const spec = d.spec as {
    replicas?: number;
    paused?: boolean;
    progressDeadlineSeconds?: number;
    selector?: { matchLabels?: Record<string, string> };
    strategy?: { type?: string; rollingUpdate?: { maxSurge?: unknown; maxUnavailable?: unknown } };
    template: PodTemplate;
  };
  const now = ctx.clock.now();
  const mem = memoryOf<{ progressAt: number; signature: string; created: boolean }>(ctx, d);
  const desired = spec.replicas ?? 1;
  const hash = templateHash(spec.template);
  const owned = ownedBy(ctx, d, 'apps/v1', 'ReplicaSet');
  let newRs = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
  const olds = owned.filter((rs) => rs !== newRs);
  const recreate = spec.strategy?.type === 'Recreate';
  let maxSurge = recreate ? 0 : intOrPercent(spec.strategy?.rollingUpdate?.maxSurge, desired, true, '25%');
  let maxUnavailable = recreate
    ? desired
    : intOrPercent(spec.strategy?.rollingUpdate?.maxUnavailable, desired, false, '25%');
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  if (maxSurge < 0) maxSurge = 0;

  if (!newRs && !spec.paused) {
    const revision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0))) + 1;
    const labels = { ...spec.template.metadata?.labels, 'pod-template-hash': hash };
    const created = await tolerant(() =>
      ctx.store.create({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${d.metadata.name}-${hash}`,
          namespace: d.metadata.namespace,
          labels,
          annotations: {
            [REVISION]: String(revision),
            'deployment.kubernetes.io/desired-replicas': String(desired),
            'deployment.kubernetes.io/max-replicas': String(desired + maxSurge),
          },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: d.metadata.name,
              uid: d.metadata.uid as string,
              controller: true,
              blockOwnerDeletion: true,
            } as NonNullable<KubeObject['metadata']['ownerReferences']>[number],
          ],
        },
        spec: {
          replicas:
            olds.length === 0 || recreate
              ? recreate && olds.some((o) => specReplicas(o) > 0)
                ? 0
                : desired
              : 0,
          selector: { matchLabels: { ...spec.selector?.matchLabels, 'pod-template-hash': hash } },
          template: { ...spec.template, metadata: { ...spec.template.metadata, labels } },
        },
      }),
    );
    if (!created) return;
    newRs = created;
    mem.progressAt = now;
    mem.created = true;
  }

  const podsOf = (rs: KubeObject) => ownedBy(ctx, rs, 'v1', 'Pod').filter(live);
  const availableOf = (rs: KubeObject) => podsOf(rs).filter(podReady).length;

  if (newRs && !spec.paused) {
    const rsAll = owned.includes(newRs) ? owned : [...owned, newRs];
    const total = rsAll.reduce((n, rs) => n + specReplicas(rs), 0);
    const newReplicas = specReplicas(newRs);
    const oldReplicas = olds.reduce((n, rs) => n + specReplicas(rs), 0);
    if (recreate) {
      for (const rs of olds) if (specReplicas(rs) > 0) await scale(ctx, rs, 0);
      const oldPods = olds.reduce((n, rs) => n + podsOf(rs).length, 0);
      if (oldPods === 0 && newReplicas !== desired) await scale(ctx, newRs, desired);
    } else {
      if (newReplicas > desired) await scale(ctx, newRs, desired);
      else if (newReplicas < desired) {
        const up = Math.min(desired + maxSurge - total, desired - newReplicas);
        if (up > 0) await scale(ctx, newRs, newReplicas + up);
      }
      if (oldReplicas > 0) {
        const minAvailable = desired - maxUnavailable;
        const newAvailable = availableOf(newRs);
        const newUnavailable = newReplicas - newAvailable;
        let maxScaledDown = total - minAvailable - newUnavailable;
        // First the old pods that are not available anyway, then healthy ones as far as availability allows.
        const allAvailable = rsAll.reduce((n, rs) => n + availableOf(rs), 0);
        let healthyBudget = allAvailable - minAvailable;
        for (const rs of olds) {
          const cur = specReplicas(rs);
          if (cur === 0 || maxScaledDown <= 0) continue;
          const unhealthy = Math.min(maxScaledDown, cur - availableOf(rs));
          const healthy = Math.max(0, Math.min(cur - unhealthy, healthyBudget, maxScaledDown - unhealthy));
          const down = unhealthy + healthy;
          if (down > 0) {
            await scale(ctx, rs, cur - down);
            maxScaledDown -= down;
            healthyBudget -= healthy;
          }
        }
      }
    }
  }

  // Status, from the ReplicaSets' pods as they are now.
  const all = ownedBy(ctx, d, 'apps/v1', 'ReplicaSet');
  const current = all.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
  const replicas = all.reduce((n, rs) => n + podsOf(rs).length, 0);
  const updated = current ? podsOf(current).length : 0;
  const available = all.reduce((n, rs) => n + availableOf(rs), 0);
  const signature = [hash, updated, available, replicas, current ? specReplicas(current) : 0].join('/');
  // Progress is any change in the new ReplicaSet's scale or in the updated/available/total pod counts.
  if (mem.signature !== signature) {
    mem.progressAt = now;
    mem.signature = signature;
  }
  const deadlineMs = (spec.progressDeadlineSeconds ?? 600) * 1000;
  const complete = updated === desired && replicas === desired && available === desired;
  const nowTime = kubeTime(now);
  const rsName = current?.metadata.name ?? d.metadata.name;
  let progressing: ReturnType<typeof condition>;
  if (spec.paused) {
    progressing = condition(
      'Progressing',
      'Unknown',
      'DeploymentPaused',
      'Deployment is paused',
      since(d, 'Progressing', 'Unknown', nowTime),
      nowTime,
    );
  } else if (complete) {
    progressing = condition(
      'Progressing',
      true,
      'NewReplicaSetAvailable',
      `ReplicaSet "${rsName}" has successfully progressed.`,
      since(d, 'Progressing', 'True', nowTime),
      kubeTime(mem.progressAt ?? now),
    );
  } else if (now - (mem.progressAt ?? now) > deadlineMs) {
    progressing = condition(
      'Progressing',
      false,
      'ProgressDeadlineExceeded',
      `ReplicaSet "${rsName}" has timed out progressing.`,
      since(d, 'Progressing', 'False', nowTime),
      nowTime,
    );
  } else {
    const reason = mem.created && updated === 0 ? 'NewReplicaSetCreated' : 'ReplicaSetUpdated';
    const message =
      reason === 'NewReplicaSetCreated'
        ? `Created new replica set "${rsName}"`
        : `ReplicaSet "${rsName}" is progressing.`;
    progressing = condition(
      'Progressing',
      true,
      reason,
      message,
      since(d, 'Progressing', 'True', nowTime),
      kubeTime(mem.progressAt ?? now),
    );
  }
  const minAvailable = desired - maxUnavailable;
  const isAvailable = available >= minAvailable;
  const availableCond = condition(
    'Available',
    isAvailable,
    isAvailable ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
    isAvailable ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
    since(d, 'Available', isAvailable ? 'True' : 'False', nowTime),
    nowTime,
  );
  // lastUpdateTime of Available moves only with its status, so an idle Deployment's status stays put.
  const prevAvail = (
    (d.status?.conditions ?? []) as { type: string; status: string; lastUpdateTime?: string }[]
  ).find((c) => c.type === 'Available');
  if (prevAvail && prevAvail.status === availableCond.status && prevAvail.lastUpdateTime)
    availableCond.lastUpdateTime = prevAvail.lastUpdateTime;
  await setStatus(ctx, d, {
    observedGeneration: d.metadata.generation,
    ...omitZero({
      replicas,
      updatedReplicas: updated,
      readyReplicas: available,
      availableReplicas: available,
      unavailableReplicas: Math.max(0, desired - available),
    }),
    conditions: [availableCond, progressing],
  });
}
