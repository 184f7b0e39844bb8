// Event payloads shaped as GitHub sends them, for GITHUB_EVENT_PATH in e2e tests and the sandbox. Each factory's
// output is checked against @octokit/openapi-webhooks' schemas in test/unit/sandbox/events.test.ts.
import { review } from '../github/factories.js';
import {
  accountOf,
  DEFAULT_REPOSITORY,
  DEFAULT_TIME,
  type EventRepository,
  repoInfoOf,
  repository,
  stableId,
  urlsOf,
  user,
} from './objects.js';
import { type PullRequestSpec, pullRequest } from './pull-request.js';

export { DEFAULT_REPOSITORY, type EventRepository } from './objects.js';
export type { PullRequestSpec } from './pull-request.js';

export type EventName =
  | 'pull_request'
  | 'pull_request_review'
  | 'push'
  | 'workflow_dispatch'
  | 'repository_dispatch';

export interface WorkflowEvent<N extends EventName = EventName> {
  name: N;
  payload: Record<string, unknown>;
}

export type PullRequestAction =
  | 'opened'
  | 'synchronize'
  | 'ready_for_review'
  | 'converted_to_draft'
  | 'closed'
  | 'reopened';

export interface PullRequestEventSpec extends PullRequestSpec {
  action: PullRequestAction;
  /** Who caused the event (default: the author, or the merger for a merge). */
  sender?: string;
  /** synchronize: the head before the push (default: a made-up sha). */
  before?: string;
}

export function pullRequestEvent(spec: PullRequestEventSpec): WorkflowEvent<'pull_request'> {
  const repo = spec.repo ?? DEFAULT_REPOSITORY;
  if (spec.action === 'closed' && spec.state === 'open') throw new Error('a closed event needs a closed PR');
  const pr = pullRequest({
    ...spec,
    state: spec.action === 'closed' ? 'closed' : (spec.state ?? 'open'),
    merged: spec.action === 'closed' ? spec.merged : undefined,
  });
  const sender =
    spec.sender ?? (spec.action === 'closed' && spec.merged ? spec.merged.by : (spec.author ?? 'dev-alice'));
  const payload: Record<string, unknown> = {
    action: spec.action,
    number: spec.number,
    pull_request: pr,
    repository: repository(repo),
    sender: user(sender, repo),
  };
  if (spec.action === 'synchronize') {
    payload.before = spec.before ?? fakeSha(`before:${spec.head.sha}`);
    payload.after = spec.head.sha;
  }
  return { name: 'pull_request', payload };
}

export type ReviewState = 'approved' | 'changes_requested' | 'commented';

export interface PullRequestReviewEventSpec {
  /** As webhooks spell it: lower case (REST spells it in upper case). */
  state: ReviewState;
  reviewer: string;
  pullRequest: PullRequestSpec;
  /** The commit reviewed (default: the head). */
  commitId?: string;
  body?: string | null;
  submittedAt?: string;
}

export function pullRequestReviewEvent(
  spec: PullRequestReviewEventSpec,
): WorkflowEvent<'pull_request_review'> {
  const prSpec = spec.pullRequest;
  const repo = prSpec.repo ?? DEFAULT_REPOSITORY;
  const pr = pullRequest(prSpec);
  const id = stableId('review', repo.owner, repo.name, prSpec.number, spec.reviewer, spec.submittedAt ?? '');
  const reviewer = accountOf(spec.reviewer);
  return {
    name: 'pull_request_review',
    payload: {
      action: 'submitted',
      review: review(
        urlsOf(repo),
        repoInfoOf(repo),
        prSpec.number,
        {
          id,
          user: spec.reviewer,
          state: spec.state,
          body: spec.body ?? null,
          commitId: spec.commitId ?? prSpec.head.sha,
          submittedAt: spec.submittedAt ?? DEFAULT_TIME,
        },
        reviewer,
        'MEMBER',
      ),
      pull_request: pr,
      repository: repository(repo),
      sender: user(spec.reviewer, repo),
    },
  };
}

export interface PushCommit {
  id: string;
  message: string;
  author?: string;
  timestamp?: string;
  added?: string[];
  modified?: string[];
  removed?: string[];
}

export interface PushEventSpec {
  /** `refs/heads/main`. */
  ref: string;
  before: string;
  after: string;
  commits?: PushCommit[];
  pusher?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  repo?: EventRepository;
}

export function pushEvent(spec: PushEventSpec): WorkflowEvent<'push'> {
  const repo = spec.repo ?? DEFAULT_REPOSITORY;
  const web = (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const pusher = spec.pusher ?? 'dev-alice';
  const commits = (spec.commits ?? [{ id: spec.after, message: 'Update' }]).map((c) => {
    const author = c.author ?? pusher;
    const person = { name: author, email: `${author}@users.noreply.github.com`, username: author };
    return {
      id: c.id,
      tree_id: fakeSha(`tree:${c.id}`),
      distinct: true,
      message: c.message,
      timestamp: c.timestamp ?? DEFAULT_TIME,
      url: `${web}/${repo.owner}/${repo.name}/commit/${c.id}`,
      author: person,
      committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
      added: c.added ?? [],
      removed: c.removed ?? [],
      modified: c.modified ?? [],
    };
  });
  const deleted = spec.deleted ?? false;
  return {
    name: 'push',
    payload: {
      ref: spec.ref,
      before: spec.before,
      after: spec.after,
      repository: repository(repo, 'push'),
      pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
      sender: user(pusher, repo),
      created: spec.created ?? false,
      deleted,
      forced: spec.forced ?? false,
      base_ref: null,
      compare: `${web}/${repo.owner}/${repo.name}/compare/${spec.before.slice(0, 12)}...${spec.after.slice(0, 12)}`,
      commits: deleted ? [] : commits,
      head_commit: deleted ? null : (commits.at(-1) ?? null),
    },
  };
}

export interface WorkflowDispatchEventSpec {
  /** `refs/heads/main`. */
  ref: string;
  /** Every input arrives as a string, whatever its declared type (booleans too: GitHub sends what the form held). */
  inputs?: Record<string, string | boolean | number> | null;
  /** The workflow file, `.github/workflows/promote.yml`. */
  workflow: string;
  sender?: string;
  repo?: EventRepository;
}

export function workflowDispatchEvent(spec: WorkflowDispatchEventSpec): WorkflowEvent<'workflow_dispatch'> {
  const repo = spec.repo ?? DEFAULT_REPOSITORY;
  return {
    name: 'workflow_dispatch',
    payload: {
      inputs: spec.inputs === undefined ? null : spec.inputs,
      ref: spec.ref,
      repository: repository(repo),
      sender: user(spec.sender ?? 'release-erin', repo),
      workflow: spec.workflow,
    },
  };
}

export interface RepositoryDispatchEventSpec {
  /** The `event_type` sent to POST /repos/{owner}/{repo}/dispatches: the payload's `action`. */
  eventType: string;
  clientPayload?: Record<string, unknown> | null;
  /** The default branch, which the run checks out. */
  branch?: string;
  sender?: string;
  repo?: EventRepository;
}

export function repositoryDispatchEvent(
  spec: RepositoryDispatchEventSpec,
): WorkflowEvent<'repository_dispatch'> {
  const repo = spec.repo ?? DEFAULT_REPOSITORY;
  const installationId = stableId('installation', repo.owner);
  return {
    name: 'repository_dispatch',
    payload: {
      action: spec.eventType,
      branch: spec.branch ?? repo.defaultBranch ?? 'main',
      client_payload: spec.clientPayload === undefined ? {} : spec.clientPayload,
      repository: repository(repo),
      sender: user(spec.sender ?? 'gitopshq-bot', repo),
      installation: { id: installationId, node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${installationId}` },
    },
  };
}

/** A 40-hex sha derived from `seed`, for fields a test does not care about. */
export function fakeSha(seed: string): string {
  let out = '';
  for (let i = 0; out.length < 40; i++) out += stableId(seed, i).toString(16).padStart(8, '0');
  return out.slice(0, 40);
}
