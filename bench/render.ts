// `npm run bench:render`: the delivery generator against the naive way, in the same run on the same machine.
// Helm: one `helm create` chart bound to 3 environments x 50 tenants (150 targets) with 10 distinct layered value
// sets, rendered by the planner (dedupe + parallel) and then one `helm template` process per target, one after
// another, given the same values files with -f, as a user's script would. Both must give the same objects; the one
// difference allowed is the one the renderer makes on purpose: a namespaced object Helm leaves without
// `metadata.namespace` gets the workload's (src/render/namespaces.ts). Template engine: renders per second of the example repository's template workload. Isolation: the
// example repository's targets rendered in this process and in the isolated renderer that pull request previews
// use (dist/render-child, so `npm run build` first). The last line is `speedup: <N>x` (planner vs naive, Helm).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import type { GitopshqConfig } from '../src/domain/model.js';
import type { RepoSnapshot } from '../src/domain/repo-snapshot.js';
import { layerValues, type Values } from '../src/domain/values.js';
import { clusterScopedKinds } from '../src/render/namespaces.js';
import { isObject, parseChunks, sortManifests, stringifyManifests } from '../src/render/normalize.js';
import { renderTargets } from '../src/render/planner.js';
import { RenderSession } from '../src/render/session.js';
import { layeredValues, valueLayerTexts, workloadTargets } from '../src/render/targets.js';
import { TemplateEngine } from '../src/render/template-engine.js';
import type { Manifest, RenderTarget } from '../src/render/types.js';
import { writeExampleRepo } from '../src/state/example-repo.js';
import { loadRepo } from '../src/state/repo.js';

const root = join(import.meta.dirname, '..');
process.env.PATH = `${join(root, '.tools', 'bin')}${delimiter}${process.env.PATH ?? ''}`;
const ENVS = ['dev', 'staging', 'prod'];
const TENANTS = Array.from({ length: 50 }, (_, i) => `tenant-${String(i).padStart(2, '0')}`);
const GROUPS = 10;

function helmSnapshot(dir: string): RepoSnapshot {
  const helmHome = join(dir, '.helm');
  mkdirSync(join(dir, 'workloads', 'api'), { recursive: true });
  execFileSync('helm', ['create', join(dir, 'workloads', 'api', 'chart')], {
    stdio: 'ignore',
    env: { ...process.env, HELM_CACHE_HOME: helmHome, HELM_CONFIG_HOME: helmHome, HELM_DATA_HOME: helmHome },
  });
  // Each tenant belongs to one of 10 groups; its layer is the same in every environment: 10 distinct sets.
  const tenantLayer = (i: number): Values => ({
    replicaCount: (i % GROUPS) + 1,
    podLabels: { group: `g${i % GROUPS}` },
  });
  const tenants = Object.fromEntries(
    ENVS.map((env) => [env, Object.fromEntries(TENANTS.map((t, i) => [t, tenantLayer(i)]))]),
  );
  // The layers as files on disk, as in a repository (workloads/api/values.yaml, values/<env>/<tenant>.yaml):
  // the planner is given these bytes and the naive loop passes these files to helm.
  const base: Values = { image: { tag: '1.27.0' } };
  const layerFile = (file: string, data: Values) => {
    const text = stringify(data);
    mkdirSync(join(dir, 'workloads', 'api', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'workloads', 'api', file), text);
    return { file: `workloads/api/${file}`, text };
  };
  const texts = {
    base: layerFile('values.yaml', base),
    environments: {},
    tenants: Object.fromEntries(
      ENVS.map((env) => [
        env,
        Object.fromEntries(TENANTS.map((t, i) => [t, layerFile(`values/${env}/${t}.yaml`, tenantLayer(i))])),
      ]),
    ),
  };
  const config: GitopshqConfig = {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Config',
    environments: ENVS.map((name) => ({
      name,
      approvals: {
        required: 0,
        teams: [],
        codeowners: false,
        allowSelfApproval: false,
        dismissStaleApprovals: true,
      },
      deploy: { branch: `gitopshq/deploy/${name}`, autoMerge: false },
    })),
    tenants: TENANTS.map((name) => ({ name, wave: 0, canary: false })),
    freezes: [],
    render: {
      kubernetesVersion: '1.33',
      policies: { forbidLatestTag: false, requireResourceLimits: false, forbidPrivileged: false },
    },
    stateBranch: 'gitopshq/state',
  };
  const workload = {
    config: {
      apiVersion: 'gitopshq.io/v1' as const,
      kind: 'Workload' as const,
      name: 'api',
      namespace: 'api',
      source: { type: 'helm' as const, chart: 'chart', versions: {} },
      tenants: TENANTS,
      environments: ENVS,
    },
    dir: join(dir, 'workloads', 'api'),
    values: { base, environments: {}, tenants, texts },
  };
  return { root: dir, config, workloads: new Map([['api', workload]]) };
}

async function benchHelm(dir: string) {
  const snap = helmSnapshot(dir);
  const workload = snap.workloads.get('api');
  if (!workload) throw new Error('bench workload missing');
  const targets = workloadTargets(snap.config, workload.config);
  // Warm the binary into the page cache so neither side pays the first start.
  spawnSync('helm', ['version'], { stdio: 'ignore' });

  const t0 = performance.now();
  const { sets, stats } = await renderTargets(targets.map((target) => ({ target, snapshot: snap })));
  const planner = performance.now() - t0;
  const failures = sets.filter((s) => s.findings.length > 0);
  if (failures.length > 0) throw new Error(`planner render failed: ${JSON.stringify(failures[0]?.findings)}`);

  // The naive way: what a script looping over targets does, with the repository's values files in layer order.
  const helmHome = join(dir, '.helm-naive');
  const naiveOut: string[] = [];
  const t1 = performance.now();
  for (const target of targets) {
    const valuesArgs = valueLayerTexts(workload, target).flatMap((l) => ['-f', join(dir, l.file)]);
    const r = spawnSync(
      'helm',
      [
        'template',
        'api',
        join(dir, 'workloads', 'api', 'chart'),
        '--namespace',
        'api',
        ...valuesArgs,
        '--kube-version',
        'v1.33.0',
        '--include-crds',
        '--skip-tests',
      ],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          HELM_CACHE_HOME: helmHome,
          HELM_CONFIG_HOME: helmHome,
          HELM_DATA_HOME: helmHome,
        },
      },
    );
    if (r.status !== 0) throw new Error(`naive helm failed: ${r.stderr}`);
    naiveOut.push(r.stdout);
  }
  const naive = performance.now() - t1;

  // Same objects both ways, or the timing compares different work.
  let placed = 0;
  targets.forEach((target, i) => {
    const naiveSorted = sortManifests(
      parseChunks([{ source: 'naive', text: naiveOut[i] ?? '' }]).manifests,
      'api',
    );
    const ours = sets[i]?.manifests ?? [];
    const diff = helmDifference(naiveSorted, ours, 'api');
    if (typeof diff === 'string')
      throw new Error(
        `${target.environment}/${target.tenant}: the render differs from helm template: ${diff}`,
      );
    placed += diff;
  });
  return { targets: targets.length, renders: stats.renders, planner, naive, placed };
}

/**
 * How our render differs from `helm template`'s objects: the number of objects that got `metadata.namespace`
 * at render time (Helm's lacked one), or a description of the first other difference.
 */
function helmDifference(helm: Manifest[], ours: Manifest[], namespace: string): number | string {
  if (helm.length !== ours.length) return `${ours.length} objects, helm template gives ${helm.length}`;
  const isCluster = clusterScopedKinds(helm);
  let placed = 0;
  for (const [i, h] of helm.entries()) {
    const o = ours[i]?.object ?? {};
    const hm = isObject(h.object.metadata) ? h.object.metadata : {};
    let expected = h.object;
    if (hm.namespace === undefined && !isCluster(String(h.object.kind))) {
      expected = { ...h.object, metadata: { ...hm, namespace } };
      placed++;
    }
    if (!isDeepStrictEqual(expected, o))
      return `${String(h.object.kind)} ${String(hm.name)}:\n${stringifyManifests([{ object: expected, source: 'helm' }])}vs ours:\n${stringifyManifests([{ object: o, source: 'ours' }])}`;
  }
  return placed;
}

async function benchTemplate(dir: string) {
  await writeExampleRepo(dir);
  const snap = await loadRepo(dir);
  const w = [...snap.workloads.values()].find((x) => x.config.source.type === 'template');
  if (!w) throw new Error('the example repository has no template workload');
  const base = workloadTargets(snap.config, w.config);
  const engine = new TemplateEngine();
  const session = new RenderSession();
  const n = 3000;
  const t0 = performance.now();
  let resources = 0;
  for (let i = 0; i < n; i++) {
    const target = base[i % base.length] as RenderTarget;
    const out = await engine
      .prepare({
        target,
        values: layerValues(layeredValues(w, target), { replicas: (i % 7) + 1 }),
        valueFiles: [],
        workload: w.config,
        workloadDir: w.dir,
        repoRoot: snap.root,
        kubernetesVersion: snap.config.render.kubernetesVersion,
        session,
      })
      .run();
    if (out.findings.length > 0)
      throw new Error(`template render failed: ${JSON.stringify(out.findings[0])}`);
    const { manifests } = parseChunks(out.chunks);
    resources +=
      stringifyManifests(sortManifests(manifests, w.config.namespace)).length > 0 ? manifests.length : 0;
  }
  const ms = performance.now() - t0;
  session.dispose();
  return { workload: w.config.name, renders: n, resources, ms };
}

/** The example repository (every target) rendered in this process and in the isolated renderer (preview's way). */
async function benchIsolation(dir: string) {
  await writeExampleRepo(dir);
  const snap = await loadRepo(dir);
  const items = [...snap.workloads.values()].flatMap((w) =>
    workloadTargets(snap.config, w.config).map((target) => ({ target, snapshot: snap })),
  );
  const time = async (isolated: boolean) => {
    const t0 = performance.now();
    const { sets } = await renderTargets(items, isolated ? { isolation: {} } : {});
    const failed = sets.find((s) => s.findings.some((f) => f.severity === 'error'));
    if (failed) throw new Error(`render failed: ${JSON.stringify(failed.findings[0])}`);
    return performance.now() - t0;
  };
  await time(false); // warm helm and the page cache
  return { targets: items.length, inProcess: await time(false), isolated: await time(true) };
}

const dir = mkdtempSync(join(tmpdir(), 'gitopshq-bench-'));
try {
  const cores = availableParallelism();
  const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const iso = await benchIsolation(join(dir, 'isolation'));
  console.log(
    `example repository, ${iso.targets} targets: in-process ${secs(iso.inProcess)}, isolated (pull request preview) ${secs(iso.isolated)}`,
  );
  const h = await benchHelm(join(dir, 'helm'));
  const t = await benchTemplate(join(dir, 'example'));
  console.log(`cores: ${cores}`);
  console.log(`helm: ${h.targets} targets, ${h.renders} distinct renders`);
  console.log(
    `helm: every target's objects equal helm template's; ${h.placed} namespaced objects got metadata.namespace at render time`,
  );
  console.log(`helm planner (dedupe + ${cores} parallel): ${secs(h.planner)}`);
  console.log(`helm naive (one helm template per target, sequential): ${secs(h.naive)}`);
  console.log(
    `template engine: ${t.renders} renders of ${t.workload} (${t.resources} resources) in ${secs(t.ms)} = ${Math.round((t.renders * 1000) / t.ms)} renders/s`,
  );
  console.log(`speedup: ${(h.naive / h.planner).toFixed(1)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
