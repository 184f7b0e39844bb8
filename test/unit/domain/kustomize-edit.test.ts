import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/domain/errors.js';
import {
  applyKustomizeUpdates,
  overlayFolder,
  parseKustomizeUpdate,
} from '../../../src/domain/kustomize-edit.js';
import { parseUpdate } from '../../../src/domain/path-syntax.js';

const F = 'workloads/podinfo/overlays/production/kustomization.yaml';
const DIGEST = `sha256:${'a'.repeat(64)}`;

const OVERLAY = [
  '# production overlay: kept by hand and by gitopshq set',
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources:',
  '  - ../../base   # shared base',
  'images:',
  '  - name: ghcr.io/stefanprodan/podinfo  # the app',
  '    newTag: 6.5.0',
  'replicas:',
  '  - name: podinfo',
  '    count: 2',
  '',
].join('\n');

function apply(text: string, ...args: string[]): string {
  return applyKustomizeUpdates(text, args.map(parseUpdate), F);
}

describe('overlayFolder', () => {
  it.each([
    [{ overlay: 'overlays/{env}' }, 'prod', 'overlays/prod'],
    [{ overlay: '' }, 'dev', 'overlays/dev'],
    [{ overlay: 'deploy/{env}/k' }, 'dev', 'deploy/dev/k'],
    [{ overlay: 'overlays/{env}', overlays: { prod: 'overlays/production' } }, 'prod', 'overlays/production'],
    [{ overlay: 'overlays/{env}', overlays: { prod: 'overlays/production' } }, 'dev', 'overlays/dev'],
  ])('%j for %s is %s', (source, env, expected) => {
    expect(overlayFolder(source, env)).toBe(expected);
  });
});

describe('parseKustomizeUpdate: the path syntax', () => {
  it.each([
    [
      'images.nginx.newTag=1.8.0',
      { kind: 'image', name: 'nginx', fields: { newTag: '1.8.0' }, replace: false },
    ],
    [
      'images.nginx.newTag=1.10',
      { kind: 'image', name: 'nginx', fields: { newTag: '1.10' }, replace: false },
    ],
    [
      'images["ghcr.io/stefanprodan/podinfo"].newTag="6.9.0"',
      { kind: 'image', name: 'ghcr.io/stefanprodan/podinfo', fields: { newTag: '6.9.0' }, replace: false },
    ],
    [
      'images.app.newName=localhost:5000/acme/app',
      { kind: 'image', name: 'app', fields: { newName: 'localhost:5000/acme/app' }, replace: false },
    ],
    [
      `images.app.digest=${DIGEST}`,
      { kind: 'image', name: 'app', fields: { digest: DIGEST }, replace: false },
    ],
    [
      'images.postgres=eu.gcr.io/p/postgres:15',
      {
        kind: 'image',
        name: 'postgres',
        fields: { newName: 'eu.gcr.io/p/postgres', newTag: '15' },
        replace: true,
      },
    ],
    [
      `images.app=registry/app@${DIGEST}`,
      { kind: 'image', name: 'app', fields: { newName: 'registry/app', digest: DIGEST }, replace: true },
    ],
    ['images.mysql=mariadb', { kind: 'image', name: 'mysql', fields: { newName: 'mariadb' }, replace: true }],
    ['image.tag=2.0.0', { kind: 'image', name: undefined, fields: { newTag: '2.0.0' }, replace: false }],
    [
      `image.digest=${DIGEST}`,
      { kind: 'image', name: undefined, fields: { digest: DIGEST }, replace: false },
    ],
    [
      'image.repository=acme/api',
      { kind: 'image', name: undefined, fields: { newName: 'acme/api' }, replace: false },
    ],
    ['replicas=3', { kind: 'replicas', name: undefined, count: 3 }],
    ['replicas.podinfo=0', { kind: 'replicas', name: 'podinfo', count: 0 }],
    ['replicas.podinfo.count=5', { kind: 'replicas', name: 'podinfo', count: 5 }],
  ])('%s', (arg, expected) => {
    expect(parseKustomizeUpdate(parseUpdate(arg), F)).toEqual(expected);
  });

  it.each([
    [
      'resources.limits.cpu=500m',
      `cannot set resources.limits.cpu in ${F}: a Kustomize workload is released`,
    ],
    ['resources.limits.cpu=500m', `editing ${F} or a patch it lists`],
    [
      'images.ghcr.io/x.newTag=1',
      'an image name with dots is quoted in the path: images["ghcr.io/x"].newTag=1',
    ],
    [
      'images.nginx.tag=1',
      'an images entry takes newTag, newName or digest (e.g. images.nginx.newTag=1.2.3)',
    ],
    ['images.nginx.newTag=1 2', 'newTag must be a tag'],
    ['images.nginx.newTag=', 'newTag must be a tag'],
    ['images.nginx.digest=abc', 'digest must be a digest such as sha256:'],
    ['images.nginx.newName=nginx:1.2', 'newName must be an image name without tag or digest'],
    ['image.name=x', 'a Kustomize workload is released'],
    ['replicas=-1', 'replicas takes a whole number of pods'],
    ['replicas=two', 'replicas takes a whole number of pods'],
    ['replicas.podinfo.min=1', 'a Kustomize workload is released'],
  ])('refuses %s', (arg, message) => {
    expect(() => parseKustomizeUpdate(parseUpdate(arg), F)).toThrow(message);
  });
});

describe('applyKustomizeUpdates: as kustomize edit set image / set replicas would, every other byte kept', () => {
  it.each([
    [
      'a new tag on a named entry',
      OVERLAY,
      ['images["ghcr.io/stefanprodan/podinfo"].newTag=6.9.0'],
      OVERLAY.replace('newTag: 6.5.0', 'newTag: 6.9.0'),
    ],
    ['the shorthand on the only entry', OVERLAY, ['image.tag=6.9.1'], OVERLAY.replace('6.5.0', '6.9.1')],
    [
      'a tag that reads as a number stays a string',
      OVERLAY,
      ['image.tag=1.10'],
      OVERLAY.replace('newTag: 6.5.0', 'newTag: "1.10"'),
    ],
    [
      'a digest replaces the tag',
      OVERLAY,
      [`image.digest=${DIGEST}`],
      OVERLAY.replace('    newTag: 6.5.0\n', `    digest: ${DIGEST}\n`),
    ],
    [
      'a tag replaces a digest that is the first key of its item',
      `images:\n- digest: ${DIGEST} # pinned\n  name: app\n`,
      ['images.app.newTag=2.0'],
      'images:\n- name: app\n  newTag: "2.0"\n',
    ],
    [
      'a flow entry',
      `images: [{name: app, digest: "${DIGEST}"}]\n`,
      ['images.app.newTag=v2'],
      'images: [{name: app, newTag: v2}]\n',
    ],
    [
      'a new entry appended after the others',
      OVERLAY,
      ['images.redis.newTag=7.2'],
      OVERLAY.replace('    newTag: 6.5.0\n', '    newTag: 6.5.0\n  - name: redis\n    newTag: "7.2"\n'),
    ],
    [
      'images: created when missing',
      'resources:\n  - ../../base\n',
      ['images.nginx=registry.local/nginx:1.27'],
      'resources:\n  - ../../base\nimages:\n  - name: nginx\n    newName: registry.local/nginx\n    newTag: "1.27"\n',
    ],
    [
      'NAME=REF replaces the whole entry: a field REF does not give is removed',
      'images:\n  - name: app\n    newName: old/app\n    newTag: "1"\n    digest: x\n',
      ['images.app=new/app:2'],
      'images:\n  - name: app\n    newName: new/app\n    newTag: "2"\n',
    ],
    ['replicas of the only entry', OVERLAY, ['replicas=4'], OVERLAY.replace('count: 2', 'count: 4')],
    [
      'replicas of a new name',
      OVERLAY,
      ['replicas.worker=1'],
      OVERLAY.replace('    count: 2\n', '    count: 2\n  - name: worker\n    count: 1\n'),
    ],
    [
      'several updates in order',
      OVERLAY,
      ['image.tag=7.0.0', 'replicas.podinfo=3'],
      OVERLAY.replace('6.5.0', '7.0.0').replace('count: 2', 'count: 3'),
    ],
    ['an update that changes nothing', OVERLAY, ['image.tag=6.5.0'], OVERLAY],
  ])('%s', (_, before, args, after) => {
    expect(apply(before, ...args)).toBe(after);
  });

  it.each([
    [
      'the shorthand with two images',
      'images:\n  - name: a\n    newTag: "1"\n  - name: b\n    newTag: "1"\n',
      'image.tag=2',
      `${F}:1:1: cannot set image.tag: it stands for the one entry of images: and ${F} has 2 (a, b); name it: images.NAME.newTag=1.2.3`,
    ],
    [
      'the shorthand with none',
      'resources:\n  - base\n',
      'replicas=2',
      `${F}:1:1: cannot set replicas: it stands for the one entry of replicas: and ${F} has 0 (none); name it: replicas.NAME=3`,
    ],
    [
      'images: that is not a list, located at its key',
      'resources: []\nimages:\n  app: x\n',
      'image.tag=1',
      `${F}:2:1: cannot set image.tag: images: is not a list`,
    ],
    [
      'an entry without a name',
      'images:\n  - newTag: "1"\n',
      'images.a.newTag=2',
      `${F}:2:5: cannot set images.a.newTag: images[0] has no name`,
    ],
  ])('refuses %s with file:line:col', (_, before, arg, message) => {
    let error: unknown;
    try {
      apply(before, arg);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(message);
  });
});
