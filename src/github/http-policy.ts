// The one place that decides how we talk HTTP to GitHub: which client plugins, how often to retry, which statuses
// are final, how secondary rate limits are honoured, and the error strings GitHub uses. The adapter holds only API
// logic. Every HTTP request (retries included) passes through the counter, so an action can report its budget.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { statusOf } from './failure.js';

/** Messages GitHub sends, by meaning. */
export const GITHUB_MESSAGES = {
  badCredentials: 'Bad credentials',
  requiresAuthentication: 'Requires authentication',
  notAccessibleByIntegration: 'Resource not accessible by integration',
  notFound: 'Not Found',
  validationFailed: 'Validation Failed',
  notMergeable: 'Pull Request is not mergeable',
  headModified: 'Head branch was modified. Review and try the merge again.',
  secondaryRateLimit:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    'If you reach out to GitHub Support for help, please include the request ID.',
} as const;

export const SECONDARY_RATE_LIMIT = /\bsecondary rate limit\b/i;

/** Statuses a retry cannot fix. 403 is here too: a secondary rate limit is a 403 the throttler handles instead. */
export const FINAL_STATUSES = [400, 401, 403, 404, 405, 409, 410, 422, 451];

export const DEFAULT_API_URL = 'https://api.github.com';

/** GITHUB_API_URL as the runner sets it (GitHub Enterprise Server: https://HOST/api/v3), else github.com. */
export function apiUrlFrom(env: NodeJS.ProcessEnv): string {
  const url = env.GITHUB_API_URL?.trim();
  return (url || DEFAULT_API_URL).replace(/\/+$/, '');
}

export interface HttpPolicy {
  /** Retries of a request that failed with 5xx or a network error. */
  retries: number;
  /** Back-off unit: retry n waits n² units. */
  retryBaseMs: number;
  /** Retries after a secondary rate limit, each after the `retry-after` GitHub sent. */
  secondaryRateLimitRetries: number;
  /**
   * `github`: space content-creating requests as GitHub asks (about one a second). `none`: no spacing, for the
   * simulator where a test would otherwise wait seconds for nothing.
   */
  pacing: 'github' | 'none';
  /**
   * Retries of a 404 on a resource this client created moments before (GitHub's read-after-write lag: a new
   * deployment or pull request is not visible to every API node at once), with the 5xx back-off.
   */
  readAfterWriteRetries: number;
  /**
   * How long one request may wait for GitHub's answer (headers and body) before it counts as a network failure and
   * is retried. Without it a request GitHub never answers holds the step until the job's 6-hour limit.
   */
  requestTimeoutMs: number;
}

export const DEFAULT_POLICY: HttpPolicy = {
  retries: 3,
  retryBaseMs: 1000,
  secondaryRateLimitRetries: 3,
  pacing: 'github',
  readAfterWriteRetries: 3,
  // GitHub ends an API request after 10 s on its side; three times that is a hung connection, not a slow answer.
  requestTimeoutMs: 30_000,
};

export interface RequestCounter {
  total: number;
  byRoute: Map<string, number>;
}

export interface ClientOptions {
  token?: string;
  baseUrl: string;
  policy?: Partial<HttpPolicy>;
  /** Where warnings go (a retry, a rate limit); default: nowhere. */
  warn?: (message: string) => void;
  userAgent?: string;
  /** The fetch requests go through (default: the global one); a test's stands in for the network. */
  fetch?: typeof fetch;
}

interface HookOptions {
  method: string;
  url: string;
}

/** `GET /repos/{owner}/{repo}/pulls`; a page URL from a Link header is reduced to its path. */
function routeKey(options: HookOptions, baseUrl: string): string {
  let url = options.url;
  if (/^https?:\/\//.test(url))
    url = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname;
  return `${options.method.toUpperCase()} ${url.split('?')[0]}`;
}

// A Bottleneck-shaped group that runs every job at once, for `pacing: none`.
const UNPACED = {
  key: () => ({
    schedule: <T>(_opts: unknown, job: (...a: unknown[]) => Promise<T>, ...args: unknown[]) => job(...args),
  }),
};

/**
 * `fetch`, giving up on a request that has no complete answer after `ms`. The error it throws reads as a network
 * failure to Octokit (a 500 without a response), so the retry plugin retries it and the step's failure names it.
 */
export function timedFetch(ms: number, inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const res = await inner(input, { ...init, signal });
      // The body is read after this returns: buffer it here, under the same deadline.
      const body = await res.arrayBuffer();
      const buffered = new Response(res.status === 204 || res.status === 304 ? null : body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
      Object.defineProperty(buffered, 'url', { value: res.url });
      return buffered;
    } catch (e) {
      if (!timeout.aborted) throw e;
      const error = new Error(`no answer within ${ms / 1000} s`);
      error.name = 'TimeoutError';
      throw error;
    }
  };
}

export function createClient(options: ClientOptions): { octokit: Octokit; counter: RequestCounter } {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const warn = options.warn ?? (() => {});
  const counter: RequestCounter = { total: 0, byRoute: new Map() };
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  // Registered before retry and throttling, so it sits inside them and sees every attempt.
  const countRequests = (octokit: Pick<Octokit, 'hook'>) => {
    octokit.hook.before('request', (opts: HookOptions) => {
      counter.total += 1;
      const key = routeKey(opts, baseUrl);
      counter.byRoute.set(key, (counter.byRoute.get(key) ?? 0) + 1);
    });
  };

  const Client = Octokit.plugin(countRequests, retry, throttling);
  const unpaced = policy.pacing === 'none' ? { write: UNPACED, notifications: UNPACED, search: UNPACED } : {};
  const octokit = new Client({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl,
    userAgent: options.userAgent ?? 'gitopshq-actions',
    // Failed requests reach the caller as errors; logging them as well would say everything twice.
    log: { debug: () => {}, info: () => {}, warn, error: () => {} },
    request: { fetch: timedFetch(policy.requestTimeoutMs, options.fetch ?? globalThis.fetch) },
    retry: {
      retries: policy.retries,
      retryAfterBaseValue: policy.retryBaseMs,
      doNotRetry: FINAL_STATUSES,
    },
    throttle: {
      // Bottleneck groups are typed as classes; ours only needs key().schedule().
      ...(unpaced as Record<string, never>),
      onSecondaryRateLimit: (retryAfter: number, opts: HookOptions, _o: unknown, retryCount: number) => {
        const again = retryCount < policy.secondaryRateLimitRetries;
        warn(
          `GitHub secondary rate limit on ${routeKey(opts, baseUrl)}: ` +
            (again ? `retrying after ${retryAfter}s (retry ${retryCount + 1})` : 'giving up'),
        );
        return again;
      },
      onRateLimit: (retryAfter: number, opts: HookOptions, _o: unknown, retryCount: number) => {
        // The hourly limit resets at a fixed time; waiting more than a minute inside a job is worse than failing.
        const again = retryCount < 1 && retryAfter <= 60;
        warn(
          `GitHub rate limit exhausted on ${routeKey(opts, baseUrl)}: ` +
            (again ? `retrying after ${retryAfter}s` : `resets in ${retryAfter}s, giving up`),
        );
        return again;
      },
    },
  });
  return { octokit, counter };
}

/**
 * The wait before retry `n` (1, 2, …) of a loop of our own: n² back-off units, the curve Octokit's retry plugin
 * follows for the retries it makes, so a step's retries space out alike whoever makes them.
 */
export function backOffMs(n: number, retryBaseMs: number): number {
  return retryBaseMs * n ** 2;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * `call`, retried while it answers 404, for a call on something this client has just created (see
 * HttpPolicy.readAfterWriteRetries). Anything else, and the last 404, reaches the caller.
 */
export async function retryReadAfterWrite<T>(
  call: () => Promise<T>,
  policy: Partial<HttpPolicy> | undefined,
  warn: (message: string) => void = () => {},
): Promise<T> {
  const { readAfterWriteRetries, retryBaseMs } = { ...DEFAULT_POLICY, ...policy };
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (statusOf(e) !== 404 || attempt >= readAfterWriteRetries) throw e;
      const wait = backOffMs(attempt + 1, retryBaseMs);
      warn(
        `GitHub answered 404 for something created moments ago (read-after-write lag): retrying in ${wait} ms`,
      );
      await sleep(wait);
    }
  }
}
