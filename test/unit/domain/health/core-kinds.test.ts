// PVC, Service, Ingress, HPA and APIService; the generation rule for every kind; aggregation.
import { describe, expect, it } from 'vitest';
import {
  assessHealth,
  type HealthStatus,
  type LiveObject,
  missingHealth,
  worstStatus,
} from '../../../../src/domain/health/index.js';
import type { KubeObject } from '../../../../src/kube/port.js';
import {
  apiService,
  cert,
  cond,
  custom,
  daemonSet,
  deployment,
  hpa,
  ingress,
  job,
  ks,
  lbService,
  meta,
  pod,
  pvc,
  replicaSet,
  rollout,
  statefulSet,
} from './objects.js';

type Case = [string, LiveObject, HealthStatus, string | RegExp];

function check(cases: readonly Case[]): void {
  it.each(cases)('%s', (_name, obj, status, message) => {
    expect(assessHealth(obj)).toEqual({ status, message: expect.stringMatching(message) });
  });
}

describe('PersistentVolumeClaim, Service, Ingress', () => {
  check([
    ['PVC bound', pvc('Bound'), 'Healthy', /^persistentvolumeclaim web: Bound to pvc-0a1b$/],
    [
      'PVC pending',
      pvc('Pending'),
      'Progressing',
      /Pending: waiting for a volume to bind \(storage class gp3\)/,
    ],
    ['PVC lost', pvc('Lost'), 'Degraded', /Lost: its volume no longer exists/],
    ['PVC without a phase', pvc(undefined), 'Unknown', /phase \(none\)/],
    [
      'LoadBalancer assigned',
      lbService([{ hostname: 'a1.elb.amazonaws.com' }]),
      'Healthy',
      /load balancer at a1\.elb\.amazonaws\.com/,
    ],
    [
      'LoadBalancer pending',
      lbService(undefined),
      'Progressing',
      /waiting for the cloud provider to assign a load balancer address/,
    ],
    ['ClusterIP', custom('v1', 'Service', { type: 'ClusterIP' }, {}), 'Healthy', /ClusterIP service/],
    ['Ingress with an address', ingress([{ ip: '203.0.113.7' }]), 'Healthy', /served at 203\.0\.113\.7/],
    [
      'Ingress without',
      ingress([]),
      'Progressing',
      /waiting for the ingress controller to assign an address/,
    ],
  ]);
});

describe('HorizontalPodAutoscaler and APIService', () => {
  const ableToScale = cond(
    'AbleToScale',
    'True',
    'ReadyForNewScale',
    'recommended size matches current size',
  );
  check([
    [
      'able to scale',
      hpa([ableToScale, cond('ScalingActive', 'True', 'ValidMetricFound')]),
      'Healthy',
      /ReadyForNewScale/,
    ],
    [
      'metrics unavailable (ScalingActive False)',
      hpa([
        cond(
          'ScalingActive',
          'False',
          'FailedGetResourceMetric',
          'unable to get metrics for resource cpu: no metrics returned',
        ),
        ableToScale,
      ]),
      'Degraded',
      /cannot autoscale: FailedGetResourceMetric: unable to get metrics for resource cpu/,
    ],
    [
      'invalid selector',
      hpa([cond('ScalingActive', 'False', 'InvalidSelector', 'selector is required')]),
      'Degraded',
      /InvalidSelector/,
    ],
    [
      'target missing',
      hpa([cond('AbleToScale', 'False', 'FailedGetScale', 'deployments/scale.apps "web" not found')]),
      'Degraded',
      /FailedGetScale/,
    ],
    ['no conditions yet', hpa([]), 'Progressing', /waiting to autoscale/],
    [
      'v1 with a broken conditions annotation',
      {
        ...custom('autoscaling/v1', 'HorizontalPodAutoscaler', {}, {}),
        metadata: meta('web', 1, { annotations: { 'autoscaling.alpha.kubernetes.io/conditions': '[{' } }),
      },
      'Unknown',
      /annotation is not JSON/,
    ],
    [
      'APIService available',
      apiService([cond('Available', 'True', 'Passed', 'all checks passed')]),
      'Healthy',
      /Passed: all checks passed/,
    ],
    [
      'APIService backend down',
      apiService([
        cond(
          'Available',
          'False',
          'MissingEndpoints',
          'endpoints for service/metrics-server have no addresses',
        ),
      ]),
      'Progressing',
      /not available \(backend service metrics-server\): MissingEndpoints/,
    ],
    ['APIService unprocessed', apiService([]), 'Progressing', /waiting to be processed/],
  ]);
});

describe('the generation rule, for every kind', () => {
  const stale = (obj: LiveObject): LiveObject => ({ ...obj, metadata: { ...obj.metadata, generation: 9 } });
  const healthyOfEveryKind: LiveObject[] = [
    deployment(),
    statefulSet(),
    daemonSet(),
    replicaSet(),
    job({}, { observedGeneration: 1, succeeded: 1, conditions: [cond('Complete', 'True')] }),
    { ...pod({ phase: 'Running' }), status: { ...pod({ phase: 'Running' }).status, observedGeneration: 1 } },
    { ...pvc('Bound'), status: { phase: 'Bound', observedGeneration: 2 } },
    {
      ...ingress([{ ip: '203.0.113.7' }]),
      status: { observedGeneration: 2, loadBalancer: { ingress: [{ ip: '203.0.113.7' }] } },
    },
    hpa([cond('AbleToScale', 'True', 'ReadyForNewScale')]),
    rollout({}, { observedGeneration: '2', phase: 'Healthy' }),
    ks({}, { observedGeneration: 2, conditions: [cond('Ready', 'True')] }),
    cert([cond('Ready', 'True')]),
  ].map((o) =>
    o.kind === 'HorizontalPodAutoscaler' ? { ...o, status: { ...o.status, observedGeneration: 2 } } : o,
  );

  it.each(healthyOfEveryKind.map((o) => [o.kind, o] as const))(
    '%s: Healthy, then Progressing once generation moves',
    (_k, obj) => {
      expect(assessHealth(obj).status).toBe('Healthy');
      const verdict = assessHealth(stale(obj));
      expect(verdict.status).toBe('Progressing');
      expect(verdict.message).toMatch(/generation 9|observe the spec update/);
    },
  );

  it('takes objects from the kube port as they are (KubeObject is a LiveObject)', () => {
    const live: KubeObject = {
      ...deployment(),
      metadata: { name: 'web', generation: 4, resourceVersion: '812' },
    };
    expect(assessHealth(live).status).toBe('Progressing');
  });

  it('an object being deleted is Progressing whatever its status says', () => {
    const obj = deployment();
    obj.metadata.deletionTimestamp = '2026-11-30T06:10:00Z';
    expect(assessHealth(obj)).toEqual({
      status: 'Progressing',
      message: 'deployment web: being deleted (deletionTimestamp is set)',
    });
  });
});

describe('aggregation', () => {
  it.each([
    [[], 'Healthy'],
    [['Healthy', 'Healthy'], 'Healthy'],
    [['Healthy', 'Suspended'], 'Suspended'],
    [['Suspended', 'Progressing', 'Healthy'], 'Progressing'],
    [['Progressing', 'Unknown'], 'Unknown'],
    [['Unknown', 'Missing'], 'Missing'],
    [['Missing', 'Degraded', 'Healthy'], 'Degraded'],
    [['Degraded', 'Unknown'], 'Degraded'],
  ] as [HealthStatus[], HealthStatus][])('worst of %j is %s', (statuses, worst) => {
    expect(worstStatus(statuses)).toBe(worst);
  });

  it('names what is missing', () => {
    expect(missingHealth('Deployment', 'web')).toEqual({
      status: 'Missing',
      message: 'deployment web: not found in the cluster',
    });
  });
});
