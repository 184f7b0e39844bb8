// A chart whose Chart.yaml lists dependencies it does not vendor in charts/: `helm template` alone refuses it, Argo
// CD and Flux run `helm dependency build` and render it. The generator renders what they render for the file://
// dependencies inside the repository (a library chart, an aliased subchart with a condition and global values),
// writes nothing into the checkout, and for a dependency from a Helm repository says how to vendor it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { runBrokered } from '../../../src/render/isolation-broker.js';
import { renderTargets } from '../../../src/render/planner.js';
import { stableJson } from '../../../src/render/session.js';
import { tmpDir } from '../../helpers/tmp.js';
import { config, snapshot, workload, writeFiles } from './fixtures.js';

const CHART_YAML = `apiVersion: v2
name: web
version: 1.2.0
dependencies:
  - name: common
    version: 0.3.0
    repository: file://../../../charts/common
  - name: cache
    alias: redis
    version: ">=1.0.0"
    repository: file://../../../charts/cache
    condition: redis.enabled
`;

const FILES: Record<string, string> = {
  'charts/common/Chart.yaml': 'apiVersion: v2\nname: common\ntype: library\nversion: 0.3.0\n',
  'charts/common/templates/_labels.tpl': `{{- define "common.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
team: {{ .Values.global.team | default "none" }}
{{- end -}}
`,
  'charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 1.4.0\n',
  'charts/cache/values.yaml': 'port: 6379\nmaxmemory: 64mb\n',
  'charts/cache/.helmignore': 'notes/\n',
  'charts/cache/notes/readme.txt': 'not part of the chart\n',
  'charts/cache/templates/service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-redis
  labels:
    team: {{ .Values.global.team }}
spec:
  ports:
    - port: {{ .Values.port }}
`,
  'workloads/web/chart/Chart.yaml': CHART_YAML,
  'workloads/web/chart/values.yaml': 'global:\n  team: payments\nredis:\n  enabled: true\n',
  'workloads/web/chart/templates/configmap.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
  labels: {{- include "common.labels" . | nindent 4 }}
data:
  redis: "{{ .Release.Name }}-redis:{{ .Values.redis.port }}"
`,
};

function repo(files: Record<string, string> = FILES) {
  const root = tmpDir();
  writeFiles(root, files);
  const w = workload(root, {
    name: 'web',
    namespace: 'web',
    source: { type: 'helm', chart: 'chart', versions: {} },
    base: { redis: { port: 6380 } },
    environmentValues: { prod: { global: { team: 'payments-prod' } } },
  });
  return { root, snap: snapshot(root, config(['dev', 'prod']), [w]) };
}

const canonical = (text: string) =>
  parseAllDocuments(text, { version: '1.1' })
    .map((d) => d.toJS() as Record<string, unknown> | null)
    .filter((o): o is Record<string, unknown> => o !== null)
    .map((o) => {
      const meta = o.metadata as Record<string, unknown>;
      return stableJson({ ...o, metadata: { ...meta, namespace: 'web' } });
    })
    .sort();

describe('helm chart dependencies not vendored in charts/', () => {
  // What Argo CD does (reposerver/repository/repository.go): `helm dependency build`, then `helm template`.
  it('renders file:// dependencies as helm dependency build + helm template do, and leaves the checkout untouched', async () => {
    const { root, snap } = repo();
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'prod' }, snapshot: snap },
    ]);
    const [set] = sets;
    expect(set?.findings).toEqual([]);
    const copy = tmpDir();
    cpSync(root, copy, { recursive: true });
    const chart = join(copy, 'workloads/web/chart');
    const home = join(copy, '.helm-home');
    const env = { ...process.env, HELM_CACHE_HOME: home, HELM_CONFIG_HOME: home, HELM_DATA_HOME: home };
    execFileSync('helm', ['dependency', 'build', chart], { env, stdio: 'ignore' });
    const values = join(copy, 'values-prod.yaml');
    writeFileSync(values, stringify({ redis: { port: 6380 }, global: { team: 'payments-prod' } }));
    const byHand = execFileSync(
      'helm',
      [
        'template',
        'web',
        chart,
        '--namespace',
        'web',
        '--kube-version',
        'v1.33.0',
        '--include-crds',
        '--skip-tests',
        '-f',
        values,
      ],
      { env, encoding: 'utf8' },
    );
    expect(canonical(set?.yaml ?? '')).toEqual(canonical(byHand));
    const kinds = set?.manifests.map(
      (m) => `${m.object.kind}/${(m.object.metadata as { name: string }).name}`,
    );
    expect(kinds).toEqual(['ConfigMap/web-config', 'Service/web-redis']);
    expect(set?.yaml).toContain('redis: web-redis:6380');
    expect(set?.yaml).toContain('team: payments-prod');
    expect(set?.yaml).toContain('port: 6380');
    // Nothing written into the checkout: no charts/ folder, no Chart.lock.
    expect(readdirSync(join(root, 'workloads/web/chart')).sort()).toEqual([
      'Chart.yaml',
      'templates',
      'values.yaml',
    ]);
  });

  it("honours the dependency's condition, as Helm does once it is built", async () => {
    const { snap } = repo({
      ...FILES,
      'workloads/web/chart/values.yaml': 'global:\n  team: payments\nredis:\n  enabled: false\n  port: 1\n',
    });
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev' }, snapshot: snap },
    ]);
    expect(sets[0]?.findings).toEqual([]);
    expect(sets[0]?.manifests.map((m) => m.object.kind)).toEqual(['ConfigMap']);
  });

  it('says how to vendor a dependency from a Helm repository instead of downloading it', async () => {
    const { root, snap } = repo({
      ...FILES,
      'workloads/web/chart/Chart.yaml': `${CHART_YAML}  - name: postgresql\n    version: 16.4.1\n    repository: https://charts.bitnami.com/bitnami\n`,
    });
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev' }, snapshot: snap },
    ]);
    expect(sets[0]?.manifests).toEqual([]);
    expect(sets[0]?.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'helm',
        file: 'workloads/web/chart/Chart.yaml',
        message:
          "dependency 'postgresql' from https://charts.bitnami.com/bitnami is not in workloads/web/chart/charts/: Argo CD and Flux would download it, but the generator renders only what the repository holds; run `helm dependency build workloads/web/chart` and commit charts/",
      }),
    ]);
    expect(existsSync(join(root, 'workloads/web/chart/charts'))).toBe(false);
  });

  it('refuses a file:// dependency outside the repository, naming it', async () => {
    const { snap } = repo({
      ...FILES,
      'workloads/web/chart/Chart.yaml': CHART_YAML.replace(
        'file://../../../charts/common',
        'file://../../../../common',
      ),
    });
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev' }, snapshot: snap },
    ]);
    expect(sets[0]?.manifests).toEqual([]);
    expect(sets[0]?.findings.map((f) => f.message)).toEqual([
      "dependency 'common': file://../../../../common (relative to the chart) points outside the repository",
    ]);
  });
});

describe('helm chart dependencies in the isolated renderer (a fork pull request)', () => {
  it('renders the same as in-process: the broker templates the copy in the temp folder', async () => {
    const { snap } = repo();
    const items = [{ target: { workload: 'web', environment: 'prod' }, snapshot: snap }];
    const inProcess = await renderTargets(items);
    const isolated = await renderTargets(items, { isolation: {} });
    expect(isolated.sets[0]?.findings).toEqual([]);
    expect(isolated.sets[0]?.yaml).toBe(inProcess.sets[0]?.yaml);
    expect(isolated.sets[0]?.manifests).toHaveLength(2);
  });
});

describe('the broker and a chart in the temp folder', () => {
  const run = (chart: string, ctx: { roots: string[]; tempDir: string }) =>
    runBrokered('helm', ['template', 'web', chart, '--namespace', 'web'], ctx, {
      timeoutMs: 20_000,
      signal: new AbortController().signal,
    });

  it('templates a copy that holds only files, and refuses one holding a symbolic link out', async () => {
    const checkout = tmpDir();
    const temp = tmpDir();
    writeFiles(temp, {
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'charts/web/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
    });
    const ok = await run(join(temp, 'charts/web'), { roots: [checkout], tempDir: temp });
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain('name: web');
    writeFiles(checkout, { 'secret.txt': 'token=hunter2\n' });
    symlinkSync(join(checkout, 'secret.txt'), join(temp, 'charts/web/templates/leak.yaml'));
    const leak = await run(join(temp, 'charts/web'), { roots: [checkout], tempDir: temp });
    expect(leak.exitCode).toBe(126);
    expect(leak.stdout).toBe('');
    expect(leak.stderr).toMatch(
      /^refused by the render broker: the chart copied to the temp folder holds a symbolic link \(.*leak\.yaml\)$/,
    );
  });
});
