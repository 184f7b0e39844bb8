// The control loop: every pass runs the kubelet (pod status from age), then the ReplicaSet, Deployment,
// StatefulSet, DaemonSet, Job and small controllers, in that order, so a pass sees what the previous step wrote.
// Passes never overlap; an error in one (a controller bug, e.g. a status the schema refuses) is kept in `errors`
// for tests to assert on and does not stop the loop.
import type { SimClock } from './clock.js';
import { type ControllerContext, newContext, reconcilePods } from './controller-kit.js';
import { reconcileDeployments, reconcileReplicaSets } from './deployments.js';
import type { PodTimings } from './pods.js';
import type { ObjectStore } from './store.js';
import { reconcileDaemonSets, reconcileJobs, reconcileOthers, reconcileStatefulSets } from './workloads.js';

export interface ControlLoop {
  ctx: ControllerContext;
  /** One full pass now (tests step with it). */
  pass(): Promise<void>;
  errors: string[];
  stop(): void;
}

export function startControllers(
  store: ObjectStore,
  clock: SimClock,
  opts: { intervalMs?: number; timings?: Partial<PodTimings>; autostart?: boolean } = {},
): ControlLoop {
  const ctx = newContext(store, clock, opts.timings);
  const errors: string[] = [];
  let running: Promise<void> | undefined;
  const once = async () => {
    for (const step of [
      reconcilePods,
      reconcileReplicaSets,
      reconcileDeployments,
      reconcileStatefulSets,
      reconcileDaemonSets,
      reconcileJobs,
      reconcileOthers,
    ]) {
      try {
        await step(ctx);
      } catch (e) {
        errors.push(`${step.name}: ${(e as Error).message}`);
      }
    }
  };
  const pass = async () => {
    while (running) await running;
    running = once().finally(() => {
      running = undefined;
    });
    await running;
  };
  const timer =
    opts.autostart === false
      ? undefined
      : setInterval(() => {
          if (!running) void pass();
        }, opts.intervalMs ?? 50);
  timer?.unref();
  return { ctx, pass, errors, stop: () => timer && clearInterval(timer) };
}
