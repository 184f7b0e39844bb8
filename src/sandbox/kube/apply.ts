// Server-side apply and merge patch, as far as a GitOps syncer and kubectl need them. Real server-side apply tracks
// field ownership per manager; here the applier owns every field it sends and the fields it no longer sends go
// (what a syncer that is the only manager sees). Labels and annotations merge, so a controller's own keys survive.
import type { KubeObject } from '../../kube/port.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Json = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** The object after `applied` is applied over `current` (spec-like fields replaced, metadata maps merged). */
export function applyOver(current: KubeObject, applied: KubeObject): KubeObject {
  const out: KubeObject = {
    apiVersion: current.apiVersion,
    kind: current.kind,
    metadata: { ...current.metadata },
  };
  if (current.status !== undefined) out.status = current.status;
  for (const [k, v] of Object.entries(applied)) {
    if (!['apiVersion', 'kind', 'metadata', 'status'].includes(k)) out[k] = v;
  }
  const meta = applied.metadata;
  if (meta.labels) out.metadata.labels = { ...current.metadata.labels, ...meta.labels };
  if (meta.annotations) out.metadata.annotations = { ...current.metadata.annotations, ...meta.annotations };
  if (meta.ownerReferences) out.metadata.ownerReferences = meta.ownerReferences;
  return out;
}
