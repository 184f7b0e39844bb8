// The shapes every health rule shares. Kept apart from index.ts so the rule files and the dispatcher do not import
// each other.

import type { HealthStatus } from '../model.js';

export type { HealthStatus };

/** A live object as the API server returns it; structurally the kube port's KubeObject (domain imports nothing). */
export interface LiveObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    generation?: number;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
    deletionTimestamp?: string;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface HealthVerdict {
  status: HealthStatus;
  /** One line a person can act on, e.g. `pod web-7f9 container app: CrashLoopBackOff, 6 restarts`. */
  message: string;
}

/** A rule judges one kind. `subject` names the object for messages (`deployment web`). */
export type HealthRule = (obj: LiveObject, subject: string) => HealthVerdict;
