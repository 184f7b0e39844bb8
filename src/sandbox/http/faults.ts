// Failures a test injects into a simulator: an answer that fails (a status, after a delay, a given number of
// times) and a response body that is corrupted before it is checked (to prove the contract check catches drift).
// What a failing answer says is the simulated service's business (see the GitHub simulator's `faultReply`).

export interface Fault {
  method?: string;
  /** Matched against the request's path as the simulator's log shows it (for GitHub, after /api/v3). */
  path: RegExp;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  delayMs?: number;
  headers?: Record<string, string>;
  message?: string;
}

/** A test hook that changes a response body before it is validated (to prove validation catches drift). */
export interface Tamper {
  method?: string;
  path: RegExp;
  mutate: (body: unknown) => unknown;
}

function matches(rule: { method?: string; path: RegExp }, method: string, path: string): boolean {
  return (!rule.method || rule.method.toUpperCase() === method) && rule.path.test(path);
}

/** The first fault with uses left that matches, counted as used; undefined when the request should go through. */
export function takeFault(faults: readonly Fault[], method: string, path: string): Fault | undefined {
  const fault = faults.find((f) => matches(f, method, path) && (f.times ?? 1) > 0);
  if (fault) fault.times = (fault.times ?? 1) - 1;
  return fault;
}

/** `body` after every matching tamper has had its way with it. */
export function tamperWith(tampers: readonly Tamper[], method: string, path: string, body: unknown): unknown {
  let out = body;
  for (const t of tampers) if (matches(t, method, path)) out = t.mutate(out);
  return out;
}
