// Which unhealthy object a summary names first: among the worst, a pod's own reason (CrashLoopBackOff, an exit
// code) before its controller's symptom (a Deployment past its progress deadline). Statuses never change.
import { describe, expect, it } from 'vitest';
import {
  assessHealth,
  causeFirst,
  type HealthStatus,
  type LiveObject,
  summarizeHealth,
} from '../../../../src/domain/health/index.js';
import { cond, container, crashLoop, deployment, job, pod, replicaSet } from './objects.js';

const deadline = cond(
  'Progressing',
  'False',
  'ProgressDeadlineExceeded',
  'ReplicaSet "web-6b7d9" has timed out progressing.',
);
const stalled = deployment({}, { updatedReplicas: 1, availableReplicas: 2, conditions: [deadline] });
const crashing = pod({ phase: 'Running', ready: false, containers: [container(crashLoop(6))] });
const pending = pod({
  phase: 'Pending',
  ready: false,
  message: '0/2 nodes are available: 2 Insufficient cpu.',
});
const failedJob = job(
  {},
  {
    failed: 7,
    conditions: [
      cond('Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'),
    ],
  },
);
const failedPod = pod({
  phase: 'Failed',
  restartPolicy: 'Never',
  ready: false,
  containers: [container({ state: { terminated: { exitCode: 1, reason: 'Error' } } })],
});
const shortRs = replicaSet({ readyReplicas: 1, availableReplicas: 1 });

const judged = (o: LiveObject) => ({ kind: o.kind, ...assessHealth(o) });

describe('summarizeHealth leads with the cause', () => {
  it.each<[string, LiveObject[], HealthStatus, string]>([
    [
      'a Deployment past its progress deadline and its crash-looping pod: the pod first',
      [stalled, crashing],
      'Degraded',
      '2 of 2 objects not Healthy; pod web-7f9 container app: CrashLoopBackOff, 6 restarts, last exit code 1 (Error) (and 1 more Degraded)',
    ],
    [
      'the same listed pod first: unchanged',
      [crashing, stalled],
      'Degraded',
      '2 of 2 objects not Healthy; pod web-7f9 container app: CrashLoopBackOff, 6 restarts, last exit code 1 (Error) (and 1 more Degraded)',
    ],
    [
      'a failed Job and its failed pod: the pod names the exit code',
      [failedJob, failedPod],
      'Degraded',
      '2 of 2 objects not Healthy; pod web-7f9 container app: failed with exit code 1 (Error) (and 1 more Degraded)',
    ],
    [
      'a pod only Pending does not lead a Degraded Deployment: the worst status decides',
      [stalled, pending],
      'Degraded',
      '2 of 2 objects not Healthy; deployment web: exceeded its progress deadline: ReplicaSet "web-6b7d9" has timed out progressing; its new pods say why',
    ],
    [
      'controllers alone keep their order',
      [stalled, failedJob],
      'Degraded',
      '2 of 2 objects not Healthy; deployment web: exceeded its progress deadline: ReplicaSet "web-6b7d9" has timed out progressing; its new pods say why (and 1 more Degraded)',
    ],
    [
      'among Progressing objects a pending pod says why the ReplicaSet is short',
      [shortRs, pending],
      'Progressing',
      '2 of 2 objects not Healthy; pod web-7f9: Pending: 0/2 nodes are available: 2 Insufficient cpu. (and 1 more Progressing)',
    ],
  ])('%s', (_name, objects, status, message) => {
    expect(summarizeHealth(objects.map(judged))).toEqual({ status, message });
  });
});

describe('causeFirst', () => {
  it('puts pods first and keeps every other order as it was (stable)', () => {
    const items = [
      { kind: 'Deployment', status: 'Degraded' as const, id: 1 },
      { kind: 'Pod', status: 'Degraded' as const, id: 2 },
      { status: 'Degraded' as const, id: 3 },
      { kind: 'Pod', status: 'Degraded' as const, id: 4 },
      { kind: 'ReplicaSet', status: 'Degraded' as const, id: 5 },
    ];
    expect(causeFirst(items).map((i) => i.id)).toEqual([2, 4, 1, 3, 5]);
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5]); // the input is left as it was
  });
});
