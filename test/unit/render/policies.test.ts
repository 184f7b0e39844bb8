import { describe, expect, it } from 'vitest';
import { checkPolicies, imageTag, podSpecOf } from '../../../src/render/policies.js';

const ALL = { forbidLatestTag: true, requireResourceLimits: true, forbidPrivileged: true };
const LIMITS = { limits: { cpu: '1', memory: '1Gi' } };
const container = (c: Record<string, unknown>) => ({
  name: 'app',
  image: 'nginx:1.27',
  resources: LIMITS,
  ...c,
});
const deployment = (...containers: Record<string, unknown>[]) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { template: { spec: { containers } } },
});

describe('imageTag', () => {
  it.each([
    ['nginx', undefined, false],
    ['nginx:1.27', '1.27', false],
    ['nginx:latest', 'latest', false],
    ['registry:5000/team/app', undefined, false],
    ['registry:5000/team/app:2.0', '2.0', false],
    ['ghcr.io/acme/web@sha256:abc', undefined, true],
    ['ghcr.io/acme/web:1.0@sha256:abc', '1.0', true],
  ])('%s -> tag %s, digest %s', (image, tag, digest) => {
    expect(imageTag(image)).toEqual(tag === undefined ? { digest } : { tag, digest });
  });
});

describe('podSpecOf', () => {
  it.each([
    ['Pod', { spec: { containers: [] } }, 'spec'],
    ['Deployment', { spec: { template: { spec: { containers: [] } } } }, 'spec.template.spec'],
    ['StatefulSet', { spec: { template: { spec: { containers: [] } } } }, 'spec.template.spec'],
    ['Job', { spec: { template: { spec: { containers: [] } } } }, 'spec.template.spec'],
    [
      'CronJob',
      { spec: { jobTemplate: { spec: { template: { spec: { containers: [] } } } } } },
      'spec.jobTemplate.spec.template.spec',
    ],
    ['Rollout', { spec: { template: { spec: { containers: [] } } } }, 'spec.template.spec'],
    ['ConfigMap', { data: {} }, undefined],
    ['Deployment', { spec: { template: { spec: {} } } }, undefined],
  ])('%s', (kind, body, path) => {
    expect(podSpecOf({ kind, ...body })?.path).toBe(path);
  });
});

describe('checkPolicies', () => {
  it.each([
    ['a pinned image with limits, not privileged', container({}), []],
    ['latest tag', container({ image: 'nginx:latest' }), ['policy/latest-tag']],
    ['no tag', container({ image: 'nginx' }), ['policy/latest-tag']],
    ['a digest without tag', container({ image: 'nginx@sha256:00' }), []],
    ['no resources at all', container({ resources: undefined }), ['policy/resource-limits']],
    [
      'requests only',
      container({ resources: { requests: { cpu: '1', memory: '1Gi' } } }),
      ['policy/resource-limits'],
    ],
    ['cpu limit only', container({ resources: { limits: { cpu: '1' } } }), ['policy/resource-limits']],
    ['privileged', container({ securityContext: { privileged: true } }), ['policy/privileged']],
    ['privileged false', container({ securityContext: { privileged: false } }), []],
  ])('%s', (_name, c, rules) => {
    expect(checkPolicies(deployment(c), ALL).map((f) => f.rule)).toEqual(rules);
  });

  it('names the field path, init containers included, and says what to change', () => {
    const o = deployment(container({ image: 'nginx:latest' }));
    (o.spec.template.spec as Record<string, unknown>).initContainers = [
      container({ name: 'init', resources: { limits: { cpu: '1' } } }),
    ];
    const f = checkPolicies(o, ALL);
    expect(f.map((x) => x.path)).toEqual([
      'spec.template.spec.initContainers[0].resources.limits',
      'spec.template.spec.containers[0].image',
    ]);
    expect(f[0]?.message).toContain('no memory limit');
    expect(f[1]?.message).toContain("image 'nginx:latest' uses the latest tag");
  });

  it('checks nothing a policy has switched off', () => {
    const bad = deployment(
      container({ image: 'nginx', resources: {}, securityContext: { privileged: true } }),
    );
    expect(
      checkPolicies(bad, { forbidLatestTag: false, requireResourceLimits: false, forbidPrivileged: false }),
    ).toEqual([]);
    expect(checkPolicies(bad, ALL)).toHaveLength(3);
  });
});
