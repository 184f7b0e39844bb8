// The cluster simulator's etcd: objects by identity, one resourceVersion counter for all of them, and the recent
// history of changes so a watch can start after any resourceVersion a list returned. Every object is checked
// before it is stored with the same Kubernetes schemas the generator uses (src/render/kube-schema.ts): a status a
// controller of ours invents that a real API server would refuse throws here, so a test meets it.
// Stored objects are frozen (object-index.ts) and handed out as they are: `get`, `list`, `since`, the events and
// what a write returns are never to be mutated (spread them to change one); writes copy what they are given.
import { randomUUID } from 'node:crypto';
import type { KubeObject } from '../../kube/port.js';
import { createKubeSchemaValidator } from '../../render/kube-schema.js';
import { apiVersionOf, KINDS, type KindInfo, kindInfo } from './kinds.js';
import { deepFreeze, ObjectIndex } from './object-index.js';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  readonly rv: number;
  readonly type: EventType;
  /** Frozen: shared by every watcher and by the store. */
  readonly object: KubeObject;
}

/** An answer the API server gives as a `Status` (404, 409, 410, 422, ...). */
export class KubeError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HISTORY = 5000;

export const keyOf = (apiVersion: string, kind: string, namespace: string | undefined, name: string) =>
  `${apiVersion}|${kind}|${namespace ?? ''}|${name}`;

/** `2026-11-30T06:52:47Z`: the API server's timestamps have whole seconds. */
export const kubeTime = (ms: number) =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

const clone = <T>(o: T): T => structuredClone(o);

export function matchesLabels(selector: string | undefined, labels: Record<string, string> = {}): boolean {
  if (!selector) return true;
  return selector
    .split(/,(?![^(]*\))/)
    .map((t) => t.trim())
    .filter(Boolean)
    .every((term) => matchesTerm(term, labels));
}

function matchesTerm(term: string, labels: Record<string, string>): boolean {
  const eq = term.match(/^([^!=\s]+)\s*(==|=|!=)\s*(.*)$/);
  if (eq) {
    const [, key = '', op, value] = eq;
    return op === '!=' ? labels[key] !== value : labels[key] === value;
  }
  const set = term.match(/^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/);
  if (set) {
    const [, key = '', op, list = ''] = set;
    const has =
      key in labels &&
      list
        .split(',')
        .map((v) => v.trim())
        .includes(labels[key] as string);
    return op === 'in' ? has : !has;
  }
  return term.startsWith('!') ? !(term.slice(1) in labels) : term in labels;
}

export interface Selection {
  info: KindInfo;
  namespace?: string;
  labelSelector?: string;
}

export function selects(sel: Selection, o: KubeObject): boolean {
  return (
    o.apiVersion === apiVersionOf(sel.info) &&
    o.kind === sel.info.kind &&
    (sel.namespace === undefined || o.metadata.namespace === sel.namespace) &&
    matchesLabels(sel.labelSelector, o.metadata.labels)
  );
}

/**
 * The defaults the API server fills in that the controllers read (a subset of Kubernetes' defaulting). The spec is
 * replaced by a copy when a default is missing, never changed in place: it may be a stored (frozen) object's.
 */
export function applyDefaults(o: KubeObject): void {
  const spec = o.spec as Record<string, unknown> | undefined;
  if (!spec) return;
  const wanted: [string, unknown][] = [];
  if (o.apiVersion === 'apps/v1' && ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(o.kind)) {
    wanted.push(['replicas', 1], ['revisionHistoryLimit', 10]);
  }
  if (o.apiVersion === 'apps/v1' && o.kind === 'Deployment') {
    wanted.push(
      ['progressDeadlineSeconds', 600],
      ['strategy', { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } }],
    );
  }
  if (o.apiVersion === 'batch/v1' && o.kind === 'Job') {
    wanted.push(['backoffLimit', 6], ['completions', 1], ['parallelism', 1]);
  }
  if (wanted.every(([field]) => spec[field] !== undefined && spec[field] !== null)) return;
  const filled = { ...spec };
  for (const [field, value] of wanted) filled[field] ??= value;
  o.spec = filled;
}

/** What an update compares to tell a real change from a no-op: the spec-like fields, and everything but the rv. */
const specOf = (x: KubeObject) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(x).filter(([f]) => !['apiVersion', 'kind', 'metadata', 'status'].includes(f)),
    ),
  );
const withoutRv = (x: KubeObject) =>
  JSON.stringify({ ...x, metadata: { ...x.metadata, resourceVersion: undefined } });
/** The same texts of a stored (frozen, never changing) object, computed once per version. */
const storedTexts = new WeakMap<KubeObject, { spec: string; all: string }>();
function textsOf(stored: KubeObject): { spec: string; all: string } {
  let t = storedTexts.get(stored);
  if (!t) {
    t = { spec: specOf(stored), all: withoutRv(stored) };
    storedTexts.set(stored, t);
  }
  return t;
}

export class ObjectStore {
  private readonly objects = new ObjectIndex();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(e: StoreEvent) => void>();
  private readonly schema = createKubeSchemaValidator();
  private rv = 100;
  /** Objects refused by validation (a controller bug when it is ours): tests assert it stays empty. */
  readonly refusals: string[] = [];

  constructor(
    private readonly now: () => number,
    /** Changes kept for watches (etcd's compaction window): a watch from before them is answered 410 Expired. */
    private readonly historyLimit = HISTORY,
  ) {}

  /** Loads the schema of every built-in kind served, so the first write of a kind does not pay for it. */
  async warmUp(): Promise<void> {
    await Promise.all(
      KINDS.filter((k) => !k.custom).map((k) =>
        this.schema.validate({ apiVersion: apiVersionOf(k), kind: k.kind, metadata: { name: 'warm-up' } }),
      ),
    );
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  /** The stored object (frozen: spread it to change it), or undefined. */
  get(apiVersion: string, kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(keyOf(apiVersion, kind, namespace, name));
  }

  /** The selected objects (frozen), by namespace and name. `where` narrows the selection further. */
  list(sel: Selection, where?: (o: Readonly<KubeObject>) => boolean): KubeObject[] {
    return this.objects
      .ofKind(apiVersionOf(sel.info), sel.info.kind)
      .filter(
        (o) =>
          (sel.namespace === undefined || o.metadata.namespace === sel.namespace) &&
          matchesLabels(sel.labelSelector, o.metadata.labels) &&
          (where === undefined || where(o)),
      );
  }

  /**
   * The objects of one kind whose controller (ownerReference with `controller: true`) is `owner`, in its namespace,
   * in list order: what the controllers ask for many times a second, answered from the owner index.
   */
  controlledBy(owner: KubeObject, apiVersion: string, kind: string): KubeObject[] {
    const uid = owner.metadata.uid;
    if (uid === undefined) return [];
    const ns = owner.metadata.namespace;
    return this.objects
      .ownedBy(uid)
      .filter(
        (o) =>
          o.apiVersion === apiVersion &&
          o.kind === kind &&
          (ns === undefined || o.metadata.namespace === ns) &&
          (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid && r.controller),
      );
  }

  /** Every change after `rv`, or a 410 when the history no longer reaches back that far (the client lists again). */
  since(rv: number): StoreEvent[] {
    const oldest = this.history[0];
    if (oldest && rv < oldest.rv - 1 && rv < this.rv) {
      throw new KubeError(410, 'Expired', `too old resource version: ${rv} (${oldest.rv - 1})`);
    }
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(fn: (e: StoreEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  async create(input: KubeObject): Promise<KubeObject> {
    const info = this.infoOf(input);
    const ns = info.namespaced ? input.metadata.namespace || 'default' : undefined;
    const key = keyOf(input.apiVersion, input.kind, ns, input.metadata.name);
    if (this.objects.has(key)) {
      throw new KubeError(
        409,
        'AlreadyExists',
        `${info.plural}.${info.group || 'core'} "${input.metadata.name}" already exists`,
      );
    }
    if (ns !== undefined && !this.objects.has(keyOf('v1', 'Namespace', undefined, ns))) {
      throw new KubeError(404, 'NotFound', `namespaces "${ns}" not found`);
    }
    const o = clone(input);
    const { resourceVersion: _rv, ...meta } = o.metadata;
    o.metadata = {
      ...meta,
      ...(ns !== undefined ? { namespace: ns } : {}),
      uid: randomUUID(),
      creationTimestamp: kubeTime(this.now()),
      generation: 1,
    };
    return this.commit(key, o, 'ADDED', undefined);
  }

  /**
   * Replaces an object's spec/metadata (`status` kept unless `withStatus`). generation moves only when the spec
   * does, as on a real API server, so observedGeneration means what controllers and the health rules think.
   */
  async update(next: KubeObject, opts: { withStatus?: boolean } = {}): Promise<KubeObject> {
    const info = this.infoOf(next);
    const ns = info.namespaced ? next.metadata.namespace || 'default' : undefined;
    const key = keyOf(next.apiVersion, next.kind, ns, next.metadata.name);
    const cur = this.objects.get(key);
    if (!cur)
      throw new KubeError(
        404,
        'NotFound',
        `${info.plural}.${info.group || 'core'} "${next.metadata.name}" not found`,
      );
    if (next.metadata.resourceVersion && next.metadata.resourceVersion !== cur.metadata.resourceVersion) {
      throw new KubeError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${info.plural} "${next.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    }
    // Shallow until it is known to be a real write: most updates (the syncer's every pass) change nothing.
    const o: KubeObject = { ...next };
    applyDefaults(o);
    if (!opts.withStatus) {
      if (cur.status === undefined) delete o.status;
      else o.status = cur.status; // frozen: the new version shares it
    }
    const stored = textsOf(cur);
    const generation = (cur.metadata.generation ?? 1) + (specOf(o) !== stored.spec ? 1 : 0);
    o.metadata = {
      ...o.metadata,
      ...(ns !== undefined ? { namespace: ns } : {}),
      uid: cur.metadata.uid as string,
      creationTimestamp: cur.metadata.creationTimestamp as string,
      generation,
    };
    if (withoutRv(o) === stored.all) {
      return cur; // a no-op write makes no event, as on a real API server
    }
    // The stored version owns its parts: the caller may go on changing what it passed.
    return this.commit(key, clone(o), 'MODIFIED', cur.metadata.resourceVersion);
  }

  /** Sets `status` only (the `/status` subresource controllers write). */
  async setStatus(current: KubeObject, status: Record<string, unknown>): Promise<KubeObject> {
    const cur = this.get(current.apiVersion, current.kind, current.metadata.namespace, current.metadata.name);
    if (!cur) throw new KubeError(404, 'NotFound', `${current.kind} "${current.metadata.name}" not found`);
    return this.update({ ...cur, status }, { withStatus: true });
  }

  delete(apiVersion: string, kind: string, namespace: string | undefined, name: string): KubeObject {
    const key = keyOf(apiVersion, kind, namespace, name);
    const cur = this.objects.get(key);
    if (!cur) throw new KubeError(404, 'NotFound', `${kind.toLowerCase()}s "${name}" not found`);
    this.objects.delete(key);
    this.rv++;
    const gone = deepFreeze({ ...cur, metadata: { ...cur.metadata, resourceVersion: String(this.rv) } });
    this.emit({ rv: this.rv, type: 'DELETED', object: gone });
    // The garbage collector (background propagation): dependents go with their owner, oldest first.
    for (const childKey of cur.metadata.uid ? this.objects.dependentsOf(cur.metadata.uid) : []) {
      const child = this.objects.get(childKey);
      if (child) this.delete(child.apiVersion, child.kind, child.metadata.namespace, child.metadata.name);
    }
    if (kind === 'Namespace') {
      for (const child of [...this.objects.values()]) {
        if (
          child.metadata.namespace === name &&
          this.objects.has(keyOf(child.apiVersion, child.kind, name, child.metadata.name))
        ) {
          this.delete(child.apiVersion, child.kind, name, child.metadata.name);
        }
      }
    }
    return gone;
  }

  /** Throws the 422 a real API server answers for an object its schema refuses. */
  async validate(o: KubeObject): Promise<void> {
    const info = this.infoOf(o);
    const problems: string[] = [];
    const name = o.metadata?.name;
    if (typeof name !== 'string' || name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
      problems.push(
        `metadata.name: Invalid value: ${JSON.stringify(name)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`,
      );
    }
    if (info.custom) {
      for (const f of ['spec', 'status'] as const) {
        const v = o[f];
        if (v !== undefined && (v === null || typeof v !== 'object' || Array.isArray(v)))
          problems.push(`${f}: Invalid value: must be an object`);
      }
    } else {
      for (const f of await this.schema.validate(o as unknown as Record<string, unknown>))
        problems.push(`${f.path}: ${f.message}`);
    }
    if (problems.length > 0) {
      const message = `${o.kind}.${info.group || 'core'} "${String(name)}" is invalid: ${problems.join('; ')}`;
      this.refusals.push(message);
      throw new KubeError(422, 'Invalid', message);
    }
  }

  private infoOf(o: KubeObject): KindInfo {
    const info = kindInfo(String(o.apiVersion), String(o.kind));
    if (!info)
      throw new KubeError(
        404,
        'NotFound',
        `the server could not find the requested resource (${o.apiVersion} ${o.kind})`,
      );
    return info;
  }

  /** Stores `o` if the object is still at `expectedRv` (undefined: must not exist) once validated. */
  private async commit(
    key: string,
    o: KubeObject,
    type: EventType,
    expectedRv: string | undefined,
  ): Promise<KubeObject> {
    applyDefaults(o);
    await this.validate(o);
    // Validation awaited: another writer may have moved the object meanwhile (optimistic concurrency, as etcd).
    if (this.objects.get(key)?.metadata.resourceVersion !== expectedRv) {
      if (expectedRv === undefined)
        throw new KubeError(409, 'AlreadyExists', `${o.kind} "${o.metadata.name}" already exists`);
      throw new KubeError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${o.kind} "${o.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    }
    this.rv++;
    o.metadata.resourceVersion = String(this.rv);
    deepFreeze(o);
    this.objects.set(key, o);
    this.emit({ rv: this.rv, type, object: o });
    return o;
  }

  private emit(e: StoreEvent): void {
    this.history.push(Object.freeze(e));
    if (this.history.length > this.historyLimit) {
      this.history.splice(0, this.history.length - this.historyLimit);
    }
    for (const fn of this.listeners) fn(e);
  }
}
