// The Octokit adapter's commit statuses and deployments. Split from octokit-adapter.ts, which maps each port method
// to one of these.
import { createDeploymentOnce, createDeploymentStatusOnce } from './create-once-rest.js';
import type { AdapterContext } from './octokit-context.js';
import type {
  CombinedStatus,
  CommitStatus,
  CommitStatusInput,
  Deployment,
  DeploymentInput,
  DeploymentStatusInput,
} from './port.js';

export async function createCommitStatus(
  c: AdapterContext,
  sha: string,
  status: CommitStatusInput,
): Promise<CommitStatus> {
  const { data } = await c.octokit.rest.repos.createCommitStatus({
    ...c.repo,
    sha,
    state: status.state,
    context: status.context,
    ...(status.description !== undefined ? { description: status.description.slice(0, 140) } : {}),
    ...(status.targetUrl !== undefined ? { target_url: status.targetUrl } : {}),
  });
  return {
    state: data.state as CommitStatus['state'],
    context: data.context,
    description: data.description,
    targetUrl: data.target_url,
  };
}

export async function getCombinedStatus(c: AdapterContext, ref: string): Promise<CombinedStatus> {
  const { data } = await c.octokit.rest.repos.getCombinedStatusForRef({ ...c.repo, ref, per_page: 100 });
  return {
    state: data.state as CombinedStatus['state'],
    sha: data.sha,
    statuses: data.statuses.map((s) => ({
      state: s.state as CommitStatus['state'],
      context: s.context,
      description: s.description,
      targetUrl: s.target_url,
    })),
  };
}

export async function createDeployment(c: AdapterContext, input: DeploymentInput): Promise<Deployment> {
  const data = await createDeploymentOnce(c.rest, input);
  if (!('id' in data)) {
    // 202: GitHub merged or refused to merge the default branch; with auto_merge false it should not happen.
    throw new Error(
      `GitHub did not create the deployment of ${input.ref}: ${data.message ?? 'no reason given'}`,
    );
  }
  c.markCreated(`deployment:${data.id}`);
  return {
    id: data.id,
    ref: data.ref,
    sha: data.sha,
    environment: data.environment,
    task: data.task,
    description: data.description,
  };
}

export async function listDeployments(
  c: AdapterContext,
  filter: { environment: string; sha: string },
): Promise<Deployment[]> {
  const { data } = await c.octokit.rest.repos.listDeployments({
    ...c.repo,
    environment: filter.environment,
    sha: filter.sha,
    per_page: 100,
  });
  return data.map((d) => ({
    id: d.id,
    ref: d.ref,
    sha: d.sha,
    environment: d.environment,
    task: d.task,
    description: d.description,
  }));
}

export async function createDeploymentStatus(
  c: AdapterContext,
  deploymentId: number,
  status: DeploymentStatusInput,
): Promise<void> {
  const description = status.description?.slice(0, 140);
  await c.onCreated(`deployment:${deploymentId}`, () =>
    createDeploymentStatusOnce(c.rest, deploymentId, {
      ...status,
      ...(description !== undefined ? { description } : {}),
    }),
  );
}
