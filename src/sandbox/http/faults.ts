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
  /** No answer at all: after `delayMs` the connection is closed (a gateway timeout, as the client sees it). */
  drop?: boolean;
  /**
   * No answer and no closed connection: the request is held, unperformed, until the client gives up on it (its
   * timeout) or a minute passes. A client without a request timeout waits here.
   */
  hang?: boolean;
  /**
   * With `drop`: the request is performed first (a write lands), then the connection closes unanswered, as when a
   * timeout or a proxy loses the answer; a client that retries meets its own write.
   */
  performed?: boolean;
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

/** A request that changes the service's state: any API method but GET/HEAD, and a git push (`git-receive-pack`). */
export function isWrite(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  // git fetches POST to git-upload-pack: a read.
  return !path.endsWith('/git-upload-pack');
}

/**
 * A client killed right after one of its writes, as a crash of the runner would leave things: write number `at`
 * (counted from `arm`) is performed, its answer is never sent, `onCut` runs (a test kills the client there), and
 * from then on every request has its connection dropped, so nothing more of that run reaches the service, until
 * `disarm`. Unarmed, it only counts writes (how many an uninterrupted run makes).
 */
export class WriteCut {
  /** Writes since the last `arm`/`count`. */
  writes = 0;
  private at: number | undefined;
  private onCut: (() => void) | undefined;
  /** True once the cut happened: requests are being dropped. */
  cut = false;

  /** Starts counting writes from zero, cutting nothing. */
  count(): void {
    this.writes = 0;
    this.at = undefined;
    this.onCut = undefined;
    this.cut = false;
  }

  arm(at: number, onCut?: () => void): void {
    this.count();
    this.at = at;
    this.onCut = onCut;
  }

  disarm(): void {
    this.count();
  }

  /** Called for each request before it is served: true when this request is the write to cut after. */
  seen(method: string, path: string): boolean {
    if (!isWrite(method, path)) return false;
    this.writes += 1;
    return this.at !== undefined && this.writes === this.at;
  }

  /** The write was performed: from now on the client is gone. */
  trip(): void {
    this.cut = true;
    this.onCut?.();
  }
}
