// Base vs head of a change: every affected target rendered at both sides (in one planner run, so a target whose
// inputs did not change renders once for both), diffed resource by resource. Shared by `gitopshq diff` and the
// preview action.
import { markOnBase } from '../domain/finding-baseline.js';
import type { RepoSnapshot } from '../domain/repo-snapshot.js';
import { affectedTargets } from './affected.js';
import { type ChartReader, type ChartUpgrade, chartUpgradeLines, chartUpgrades } from './chart-upgrade.js';
import { diffTarget, newRedactionSalt, type TargetDiff } from './diff.js';
import { formatGroupedDiffs } from './diff-groups.js';
import { type PlannerOptions, type PlanStats, renderTargets } from './planner.js';
import { RenderSession } from './session.js';
import { findTool } from './tools.js';
import { type RenderFinding, type RenderTarget, targetId } from './types.js';
import { followedReads } from './workload-reads.js';

export interface SnapshotDiff {
  targets: TargetDiff[];
  /** Findings of the head renders, each marked `onBase` when the base's render of the target has it too. */
  findings: RenderFinding[];
  stats: PlanStats;
  totals: { targets: number; changedTargets: number; added: number; changed: number; removed: number };
  /** Targets whose Helm chart version changes, with the values the new chart requires that are not set. */
  chartUpgrades?: ChartUpgrade[];
}

function hasTarget(snap: RepoSnapshot | undefined, t: RenderTarget): boolean {
  const w = snap?.workloads.get(t.workload)?.config;
  if (!w) return false;
  const envs = w.environments.length > 0 ? w.environments : snap.config.environments.map((e) => e.name);
  return (
    envs.includes(t.environment) && (w.tenants.length === 0 ? !t.tenant : w.tenants.includes(t.tenant ?? ''))
  );
}

/** `base` undefined: the repository did not exist (or was not valid) before; everything in head is added. */
export async function diffSnapshots(
  base: RepoSnapshot | undefined,
  head: RepoSnapshot,
  changedPaths: readonly string[],
  opts: PlannerOptions & { salt?: string; chartReader?: ChartReader } = {},
): Promise<SnapshotDiff> {
  const session = opts.session ?? new RenderSession();
  try {
    const targets = affectedTargets(changedPaths, base ? [base, head] : [head], followedReads);
    const diff = await diffTargets(base, head, targets, { ...opts, session });
    const upgrades = await chartUpgrades(base, head, targets, {
      session,
      helm: findTool('helm')?.path ?? 'helm',
      ...(opts.chartReader ? { reader: opts.chartReader } : {}),
    });
    return upgrades.length > 0 ? { ...diff, chartUpgrades: upgrades } : diff;
  } finally {
    if (!opts.session) session.dispose();
  }
}

async function diffTargets(
  base: RepoSnapshot | undefined,
  head: RepoSnapshot,
  targets: RenderTarget[],
  opts: PlannerOptions & { salt?: string },
): Promise<SnapshotDiff> {
  const items = targets.flatMap((target) => [
    ...(base && hasTarget(base, target) ? [{ target, snapshot: base, side: 'base' as const }] : []),
    ...(hasTarget(head, target) ? [{ target, snapshot: head, side: 'head' as const }] : []),
  ]);
  const { sets, stats } = await renderTargets(items, opts);
  const salt = opts.salt ?? newRedactionSalt();
  const bySide = new Map(items.map((item, i) => [`${item.side}\0${targetId(item.target)}`, sets[i]]));
  const diffs: TargetDiff[] = [];
  const findings: RenderFinding[] = [];
  const roots = [head.root, ...(base ? [base.root] : [])];
  // Engines' messages may hold the checkout's absolute path, which differs between the two sides.
  const normalise = (m: string) => roots.reduce((msg, root) => msg.split(root).join('<repo>'), m);
  for (const target of targets) {
    const id = targetId(target);
    const b = bySide.get(`base\0${id}`);
    const h = bySide.get(`head\0${id}`);
    if (h) findings.push(...markOnBase(h.findings, b?.findings ?? [], normalise));
    if (!b && !h) continue;
    const namespace =
      head.workloads.get(target.workload)?.config.namespace ??
      base?.workloads.get(target.workload)?.config.namespace ??
      '';
    diffs.push(diffTarget(b, h, { salt, namespace }));
  }
  const sum = (k: 'added' | 'changed' | 'removed') => diffs.reduce((n, d) => n + d[k], 0);
  return {
    targets: diffs,
    findings,
    stats,
    totals: {
      targets: diffs.length,
      changedTargets: diffs.filter((d) => d.status !== 'unchanged').length,
      added: sum('added'),
      changed: sum('changed'),
      removed: sum('removed'),
    },
  };
}

/** The plain-text report of a comparison: each target's resource diffs, then one line of totals. */
export function formatSnapshotDiff(report: SnapshotDiff): string {
  const t = report.totals;
  const lines = chartUpgradeLines(report.chartUpgrades);
  if (report.targets.length > 0) lines.push(formatGroupedDiffs(report.targets));
  lines.push(
    `${t.targets} target${t.targets === 1 ? '' : 's'} affected, ${t.changedTargets} changed: +${t.added} added, ~${t.changed} changed, -${t.removed} removed resources`,
  );
  return lines.join('\n');
}
