import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import type { EngineInput, PreparedRender, RenderEngine } from '../../../src/render/engine.js';
import { HelmEngine } from '../../../src/render/helm-engine.js';
import { createKubeSchemaValidator } from '../../../src/render/kube-schema.js';
import { assignNamespaces } from '../../../src/render/namespaces.js';
import { renderTargets } from '../../../src/render/planner.js';
import { stableJson } from '../../../src/render/session.js';
import { tmpDir } from '../../helpers/tmp.js';
import { config, snapshot, workload, writeFiles } from './fixtures.js';

/** A chart made by `helm create`, as a user starts one, in workloads/api/chart. */
function helmRepo(
  extra: { tenants?: string[]; tenantValues?: Record<string, Record<string, Record<string, unknown>>> } = {},
) {
  const root = tmpDir();
  mkdirSync(join(root, 'workloads', 'api'), { recursive: true });
  execFileSync('helm', ['create', join(root, 'workloads', 'api', 'chart')], {
    stdio: 'ignore',
    env: {
      ...process.env,
      HELM_CONFIG_HOME: join(root, '.h'),
      HELM_DATA_HOME: join(root, '.h'),
      HELM_CACHE_HOME: join(root, '.h'),
    },
  });
  const w = workload(root, {
    name: 'api',
    namespace: 'payments',
    source: { type: 'helm', chart: 'chart', versions: {} },
    base: { replicaCount: 2, image: { tag: '1.27.0' } },
    environmentValues: { prod: { replicaCount: 4 } },
    ...extra,
  });
  return { root, snap: snapshot(root, config(['dev', 'staging', 'prod']), [w]) };
}

/** Documents as sorted JSON; namespace-less namespaced objects get `namespace`, as the generator places them. */
const canonical = (text: string, namespace = 'payments') =>
  assignNamespaces(
    parseAllDocuments(text, { version: '1.1' })
      .map((d) => d.toJS() as unknown)
      .filter((o): o is Record<string, unknown> => o !== null)
      .map((object) => ({ object, source: 'helm' })),
    namespace,
  )
    .manifests.map((m) => stableJson(m.object))
    .sort();

describe('helm engine', () => {
  it('gives the same documents as `helm template` run by hand with the same values', async () => {
    const { root, snap } = helmRepo();
    const { sets } = await renderTargets(
      [{ target: { workload: 'api', environment: 'prod' }, snapshot: snap }],
      {
        kubeSchema: createKubeSchemaValidator(),
      },
    );
    const [set] = sets;
    expect(set?.findings).toEqual([]);

    const valuesFile = join(root, 'by-hand.yaml');
    writeFileSync(valuesFile, stringify({ replicaCount: 4, image: { tag: '1.27.0' } }));
    const byHand = execFileSync(
      'helm',
      ['template', 'api', join(root, 'workloads/api/chart'), '--namespace', 'payments', '-f', valuesFile],
      { encoding: 'utf8' },
    );
    // The one deliberate difference: helm's test hooks are not deploy artifacts (--skip-tests).
    const expected = canonical(byHand).filter((d) => !d.includes('"helm.sh/hook":"test"'));
    expect(canonical(set?.yaml ?? '')).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const deployment = set?.manifests.find((m) => m.object.kind === 'Deployment')?.object as {
      spec: { replicas: number };
    };
    expect(deployment.spec.replicas).toBe(4);
    expect(set?.manifests.map((m) => m.object.kind)).toEqual(['ServiceAccount', 'Deployment', 'Service']);
    expect(set?.manifests[0]?.source).toBe('chart/templates/serviceaccount.yaml');
  });

  it("turns a failing chart into an error finding carrying helm's stderr", async () => {
    const { root, snap } = helmRepo();
    writeFiles(root, { 'workloads/api/chart/templates/broken.yaml': 'kind: {{ .Values.nope.deeper }}\n' });
    const { sets } = await renderTargets([
      { target: { workload: 'api', environment: 'dev' }, snapshot: snap },
    ]);
    expect(sets[0]?.manifests).toEqual([]);
    expect(sets[0]?.findings).toHaveLength(1);
    expect(sets[0]?.findings[0]).toMatchObject({
      severity: 'error',
      rule: 'helm',
      target: 'api/dev',
      file: 'workloads/api/workload.yaml',
    });
    expect(sets[0]?.findings[0]?.message).toMatch(
      /helm template failed: .*broken\.yaml.*nil pointer|helm template failed: .*broken\.yaml.*nope/s,
    );
  });

  it('refuses a chart path outside the repository', async () => {
    const { snap } = helmRepo();
    const w = snap.workloads.get('api')!;
    w.config.source = { type: 'helm', chart: '../../../etc', versions: {} };
    const { sets } = await renderTargets([
      { target: { workload: 'api', environment: 'dev' }, snapshot: snap },
    ]);
    expect(sets[0]?.findings[0]?.message).toContain('points outside the repository');
  });

  it('renders identical inputs once: 3 environments x 4 tenants with 2 distinct value sets -> 2 helm runs', async () => {
    const { snap } = helmRepo({
      tenants: ['t1', 't2', 't3', 't4'],
      tenantValues: {
        dev: { t3: { replicaCount: 9 } },
        staging: { t3: { replicaCount: 9 } },
        prod: { t3: { replicaCount: 9 } },
      },
    });
    // prod's own layer would make a third set; drop it so environments share values.
    snap.workloads.get('api')!.values.environments = {};
    let runs = 0;
    const real = new HelmEngine();
    const counting: RenderEngine = {
      type: 'helm',
      prepare(input: EngineInput): PreparedRender {
        const p = real.prepare(input);
        return {
          key: p.key,
          run: () => {
            runs++;
            return p.run();
          },
        };
      },
    };
    const items = ['dev', 'staging', 'prod'].flatMap((environment) =>
      ['t1', 't2', 't3', 't4'].map((tenant) => ({
        target: { workload: 'api', environment, tenant },
        snapshot: snap,
      })),
    );
    const { sets, stats } = await renderTargets(items, { engines: { helm: counting } });
    expect(runs).toBe(2);
    expect(stats).toEqual({ targets: 12, renders: 2 });
    expect(new Set(sets.map((s) => s.hash)).size).toBe(2);
    const replicas = (id: string) => {
      const set = sets.find((s) => [s.target.environment, s.target.tenant].join('/') === id);
      const deployment = set?.manifests.find((m) => m.object.kind === 'Deployment')?.object;
      return (deployment?.spec as { replicas?: number } | undefined)?.replicas;
    };
    expect(replicas('prod/t3')).toBe(9);
    expect(replicas('dev/t1')).toBe(2);
    expect(sets.every((s) => s.findings.length === 0)).toBe(true);
  });
});
