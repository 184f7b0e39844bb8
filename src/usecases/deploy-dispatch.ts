// After create-release (or promote) merges a release pull request itself, the deploy workflow is started by a
// workflow_dispatch naming the release: a merge made with GITHUB_TOKEN pushes to the base branch, but GitHub starts
// no workflow for events GITHUB_TOKEN causes (workflow_dispatch and repository_dispatch excepted), so without this
// the release would stay Approved and merged, never deployed (docs/architecture.md#release-lifecycle).
// A dispatch that fails never fails the release: the merge stands, and the step says what to change.
import { messageOf, statusOf } from '../github/failure.js';
import type { GitHubPort } from '../github/port.js';
import type { Logger } from './deps.js';

/** The workflow file (or id) create-release and promote dispatch by default: the deploy template's. */
export const DEFAULT_DEPLOY_WORKFLOW = 'gitopshq-deploy.yml';

export interface DeployDispatch {
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
  dispatched: boolean;
  /** What was dispatched, or why it was not and what to change. */
  message: string;
}

/**
 * Dispatches `workflow` on `ref` with the inputs gitopshq-deploy.yml's workflow_dispatch takes (`environment`,
 * `release-id`). With a token that starts workflows itself (a GitHub App token), the merge's push starts a deploy
 * too: the second deploy of the same release finds it done and writes nothing.
 */
export async function dispatchDeploy(
  req: { workflow: string; ref: string; releaseId: string; environment: string },
  ports: { github: Pick<GitHubPort, 'dispatchWorkflow'>; log: Logger },
): Promise<DeployDispatch> {
  const inputs = { environment: req.environment, 'release-id': req.releaseId };
  const base = { workflow: req.workflow, ref: req.ref, inputs };
  try {
    await ports.github.dispatchWorkflow(req.workflow, req.ref, inputs);
    const message = `dispatched ${req.workflow} on ${req.ref} to deploy release ${req.releaseId} to ${req.environment}`;
    ports.log.info(message);
    return { ...base, dispatched: true, message };
  } catch (e) {
    // With a GitHub App token the merge's push started the deploy anyway; with GITHUB_TOKEN nothing did.
    const message = `${why(e, req.workflow, req.ref)}. A merge made with GITHUB_TOKEN starts no workflow, so the release is merged but not deployed: once that is fixed, re-run this job (it dispatches again while the release is Approved) or run ${req.workflow} by hand with environment ${req.environment} and release-id ${req.releaseId} (a token whose merge starts workflows, a GitHub App one, needs no dispatch: set deploy-workflow to none)`;
    ports.log.warning(message);
    return { ...base, dispatched: false, message };
  }
}

/** How to bring a deploy workflow up to date: the project's template, as `gitopshq init` writes it. */
const UPDATE_FROM_TEMPLATE =
  'update it from workflows-templates/gitopshq-deploy.yml of the gitopshq-actions version you use (`gitopshq init DIR` writes a current copy into a new folder DIR)';

function why(e: unknown, workflow: string, ref: string): string {
  const status = statusOf(e);
  const said = messageOf(e);
  const what = `dispatching ${workflow} on ${ref} failed${status !== undefined ? ` (${status}: ${said})` : ` (${said})`}`;
  // A workflow named by its numeric id has no file name to point at.
  const file = /^\d+$/.test(workflow) ? `workflow ${workflow}` : `.github/workflows/${workflow}`;
  if (status === 403)
    return `${what}: the token may not start workflows; add \`actions: write\` to the job's permissions`;
  if (status === 404)
    return `${what}: no such workflow on ${ref}; set the \`deploy-workflow\` input to your deploy workflow's file name`;
  if (status === 422) {
    const unexpected = unexpectedInputs(said);
    if (unexpected.length > 0) {
      const names = unexpected.map((n) => `\`${n}\``).join(', ');
      return `${what}: ${file} on ${ref} does not declare the workflow_dispatch input${unexpected.length === 1 ? '' : 's'} ${names} (a copy older than create-release's dispatch); ${UPDATE_FROM_TEMPLATE}, whose on.workflow_dispatch.inputs declare \`environment\` and \`release-id\``;
    }
    if (/workflow_dispatch/.test(said))
      return `${what}: ${file} on ${ref} has no workflow_dispatch trigger; ${UPDATE_FROM_TEMPLATE}, or set the \`deploy-workflow\` input to a workflow that takes a dispatch`;
    return `${what}: the workflow must take workflow_dispatch inputs \`environment\` and \`release-id\`; ${UPDATE_FROM_TEMPLATE}`;
  }
  return what;
}

/** The input names of GitHub's `Unexpected inputs provided: ["a", "b"]` (422); none for any other message. */
export function unexpectedInputs(message: string): string[] {
  const list = /Unexpected inputs provided: (\[.*\])/.exec(message)?.[1];
  if (list === undefined) return [];
  try {
    const names: unknown = JSON.parse(list);
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

/** The `deploy-workflow` input as a request field: `none` turns the dispatch off. */
export function deployWorkflowOf(input: string | undefined): string | undefined {
  const w = input?.trim();
  return w && w !== 'none' ? w : undefined;
}
