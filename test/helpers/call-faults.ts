// GitHub faults at every call of a step: the step runs once cleanly through a GitHubPort wrapper that logs each port
// call and the requests it made; then, for each call in turn and each fault, the same step runs again from the
// same starting point with that fault answered to the call's first request, and then once more cleanly. The
// faults are what GitHub does on a bad day: a 5xx, a secondary rate limit with retry-after, a request that never
// gets an answer (the connection closes), a request held with no answer until the client's timeout gives up on it,
// and a 404 (read-after-write lag right after a create).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubPort } from '../../src/github/port.js';
import type { Fault, GitHubSimulator } from '../../src/sandbox/github/simulator.js';

export const FAULTS = {
  '5xx': { status: 502 },
  'secondary-rate-limit': { status: 403, headers: { 'retry-after': '1' } },
  'dropped-connection': { status: 504, delayMs: 150, drop: true },
  // Held past the client's per-request timeout (the test's client gives up after REQUEST_TIMEOUT_MS).
  timeout: { status: 504, hang: true },
  'not-found-after-create': { status: 404 },
  // GitHub performs the write, then the answer is lost (a proxy's timeout): a blind retry would write it twice.
  'lost-answer': { status: 504, drop: true, performed: true },
} satisfies Record<string, Omit<Fault, 'path'>>;
export type FaultKind = keyof typeof FAULTS;

/** The faults every matrix runs by default; `lost-answer` is opt-in (FaultSubject.faults), at write calls only. */
export const DEFAULT_FAULTS: readonly FaultKind[] = [
  '5xx',
  'secondary-rate-limit',
  'dropped-connection',
  'timeout',
  'not-found-after-create',
];

/** The per-request timeout of the test's GitHub clients: short, so a hung request costs the suite little. */
export const REQUEST_TIMEOUT_MS = 5_000;

/** The methods of the GitHubPort interface, read from src/github/port.ts (a new method shows up here). */
export function portMethods(): string[] {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'github', 'port.ts'), 'utf8');
  const start = text.indexOf('export interface GitHubPort {');
  if (start < 0) throw new Error('no GitHubPort interface in src/github/port.ts');
  let depth = 0;
  let end = start;
  for (let i = text.indexOf('{', start); i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}') depth--;
    if (depth === 0) {
      end = i;
      break;
    }
  }
  const body = text.slice(start, end);
  return [...body.matchAll(/^ {2}([a-zA-Z]+)\(/gm)].map((m) => m[1] as string);
}

/**
 * The request path a fault is armed on: the clean run's path, any commit SHA in it matching any SHA. A commit the
 * step writes carries the time it was written, so the faulted run's head (a status's path) is another SHA; the
 * fault is armed just before the call, on its first request, so nothing else can take it.
 */
export function faultPath(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\b[0-9a-f]{40}\b/g, '[0-9a-f]{40}')}$`);
}

export interface PortCall {
  method: string;
  /** `METHOD /path` of each request the call made (retries included). */
  requests: { method: string; path: string }[];
}

/**
 * The port, logging each call; when `inject` names a call index, the fault is armed on that call's first request
 * (as the clean run made it) just before the call.
 */
export function recordingPort(
  port: GitHubPort,
  sim: GitHubSimulator,
  calls: PortCall[],
  inject?: { call: number; request: { method: string; path: string }; fault: FaultKind },
): GitHubPort {
  const methods = new Set(portMethods());
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !methods.has(prop) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const index = calls.length;
        const call: PortCall = { method: prop, requests: [] };
        calls.push(call);
        if (inject?.call === index) {
          sim.faults.push({
            ...FAULTS[inject.fault],
            method: inject.request.method,
            path: faultPath(inject.request.path),
            times: 1,
          });
        }
        const from = sim.requests.length;
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          call.requests = sim.requests.slice(from).map((r) => ({ method: r.method, path: r.path }));
        }
      };
    },
  });
}
