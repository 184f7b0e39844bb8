// The shapes the delivery generator passes around: what to render (a target), what came out (manifests with
// where each came from), and what is wrong with it (findings that name target, resource and field path).
import type { Finding } from '../domain/errors.js';

/** One (workload, environment, tenant?) whose final manifests are rendered. */
export interface RenderTarget {
  workload: string;
  environment: string;
  /** Absent for a tenant-less workload. */
  tenant?: string;
}

/** `web/prod/acme` or `web/prod` — how findings and diffs name a target. */
export function targetId(t: RenderTarget): string {
  return t.tenant ? `${t.workload}/${t.environment}/${t.tenant}` : `${t.workload}/${t.environment}`;
}

export type KubeObject = Record<string, unknown>;

/** One Kubernetes resource as rendered. */
export interface Manifest {
  object: KubeObject;
  /** Where it came from: a repo-relative template file, a chart's `# Source:` path, or the kustomize overlay. */
  source: string;
  /** The repo-relative file it was rendered from, when there is one (templates). */
  file?: string;
}

/** A chunk of engine output before parsing: YAML text (one or more documents) and where it came from. */
export interface RawChunk {
  source: string;
  /** The repo-relative file, when `source` is one. */
  file?: string;
  text: string;
  /** Line of `text`'s first line within `source` (1-based), for positions of YAML errors. */
  line?: number;
}

export type FindingRule =
  | 'template'
  | 'helm'
  | 'kustomize'
  | 'yaml'
  | 'structure'
  | 'duplicate'
  | 'namespace'
  | 'schema'
  | 'policy/latest-tag'
  | 'policy/resource-limits'
  | 'policy/privileged';

export interface RenderFinding {
  severity: 'error' | 'warning';
  rule: FindingRule;
  /** targetId() of the target whose render produced it. */
  target: string;
  /** `Kind/namespace/name` (`Kind/name` for cluster-scoped or namespace-less resources). */
  resource?: string;
  /** Field path inside the resource: `spec.template.spec.containers[0].image`. */
  path?: string;
  /** Repo-relative file, when the problem can be placed in one. */
  file?: string;
  line?: number;
  col?: number;
  message: string;
  /** In a diff: the base's render of the target has the same finding (the change did not bring it). */
  onBase?: boolean;
}

export const ON_BASE_NOTE = 'already on base';

export function formatRenderFinding(f: RenderFinding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}:${f.col ?? 1}` : ''}: ` : '';
  const what = [f.resource, f.path].filter(Boolean).join(' ');
  return `${where}${f.severity} [${f.target}]${what ? ` ${what}` : ''}: ${f.message}${f.onBase ? ` (${ON_BASE_NOTE})` : ''}`;
}

/** The same finding in the project-wide shape (annotations, ValidationError). */
export function toFinding(f: RenderFinding, fallbackFile: string): Finding {
  const what = [f.resource, f.path].filter(Boolean).join(' ');
  return {
    file: f.file ?? fallbackFile,
    line: f.line ?? 1,
    col: f.col ?? 1,
    message: `[${f.target}]${what ? ` ${what}` : ''}: ${f.message}${f.onBase ? ` (${ON_BASE_NOTE})` : ''}`,
    severity: f.severity,
  };
}

/** The normalised, validated output of one target. */
export interface RenderedSet {
  target: RenderTarget;
  /** Sorted (kind order, namespace, name); empty when the render failed. */
  manifests: Manifest[];
  /** The multi-document YAML of `manifests`, stable byte for byte for equal input. */
  yaml: string;
  /** sha256 of `yaml`. */
  hash: string;
  findings: RenderFinding[];
  /** The dedupe key the render ran under: targets with equal keys shared one engine run. */
  renderKey: string;
}

export function hasErrors(findings: readonly RenderFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
