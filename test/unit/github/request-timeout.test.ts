// A GitHub request that never gets an answer: the client gives up after the policy's per-request timeout, retries
// it as a network failure, and the step's error says which request GitHub did not answer. Without the timeout the
// call would wait until the job's 6-hour limit. The network is a fetch that answers only when told to.
import { describe, expect, it } from 'vitest';
import { explainGitHubFailure } from '../../../src/github/failure.js';
import { createClient } from '../../../src/github/http-policy.js';

/** A fetch that hangs for the first `hangs` requests (until aborted), then answers `{ ok: true }`. */
function network(hangs: number) {
  const seen: string[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    seen.push(`${init?.method} ${String(input)}`);
    if (seen.length > hangs) {
      return new Response(JSON.stringify({ ok: true }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    return new Promise<Response>((_, reject) => {
      if (init?.signal?.aborted) reject(init.signal.reason);
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const policy = { pacing: 'none' as const, retryBaseMs: 1, requestTimeoutMs: 50, retries: 2 };

describe('per-request timeout', () => {
  it('retries a request that hangs and carries on when the retry is answered', async () => {
    const net = network(1);
    const { octokit } = createClient({ baseUrl: 'https://api.example', policy, fetch: net.fetch });
    const t0 = Date.now();
    const res = await octokit.request('POST /repos/{owner}/{repo}/deployments', {
      owner: 'acme',
      repo: 'gitops',
      ref: 'main',
    });
    expect(res.data).toEqual({ ok: true });
    expect(net.seen).toHaveLength(2);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('fails with "GitHub did not answer" naming the request once every retry hung', async () => {
    const net = network(99);
    const { octokit } = createClient({ baseUrl: 'https://api.example', policy, fetch: net.fetch });
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/deployments', { owner: 'acme', repo: 'gitops', ref: 'main' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(net.seen).toHaveLength(3);
    expect(explainGitHubFailure(error)).toMatch(
      /^GitHub did not answer POST \/repos\/acme\/gitops\/deployments \(no answer within 0\.05 s\) after retries: /,
    );
  });

  it('leaves a caller abort an abort (not a timeout)', async () => {
    const net = network(99);
    const { octokit } = createClient({
      baseUrl: 'https://api.example',
      policy: { ...policy, requestTimeoutMs: 60_000 },
      fetch: net.fetch,
    });
    const abort = new AbortController();
    const call = octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'acme',
      repo: 'gitops',
      request: { signal: abort.signal },
    });
    abort.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(net.seen).toHaveLength(1);
  });
});
