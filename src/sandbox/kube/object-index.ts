// The cluster simulator's objects as the store keeps them: frozen, so every reader (the controllers many times a
// second, list and watch answers, the GitOps syncer) shares one copy instead of copying what it only reads, and
// indexed by kind and by owner, so "the pods this ReplicaSet owns" does not scan every object of the cluster.
// Copying what the controllers listed was about a third of the demo's CPU (a cpu profile of `gitopshq demo`).
import type { KubeObject } from '../../kube/port.js';

/** Freezes `o` and everything under it; a part already frozen (shared with an older version) is left as it is. */
export function deepFreeze<T>(o: T): T {
  if (o === null || typeof o !== 'object' || Object.isFrozen(o)) return o;
  Object.freeze(o);
  for (const v of Object.values(o)) deepFreeze(v);
  return o;
}

const texts = new WeakMap<object, string>();

/**
 * `JSON.stringify(v)`, remembered for a frozen object: a frozen object never changes, so its text does not either.
 * The controllers compare the status they computed with the stored one on every pass; the stored side is this.
 */
export function jsonOf(v: unknown): string {
  if (v === null || typeof v !== 'object' || !Object.isFrozen(v)) return JSON.stringify(v);
  let text = texts.get(v);
  if (text === undefined) {
    text = JSON.stringify(v);
    texts.set(v, text);
  }
  return text;
}

export const kindKeyOf = (apiVersion: string, kind: string) => `${apiVersion}|${kind}`;

/** The order a list answers in: by `<namespace>/<name>` (a cluster-scoped object's namespace reads "undefined"). */
const sortName = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

/**
 * Objects by key, with two indexes kept on every write: the keys of each kind in list order (sorted once per
 * creation or deletion of that kind, not per list), and the keys of the objects each uid is an owner of.
 */
export class ObjectIndex {
  private readonly objects = new Map<string, KubeObject>();
  /** Creation order (the Map's own order), which the garbage collector deletes dependents in. */
  private readonly seq = new Map<string, number>();
  private nextSeq = 0;
  private readonly kinds = new Map<string, { keys: Set<string>; sorted?: string[] }>();
  private readonly owners = new Map<string, Set<string>>();

  get(key: string): KubeObject | undefined {
    return this.objects.get(key);
  }

  has(key: string): boolean {
    return this.objects.has(key);
  }

  values(): IterableIterator<KubeObject> {
    return this.objects.values();
  }

  /** Stores a frozen object under `key` (a new one, or the next version of the one there). */
  set(key: string, o: KubeObject): void {
    const prev = this.objects.get(key);
    this.objects.set(key, o);
    if (prev) {
      this.unindexOwners(key, prev);
    } else {
      this.seq.set(key, this.nextSeq++);
      const kind = this.kindOf(o.apiVersion, o.kind);
      kind.keys.add(key);
      kind.sorted = undefined;
    }
    for (const r of o.metadata.ownerReferences ?? []) {
      let keys = this.owners.get(r.uid);
      if (!keys) {
        keys = new Set();
        this.owners.set(r.uid, keys);
      }
      keys.add(key);
    }
  }

  delete(key: string): void {
    const prev = this.objects.get(key);
    if (!prev) return;
    this.objects.delete(key);
    this.seq.delete(key);
    this.unindexOwners(key, prev);
    const kind = this.kinds.get(kindKeyOf(prev.apiVersion, prev.kind));
    if (kind) {
      kind.keys.delete(key);
      kind.sorted = undefined;
    }
  }

  /** The objects of one kind in list order. */
  ofKind(apiVersion: string, kind: string): KubeObject[] {
    const k = this.kinds.get(kindKeyOf(apiVersion, kind));
    if (!k) return [];
    if (!k.sorted) {
      k.sorted = [...k.keys]
        .map((key) => ({ key, name: sortName(this.objects.get(key) as KubeObject) }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((x) => x.key);
    }
    return k.sorted.map((key) => this.objects.get(key) as KubeObject);
  }

  /** The objects that name `uid` among their ownerReferences, in list order. */
  ownedBy(uid: string): KubeObject[] {
    const keys = this.owners.get(uid);
    if (!keys || keys.size === 0) return [];
    return [...keys]
      .map((key) => this.objects.get(key) as KubeObject)
      .sort((a, b) => sortName(a).localeCompare(sortName(b)));
  }

  /** The keys of the objects that name `uid` among their ownerReferences, in creation order. */
  dependentsOf(uid: string): string[] {
    const keys = this.owners.get(uid);
    if (!keys) return [];
    return [...keys].sort((a, b) => (this.seq.get(a) ?? 0) - (this.seq.get(b) ?? 0));
  }

  private kindOf(apiVersion: string, kind: string) {
    const k = kindKeyOf(apiVersion, kind);
    let entry = this.kinds.get(k);
    if (!entry) {
      entry = { keys: new Set() };
      this.kinds.set(k, entry);
    }
    return entry;
  }

  private unindexOwners(key: string, o: KubeObject): void {
    for (const r of o.metadata.ownerReferences ?? []) {
      const keys = this.owners.get(r.uid);
      keys?.delete(key);
      if (keys?.size === 0) this.owners.delete(r.uid);
    }
  }
}
