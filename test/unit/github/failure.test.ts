// How a failed GitHub call reads in a step's error: what GitHub answered to which request, or that it did not
// answer, and that a re-run picks up where the run stopped; anything else is not a GitHub failure.
import { describe, expect, it } from 'vitest';
import { explainGitHubFailure } from '../../../src/github/failure.js';

const request = { method: 'POST', url: 'https://ghe.example/api/v3/repos/acme/gitops/deployments' };

describe('explainGitHubFailure', () => {
  it('names the status, the request and what GitHub said', () => {
    const e = Object.assign(new Error('Server Error'), {
      status: 502,
      request,
      response: { data: { message: 'Server Error' } },
    });
    expect(explainGitHubFailure(e)).toBe(
      'GitHub answered 502 to POST /api/v3/repos/acme/gitops/deployments: Server Error; the writes before it stand; re-run the step (it picks up where this run stopped)',
    );
  });

  it('says when GitHub did not answer at all', () => {
    const e = Object.assign(new Error('other side closed'), { status: 500, request });
    expect(explainGitHubFailure(e)).toMatch(
      /^GitHub did not answer POST \/api\/v3\/repos\/acme\/gitops\/deployments \(other side closed\) after retries/,
    );
  });

  it('is undefined for anything that is not a failed HTTP call', () => {
    expect(explainGitHubFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(explainGitHubFailure(Object.assign(new Error('no'), { status: 404 }))).toBeUndefined();
    expect(explainGitHubFailure(undefined)).toBeUndefined();
  });
});
