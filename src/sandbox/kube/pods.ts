// Pods as the kubelet would report them, computed from their age on the simulated clock: scheduled, containers
// created, running, then ready. An image whose tag is `crashloop` starts, exits 1 and is restarted with the
// kubelet's back-off (10 s doubling to 5 min), so its status reads CrashLoopBackOff with a growing restartCount.
// Pods of Jobs (restartPolicy Never/OnFailure) run for a while and succeed, or fail with a `crashloop` image.
import { createHash } from 'node:crypto';
import type { KubeObject } from '../../kube/port.js';
import { jsonOf } from './object-index.js';
import { kubeTime } from './store.js';

export interface PodTimings {
  /** Until the pod is scheduled and its containers are being created. */
  scheduleMs: number;
  /** Until its containers run. */
  startMs: number;
  /** From running to ready (a readiness probe's first success). */
  readyMs: number;
  /** How long a Job's container runs before it exits. */
  jobRunMs: number;
}

export const DEFAULT_TIMINGS: PodTimings = { scheduleMs: 500, startMs: 2000, readyMs: 1500, jobRunMs: 5000 };

export const NODES = ['sim-node-1', 'sim-node-2'] as const;

interface Container {
  name: string;
  image?: string;
}

export function imageTag(image: string | undefined): string {
  const ref = (image ?? '').split('@')[0] ?? '';
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : 'latest';
}

const crashesWith = (extra: ReadonlySet<string>) => (c: Container) => {
  const tag = imageTag(c.image);
  return tag === 'crashloop' || extra.has(tag);
};

/** Restarts after running for `ms` with the kubelet's back-off: 10 s, 20 s, 40 s, ... capped at 5 min. */
function restartsAfter(ms: number): number {
  let n = 0;
  let at = 0;
  while (n < 10_000) {
    at += Math.min(10_000 * 2 ** n, 300_000);
    if (at > ms) return n;
    n++;
  }
  return n;
}

/** A short stable hash, as Kubernetes names pod-template-hash and controller revisions. */
// The controllers hash every workload's template on every pass (20 times a second per cluster): each distinct
// template is hashed once. Bounded, so a long-running sandbox starts over.
const hashes = new Map<string, string>();

export function templateHash(template: unknown): string {
  const text = jsonOf(template ?? {});
  const known = hashes.get(text);
  if (known !== undefined) return known;
  const hex = createHash('sha256').update(text).digest('hex');
  const hash = BigInt(`0x${hex.slice(0, 12)}`)
    .toString(36)
    .slice(0, 10)
    .replace(/^[0-9]/, 'c');
  if (hashes.size >= 1000) hashes.clear();
  hashes.set(text, hash);
  return hash;
}

// The kubelet pass computes every pod's status many times a second; its image and container ids are sha256 digests,
// each computed once per distinct input (bounded as above).
const digests = new Map<string, string>();
function sha256(text: string): string {
  const known = digests.get(text);
  if (known !== undefined) return known;
  const hex = createHash('sha256').update(text).digest('hex');
  if (digests.size >= 5000) digests.clear();
  digests.set(text, hex);
  return hex;
}

export function randomSuffix(n = 5): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
}

/** A new pod from a pod template, owned by `owner`. */
export function newPod(
  owner: KubeObject,
  template: {
    metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
    spec?: Record<string, unknown>;
  },
  opts: { name: string; labels?: Record<string, string>; nodeName: string },
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: opts.name,
      namespace: owner.metadata.namespace,
      labels: { ...template.metadata?.labels, ...opts.labels },
      ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
      ownerReferences: [
        {
          apiVersion: owner.apiVersion,
          kind: owner.kind,
          name: owner.metadata.name,
          uid: owner.metadata.uid as string,
          controller: true,
          blockOwnerDeletion: true,
        } as NonNullable<KubeObject['metadata']['ownerReferences']>[number],
      ],
    },
    spec: { ...template.spec, nodeName: opts.nodeName },
  };
}

/** The pod's status `ageMs` after it was created (ready and phase as the kubelet would report them). */
export function podStatus(
  pod: KubeObject,
  bornAt: number,
  now: number,
  t: PodTimings,
  /** Further tags that crash-loop here: a fault a test or the demo sets on one cluster (ClusterSimulator.crashloop). */
  crashTags: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const crashes = crashesWith(crashTags);
  const spec = (pod.spec ?? {}) as { containers?: Container[]; restartPolicy?: string; nodeName?: string };
  const containers = spec.containers ?? [];
  const age = now - bornAt;
  const at = (ms: number) => kubeTime(bornAt + ms);
  const podIP = `10.244.${(bornAt >> 8) & 255}.${bornAt & 255 || 1}`;
  const base = { hostIP: '172.18.0.2', startTime: at(0), qosClass: 'BestEffort' };
  const cond = (type: string, ok: boolean, sinceMs: number, reason?: string) => ({
    type,
    status: ok ? 'True' : 'False',
    lastTransitionTime: at(sinceMs),
    ...(reason ? { reason } : {}),
  });
  const cs = (c: Container, state: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    name: c.name,
    image: c.image ?? '',
    imageID: `${(c.image ?? '').split(':')[0]}@sha256:${sha256(c.image ?? '')}`,
    containerID: `containerd://${sha256(`${pod.metadata.uid}/${c.name}`)}`,
    ready: false,
    restartCount: 0,
    started: false,
    state,
    ...extra,
  });

  if (age < t.scheduleMs) {
    return { phase: 'Pending', conditions: [cond('PodScheduled', true, 0)], ...base, qosClass: 'BestEffort' };
  }
  if (age < t.startMs) {
    return {
      phase: 'Pending',
      conditions: [
        cond('PodScheduled', true, 0),
        cond('Initialized', true, t.scheduleMs),
        cond('ContainersReady', false, t.scheduleMs, 'ContainersNotReady'),
        cond('Ready', false, t.scheduleMs, 'ContainersNotReady'),
      ],
      containerStatuses: containers.map((c) => cs(c, { waiting: { reason: 'ContainerCreating' } })),
      ...base,
      podIP,
    };
  }
  const runMs = age - t.startMs;
  const job = spec.restartPolicy === 'Never' || spec.restartPolicy === 'OnFailure';
  if (job && runMs >= t.jobRunMs) {
    const failedJob = containers.some(crashes);
    const end = at(t.startMs + t.jobRunMs);
    return {
      phase: failedJob ? 'Failed' : 'Succeeded',
      conditions: [
        cond('PodScheduled', true, 0),
        cond('Initialized', true, t.scheduleMs),
        cond('ContainersReady', false, t.startMs + t.jobRunMs, 'PodCompleted'),
        cond('Ready', false, t.startMs + t.jobRunMs, 'PodCompleted'),
      ],
      containerStatuses: containers.map((c) =>
        cs(c, {
          terminated: {
            exitCode: crashes(c) ? 1 : 0,
            reason: crashes(c) ? 'Error' : 'Completed',
            startedAt: at(t.startMs),
            finishedAt: end,
          },
        }),
      ),
      ...base,
      podIP,
    };
  }
  const crashing = !job && containers.some(crashes);
  const ready = !crashing && runMs >= t.readyMs;
  const statuses = containers.map((c) => {
    if (!crashes(c) || job) {
      return cs(c, { running: { startedAt: at(t.startMs) } }, { ready: ready, started: true });
    }
    const restarts = restartsAfter(runMs);
    return cs(
      c,
      restarts === 0 && runMs < 1000
        ? { running: { startedAt: at(t.startMs) } }
        : {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off ${Math.min(10 * 2 ** restarts, 300)}s restarting failed container=${c.name} pod=${pod.metadata.name}`,
            },
          },
      {
        restartCount: Math.max(restarts, runMs >= 1000 ? 1 : 0),
        lastState:
          runMs >= 1000
            ? {
                terminated: {
                  exitCode: 1,
                  reason: 'Error',
                  startedAt: at(t.startMs),
                  finishedAt: at(t.startMs + 1000),
                },
              }
            : {},
      },
    );
  });
  const readySince = t.startMs + t.readyMs;
  return {
    phase: 'Running',
    conditions: [
      cond('PodReadyToStartContainers', true, t.scheduleMs),
      cond('Initialized', true, t.scheduleMs),
      cond('Ready', ready, ready ? readySince : t.scheduleMs, ready ? undefined : 'ContainersNotReady'),
      cond(
        'ContainersReady',
        ready,
        ready ? readySince : t.scheduleMs,
        ready ? undefined : 'ContainersNotReady',
      ),
      cond('PodScheduled', true, 0),
    ],
    containerStatuses: statuses,
    ...base,
    podIP,
    podIPs: [{ ip: podIP }],
  };
}

export const podReady = (pod: KubeObject): boolean =>
  ((pod.status?.conditions ?? []) as { type: string; status: string }[]).some(
    (c) => c.type === 'Ready' && c.status === 'True',
  );
