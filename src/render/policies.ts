// The render policies of gitopshq.yaml (render.policies): pure checks over one parsed object. They live here,
// beside the other manifest checks, because they know Kubernetes object shapes, which the domain does not.
import type { RenderPolicies } from '../domain/model.js';
import type { EngineFinding } from './engine.js';
import { isObject } from './normalize.js';
import type { KubeObject } from './types.js';

export interface PodSpecAt {
  /** Field path of the pod spec inside the object: `spec.template.spec`. */
  path: string;
  spec: Record<string, unknown>;
}

const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

function at(o: unknown, path: string[]): unknown {
  let cur = o;
  for (const p of path) cur = isObject(cur) ? cur[p] : undefined;
  return cur;
}

/** Where the pod spec sits: known kinds by their shape; anything else with `spec.template.spec.containers`. */
export function podSpecOf(o: KubeObject): PodSpecAt | undefined {
  const kind = typeof o.kind === 'string' ? o.kind : '';
  const path = POD_SPEC_PATHS[kind] ?? ['spec', 'template', 'spec'];
  const spec = at(o, path);
  if (!isObject(spec) || !Array.isArray(spec.containers)) return undefined;
  return { path: path.join('.'), spec };
}

export interface ContainerAt {
  path: string;
  container: Record<string, unknown>;
}

export function containersOf(pod: PodSpecAt): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const field of ['initContainers', 'containers']) {
    const list = pod.spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (isObject(c)) out.push({ path: `${pod.path}.${field}[${i}]`, container: c });
    });
  }
  return out;
}

/** The tag of an image reference (`undefined`: none), and whether it is pinned by digest. */
export function imageTag(image: string): { tag?: string; digest: boolean } {
  const digest = image.includes('@');
  const name = digest ? image.slice(0, image.indexOf('@')) : image;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return colon > lastSlash ? { tag: name.slice(colon + 1), digest } : { digest };
}

/** Policy findings for one object (without target or resource: the caller adds them). */
export function checkPolicies(o: KubeObject, policies: RenderPolicies): EngineFinding[] {
  const pod = podSpecOf(o);
  if (!pod) return [];
  const out: EngineFinding[] = [];
  for (const { path, container } of containersOf(pod)) {
    const name = typeof container.name === 'string' ? container.name : '?';
    if (policies.forbidLatestTag && typeof container.image === 'string') {
      const { tag, digest } = imageTag(container.image);
      if (tag === 'latest' || (!tag && !digest)) {
        out.push({
          severity: 'error',
          rule: 'policy/latest-tag',
          path: `${path}.image`,
          message: `container '${name}' image '${container.image}' ${tag ? 'uses the latest tag' : 'has no tag (means latest)'}: pin a version (render.policies.forbidLatestTag)`,
        });
      }
    }
    if (policies.requireResourceLimits) {
      const limits = at(container, ['resources', 'limits']);
      const missing = ['cpu', 'memory'].filter(
        (r) => !isObject(limits) || limits[r] === undefined || limits[r] === null,
      );
      if (missing.length > 0) {
        out.push({
          severity: 'error',
          rule: 'policy/resource-limits',
          path: `${path}.resources.limits`,
          message: `container '${name}' has no ${missing.join(' or ')} limit: set resources.limits.${missing.join(' and resources.limits.')} (render.policies.requireResourceLimits)`,
        });
      }
    }
    if (policies.forbidPrivileged && at(container, ['securityContext', 'privileged']) === true) {
      out.push({
        severity: 'error',
        rule: 'policy/privileged',
        path: `${path}.securityContext.privileged`,
        message: `container '${name}' is privileged: remove securityContext.privileged (render.policies.forbidPrivileged)`,
      });
    }
  }
  return out;
}
