// An in-memory KubePort for unit tests: objects keyed like an API server's, a resourceVersion that grows with every
// write, and waitForChange that wakes the moment a matching object is written after the listed version (a watch, not
// a poll). Counts every call, so tests can assert what a verification costs.
import type { KindQuery, KubeObject, KubePort, ObjectRef, WaitOutcome } from '../../src/kube/port.js';

interface Change {
  rv: number;
  apiVersion: string;
  kind: string;
  namespace?: string;
}

const key = (o: { apiVersion: string; kind: string; namespace?: string; name: string }) =>
  `${o.apiVersion}|${o.kind}|${o.namespace ?? ''}|${o.name}`;

function matches(q: KindQuery, c: { apiVersion: string; kind: string; namespace?: string }): boolean {
  return q.apiVersion === c.apiVersion && q.kind === c.kind && (!q.namespace || q.namespace === c.namespace);
}

export class FakeKube implements KubePort {
  private readonly objects = new Map<string, KubeObject>();
  private readonly changes: Change[] = [];
  private readonly waiters = new Set<() => void>();
  private rv = 0;
  readonly calls = { get: 0, list: 0, waitForChange: 0, servesKind: 0 };
  /** Kinds discovery does not list (`apiVersion kind`). */
  readonly unserved = new Set<string>();
  /** When a write landed (performance.now()), by object name: the latency tests' start. */
  readonly writtenAt = new Map<string, number>();

  get totalCalls(): number {
    return this.calls.get + this.calls.list + this.calls.waitForChange + this.calls.servesKind;
  }

  /** Creates or replaces an object, as a controller's write would. */
  put(obj: KubeObject): void {
    this.rv++;
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(this.rv);
    this.objects.set(key({ ...obj, ...obj.metadata }), stored);
    this.changes.push({
      rv: this.rv,
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      namespace: obj.metadata.namespace,
    });
    this.writtenAt.set(obj.metadata.name, performance.now());
    for (const wake of [...this.waiters]) wake();
  }

  /** Changes an object in place (a status update). */
  patch(ref: ObjectRef, mutate: (o: KubeObject) => void): void {
    const o = this.objects.get(key(ref));
    if (!o) throw new Error(`no ${key(ref)}`);
    const copy = structuredClone(o);
    mutate(copy);
    this.put(copy);
  }

  async get(ref: ObjectRef): Promise<KubeObject | undefined> {
    this.calls.get++;
    const o = this.objects.get(key(ref));
    return o ? structuredClone(o) : undefined;
  }

  async list(query: KindQuery): Promise<{ items: KubeObject[]; resourceVersion: string }> {
    this.calls.list++;
    const wanted = (query.labelSelector ?? '').split(',').filter(Boolean);
    const items = [...this.objects.values()].filter(
      (o) =>
        matches(query, { apiVersion: o.apiVersion, kind: o.kind, namespace: o.metadata.namespace }) &&
        wanted.every((kv) => {
          const [k = '', v] = kv.split('=');
          return o.metadata.labels?.[k] === v;
        }),
    );
    return { items: structuredClone(items), resourceVersion: String(this.rv) };
  }

  waitForChange(
    queries: readonly { query: KindQuery; resourceVersion: string }[],
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<WaitOutcome> {
    this.calls.waitForChange++;
    const changed = () =>
      queries.some(({ query, resourceVersion }) =>
        this.changes.some((c) => c.rv > Number(resourceVersion) && matches(query, c)),
      );
    if (changed()) return Promise.resolve('changed');
    return new Promise((resolve) => {
      const done = (outcome: WaitOutcome) => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(outcome);
      };
      const wake = () => {
        if (changed()) done('changed');
      };
      const timer = setTimeout(() => done('timeout'), options.timeoutMs);
      options.signal?.addEventListener('abort', () => done('aborted'));
      this.waiters.add(wake);
    });
  }

  async servesKind(apiVersion: string, kind: string): Promise<boolean> {
    this.calls.servesKind++;
    return !this.unserved.has(`${apiVersion} ${kind}`);
  }

  async close(): Promise<void> {}
}
