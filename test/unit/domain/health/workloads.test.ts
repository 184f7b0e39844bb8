// Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod and Job: every status each can take, on objects shaped like a
// real cluster's, with the message a person reads.
import { describe, expect, it } from 'vitest';
import { assessHealth, type HealthStatus, type LiveObject } from '../../../../src/domain/health/index.js';
import {
  cond,
  container,
  crashLoop,
  daemonSet,
  deployment,
  job,
  pod,
  replicaSet,
  statefulSet,
} from './objects.js';

type Case = [string, LiveObject, HealthStatus, string | RegExp];

function check(cases: readonly Case[]): void {
  it.each(cases)('%s', (_name, obj, status, message) => {
    const verdict = assessHealth(obj);
    expect(verdict).toEqual({ status, message: expect.stringMatching(message) });
  });
}

const deadline = cond(
  'Progressing',
  'False',
  'ProgressDeadlineExceeded',
  'ReplicaSet "web-6b7d9" has timed out progressing.',
);

describe('Deployment', () => {
  check([
    ['rolled out', deployment(), 'Healthy', /^deployment web: 3 of 3 replicas available$/],
    ['paused', deployment({ paused: true }), 'Suspended', /^deployment web: paused/],
    ['paused wins over an unobserved spec', deployment({ paused: true }, {}, 4), 'Suspended', /paused/],
    [
      'spec not observed yet',
      deployment({}, {}, 4),
      'Progressing',
      /^deployment web: waiting for the controller to observe generation 4 \(observed 3\)$/,
    ],
    [
      'new replicas being created',
      deployment({}, { updatedReplicas: 1, replicas: 4 }),
      'Progressing',
      /rollout in progress: 1 of 3 new replicas updated/,
    ],
    [
      'old replicas terminating',
      deployment({}, { replicas: 5 }),
      'Progressing',
      /rollout in progress: 2 old replicas pending termination/,
    ],
    [
      'updated replicas not yet available',
      deployment({}, { availableReplicas: 2 }),
      'Progressing',
      /rollout in progress: 2 of 3 updated replicas available/,
    ],
    [
      'progress deadline exceeded',
      deployment({}, { updatedReplicas: 1, availableReplicas: 2, conditions: [deadline] }),
      'Degraded',
      /^deployment web: exceeded its progress deadline: ReplicaSet "web-6b7d9" has timed out progressing; its new pods say why$/,
    ],
    [
      'a fix pushed after the deadline passed is awaited, not Degraded',
      deployment({}, { conditions: [deadline] }, 4),
      'Progressing',
      /observe generation 4/,
    ],
  ]);
});

describe('StatefulSet', () => {
  check([
    ['rolled out', statefulSet(), 'Healthy', /^statefulset db: rollout complete: 3 pods updated$/],
    [
      'partition holds back two pods',
      statefulSet(
        { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } },
        { updatedReplicas: 1 },
      ),
      'Healthy',
      /rollout complete: 1 pod updated, 2 pods held back by partition 2/,
    ],
    [
      'partitioned rollout in progress',
      statefulSet(
        { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } },
        { updatedReplicas: 1 },
      ),
      'Progressing',
      /partitioned rollout in progress: 1 of 2 new pods updated \(partition 1\)/,
    ],
    [
      'pods not ready',
      statefulSet({}, { readyReplicas: 1 }),
      'Progressing',
      /waiting for 2 pods to be ready \(1 of 3\)/,
    ],
    [
      'never observed',
      statefulSet({}, { observedGeneration: undefined }),
      'Progressing',
      /observe generation 2/,
    ],
    [
      'OnDelete',
      statefulSet({ updateStrategy: { type: 'OnDelete' } }, { updateRevision: 'db-9a' }),
      'Healthy',
      /3 pods ready \(OnDelete/,
    ],
    [
      'revision rolling without a rollingUpdate block',
      statefulSet(
        { updateStrategy: { type: 'RollingUpdate' } },
        { updateRevision: 'db-9a', updatedReplicas: 1 },
      ),
      'Progressing',
      /rolling update in progress: 1 pod at revision db-9a/,
    ],
    [
      'revisions equal without a rollingUpdate block',
      statefulSet({ updateStrategy: { type: 'RollingUpdate' } }),
      'Healthy',
      /rolling update complete: 3 pods at revision db-5d8f7b/,
    ],
  ]);
});

describe('DaemonSet', () => {
  check([
    ['rolled out', daemonSet(), 'Healthy', /^daemonset node-agent: 5 of 5 pods available$/],
    ['pods updating', daemonSet({}, { updatedNumberScheduled: 2 }), 'Progressing', /2 of 5 new pods updated/],
    [
      'pods not available',
      daemonSet({}, { numberAvailable: 4 }),
      'Progressing',
      /4 of 5 updated pods available/,
    ],
    [
      'OnDelete waits for nobody',
      daemonSet({ updateStrategy: { type: 'OnDelete' } }, { updatedNumberScheduled: 2 }),
      'Healthy',
      /2 of 5 pods updated \(OnDelete/,
    ],
    [
      'spec not observed',
      daemonSet({}, { observedGeneration: 3 }),
      'Progressing',
      /observe generation 4 \(observed 3\)/,
    ],
  ]);
});

describe('ReplicaSet', () => {
  check([
    ['all available', replicaSet(), 'Healthy', /3 of 3 replicas available/],
    ['scaling up', replicaSet({ availableReplicas: 1 }), 'Progressing', /1 of 3 replicas available/],
    [
      'quota refuses pods',
      replicaSet({
        availableReplicas: 1,
        conditions: [
          cond(
            'ReplicaFailure',
            'True',
            'FailedCreate',
            'pods "web-7f9c8d-x" is forbidden: exceeded quota: compute',
          ),
        ],
      }),
      'Degraded',
      /cannot create pods: pods "web-7f9c8d-x" is forbidden: exceeded quota/,
    ],
  ]);
});

const waiting = (reason: string, message = ''): Record<string, unknown> => ({
  waiting: { reason, ...(message ? { message } : {}) },
});

describe('Pod', () => {
  check([
    ['running and ready', pod({ phase: 'Running' }), 'Healthy', /^pod web-7f9: running and ready$/],
    [
      'ready after restarts says so',
      pod({ phase: 'Running', containers: [container({ restartCount: 2 })] }),
      'Healthy',
      /running and ready, 2 restarts/,
    ],
    [
      'CrashLoopBackOff',
      pod({ phase: 'Running', ready: false, containers: [container(crashLoop(6))] }),
      'Degraded',
      /^pod web-7f9 container app: CrashLoopBackOff, 6 restarts, last exit code 1 \(Error\)$/,
    ],
    [
      'ImagePullBackOff names the image',
      pod({
        phase: 'Pending',
        ready: false,
        containers: [
          container({
            ready: false,
            state: waiting('ImagePullBackOff', 'Back-off pulling image "ghcr.io/acme/web:1.4.3"'),
          }),
        ],
      }),
      'Degraded',
      /^pod web-7f9 container app: ImagePullBackOff, 0 restarts: Back-off pulling image "ghcr.io\/acme\/web:1.4.3"$/,
    ],
    [
      'ErrImagePull',
      pod({
        phase: 'Pending',
        ready: false,
        containers: [container({ ready: false, state: waiting('ErrImagePull', 'manifest unknown') })],
      }),
      'Degraded',
      /container app: ErrImagePull, 0 restarts: manifest unknown/,
    ],
    [
      'CreateContainerConfigError',
      pod({
        phase: 'Pending',
        ready: false,
        containers: [
          container({
            ready: false,
            state: waiting('CreateContainerConfigError', 'secret "db-password" not found'),
          }),
        ],
      }),
      'Degraded',
      /container app: CreateContainerConfigError, 0 restarts: secret "db-password" not found/,
    ],
    [
      'a crash-looping init container',
      pod({
        phase: 'Pending',
        ready: false,
        initContainers: [container({ ...crashLoop(4), name: 'migrate' })],
        containers: [container({ ready: false, state: waiting('PodInitializing') })],
      }),
      'Degraded',
      /^pod web-7f9 init container migrate: CrashLoopBackOff, 4 restarts/,
    ],
    [
      'still creating its container',
      pod({
        phase: 'Pending',
        ready: false,
        containers: [container({ ready: false, state: waiting('ContainerCreating') })],
      }),
      'Progressing',
      /Pending: container app ContainerCreating/,
    ],
    [
      'unschedulable',
      pod({
        phase: 'Pending',
        conditions: [
          cond('PodScheduled', 'False', 'Unschedulable', '0/3 nodes are available: 3 Insufficient cpu.'),
        ],
        containers: [],
      }),
      'Progressing',
      /Pending: Unschedulable: 0\/3 nodes are available: 3 Insufficient cpu\./,
    ],
    [
      'restartPolicy Never does not degrade on a waiting container',
      pod({
        phase: 'Pending',
        restartPolicy: 'Never',
        ready: false,
        containers: [container({ state: waiting('ImagePullBackOff') })],
      }),
      'Progressing',
      /Pending: container app ImagePullBackOff/,
    ],
    [
      'restartPolicy OnFailure while running',
      pod({ phase: 'Running', restartPolicy: 'OnFailure' }),
      'Progressing',
      /restartPolicy OnFailure: healthy once it succeeds/,
    ],
    [
      'not ready after a crash, restarting',
      pod({
        phase: 'Running',
        ready: false,
        containers: [
          container({
            ready: false,
            restartCount: 1,
            lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
          }),
        ],
      }),
      'Degraded',
      /container app: not ready after 1 restart, last exit code 137 \(OOMKilled\)/,
    ],
    [
      'starting, not ready yet',
      pod({ phase: 'Running', ready: false, containers: [container({ ready: false })] }),
      'Progressing',
      /running, not ready: containers with unready status: \[app\]/,
    ],
    ['succeeded', pod({ phase: 'Succeeded', restartPolicy: 'Never' }), 'Healthy', /completed/],
    [
      'evicted',
      pod({ phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' }),
      'Degraded',
      /^pod web-7f9: The node was low on resource: memory\.$/,
    ],
    [
      'failed with OOMKilled',
      pod({
        phase: 'Failed',
        restartPolicy: 'Never',
        containers: [
          container({ ready: false, state: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }),
        ],
      }),
      'Degraded',
      /container app: OOMKilled \(raise its memory limit\)/,
    ],
    [
      'failed with an exit code',
      pod({
        phase: 'Failed',
        restartPolicy: 'Never',
        containers: [container({ ready: false, state: { terminated: { exitCode: 2, reason: 'Error' } } })],
      }),
      'Degraded',
      /container app: failed with exit code 2 \(Error\)/,
    ],
    ['node lost', pod({ phase: 'Unknown' }), 'Unknown', /phase Unknown/],
  ]);
});

describe('Job', () => {
  check([
    [
      'complete',
      job(
        {},
        { succeeded: 1, conditions: [cond('Complete', 'True')], completionTime: '2026-11-30T06:02:00Z' },
      ),
      'Healthy',
      /^job migrate: complete, 1 succeeded$/,
    ],
    [
      'failed',
      job(
        {},
        {
          failed: 7,
          conditions: [
            cond('Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'),
          ],
        },
      ),
      'Degraded',
      /failed: BackoffLimitExceeded: Job has reached the specified backoff limit/,
    ],
    [
      'suspended',
      job({ suspend: true }, { conditions: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended')] }),
      'Suspended',
      /suspended \(spec.suspend\)/,
    ],
    ['suspended before the controller said so', job({ suspend: true }), 'Suspended', /suspended/],
    [
      'resumed: a Suspended=False condition does not count',
      job({}, { active: 1, conditions: [cond('Suspended', 'False', 'JobResumed', 'Job resumed')] }),
      'Progressing',
      /running: 1 active, 0 of 1 succeeded/,
    ],
    [
      'running with retries',
      job({}, { active: 1, failed: 2 }),
      'Progressing',
      /running: 1 active, 0 of 1 succeeded, 2 failed/,
    ],
  ]);
});
