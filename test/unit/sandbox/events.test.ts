import { describe, expect, it } from 'vitest';
import {
  fakeSha,
  type PullRequestSpec,
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
  repositoryDispatchEvent,
  type WorkflowEvent,
  workflowDispatchEvent,
} from '../../../src/sandbox/events/index.js';
import { githubOpenApi } from '../../../src/sandbox/github/openapi.js';
import { webhookErrors } from './webhook-schemas.js';

const head = { ref: 'gitopshq/release/web-api-staging', sha: fakeSha('head') };
const base = { ref: 'main', sha: fakeSha('base') };
const pr: PullRequestSpec = {
  number: 7,
  title: 'web-api: image.tag=1.4.2 (staging)',
  head,
  base,
  body: 'notes',
};

const cases: [string, WorkflowEvent, string][] = [
  ['pull_request opened', pullRequestEvent({ ...pr, action: 'opened' }), 'webhook-pull-request-opened'],
  [
    'pull_request opened as draft',
    pullRequestEvent({ ...pr, action: 'opened', draft: true }),
    'webhook-pull-request-opened',
  ],
  [
    'pull_request synchronize',
    pullRequestEvent({ ...pr, action: 'synchronize' }),
    'webhook-pull-request-synchronize',
  ],
  [
    'pull_request ready_for_review',
    pullRequestEvent({ ...pr, action: 'ready_for_review' }),
    'webhook-pull-request-ready-for-review',
  ],
  [
    'pull_request converted_to_draft',
    pullRequestEvent({ ...pr, action: 'converted_to_draft', draft: true }),
    'webhook-pull-request-converted-to-draft',
  ],
  [
    'pull_request closed, merged',
    pullRequestEvent({ ...pr, action: 'closed', merged: { by: 'rev-bob', commitSha: fakeSha('merge') } }),
    'webhook-pull-request-closed',
  ],
  [
    'pull_request closed, not merged',
    pullRequestEvent({ ...pr, action: 'closed' }),
    'webhook-pull-request-closed',
  ],
  ...(['approved', 'changes_requested', 'commented'] as const).map(
    (state): [string, WorkflowEvent, string] => [
      `pull_request_review submitted ${state}`,
      pullRequestReviewEvent({ state, reviewer: 'rev-bob', pullRequest: pr }),
      'webhook-pull-request-review-submitted',
    ],
  ),
  [
    'push',
    pushEvent({
      ref: 'refs/heads/main',
      before: base.sha,
      after: fakeSha('merge'),
      commits: [
        {
          id: fakeSha('merge'),
          message: 'Merge pull request #7',
          modified: ['workloads/web-api/values/staging.yaml'],
        },
      ],
    }),
    'webhook-push',
  ],
  [
    'push deleting a branch',
    pushEvent({ ref: 'refs/heads/old', before: base.sha, after: '0'.repeat(40), deleted: true }),
    'webhook-push',
  ],
  [
    'workflow_dispatch',
    workflowDispatchEvent({
      ref: 'refs/heads/main',
      workflow: '.github/workflows/gitopshq-promote.yml',
      inputs: { 'release-id': 'web-api-staging-20260115-a1b2c3' },
    }),
    'webhook-workflow-dispatch',
  ],
  [
    'workflow_dispatch without inputs',
    workflowDispatchEvent({ ref: 'refs/heads/main', workflow: '.github/workflows/gitopshq-promote.yml' }),
    'webhook-workflow-dispatch',
  ],
  [
    'repository_dispatch',
    repositoryDispatchEvent({
      eventType: 'gitopshq-release',
      clientPayload: { workload: 'web-api', updates: 'image.tag=1.4.2' },
    }),
    'webhook-repository-dispatch-sample',
  ],
];

describe('sandbox event payloads', () => {
  it.each(cases)('%s validates against the official webhook schema', (_, event, schema) => {
    expect(webhookErrors(schema, event.payload)).toEqual([]);
  });

  it('the schemas are strict enough to reject a payload missing a required field', () => {
    const { payload } = pullRequestEvent({ ...pr, action: 'opened' });
    const broken = { ...payload, pull_request: { ...(payload.pull_request as object), head: undefined } };
    expect(webhookErrors('webhook-pull-request-opened', JSON.parse(JSON.stringify(broken)))).not.toEqual([]);
    const review = pullRequestReviewEvent({
      state: 'approved',
      reviewer: 'rev-bob',
      pullRequest: pr,
    }).payload;
    expect(
      webhookErrors('webhook-pull-request-review-submitted', { ...review, action: 'dismissed' }),
    ).not.toEqual([]);
    const push = pushEvent({ ref: 'refs/heads/main', before: base.sha, after: head.sha }).payload;
    expect(webhookErrors('webhook-push', { ...push, forced: 'no' })).not.toEqual([]);
  });

  it('carries what the actions read: numbers, shas, merge facts, lower-case review states', () => {
    const merged = pullRequestEvent({
      ...pr,
      action: 'closed',
      merged: { by: 'rev-bob', commitSha: fakeSha('m') },
    });
    expect(merged.name).toBe('pull_request');
    expect(merged.payload).toMatchObject({
      action: 'closed',
      number: 7,
      pull_request: {
        merged: true,
        merge_commit_sha: fakeSha('m'),
        head: { sha: head.sha },
        base: { ref: 'main' },
      },
      sender: { login: 'rev-bob' },
    });
    const sync = pullRequestEvent({ ...pr, action: 'synchronize', before: base.sha });
    expect(sync.payload).toMatchObject({ before: base.sha, after: head.sha });
    const review = pullRequestReviewEvent({
      state: 'changes_requested',
      reviewer: 'rev-carol',
      pullRequest: pr,
    });
    expect(review.payload).toMatchObject({
      action: 'submitted',
      review: { state: 'changes_requested', user: { login: 'rev-carol' }, commit_id: head.sha },
    });
    const dispatch = repositoryDispatchEvent({ eventType: 'build-done', clientPayload: { tag: '1.4.2' } });
    expect(dispatch.payload).toMatchObject({ action: 'build-done', client_payload: { tag: '1.4.2' } });
  });

  it('points URLs at the server and API it is given (the simulator)', () => {
    const repo = {
      owner: 'acme',
      name: 'gitops',
      serverUrl: 'http://127.0.0.1:9',
      apiUrl: 'http://127.0.0.1:9/api/v3',
    };
    const event = pullRequestEvent({ ...pr, repo, action: 'opened' });
    expect(event.payload).toMatchObject({
      pull_request: {
        html_url: 'http://127.0.0.1:9/acme/gitops/pull/7',
        url: 'http://127.0.0.1:9/api/v3/repos/acme/gitops/pulls/7',
      },
      repository: { full_name: 'acme/gitops', clone_url: 'http://127.0.0.1:9/acme/gitops.git' },
    });
    expect(webhookErrors('webhook-pull-request-opened', event.payload)).toEqual([]);
  });

  it('builds the same objects as the REST API: the payload parts also validate as REST responses', () => {
    const api = githubOpenApi();
    const opened = pullRequestEvent({ ...pr, action: 'opened', labels: ['release'] }).payload;
    const merged = pullRequestEvent({
      ...pr,
      action: 'closed',
      merged: { by: 'rev-bob', commitSha: fakeSha('m') },
    }).payload;
    const reviewed = pullRequestReviewEvent({
      state: 'approved',
      reviewer: 'rev-bob',
      pullRequest: pr,
      body: 'LGTM',
    }).payload;
    const getPull = api.operation('GET', '/repos/{owner}/{repo}/pulls/{pull_number}');
    expect(api.checkResponse(getPull, 200, opened.pull_request)).toBeUndefined();
    expect(api.checkResponse(getPull, 200, merged.pull_request)).toBeUndefined();
    const getReview = api.operation('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}');
    // Only spelling differs: webhooks write the state in lower case (REST upper) and allow a null body (REST: '').
    const review = reviewed.review as Record<string, unknown>;
    expect(review.state).toBe('approved');
    expect(api.checkResponse(getReview, 200, { ...review, state: 'APPROVED' })).toBeUndefined();
    // And the check can fail: a pull request without its head is not a REST pull request either.
    expect(
      api.checkResponse(getPull, 200, { ...(opened.pull_request as object), head: undefined }),
    ).toBeDefined();
  });
});
