// What every simulated controller shares: the store, the clock, pod timings, and small helpers to find what an
// object owns and to write status only when it changed (a real controller's no-op updates make no watch events).
import type { KubeObject } from '../../kube/port.js';
import type { SimClock } from './clock.js';
import { kindInfo } from './kinds.js';
import { jsonOf } from './object-index.js';
import { DEFAULT_TIMINGS, type PodTimings, podStatus } from './pods.js';
import { KubeError, type ObjectStore } from './store.js';

export interface ControllerContext {
  store: ObjectStore;
  clock: SimClock;
  timings: PodTimings;
  /** Pod uid -> when it was created on the simulated clock (creationTimestamp has whole seconds only). */
  born: Map<string, number>;
  /** Per-object controller memory (e.g. a Deployment's last progress), keyed by uid. */
  memory: Map<string, object>;
  /** Image tags whose containers crash-loop in this cluster besides `crashloop` (a fault injected per cluster). */
  crashTags: Set<string>;
}

export function newContext(
  store: ObjectStore,
  clock: SimClock,
  timings: Partial<PodTimings> = {},
): ControllerContext {
  return {
    store,
    clock,
    timings: { ...DEFAULT_TIMINGS, ...timings },
    born: new Map(),
    memory: new Map(),
    crashTags: new Set(),
  };
}

export function listKind(
  ctx: ControllerContext,
  apiVersion: string,
  kind: string,
  namespace?: string,
  where?: (o: Readonly<KubeObject>) => boolean,
): KubeObject[] {
  const info = kindInfo(apiVersion, kind);
  if (!info) return [];
  return ctx.store.list({ info, ...(namespace !== undefined ? { namespace } : {}) }, where);
}

/** The objects of a kind `owner` controls (frozen, as every object the store hands out: spread to change). */
export function ownedBy(
  ctx: ControllerContext,
  owner: KubeObject,
  apiVersion: string,
  kind: string,
): KubeObject[] {
  return ctx.store.controlledBy(owner, apiVersion, kind);
}

/** Runs a write; a conflict or a vanished object is left for the next pass, as real controllers requeue. */
export async function tolerant<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof KubeError && (e.code === 409 || e.code === 404)) return undefined;
    throw e;
  }
}

export async function setStatus(
  ctx: ControllerContext,
  o: KubeObject,
  status: Record<string, unknown>,
): Promise<void> {
  if (jsonOf(o.status ?? {}) === JSON.stringify(status)) return;
  await tolerant(() => ctx.store.setStatus(o, status));
}

export async function createPod(ctx: ControllerContext, pod: KubeObject): Promise<void> {
  const created = await tolerant(() => ctx.store.create(pod));
  if (created) ctx.born.set(created.metadata.uid as string, ctx.clock.now());
}

export function deletePod(ctx: ControllerContext, pod: KubeObject): void {
  try {
    ctx.store.delete('v1', 'Pod', pod.metadata.namespace, pod.metadata.name);
  } catch (e) {
    if (!(e instanceof KubeError && e.code === 404)) throw e;
  }
  ctx.born.delete(pod.metadata.uid as string);
}

/** The kubelet: every pod's status from its age. */
export async function reconcilePods(ctx: ControllerContext): Promise<void> {
  const now = ctx.clock.now();
  for (const pod of listKind(ctx, 'v1', 'Pod')) {
    const uid = pod.metadata.uid as string;
    let born = ctx.born.get(uid);
    if (born === undefined) {
      born = now;
      ctx.born.set(uid, born);
    }
    await setStatus(ctx, pod, podStatus(pod, born, now, ctx.timings, ctx.crashTags));
  }
}

export function memoryOf<T extends object>(ctx: ControllerContext, o: KubeObject): Partial<T> {
  const uid = o.metadata.uid as string;
  let m = ctx.memory.get(uid);
  if (!m) {
    m = {};
    ctx.memory.set(uid, m);
  }
  return m as Partial<T>;
}

/** `25%` of `total`, rounded as Kubernetes does for maxSurge (up) or maxUnavailable (down). */
export function intOrPercent(v: unknown, total: number, roundUp: boolean, fallback: string): number {
  const s = v === undefined || v === null ? fallback : String(v);
  if (s.endsWith('%')) {
    const x = (Number(s.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(x) : Math.floor(x);
  }
  return Number(s) || 0;
}

export const condition = (
  type: string,
  ok: boolean | 'Unknown',
  reason: string,
  message: string,
  since: string,
  updated?: string,
) => ({
  type,
  status: ok === 'Unknown' ? 'Unknown' : ok ? 'True' : 'False',
  ...(updated ? { lastUpdateTime: updated } : {}),
  lastTransitionTime: since,
  reason,
  message,
});

/** The transition time to keep: the previous one when the condition's status did not change. */
export function since(prev: KubeObject, type: string, status: string, nowTime: string): string {
  const c = (
    (prev.status?.conditions ?? []) as { type: string; status: string; lastTransitionTime?: string }[]
  ).find((x) => x.type === type);
  return c && c.status === status && c.lastTransitionTime ? c.lastTransitionTime : nowTime;
}
