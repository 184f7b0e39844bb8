// Built-in kinds checked against Kubernetes' own OpenAPI schemas, offline: the kubernetes-models package ships
// them as precompiled validators (no schema compilation at run time, nothing fetched). It is a port, passed in
// by the callers that want it (preview, the CLI), so the other action bundles never contain its 18 MB; each
// kind's module is imported lazily, the first time a rendered set has that kind.
import type { EngineFinding } from './engine.js';
import { SCHEMA_MODULES } from './kube-schema-table.js';
import type { KubeObject } from './types.js';

export interface KubeSchemaValidator {
  /** Whether `apiVersion kind` is a built-in kind it has a schema for. */
  knows(apiVersion: string, kind: string): boolean;
  /** Schema findings for one object (none for kinds it does not know, e.g. custom resources). */
  validate(o: KubeObject): Promise<EngineFinding[]>;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export function createKubeSchemaValidator(): KubeSchemaValidator {
  const loaded = new Map<string, Promise<ValidateFn>>();
  const load = (key: string): Promise<ValidateFn> | undefined => {
    const importer = SCHEMA_MODULES[key];
    if (!importer) return undefined;
    let p = loaded.get(key);
    if (!p) {
      p = importer().then((m) => m.validate as ValidateFn);
      loaded.set(key, p);
    }
    return p;
  };
  return {
    knows: (apiVersion, kind) => `${apiVersion} ${kind}` in SCHEMA_MODULES,
    async validate(o) {
      const fn = await load(`${String(o.apiVersion)} ${String(o.kind)}`);
      if (!fn || fn(o)) return [];
      return explainSchemaErrors(o, fn.errors ?? []);
    },
  };
}

/** `/spec/template/spec/containers/0/image` -> `spec.template.spec.containers[0].image`. */
export function fieldPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

function valueAt(o: unknown, pointer: string): unknown {
  let cur = o;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
  }
  return cur;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** One finding per offending field; `type` alternatives at one field (int-or-string) are merged. */
export function explainSchemaErrors(o: KubeObject, errors: AjvError[]): EngineFinding[] {
  const byPath = new Map<string, AjvError[]>();
  for (const e of errors) {
    const path =
      e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath;
    const list = byPath.get(path) ?? [];
    list.push(e);
    byPath.set(path, list);
  }
  const out: EngineFinding[] = [];
  for (const [pointer, errs] of byPath) {
    const specific = errs.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
    const use = specific.length > 0 ? specific : errs;
    const types = use.filter((e) => e.keyword === 'type').map((e) => String(e.params.type));
    const value = valueAt(o, pointer);
    let message: string;
    if (types.length > 0) {
      const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      message = `must be ${[...new Set(types)].join(' or ')}, not ${got} ${show(value)}`;
    } else {
      const e = use[0] as AjvError;
      if (e.keyword === 'required') message = 'is required';
      else if (e.keyword === 'enum')
        message = `must be one of ${(e.params.allowedValues as unknown[]).map(show).join(', ')}, not ${show(value)}`;
      else if (e.keyword === 'format')
        message = `must be a valid ${String(e.params.format)}, not ${show(value)}`;
      else message = `fails the schema rule '${e.keyword}' (${show(e.params)}) with ${show(value)}`;
    }
    out.push({ severity: 'error', rule: 'schema', path: fieldPath(pointer), message });
  }
  return out;
}
