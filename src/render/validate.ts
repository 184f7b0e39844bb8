// Validation of one rendered set: the object shape Kubernetes requires, no resource twice, built-in kinds
// against their schemas, and the policies of gitopshq.yaml. Every problem is reported, not just the first.
import type { RenderPolicies } from '../domain/model.js';
import type { EngineFinding } from './engine.js';
import type { KubeSchemaValidator } from './kube-schema.js';
import { isObject, resourceId, resourceKey, resourceLabel } from './normalize.js';
import { checkPolicies } from './policies.js';
import type { Manifest } from './types.js';

export interface ValidateOptions {
  policies: RenderPolicies;
  /** The namespace a namespaced resource without metadata.namespace lands in (the workload's). */
  defaultNamespace: string;
  kubeSchema?: KubeSchemaValidator;
}

export async function validateManifests(
  manifests: Manifest[],
  opts: ValidateOptions,
): Promise<EngineFinding[]> {
  const findings: EngineFinding[] = [];
  const seen = new Map<string, Manifest>();
  for (const m of manifests) {
    const o = m.object;
    const id = resourceId(o, opts.defaultNamespace);
    const resource = resourceLabel({ ...id, kind: id.kind || '?', name: id.name || '?' });
    const where = m.file ? { file: m.file } : {};
    const add = (f: EngineFinding) => findings.push({ ...where, resource, ...f });
    const missing = [
      !id.apiVersion && 'apiVersion',
      !id.kind && 'kind',
      !(isObject(o.metadata) && typeof o.metadata.name === 'string' && o.metadata.name) && 'metadata.name',
    ].filter((x): x is string => typeof x === 'string');
    for (const field of missing) {
      add({
        severity: 'error',
        rule: 'structure',
        path: field,
        message: `${field} is missing (in a document rendered from ${m.source})`,
      });
    }
    if (missing.length > 0) continue;
    const key = resourceKey(id);
    const first = seen.get(key);
    if (first) {
      add({
        severity: 'error',
        rule: 'duplicate',
        message: `rendered twice (from ${first.source} and ${m.source}): each resource may appear once per target`,
      });
    } else {
      seen.set(key, m);
    }
    if (opts.kubeSchema) for (const f of await opts.kubeSchema.validate(o)) add(f);
    for (const f of checkPolicies(o, opts.policies)) add(f);
  }
  return findings;
}
