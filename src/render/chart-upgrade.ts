// Chart upgrades in a change: every affected Helm target whose chart version differs between base and head, with
// the values the new chart requires that the workload does not set (src/domain/chart-upgrade.ts). The charts are
// read here: a chart folder of the repository in place, a repository or OCI chart through `helm pull` into the
// run's temp folder (Helm's homes there too, as the engine's). Each chart version is read once per run.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type ChartSide, type RequiredValue, unsetRequiredValues } from '../domain/chart-upgrade.js';
import { isPlainObject } from '../domain/plain-object.js';
import type { LoadedWorkload, RepoSnapshot } from '../domain/repo-snapshot.js';
import { runProcess } from '../process/run-process.js';
import { helmEnvironment } from './helm-engine.js';
import { repoPaths } from './repo-paths.js';
import { type RenderSession, sha256, stableJson } from './session.js';
import { layeredValues } from './targets.js';
import { type RenderTarget, targetId } from './types.js';

export interface ChartUpgrade {
  workload: string;
  environment: string;
  /** The targets (tenants) this upgrade and its unset values apply to, by targetId. */
  targets: string[];
  chart: string;
  from: string;
  to: string;
  /** Values the new chart requires that the workload does not set (src/domain/chart-upgrade.ts says which). */
  unset: RequiredValue[];
  /** Why the charts could not be compared (a pull that failed); the render reports its own error too. */
  problem?: string;
}

type ChartRef =
  | { kind: 'remote'; chart: string; repository?: string; version: string }
  | { kind: 'folder'; root: string; dir: string; version: string };

/** Reads one chart version; `helm` pulls remote charts. */
export type ChartReader = (ref: ChartRef) => Promise<ChartSide>;

/** The chart a workload renders for an environment, or undefined for a non-Helm workload or an unreadable folder. */
function chartRef(snap: RepoSnapshot, w: LoadedWorkload, environment: string): ChartRef | undefined {
  const src = w.config.source;
  if (src.type !== 'helm') return undefined;
  const version = src.versions?.[environment] ?? src.version;
  if (src.chart.startsWith('oci://') || src.repository) {
    return version
      ? {
          kind: 'remote',
          chart: src.chart,
          version,
          ...(src.repository ? { repository: src.repository } : {}),
        }
      : undefined;
  }
  const r = repoPaths(snap.root).resolve(`${src.chart}/Chart.yaml`, w.dir);
  if (r.kind !== 'file') return undefined;
  const chartYaml: unknown = parse(readFileSync(r.abs, 'utf8'));
  const folderVersion = isPlainObject(chartYaml) ? chartYaml.version : undefined;
  if (folderVersion === undefined) return undefined;
  return { kind: 'folder', root: snap.root, dir: join(r.abs, '..'), version: String(folderVersion) };
}

function refKey(ref: ChartRef): string {
  return ref.kind === 'remote'
    ? stableJson([ref.repository ?? '', ref.chart, ref.version])
    : stableJson([ref.dir, ref.version]);
}

/** Every affected target whose chart version changes, grouped where the upgrade and its unset values agree. */
export async function chartUpgrades(
  base: RepoSnapshot | undefined,
  head: RepoSnapshot,
  targets: readonly RenderTarget[],
  opts: { session: RenderSession; helm: string; reader?: ChartReader },
): Promise<ChartUpgrade[]> {
  if (!base) return [];
  const read = opts.reader ?? helmChartReader(opts.session, opts.helm);
  const sides = new Map<string, Promise<ChartSide>>();
  const side = (ref: ChartRef) => {
    const key = refKey(ref);
    let p = sides.get(key);
    if (!p) {
      p = read(ref);
      sides.set(key, p);
    }
    return p;
  };
  const grouped = new Map<string, ChartUpgrade>();
  for (const target of targets) {
    const bw = base.workloads.get(target.workload);
    const hw = head.workloads.get(target.workload);
    if (!bw || !hw) continue;
    const from = chartRef(base, bw, target.environment);
    const to = chartRef(head, hw, target.environment);
    if (!from || !to || from.version === to.version) continue;
    const chart = hw.config.source.type === 'helm' ? hw.config.source.chart : '';
    let unset: RequiredValue[] = [];
    let problem: string | undefined;
    try {
      const [old, fresh] = await Promise.all([side(from), side(to)]);
      unset = unsetRequiredValues({ from: old, to: fresh, workloadValues: layeredValues(hw, target) });
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    const upgrade = { workload: target.workload, environment: target.environment, chart };
    const key = stableJson([upgrade, from.version, to.version, unset, problem ?? '']);
    const known = grouped.get(key);
    if (known) known.targets.push(targetId(target));
    else
      grouped.set(key, {
        ...upgrade,
        targets: [targetId(target)],
        from: from.version,
        to: to.version,
        unset,
        ...(problem !== undefined ? { problem } : {}),
      });
  }
  return [...grouped.values()];
}

/** The reader of a real run: folders in place, remote charts through `helm pull --untar`. */
export function helmChartReader(session: RenderSession, helm: string): ChartReader {
  return async (ref) => {
    if (ref.kind === 'folder') return readChartFolder(ref.root, ref.dir, ref.version);
    const into = join(session.tempDir(), 'charts', sha256(refKey(ref)).slice(0, 16));
    mkdirSync(into, { recursive: true });
    const args = ['pull', ref.chart, '--version', ref.version, '--untar', '--untardir', into];
    if (ref.repository) args.push('--repo', ref.repository);
    const r = await runProcess(helm, args, { env: helmEnvironment(session), timeoutMs: 120_000 });
    if (r.exitCode !== 0) {
      throw new Error(
        `helm pull ${ref.chart} ${ref.version} failed: ${(r.spawnError ?? r.stderr.trim()) || `exit ${r.exitCode}`}`,
      );
    }
    const [folder] = readdirSync(into);
    if (folder === undefined) throw new Error(`helm pull ${ref.chart} ${ref.version} left no chart`);
    return readChartFolder(into, join(into, folder), ref.version);
  };
}

/** values.yaml and values.schema.json of a chart folder, read only inside `root` (links out of it refused). */
function readChartFolder(root: string, dir: string, version: string): ChartSide {
  const paths = repoPaths(root);
  const text = (name: string): string | undefined => {
    const r = paths.resolve(join(dir, name));
    return r.kind === 'file' ? readFileSync(r.abs, 'utf8') : undefined;
  };
  const values: unknown = parse(text('values.yaml') ?? '') ?? {};
  const schemaText = text('values.schema.json');
  let schema: unknown;
  if (schemaText !== undefined) {
    try {
      schema = JSON.parse(schemaText);
    } catch (e) {
      throw new Error(`values.schema.json of chart version ${version} is not JSON: ${(e as Error).message}`);
    }
  }
  return {
    version,
    defaults: isPlainObject(values) ? values : {},
    ...(schema !== undefined ? { schema } : {}),
  };
}

/** The plain-text lines of chart upgrades, for a terminal. */
export function chartUpgradeLines(upgrades: readonly ChartUpgrade[] | undefined): string[] {
  return (upgrades ?? []).flatMap((u) => [
    `chart ${u.chart} ${u.from} -> ${u.to} for ${u.targets.join(', ')}`,
    ...(u.problem ? [`  required values not read: ${u.problem}`] : []),
    ...u.unset.map(
      (r) =>
        `  requires ${r.path} (${r.isNew ? `new in ${u.to}` : 'already before'}), not set by the workload${r.chartDefault === undefined ? '; no chart default' : `; chart default ${JSON.stringify(r.chartDefault)}`}`,
    ),
  ]);
}
