// A failed GitHub call as a step reports it: what GitHub answered to which request, or that it did not answer, after
// the HTTP policy's retries (http-policy.ts). No Octokit import: the action runtime reads it on every failure, and
// a run that never talked to GitHub must not load the client for it.

interface FailedCall {
  status?: unknown;
  message?: unknown;
  request?: { method?: unknown; url?: unknown };
  response?: { data?: unknown };
}

/** The HTTP status of a failed Octokit call, or undefined for anything else. */
export function statusOf(e: unknown): number | undefined {
  const status = (e as FailedCall | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's own message of a failed call (`response.data.message`), falling back to the error's. */
export function messageOf(e: unknown): string {
  const data = (e as FailedCall | null)?.response?.data;
  if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
    return data.message;
  }
  const m = (e as FailedCall | null)?.message;
  return typeof m === 'string' ? m : String(e);
}

/**
 * `GitHub answered 502 to POST /repos/acme/gitops/deployments: Server Error; …`, or undefined for anything that is
 * not a failed HTTP call. The writes made before the call stand and every step finds them again on a re-run, so
 * the advice is always the same.
 */
export function explainGitHubFailure(e: unknown): string | undefined {
  const err = e as FailedCall | null;
  const status = err?.status;
  const method = err?.request?.method;
  const url = err?.request?.url;
  if (typeof status !== 'number' || typeof method !== 'string' || typeof url !== 'string') return undefined;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // A relative URL is already a path.
  }
  const said = messageOf(e);
  const what = `${method.toUpperCase()} ${path}`;
  const advice = 'the writes before it stand; re-run the step (it picks up where this run stopped)';
  if (err?.response === undefined) return `GitHub did not answer ${what} (${said}) after retries: ${advice}`;
  return `GitHub answered ${status} to ${what}: ${said}; ${advice}`;
}
