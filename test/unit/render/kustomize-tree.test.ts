import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isRemoteRef, referencedPaths } from '../../../src/render/kustomize-tree.js';

describe('referencedPaths: every local path a kustomization names', () => {
  it('reads resources, components, bases, patches, generators, replacements and openapi', () => {
    const doc = parse(`
resources: [../../base, deployment.yaml]
bases: [../old-base]
components: [../../components/hpa]
crds: [crds/thing.yaml]
configurations: [config/name-ref.yaml]
patches:
  - path: patch-replicas.yaml
  - patch: |-
      - op: replace
        path: /spec/replicas
        value: 3
    target: {kind: Deployment}
patchesStrategicMerge:
  - psm.yaml
  - |-
    apiVersion: apps/v1
    kind: Deployment
patchesJson6902:
  - target: {kind: Service}
    path: json-patch.yaml
configMapGenerator:
  - name: app
    files: [app.properties, key=conf/other.txt]
    envs: [app.env]
secretGenerator:
  - name: db
    env: db.env
replacements:
  - path: replacements.yaml
generators: [gen.yaml]
transformers: [tr.yaml]
validators: [val.yaml]
openapi:
  path: schema.json
images: [{name: app, newTag: "1.2"}]
`);
    expect(referencedPaths(doc).sort()).toEqual(
      [
        '../../base',
        'deployment.yaml',
        '../old-base',
        '../../components/hpa',
        'crds/thing.yaml',
        'config/name-ref.yaml',
        'patch-replicas.yaml',
        'psm.yaml',
        'json-patch.yaml',
        'app.properties',
        'conf/other.txt',
        'app.env',
        'db.env',
        'replacements.yaml',
        'gen.yaml',
        'tr.yaml',
        'val.yaml',
        'schema.json',
      ].sort(),
    );
  });

  it('tells remote references from local paths', () => {
    for (const r of [
      'https://example.com/x.yaml',
      'github.com/org/repo//deploy?ref=v1',
      'git@github.com:org/repo.git',
      'ssh://git@host/repo',
    ]) {
      expect(isRemoteRef(r)).toBe(true);
    }
    for (const l of ['../../base', 'github-base', 'deploy.yaml']) expect(isRemoteRef(l)).toBe(false);
  });
});
