// Environment Compare (the playbook's): for each workload and tenant, how environment B differs from A — the
// layered values, leaf by leaf, and the rendered manifests, resource by resource (Secret values redacted).

import type { RepoSnapshot } from '../domain/repo-snapshot.js';
import { diffValues, type ValueDiff } from '../domain/values.js';
import { diffTarget, newRedactionSalt, type TargetDiff } from './diff.js';
import { type PlannerOptions, type PlanStats, renderTargets } from './planner.js';
import { layeredValues, workloadTargets } from './targets.js';
import type { RenderFinding, RenderTarget } from './types.js';

export interface ComparePair {
  workload: string;
  tenant?: string;
  /** Whether the workload runs in A / in B (for that tenant). */
  inA: boolean;
  inB: boolean;
  values: ValueDiff[];
  rendered?: TargetDiff;
}

export interface CompareReport {
  envA: string;
  envB: string;
  pairs: ComparePair[];
  findings: RenderFinding[];
  stats: PlanStats;
}

export async function compareEnvironments(
  snap: RepoSnapshot,
  envA: string,
  envB: string,
  opts: PlannerOptions & { workload?: string; salt?: string } = {},
): Promise<CompareReport> {
  const names = [...snap.workloads.keys()].sort().filter((n) => !opts.workload || n === opts.workload);
  const pairs: { pair: ComparePair; a?: RenderTarget; b?: RenderTarget }[] = [];
  for (const name of names) {
    const w = snap.workloads.get(name);
    if (!w) continue;
    const targets = workloadTargets(snap.config, w.config);
    const tenants = w.config.tenants.length > 0 ? w.config.tenants : [undefined];
    for (const tenant of tenants) {
      const a = targets.find((t) => t.environment === envA && t.tenant === tenant);
      const b = targets.find((t) => t.environment === envB && t.tenant === tenant);
      if (!a && !b) continue;
      const values = diffValues(a ? layeredValues(w, a) : {}, b ? layeredValues(w, b) : {});
      pairs.push({
        pair: { workload: name, ...(tenant ? { tenant } : {}), inA: !!a, inB: !!b, values },
        ...(a ? { a } : {}),
        ...(b ? { b } : {}),
      });
    }
  }
  const items = pairs.flatMap((p) =>
    [p.a, p.b].filter((t): t is RenderTarget => !!t).map((target) => ({ target, snapshot: snap })),
  );
  const { sets, stats } = await renderTargets(items, opts);
  const salt = opts.salt ?? newRedactionSalt();
  const findings: RenderFinding[] = [];
  let i = 0;
  for (const p of pairs) {
    const a = p.a ? sets[i++] : undefined;
    const b = p.b ? sets[i++] : undefined;
    findings.push(...(a?.findings ?? []), ...(b?.findings ?? []));
    const namespace = snap.workloads.get(p.pair.workload)?.config.namespace ?? '';
    if (a || b) p.pair.rendered = diffTarget(a, b, { salt, namespace, names: [envA, envB] });
  }
  return { envA, envB, pairs: pairs.map((p) => p.pair), findings, stats };
}
