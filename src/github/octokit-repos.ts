// The Octokit adapter's repository and organization facts: who pushed to a branch (the activity API), team
// memberships, CODEOWNERS, permissions, and dispatches. Split from octokit-adapter.ts, which maps each port method
// to one of these.
import { statusOf } from './failure.js';
import type { AdapterContext } from './octokit-context.js';
import {
  type CodeownersFile,
  type RefActivity,
  type RefActivityType,
  RefActivityUnreadableError,
  type RepositoryPermission,
  TeamMembershipUnreadableError,
} from './port.js';

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

const PERMISSION_RANK: RepositoryPermission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

export async function listBranchActivity(c: AdapterContext, branch: string): Promise<RefActivity[]> {
  try {
    // Cursor paging: Octokit follows the Link header's `after` cursor.
    const rows = await c.octokit.paginate(c.octokit.rest.repos.listActivities, {
      ...c.repo,
      ref: `refs/heads/${branch}`,
      direction: 'desc',
      per_page: 100,
    });
    return rows.map((a) => ({
      type: a.activity_type as RefActivityType,
      actor: a.actor?.login ?? null,
      ref: a.ref,
      before: a.before,
      after: a.after,
      timestamp: a.timestamp,
    }));
  } catch (e) {
    const status = statusOf(e);
    if (status === 403 || status === 404) {
      throw new RefActivityUnreadableError(
        `cannot read the activity of ${c.repository.owner}/${c.repository.repo} branch ${branch} (HTTP ${status})`,
        status,
        'GET /repos/{owner}/{repo}/activity',
      );
    }
    throw e;
  }
}

export async function isTeamMember(
  c: AdapterContext,
  org: string,
  teamSlug: string,
  username: string,
): Promise<boolean> {
  try {
    const { data } = await c.octokit.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: teamSlug,
      username,
    });
    return data.state === 'active';
  } catch (e) {
    const status = statusOf(e);
    if (status === 404) return false;
    if (status === 403) {
      throw new TeamMembershipUnreadableError(
        org,
        teamSlug,
        'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
      );
    }
    throw e;
  }
}

export async function getCodeowners(c: AdapterContext, ref: string): Promise<CodeownersFile | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    try {
      const { data } = await c.octokit.rest.repos.getContent({ ...c.repo, path, ref });
      if (!Array.isArray(data) && data.type === 'file' && 'content' in data) {
        return { path, content: Buffer.from(data.content, 'base64').toString('utf8') };
      }
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
  }
  return undefined;
}

export async function getRepositoryPermission(
  c: AdapterContext,
  username: string,
): Promise<RepositoryPermission> {
  try {
    const { data } = await c.octokit.rest.repos.getCollaboratorPermissionLevel({ ...c.repo, username });
    // role_name says maintain/triage, which `permission` folds into write/read.
    const role = data.role_name as RepositoryPermission;
    return PERMISSION_RANK.includes(role) ? role : (data.permission as RepositoryPermission);
  } catch (e) {
    if (statusOf(e) === 404) return 'none';
    throw e;
  }
}

export async function dispatchWorkflow(
  c: AdapterContext,
  workflow: string | number,
  ref: string,
  inputs: Record<string, string>,
): Promise<void> {
  await c.octokit.rest.actions.createWorkflowDispatch({ ...c.repo, workflow_id: workflow, ref, inputs });
}

export async function dispatchRepository(
  c: AdapterContext,
  eventType: string,
  clientPayload: Record<string, unknown>,
): Promise<void> {
  await c.octokit.rest.repos.createDispatchEvent({
    ...c.repo,
    event_type: eventType,
    client_payload: clientPayload,
  });
}
