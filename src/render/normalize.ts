// Engine output -> one parsed document per resource, in a stable order and a stable text, hashed. YAML is read
// and written as YAML 1.1 because that is what Kubernetes' own decoder speaks: `enabled: yes` is a boolean
// there, and a string "yes" must be written quoted.
import { createHash } from 'node:crypto';
import { parseAllDocuments, stringify, type Tags, type YAMLError } from 'yaml';
import type { EngineFinding } from './engine.js';
import type { KubeObject, Manifest, RawChunk } from './types.js';

export const YAML_OPTIONS = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * How rendered output is read: as Kubernetes' decoder (sigs.k8s.io/yaml on go-yaml v2) reads it, which is YAML 1.1
 * without two of its types. `1:30` stays the string "1:30" (go-yaml has no base-60 numbers; YAML 1.1 says 90), and a
 * timestamp such as `2024-05-01T10:00:00+02:00` stays the string as written (go-yaml keeps timestamp-like scalars
 * as strings when the target is untyped; the `yaml` library would make a Date and write it back in UTC). Written
 * back with YAML_OPTIONS, such strings are quoted, so every reader takes them as strings (src/domain/yaml11.ts
 * lists what Helm makes of each plain scalar).
 */
export const KUBE_PARSE_OPTIONS = {
  version: '1.1',
  customTags: (tags: Tags) =>
    tags.filter(
      (t) =>
        typeof t === 'string' || !(('format' in t && t.format === 'TIME') || t.tag.endsWith(':timestamp')),
    ),
} as const;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses every chunk; YAML errors and non-mapping documents become findings, empty documents are dropped. */
export function parseChunks(chunks: RawChunk[]): { manifests: Manifest[]; findings: EngineFinding[] } {
  const manifests: Manifest[] = [];
  const findings: EngineFinding[] = [];
  for (const chunk of chunks) {
    const offset = (chunk.line ?? 1) - 1;
    const docs = parseAllDocuments(chunk.text, KUBE_PARSE_OPTIONS);
    let lenient: typeof docs | undefined;
    for (let i = 0; i < docs.length; i++) {
      let doc = docs[i] as (typeof docs)[number];
      // A key given twice: Kubernetes' decoder (and Helm, Argo CD, kubectl) keeps the last one and says nothing.
      // The render does the same, with a warning, rather than refuse a chart every GitOps tool applies.
      const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
      if (duplicates.length > 0 && duplicates.length === doc.errors.length) {
        lenient ??= parseAllDocuments(chunk.text, {
          ...KUBE_PARSE_OPTIONS,
          uniqueKeys: false,
        }) as typeof docs;
        const again = lenient[i];
        if (again && again.errors.length === 0) {
          for (const e of duplicates)
            findings.push(yamlFinding(chunk, offset, e, 'warning', duplicateText(chunk.text, e)));
          doc = again;
        }
      }
      if (doc.errors.length > 0) {
        for (const e of doc.errors) {
          const pos = e.linePos?.[0];
          findings.push({
            severity: 'error',
            rule: 'yaml',
            ...(chunk.file ? { file: chunk.file, line: (pos?.line ?? 1) + offset, col: pos?.col ?? 1 } : {}),
            message: `the output rendered from ${chunk.source} is not valid YAML (rendered line ${(pos?.line ?? 1) + offset}): ${e.message.split('\n')[0]}`,
          });
        }
        continue;
      }
      const value: unknown = doc.toJS({ maxAliasCount: 100 });
      if (value === null || value === undefined) continue;
      if (!isObject(value)) {
        const line = doc.contents ? lineOf(chunk.text, doc.contents.range?.[0] ?? 0) + offset : offset + 1;
        findings.push({
          severity: 'error',
          rule: 'structure',
          ...(chunk.file ? { file: chunk.file, line, col: 1 } : {}),
          message: `${chunk.source}: a rendered document must be a mapping (a Kubernetes object), not ${Array.isArray(value) ? 'a list' : typeof value}`,
        });
        continue;
      }
      // `kind: List` is how some tools bundle objects; Kubernetes applies its items one by one.
      if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
        for (const item of value.items) if (isObject(item)) manifests.push(manifest(item, chunk));
        continue;
      }
      manifests.push(manifest(value, chunk));
    }
  }
  return { manifests, findings };
}

/** The warnings parseChunks would give for keys given twice, for chunks rewritten before it reads them (Helm hooks). */
export function duplicateKeyWarnings(chunks: readonly RawChunk[]): EngineFinding[] {
  return chunks.flatMap((chunk) =>
    parseAllDocuments(chunk.text, KUBE_PARSE_OPTIONS).flatMap((doc) =>
      doc.errors.length > 0 && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')
        ? doc.errors.map((e) =>
            yamlFinding(chunk, (chunk.line ?? 1) - 1, e, 'warning', duplicateText(chunk.text, e)),
          )
        : [],
    ),
  );
}

/** `a key is given twice (labels)`: the key named from the text at the error's position. */
function duplicateText(text: string, e: YAMLError): string {
  const pos = e.linePos?.[0];
  const line = pos ? (text.split('\n')[pos.line - 1] ?? '') : '';
  const key = /^\s*([^:#]+):/.exec(line.slice(Math.max(0, (pos?.col ?? 1) - 1)))?.[1]?.trim();
  return `the key ${key ? `\`${key}\` ` : ''}is given twice; Kubernetes' YAML decoder (kubectl, Helm, Argo CD) keeps the last value, and so does the render: remove the other`;
}

function yamlFinding(
  chunk: RawChunk,
  offset: number,
  e: YAMLError,
  severity: 'warning',
  text: string,
): EngineFinding {
  const line = (e.linePos?.[0]?.line ?? 1) + offset;
  return {
    severity,
    rule: 'yaml',
    ...(chunk.file ? { file: chunk.file, line, col: e.linePos?.[0]?.col ?? 1 } : {}),
    message: `the output rendered from ${chunk.source} (rendered line ${line}): ${text}`,
  };
}

function manifest(object: KubeObject, chunk: RawChunk): Manifest {
  return chunk.file ? { object, source: chunk.source, file: chunk.file } : { object, source: chunk.source };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// Dependencies first (what a resource refers to exists before it), like `helm install`; unknown kinds after,
// alphabetically.
const KIND_ORDER = [
  'Namespace',
  'CustomResourceDefinition',
  'PriorityClass',
  'StorageClass',
  'ResourceQuota',
  'LimitRange',
  'ServiceAccount',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'ConfigMap',
  'Secret',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Pod',
  'Job',
  'CronJob',
  'HorizontalPodAutoscaler',
  'Service',
  'IngressClass',
  'Ingress',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
];
const KIND_RANK = new Map(KIND_ORDER.map((k, i) => [k, i]));

/** Kinds that live outside any namespace (the common built-in ones). */
export const CLUSTER_SCOPED = new Set([
  'Namespace',
  'CustomResourceDefinition',
  'PriorityClass',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolume',
  'IngressClass',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'RuntimeClass',
  'CSIDriver',
  'CSINode',
  'Node',
  'VolumeAttachment',
  'VolumeAttributesClass',
  'CertificateSigningRequest',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'DeviceClass',
  'ResourceSlice',
  'IPAddress',
  'ServiceCIDR',
]);

/** Custom kinds named like the built-in cluster-scoped ones (ClusterIssuer, ClusterSecretStore, ClusterPolicy). */
export const CLUSTER_PREFIX = /^Cluster[A-Z]/;

export interface ResourceId {
  apiVersion: string;
  /** The API group: `apps`, `networking.k8s.io`, '' for the core group. */
  group: string;
  kind: string;
  /** The namespace it lands in (the target's namespace when the manifest names none), '' when cluster-scoped. */
  namespace: string;
  name: string;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function resourceId(o: KubeObject, defaultNamespace: string): ResourceId {
  const apiVersion = str(o.apiVersion);
  const kind = str(o.kind);
  const meta = isObject(o.metadata) ? o.metadata : {};
  const slash = apiVersion.indexOf('/');
  return {
    apiVersion,
    group: slash >= 0 ? apiVersion.slice(0, slash) : '',
    kind,
    // A custom `Cluster*` kind without a namespace is cluster-scoped (see namespaces.ts): no default for it.
    namespace:
      CLUSTER_SCOPED.has(kind) || (!str(meta.namespace) && CLUSTER_PREFIX.test(kind))
        ? ''
        : str(meta.namespace) || defaultNamespace,
    name: str(meta.name),
  };
}

/** `Deployment/shop/web`, or `ClusterRole/web` for a cluster-scoped resource. */
export function resourceLabel(id: ResourceId): string {
  return id.namespace ? `${id.kind}/${id.namespace}/${id.name}` : `${id.kind}/${id.name}`;
}

/** Identity across versions of an API group: two documents with equal keys are the same object to the cluster. */
export function resourceKey(id: ResourceId): string {
  return `${id.group}/${id.kind}/${id.namespace}/${id.name}`;
}

export function sortManifests(manifests: Manifest[], defaultNamespace: string): Manifest[] {
  const keyed = manifests.map((m) => ({ m, id: resourceId(m.object, defaultNamespace) }));
  keyed.sort((a, b) => {
    const ra = KIND_RANK.get(a.id.kind) ?? KIND_ORDER.length;
    const rb = KIND_RANK.get(b.id.kind) ?? KIND_ORDER.length;
    return (
      ra - rb ||
      cmp(a.id.kind, b.id.kind) ||
      cmp(a.id.namespace, b.id.namespace) ||
      cmp(a.id.name, b.id.name) ||
      cmp(a.id.apiVersion, b.id.apiVersion)
    );
  });
  return keyed.map((k) => k.m);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function stringifyObject(o: unknown): string {
  return stringify(o, YAML_OPTIONS);
}

/** Multi-document YAML: every document starts with `---`, keys in the author's order. */
export function stringifyManifests(manifests: readonly Manifest[]): string {
  return manifests.map((m) => `---\n${stringifyObject(m.object)}`).join('');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
