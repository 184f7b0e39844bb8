// Rendered output is read as Kubernetes reads it. The oracle is Helm's own `fromYaml`, which decodes with
// sigs.k8s.io/yaml on go-yaml v2, the decoder kubectl, Argo CD and the API machinery use: each plain scalar a chart
// may print must mean to the generator what it means there. YAML 1.1 as the `yaml` library implements it differs on
// two: base-60 numbers (`1:30` is 90 in YAML 1.1, the string "1:30" to go-yaml) and timestamps (a Date written back
// in UTC, where go-yaml keeps the string as printed).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChunks, stringifyManifests } from '../../../src/render/normalize.js';
import { renderTargets } from '../../../src/render/planner.js';
import { tmpDir } from '../../helpers/tmp.js';
import { config, snapshot, workload, writeFiles } from './fixtures.js';

const SCALARS = [
  'schedule: 1:30',
  'long: 190:20:30.15',
  'negative: -1:30',
  'day: 2024-05-01',
  'built: 2024-05-01T10:00:00+02:00',
  'spaced: 2001-12-14 21:59:43.10 -5',
  'lower: 2001-12-14t21:59:43.10-05:00',
  'utc: 2024-05-01T10:00:00Z',
  'flag: yes',
  'mode: 0644',
  'hex: 0x1F',
  'exp: 1e3',
  'nothing: ~',
  'version: 1.10',
  'on: switch',
  'n: letter',
];
const DOC = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: scalars\ndata:\n${SCALARS.map((s) => `  ${s}\n`).join('')}`;

/** The document as go-yaml v2 decodes it, from Helm's fromYaml | toJson. */
function kubernetesReading(): unknown {
  const root = tmpDir();
  writeFiles(root, {
    'oracle/Chart.yaml': 'apiVersion: v2\nname: oracle\nversion: 0.1.0\n',
    'oracle/doc.yaml': DOC,
    'oracle/templates/out.txt': '{{ .Files.Get "doc.yaml" | fromYaml | toJson }}\n',
  });
  const home = join(root, '.helm');
  const out = execFileSync('helm', ['template', 'o', join(root, 'oracle')], {
    encoding: 'utf8',
    env: { ...process.env, HELM_CACHE_HOME: home, HELM_CONFIG_HOME: home, HELM_DATA_HOME: home },
  });
  const json = out.split('\n').find((l) => l.startsWith('{')) ?? '';
  return JSON.parse(json);
}

describe('reading rendered YAML as Kubernetes does', () => {
  it('gives every plain scalar the value go-yaml v2 gives it, and writes it back so it keeps that value', () => {
    const expected = kubernetesReading();
    const { manifests, findings } = parseChunks([{ source: 'chart/templates/cm.yaml', text: DOC }]);
    expect(findings).toEqual([]);
    expect(manifests[0]?.object).toEqual(expected);
    // The strings Kubernetes reads are quoted in what the generator writes, so no reader makes a number of them.
    const written = stringifyManifests(manifests);
    expect(written).toContain('schedule: "1:30"');
    expect(written).toContain('built: "2024-05-01T10:00:00+02:00"');
    expect(written).toContain('day: "2024-05-01"');
    const again = parseChunks([{ source: 'deploy', text: written }]);
    expect(again.manifests[0]?.object).toEqual(expected);
  });
});

describe('a chart that prints a key twice', () => {
  it('renders as Kubernetes reads it (the last value wins), with a warning naming the key and its line', async () => {
    const root = tmpDir();
    writeFiles(root, {
      'workloads/web/chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'workloads/web/chart/templates/cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: web
  labels:
    tier: old
  labels:
    tier: new
data:
  a: "1"
`,
      'workloads/web/chart/templates/job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations:
    helm.sh/hook: pre-upgrade
  annotations:
    helm.sh/hook: pre-install
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: m
          image: ghcr.io/acme/migrate:1.0.0
`,
    });
    const w = workload(root, { name: 'web', source: { type: 'helm', chart: 'chart', versions: {} } });
    const snap = snapshot(root, config(['dev']), [w]);
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev' }, snapshot: snap },
    ]);
    const [set] = sets;
    const cm = set?.manifests.find((m) => m.object.kind === 'ConfigMap')?.object;
    expect((cm?.metadata as { labels?: unknown } | undefined)?.labels).toEqual({ tier: 'new' });
    // The hook is the last annotations map's, and gets the Argo CD phase of that one.
    const job = set?.manifests.find((m) => m.object.kind === 'Job')?.object;
    expect((job?.metadata as { annotations?: unknown } | undefined)?.annotations).toEqual({
      'helm.sh/hook': 'pre-install',
      'argocd.argoproj.io/hook': 'PreSync',
    });
    // Lines are helm's output stream's, where hooks come after the rest.
    expect(set?.findings.map((f) => [f.severity, f.rule, f.message]).sort()).toEqual([
      [
        'warning',
        'yaml',
        "the output rendered from web/templates/cm.yaml (rendered line 9): the key `labels` is given twice; Kubernetes' YAML decoder (kubectl, Helm, Argo CD) keeps the last value, and so does the render: remove the other",
      ],
      [
        'warning',
        'yaml',
        "the output rendered from web/templates/job.yaml (rendered line 21): the key `annotations` is given twice; Kubernetes' YAML decoder (kubectl, Helm, Argo CD) keeps the last value, and so does the render: remove the other",
      ],
    ]);
  });
});
