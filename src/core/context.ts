// The workflow run's context, read from the runner's environment and event file. We read it ourselves rather
// than through @actions/github so that a bundle that only validates inputs does not load Octokit at startup.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../domain/errors.js';
import { isPlainObject } from '../domain/plain-object.js';
import { sizeText } from '../domain/size-text.js';

/** GitHub caps a webhook payload at 25 MB; a bigger event file is not one GitHub wrote, and is not read. */
export const MAX_EVENT_BYTES = 25 * 1024 * 1024;

export interface ActionContext {
  owner: string;
  repo: string;
  /** `owner/repo`. */
  repository: string;
  eventName: string;
  /** The webhook payload from GITHUB_EVENT_PATH (empty when there is none, as for a local run). */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  actor: string;
  /**
   * Who started this attempt: on a re-run, the person who re-ran it (GITHUB_TRIGGERING_ACTOR), where `actor` stays
   * the first run's. A permission check (promote's skip-waves) judges this one, so a re-run never borrows a role.
   */
  triggeringActor: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runAttempt: string;
  /** Link to this run's page, for comments and summaries. */
  runUrl: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
  return {
    owner,
    repo,
    repository,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runId,
    runAttempt,
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}` : '',
  };
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    const { size } = statSync(path);
    if (size > MAX_EVENT_BYTES) {
      throw new UserError(
        `the event payload GITHUB_EVENT_PATH=${path} is ${sizeText(size)}, more than GitHub ever sends (${sizeText(MAX_EVENT_BYTES)}): it is not read`,
      );
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    // The runner writes this file; garbage in it means the step runs somewhere that is not a runner (or a broken one).
    throw new UserError(
      `the event payload GITHUB_EVENT_PATH=${path} is not JSON (${(e as Error).message}): run the step on a GitHub Actions runner, or point GITHUB_EVENT_PATH at the event's JSON`,
    );
  }
  return isPlainObject(parsed) ? parsed : {};
}

/** The pull request the event is about (pull_request, pull_request_review, issue_comment on a PR), if any. */
export function eventPullRequestNumber(ctx: ActionContext): number | undefined {
  const pr = ctx.payload.pull_request;
  if (pr && typeof pr === 'object' && 'number' in pr && typeof pr.number === 'number') return pr.number;
  const issue = ctx.payload.issue;
  if (issue && typeof issue === 'object' && 'pull_request' in issue && 'number' in issue) {
    return typeof issue.number === 'number' ? issue.number : undefined;
  }
  return undefined;
}

/** The repository and API the GitHub port should talk to; fails with what to set when outside a runner. */
export function requireRepository(ctx: ActionContext): { owner: string; repo: string } {
  if (!ctx.owner || !ctx.repo) {
    throw new UserError(
      'GITHUB_REPOSITORY is not set (owner/repo): run inside GitHub Actions or set it',
      [],
      'usage',
    );
  }
  return { owner: ctx.owner, repo: ctx.repo };
}
