// The same resource change in many targets is one diff naming those targets: how preview's comment keeps a
// fifty-tenant rollout reviewable, and how `gitopshq diff` prints it in a terminal. Pure.
import type { ChangeKind, TargetDiff } from './diff.js';

export interface DiffGroup {
  /** Target ids (`payment-api/prod/acme`) whose render has this exact change, in the order given. */
  ids: string[];
  change: ChangeKind;
  /** `Deployment/shop/web`. */
  resource: string;
  /** The unified diff, without its `===` header line. */
  patch: string;
}

/** Groups every resource change of `targets` by (change, resource, patch), first appearance first. */
export function groupResourceDiffs(targets: readonly TargetDiff[]): DiffGroup[] {
  const groups = new Map<string, DiffGroup>();
  for (const d of targets) {
    for (const r of d.resources) {
      const patch = r.patch.replace(/^=+\n/m, '');
      const key = `${r.change}\0${r.resource}\0${patch}`;
      const group = groups.get(key) ?? { ids: [], change: r.change, resource: r.resource, patch };
      group.ids.push(d.id);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

const SIGN: Record<ChangeKind, string> = { added: '+', changed: '~', removed: '-' };

/**
 * Terminal text: one line per target with its counts, then each distinct change once, headed by the targets it
 * applies to.
 */
export function formatGroupedDiffs(targets: readonly TargetDiff[]): string {
  const lines = targets.map(
    (d) => `${d.id}: ${d.status} (+${d.added} added, ~${d.changed} changed, -${d.removed} removed)`,
  );
  for (const g of groupResourceDiffs(targets)) {
    const where = g.ids.length === 1 ? g.ids[0] : `${g.ids.length} targets: ${g.ids.join(', ')}`;
    lines.push('', `${SIGN[g.change]} ${g.resource} ${g.change} in ${where}`, g.patch.replace(/\n$/, ''));
  }
  return lines.join('\n');
}
