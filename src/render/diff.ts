// Base vs head of a target, resource by resource, as unified diffs. Secret values are replaced before any text
// is made, by a marker from a salted hash: an equal value gives an equal marker within one run (so a change
// still shows), and without the per-run salt the marker reveals nothing, not even for short secrets.
import { createHash, randomBytes } from 'node:crypto';
import { createTwoFilesPatch } from 'diff';
import { isObject, resourceId, resourceKey, resourceLabel, stringifyObject } from './normalize.js';
import type { KubeObject, Manifest, RenderedSet, RenderTarget } from './types.js';
import { targetId } from './types.js';

export function newRedactionSalt(): string {
  return randomBytes(16).toString('hex');
}

export function redactionMarker(value: unknown, salt: string): string {
  const h = createHash('sha256').update(salt).update('\0').update(String(value)).digest('hex');
  return `<redacted sha256:${h.slice(0, 12)}>`;
}

/** A copy of the object with every Secret `data`/`stringData` value replaced by its marker. */
export function redactObject(o: KubeObject, salt: string): KubeObject {
  if (o.kind !== 'Secret') return o;
  const copy: KubeObject = { ...o };
  for (const field of ['data', 'stringData']) {
    const values = o[field];
    if (!isObject(values)) continue;
    copy[field] = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, redactionMarker(v, salt)]));
  }
  return copy;
}

export function redactManifests(manifests: readonly Manifest[], salt: string): Manifest[] {
  return manifests.map((m) => ({ ...m, object: redactObject(m.object, salt) }));
}

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface ResourceDiff {
  /** `Deployment/shop/web`. */
  resource: string;
  change: ChangeKind;
  /** Unified diff of the (redacted) YAML. */
  patch: string;
}

export interface TargetDiff {
  target: RenderTarget;
  id: string;
  /** `added`/`removed`: the target exists on one side only. */
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  added: number;
  changed: number;
  removed: number;
  resources: ResourceDiff[];
  baseHash?: string;
  headHash?: string;
}

interface Side {
  label: string;
  text: string;
}

function index(set: RenderedSet | undefined, namespace: string, salt: string): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const m of set?.manifests ?? []) {
    const id = resourceId(m.object, namespace);
    out.set(resourceKey(id), {
      label: resourceLabel(id),
      text: stringifyObject(redactObject(m.object, salt)),
    });
  }
  return out;
}

/**
 * Diffs one target. `namespace` is the workload's (where namespace-less resources land). Resources appear in
 * head's order, then the removed ones in base's order.
 */
export function diffTarget(
  base: RenderedSet | undefined,
  head: RenderedSet | undefined,
  opts: { salt: string; namespace: string; context?: number; names?: [string, string] },
): TargetDiff {
  const target = (head ?? base)?.target;
  if (!target) throw new Error('diffTarget needs at least one side');
  const [aName, bName] = opts.names ?? ['base', 'head'];
  const a = index(base, opts.namespace, opts.salt);
  const b = index(head, opts.namespace, opts.salt);
  const resources: ResourceDiff[] = [];
  const patch = (label: string, x: string, y: string) =>
    createTwoFilesPatch(`${aName}/${label}`, `${bName}/${label}`, x, y, undefined, undefined, {
      context: opts.context ?? 3,
    });
  for (const [key, side] of b) {
    const old = a.get(key);
    if (!old)
      resources.push({ resource: side.label, change: 'added', patch: patch(side.label, '', side.text) });
    else if (old.text !== side.text)
      resources.push({
        resource: side.label,
        change: 'changed',
        patch: patch(side.label, old.text, side.text),
      });
  }
  for (const [key, side] of a) {
    if (!b.has(key))
      resources.push({ resource: side.label, change: 'removed', patch: patch(side.label, side.text, '') });
  }
  const count = (c: ChangeKind) => resources.filter((r) => r.change === c).length;
  const status = !base ? 'added' : !head ? 'removed' : resources.length > 0 ? 'changed' : 'unchanged';
  return {
    target,
    id: targetId(target),
    status,
    added: count('added'),
    changed: count('changed'),
    removed: count('removed'),
    resources,
    ...(base ? { baseHash: base.hash } : {}),
    ...(head ? { headHash: head.hash } : {}),
  };
}

/** Text for a terminal or a PR comment: one header per target with counts, then each resource's patch. */
export function formatTargetDiff(d: TargetDiff): string {
  const head = `${d.id}: ${d.status} (+${d.added} added, ~${d.changed} changed, -${d.removed} removed)`;
  return [head, ...d.resources.map((r) => r.patch.replace(/^=+\n/m, ''))].join('\n');
}
