// verify-health's failure message leads with the cause a person can act on: when a Deployment has passed its
// progress deadline and its pods crash-loop, both are Degraded, and the message names the pod's CrashLoopBackOff
// first (before: "deployment web: exceeded its progress deadline ...; its new pods say why", the pods further down
// the report). The recorded resources keep their order: the Deployment, then its pods.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/port.js';
import { verifyHealth } from '../../../src/usecases/verify-health.js';
import { FakeKube } from '../../helpers/fake-kube.js';
import {
  COMMIT,
  deploymentManifest,
  ID,
  liveDeployment,
  MemoryBranches,
  MemoryGitHub,
  MemoryStore,
  manifestsText,
  OLD_ID,
  release,
  serviceManifest,
  silent,
} from '../../helpers/verify-fixture.js';

function crashLoopingPod(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'shop', labels: { app: 'web', 'pod-template-hash': '7f9' } },
    spec: { restartPolicy: 'Always', containers: [{ name: 'app', image: 'registry.example/web:crashloop' }] },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
      containerStatuses: [
        {
          name: 'app',
          ready: false,
          restartCount: 6,
          image: 'registry.example/web:crashloop',
          imageID: '',
          state: {
            waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' },
          },
          lastState: { terminated: { exitCode: 1, reason: 'Error' } },
        },
      ],
    },
  };
}

/** The Deployment as the controller leaves it when no new pod became available within its deadline. */
function pastDeadline(): KubeObject {
  const d = liveDeployment(deploymentManifest(ID), { generation: 2, observed: 2, ready: 0 });
  const status = d.status as { conditions: Record<string, unknown>[] };
  status.conditions = [
    { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' },
    {
      type: 'Progressing',
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "web-7f9" has timed out progressing.',
    },
  ];
  return d;
}

describe('verify-health names the cause first', () => {
  it("a Deployment past its progress deadline with crash-looping pods fails naming the pods' CrashLoopBackOff first", async () => {
    const kube = new FakeKube();
    const store = new MemoryStore([release(OLD_ID, 'Healthy'), release(ID, 'Deployed')]);
    const branches = new MemoryBranches();
    branches.seed(COMMIT, {
      '_/web/manifests.yaml': manifestsText([deploymentManifest(ID), serviceManifest(ID)]),
    });
    kube.put(pastDeadline());
    kube.put(serviceManifest(ID));
    kube.put(crashLoopingPod('web-7f9-a'));
    kube.put(crashLoopingPod('web-7f9-b'));
    const result = await verifyHealth(
      {
        releaseId: ID,
        source: 'kubernetes',
        timeoutMs: 10_000,
        degradedGraceMs: 100,
        autoRollback: false,
        actor: 'gitopshq-bot',
      },
      { store: store.asPort(), branches, kube, github: new MemoryGitHub(), log: silent },
    );
    if (result.outcome !== 'failed') throw new Error('expected a failure');
    expect(result.error.message).toMatch(
      /^release \S+: Degraded: pod web-7f9-a container app: CrashLoopBackOff, 6 restarts, last exit code 1 \(Error\) \(\+2 more\)$/,
    );
    const health = store.get(ID).health;
    expect(health?.message).toMatch(/^Degraded: pod web-7f9-a container app: CrashLoopBackOff/);
    // The report's rows are as they were: the Deployment (with its deadline), then the pods that say why.
    expect(health?.resources?.map((r) => `${r.kind} ${r.name} ${r.status}`)).toEqual([
      'Deployment web Degraded',
      'Pod web-7f9-a Degraded',
      'Pod web-7f9-b Degraded',
    ]);
    expect(health?.resources?.[0]?.message).toContain('exceeded its progress deadline');
    expect(store.get(ID).state).toBe('Failed');
  });
});
