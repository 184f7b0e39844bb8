// STUB — being written by the state helper. Signatures are the contract.
import type { Finding } from '../domain/errors.js';
import type { GitopshqConfig, WorkloadConfig } from '../domain/model.js';
import type { Values } from '../domain/values.js';

export interface LoadedWorkload {
  config: WorkloadConfig;
  /** Absolute path of workloads/<name>. */
  dir: string;
  values: {
    base: Values;
    /** values/<env>.yaml by environment (absent file: no key). */
    environments: Record<string, Values>;
    /** values/<env>/<tenant>.yaml by environment, then tenant. */
    tenants: Record<string, Record<string, Values>>;
  };
}

export interface RepoSnapshot {
  /** Absolute path of the checkout. */
  root: string;
  config: GitopshqConfig;
  workloads: Map<string, LoadedWorkload>;
}

/** Reads and validates the whole repository; throws ValidationError listing every problem of every file. */
export async function loadRepo(_root: string): Promise<RepoSnapshot> {
  throw new Error('not implemented yet');
}

/** Every problem in the repository (empty: valid). */
export async function validateRepo(_root: string): Promise<Finding[]> {
  throw new Error('not implemented yet');
}
