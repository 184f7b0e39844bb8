// A create that GitHub may have performed though its answer was lost (a timeout, a dropped connection, a 502 from a
// proxy after the write landed). Retrying such a POST blindly makes a second deployment, issue or comment, so a
// create goes out with the client's own retries off, and after a failure that leaves it unknown whether the write
// landed (a 5xx or no answer), the object is first looked up by its natural key: found, it is the answer; not
// found, the create is sent again, with the same back-off as every other retry (http-policy.ts). A failure that
// says the write did not happen (a 4xx) reaches the caller as before. docs/architecture.md#github-facts.
import { statusOf } from './failure.js';
import { backOffMs, DEFAULT_POLICY, type HttpPolicy, sleep } from './http-policy.js';

/** Octokit request options that turn the retry plugin off for one request (the throttler still waits out 403s). */
export const NO_RETRY = { request: { retries: 0 } } as const;

/**
 * True when a failed request may still have been performed: GitHub answered 5xx, or nothing came back (Octokit
 * reports a network failure or our timeout as a 500 without a response). A 4xx is GitHub saying it did not.
 */
export function mayHaveLanded(e: unknown): boolean {
  const status = statusOf(e);
  return status === undefined || status >= 500;
}

export interface CreateOnce<T> {
  /** One attempt of the create, with NO_RETRY passed to Octokit. */
  create(): Promise<T>;
  /** The object this create makes, if it already exists (an earlier attempt landed). */
  find(): Promise<T | undefined>;
  /** What is created, for the warning: `deployment of abc1234 to dev`. */
  what: string;
}

/**
 * Runs `c.create` at most 1 + policy.retries times; after each unknown outcome, `c.find` decides whether that
 * attempt landed after all. The last failure reaches the caller.
 */
export async function createOnce<T>(
  c: CreateOnce<T>,
  policy: Partial<HttpPolicy> | undefined,
  warn: (message: string) => void = () => {},
): Promise<T> {
  const { retries, retryBaseMs } = { ...DEFAULT_POLICY, ...policy };
  for (let attempt = 0; ; attempt++) {
    try {
      return await c.create();
    } catch (e) {
      if (!mayHaveLanded(e)) throw e;
      await sleep(backOffMs(attempt + 1, retryBaseMs));
      // Looked up after the last attempt too: a create that landed is the step's success, not its failure.
      const found = await c.find();
      if (found !== undefined) {
        warn(`GitHub created the ${c.what} though its answer was lost: using it, not creating another`);
        return found;
      }
      if (attempt >= retries) throw e;
      warn(`GitHub did not create the ${c.what} (${statusOf(e) ?? 'no answer'}): retrying`);
    }
  }
}

/** `a` and `b` as the same JSON value, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
