// The creating writes of the Octokit adapter, each made once even when GitHub's answer is lost (create-once.ts):
// one attempt at the POST with the client's retries off, and the natural key each object is found again by.
// Deployment: ref, environment, task, payload and description (the project's convention is one Deployment per
// deploy commit and environment, docs/architecture.md#github-facts). Deployment status: the deployment's newest
// status already says it. Issue: an open issue with this title and body. Comment: a comment with this body.
import type { Octokit } from '@octokit/rest';
import { createOnce, NO_RETRY, sameJson } from './create-once.js';
import type { HttpPolicy } from './http-policy.js';
import type { DeploymentInput, DeploymentStatusInput } from './port.js';

/** What a create needs of the adapter. */
export interface RestContext {
  octokit: Octokit;
  repo: { owner: string; repo: string };
  policy: Partial<HttpPolicy> | undefined;
  warn: ((message: string) => void) | undefined;
}

type Rest = Octokit['rest'];
type RawDeployment = Awaited<ReturnType<Rest['repos']['listDeployments']>>['data'][number];
type DeploymentAnswer = Awaited<ReturnType<Rest['repos']['createDeployment']>>['data'];
type RawIssue = Awaited<ReturnType<Rest['issues']['create']>>['data'];
type RawComment = Awaited<ReturnType<Rest['issues']['createComment']>>['data'];

/** POST /deployments once; GitHub's 202 (no deployment) is returned as GitHub answered it. */
export function createDeploymentOnce(
  c: RestContext,
  input: DeploymentInput,
): Promise<DeploymentAnswer | RawDeployment> {
  const task = input.task ?? 'deploy';
  return createOnce<DeploymentAnswer | RawDeployment>(
    {
      what: `deployment of ${input.ref} to ${input.environment}`,
      create: async () =>
        (
          await c.octokit.rest.repos.createDeployment({
            ...c.repo,
            ...NO_RETRY,
            ref: input.ref,
            environment: input.environment,
            task,
            auto_merge: false,
            required_contexts: input.requiredContexts ?? [],
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.payload !== undefined ? { payload: input.payload } : {}),
            ...(input.productionEnvironment !== undefined
              ? { production_environment: input.productionEnvironment }
              : {}),
            ...(input.transientEnvironment !== undefined
              ? { transient_environment: input.transientEnvironment }
              : {}),
          })
        ).data,
      find: async () => {
        const { data } = await c.octokit.rest.repos.listDeployments({
          ...c.repo,
          ref: input.ref,
          environment: input.environment,
          task,
          per_page: 100,
        });
        return data.find(
          (d) =>
            sameJson(d.payload ?? {}, input.payload ?? {}) &&
            (d.description ?? null) === (input.description ?? null),
        );
      },
    },
    c.policy,
    c.warn,
  );
}

/** POST /deployments/{id}/statuses once (the caller shortens the description to GitHub's 140 characters). */
export async function createDeploymentStatusOnce(
  c: RestContext,
  deploymentId: number,
  status: DeploymentStatusInput,
): Promise<void> {
  await createOnce(
    {
      what: `${status.state} status of deployment ${deploymentId}`,
      create: async () => {
        await c.octokit.rest.repos.createDeploymentStatus({
          ...c.repo,
          ...NO_RETRY,
          deployment_id: deploymentId,
          state: status.state,
          ...(status.description !== undefined ? { description: status.description } : {}),
          ...(status.environmentUrl !== undefined ? { environment_url: status.environmentUrl } : {}),
          ...(status.logUrl !== undefined ? { log_url: status.logUrl } : {}),
        });
        return true;
      },
      find: async () => {
        const { data } = await c.octokit.rest.repos.listDeploymentStatuses({
          ...c.repo,
          deployment_id: deploymentId,
          per_page: 1,
        });
        const newest = data[0];
        const same =
          newest?.state === status.state && (newest.description ?? '') === (status.description ?? '');
        return same ? true : undefined;
      },
    },
    c.policy,
    c.warn,
  );
}

/** POST /issues once. */
export function createIssueOnce(
  c: RestContext,
  input: { title: string; body: string; labels?: string[] },
): Promise<RawIssue> {
  return createOnce(
    {
      what: `issue "${input.title}"`,
      create: async () => (await c.octokit.rest.issues.create({ ...c.repo, ...input, ...NO_RETRY })).data,
      find: async () => {
        const { data } = await c.octokit.rest.issues.listForRepo({
          ...c.repo,
          state: 'open',
          ...(input.labels && input.labels.length > 0 ? { labels: input.labels.join(',') } : {}),
          sort: 'created',
          direction: 'desc',
          per_page: 100,
        });
        return data.find((i) => !i.pull_request && i.title === input.title && (i.body ?? '') === input.body);
      },
    },
    c.policy,
    c.warn,
  );
}

/** POST /issues/{number}/comments once. */
export function createCommentOnce(c: RestContext, number: number, body: string): Promise<RawComment> {
  return createOnce(
    {
      what: `comment on #${number}`,
      create: async () =>
        (await c.octokit.rest.issues.createComment({ ...c.repo, issue_number: number, body, ...NO_RETRY }))
          .data,
      find: async () => {
        const comments = await c.octokit.paginate(c.octokit.rest.issues.listComments, {
          ...c.repo,
          issue_number: number,
          per_page: 100,
        });
        return comments.find((x) => x.body === body);
      },
    },
    c.policy,
    c.warn,
  );
}

type MergeAnswer = Awaited<ReturnType<Rest['pulls']['merge']>>['data'];

/**
 * PUT /pulls/{number}/merge once: a retry of a merge that landed would meet a merged pull request (405 "not
 * mergeable"), so after an unknown outcome a pull request merged at `sha` (or at any head, without one) is the
 * answer.
 */
export function mergeOnce(
  c: RestContext,
  number: number,
  params: {
    merge_method: 'merge' | 'squash' | 'rebase';
    sha?: string;
    commit_title?: string;
    commit_message?: string;
  },
): Promise<MergeAnswer> {
  return createOnce<MergeAnswer>(
    {
      what: `merge of #${number}`,
      create: async () =>
        (await c.octokit.rest.pulls.merge({ ...c.repo, ...NO_RETRY, pull_number: number, ...params })).data,
      find: async () => {
        const { data } = await c.octokit.rest.pulls.get({ ...c.repo, pull_number: number });
        const landed = data.merged && data.merge_commit_sha && (!params.sha || data.head.sha === params.sha);
        return landed
          ? { sha: data.merge_commit_sha ?? '', merged: true, message: 'Pull Request successfully merged' }
          : undefined;
      },
    },
    c.policy,
    c.warn,
  );
}
