// Helm hooks in the deploy branch. `helm template` prints hook objects (Jobs, Secrets... annotated `helm.sh/hook`)
// with the rest, and nothing that applies the deploy branch runs them as Helm would: Argo CD maps the Helm
// annotations to its own sync phases, Flux's kustomize-controller and `kubectl apply` apply them as plain objects.
// A workload chooses (workload.yaml `render.hooks`): `keep` (default) writes the Argo CD annotations Argo CD would
// derive, so the diff shows how they will run; `drop` removes hook objects. See docs/architecture.md (rendering).
import { parseAllDocuments } from 'yaml';
import type { HookMode } from '../domain/model.js';
import { isObject, KUBE_PARSE_OPTIONS, stringifyObject } from './normalize.js';
import type { RawChunk } from './types.js';

export const HELM_HOOK = 'helm.sh/hook';
export const ARGO_HOOK = 'argocd.argoproj.io/hook';
const ARGO_DELETE_POLICY = 'argocd.argoproj.io/hook-delete-policy';
const ARGO_WAVE = 'argocd.argoproj.io/sync-wave';

// Argo CD's own mapping of Helm hook events (its Helm guide): install/upgrade hooks run around a sync, delete
// hooks around an Application's deletion. Rollback hooks have no Argo CD phase: a GitOps rollback is a revert of
// the deploy branch, so they are marked Skip (Argo CD does not apply them).
const PHASE: Record<string, string> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  'pre-delete': 'PreDelete',
  'post-delete': 'PostDelete',
};
const DELETE_POLICY: Record<string, string> = {
  'before-hook-creation': 'BeforeHookCreation',
  'hook-succeeded': 'HookSucceeded',
  'hook-failed': 'HookFailed',
};

function annotationsOf(o: Record<string, unknown>): Record<string, unknown> | undefined {
  const meta = o.metadata;
  return isObject(meta) && isObject(meta.annotations) ? meta.annotations : undefined;
}

function csv(v: unknown): string[] {
  return typeof v === 'string'
    ? v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

/** Adds the Argo CD hook annotations for a Helm hook object (in place); existing Argo CD annotations win. */
export function annotateHook(annotations: Record<string, unknown>): void {
  if (annotations[ARGO_HOOK] === undefined) {
    const phases = [...new Set(csv(annotations[HELM_HOOK]).flatMap((e) => PHASE[e] ?? []))];
    annotations[ARGO_HOOK] = phases.length > 0 ? phases.join(',') : 'Skip';
  }
  const policies = [
    ...new Set(csv(annotations['helm.sh/hook-delete-policy']).flatMap((p) => DELETE_POLICY[p] ?? [])),
  ];
  if (annotations[ARGO_DELETE_POLICY] === undefined && policies.length > 0)
    annotations[ARGO_DELETE_POLICY] = policies.join(',');
  const weight = annotations['helm.sh/hook-weight'];
  if (annotations[ARGO_WAVE] === undefined && typeof weight === 'string' && weight.trim())
    annotations[ARGO_WAVE] = weight.trim();
}

/**
 * Applies the workload's hook choice to helm's output. Only documents carrying `helm.sh/hook` are rewritten; every
 * other chunk passes through as helm printed it.
 */
export function applyHookMode(chunks: RawChunk[], mode: HookMode): RawChunk[] {
  const out: RawChunk[] = [];
  for (const chunk of chunks) {
    if (!chunk.text.includes(HELM_HOOK)) {
      out.push(chunk);
      continue;
    }
    // A key given twice keeps its last value, as normalisation reads it (it also warns about it).
    const docs = parseAllDocuments(chunk.text, { ...KUBE_PARSE_OPTIONS, uniqueKeys: false });
    if (docs.some((d) => d.errors.length > 0)) {
      out.push(chunk); // normalisation reports the YAML error with its position
      continue;
    }
    const kept: string[] = [];
    for (const d of docs) {
      const o: unknown = d.toJS({ maxAliasCount: 100 });
      if (!isObject(o)) continue;
      const annotations = annotationsOf(o);
      if (annotations?.[HELM_HOOK] !== undefined) {
        if (mode === 'drop') continue;
        annotateHook(annotations);
      }
      kept.push(stringifyObject(o));
    }
    if (kept.length > 0) out.push({ ...chunk, text: kept.join('---\n') });
  }
  return out;
}
