// kustomizeReads on disk: everything an overlay reads, as named and where it really is, without running kustomize.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kustomizeReads } from '../../../src/render/kustomize-tree.js';
import { repoPaths } from '../../../src/render/repo-paths.js';
import { tmpDir } from '../../helpers/tmp.js';
import { writeFiles } from './fixtures.js';

describe('kustomizeReads', () => {
  it('follows resources, components, patches and generator files recursively, links as named and as real', () => {
    const root = tmpDir();
    writeFiles(root, {
      'shared/base-v2/kustomization.yaml':
        'resources: [deploy.yaml]\nconfigMapGenerator:\n  - name: c\n    files: [conf=app.conf]\n',
      'shared/base-v2/deploy.yaml': 'kind: Deployment\n',
      'shared/base-v2/app.conf': 'x=1\n',
      'shared/hpa/kustomization.yaml': 'kind: Component\nresources: [hpa.yaml]\n',
      'shared/hpa/hpa.yaml': 'kind: HorizontalPodAutoscaler\n',
      'app/overlays/prod/kustomization.yaml':
        'resources: [../../../shared/base-current]\ncomponents: [../../../shared/hpa]\npatches:\n  - path: replicas.yaml\n',
      'app/overlays/prod/replicas.yaml': 'kind: Deployment\n',
      'shared/unused/kustomization.yaml': 'resources: []\n',
    });
    symlinkSync('base-v2', join(root, 'shared/base-current'));
    const reads = kustomizeReads(repoPaths(root), join(root, 'app/overlays/prod'));
    expect(reads.problems).toEqual([]);
    expect(reads.paths.sort()).toEqual(
      [
        'app/overlays/prod',
        'app/overlays/prod/kustomization.yaml',
        'app/overlays/prod/replicas.yaml',
        'shared/base-current',
        'shared/base-v2',
        'shared/base-v2/kustomization.yaml',
        'shared/base-v2/deploy.yaml',
        'shared/base-v2/app.conf',
        'shared/hpa',
        'shared/hpa/kustomization.yaml',
        'shared/hpa/hpa.yaml',
      ].sort(),
    );
  });

  it('reports paths out of the repository and remote references, once per kustomization, and does not loop', () => {
    const root = tmpDir();
    writeFiles(root, {
      'a/kustomization.yaml': 'resources: [../b, ../../outside, https://example.com/x.yaml]\n',
      'b/kustomization.yaml': 'resources: [../a]\n',
    });
    const reads = kustomizeReads(repoPaths(root), join(root, 'a'));
    expect(reads.problems.map((p) => [p.file, p.message])).toEqual([
      ['a/kustomization.yaml', "'../../outside' is outside the repository; kustomize is not run"],
      [
        'a/kustomization.yaml',
        "remote reference 'https://example.com/x.yaml' is not fetched: preview and render read only the repository; vendor it into the repository",
      ],
    ]);
  });
});
