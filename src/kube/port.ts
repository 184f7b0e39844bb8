// The cluster port (docs/architecture.md#layers): what verify-health reads from a cluster. The @kubernetes/client-node
// adapter (client-node-adapter.ts) implements it and is loaded only by verify-health, lazily, so no other bundle
// carries the client; tests hand in the cluster simulator (through the real client) or an in-memory fake.

/** A Kubernetes object as the API server returns it (only the fields the health rules read are typed). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    generation?: number;
    resourceVersion?: string;
    uid?: string;
    creationTimestamp?: string;
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }[];
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [field: string]: unknown;
}

/** One object by identity; `namespace` absent for cluster-scoped kinds. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** A set of objects of one kind: in one namespace, or every namespace when absent. */
export interface KindQuery {
  apiVersion: string;
  kind: string;
  namespace?: string;
  /** A Kubernetes label selector, e.g. `app.kubernetes.io/instance=web`. */
  labelSelector?: string;
}

export interface ListResult {
  items: KubeObject[];
  /** The list's resourceVersion: a watch from here misses no change made after the list. */
  resourceVersion: string;
}

/** Why waitForChange returned. */
export type WaitOutcome = 'changed' | 'timeout' | 'aborted';

export interface KubePort {
  /** The object, or undefined when the API server answers 404 (the object is Missing). */
  get(ref: ObjectRef): Promise<KubeObject | undefined>;
  list(query: KindQuery): Promise<ListResult>;
  /**
   * Resolves as soon as any object matching one of the queries changes after the given list resourceVersion (a
   * watch, not a poll), or when `timeoutMs` passes, or when `signal` aborts. A caller lists, judges, then waits here.
   */
  waitForChange(
    queries: readonly { query: KindQuery; resourceVersion: string }[],
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<WaitOutcome>;
  /** Kinds the API server serves (discovery): `apps/v1 Deployment`, ... A kind it does not serve is never Missing. */
  servesKind(apiVersion: string, kind: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The Argo CD REST API (`argocd-server` + `argocd-token` inputs): one Application as `GET /api/v1/applications/<n>`. */
export interface ArgoCdApiPort {
  getApplication(name: string, options?: { appNamespace?: string }): Promise<KubeObject | undefined>;
}
