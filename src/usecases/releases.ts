// release list / show: the release records on the state branch of the GitOps repository at `repo`, read through the
// record store as the actions wrote them: from `origin` when the repository has one (fetched into a private ref,
// the checkout untouched), else the local branch. Flow: docs/architecture.md.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WORKLOADS_DIR } from '../domain/layout.js';
import type { ReleaseRecord, ReleaseState } from '../domain/model.js';
import { validateDocument } from '../state/schema-validate.js';
import { localReadingStore } from './local-store.js';
import { failed, type StepResult, succeeded } from './result.js';

export interface ReleasesRequest {
  repo: string;
  /** The state branch; else gitopshq.yaml's `stateBranch`, else the default. */
  stateBranch?: string;
}

export interface ListReleasesRequest extends ReleasesRequest {
  environment?: string;
  workload?: string;
  state?: ReleaseState;
}

export interface ReleaseList {
  branch: string;
  /** false: the state branch does not exist yet (no release was ever recorded). */
  exists: boolean;
  /** The records that match, newest first. */
  records: ReleaseRecord[];
}

/**
 * The cache of parsed records (src/state/record-cache.ts) that metrics and the dashboard keep: a second listing of
 * a large branch reads one local file instead of parsing every record again.
 */
function openStore(req: ReleasesRequest) {
  return localReadingStore(req.repo, {
    ...(req.stateBranch !== undefined ? { stateBranch: req.stateBranch } : {}),
  });
}

const newerFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

export async function listReleases(req: ListReleasesRequest): Promise<StepResult<ReleaseList>> {
  const store = await openStore(req);
  if ('outcome' in store) return store;
  // One fetch and one read of the branch (ls-tree + cat-file --batch), promotions not even read: 10,000 releases
  // list in well under a second (npm run bench:metrics prints it).
  const { tip, releases } = await store.readAll((kind) => kind === 'release');
  if (tip === undefined) {
    return succeeded({ branch: store.branch, exists: false, records: [] });
  }
  const { environment, workload, state } = req;
  const records = releases
    .filter(
      (r) =>
        (environment === undefined || r.environment === environment) &&
        (workload === undefined || r.workload === workload),
    )
    .filter((r) => state === undefined || r.state === state)
    // Timestamps are ISO 8601 UTC and ids lower-case ASCII: code-unit order is time order, with no locale to consult.
    .sort((a, b) => newerFirst(a.createdAt, b.createdAt) || newerFirst(a.id, b.id));
  return succeeded({ branch: store.branch, exists: true, records });
}

export interface ReleaseDetail {
  record: ReleaseRecord;
  /**
   * For a release that names no tenant (it changes the environment's layer every bound tenant reads): the tenants
   * the workload is bound to in its workload.yaml as checked out here; undefined when that file cannot be read, or
   * when the release names its tenants.
   */
  boundTenants: string[] | undefined;
}

/** Failed (a finding) when no release has that ID on the state branch. */
export async function showRelease(req: ReleasesRequest & { id: string }): Promise<StepResult<ReleaseDetail>> {
  const store = await openStore(req);
  if ('outcome' in store) return store;
  const record = await store.getRelease(req.id);
  if (record === undefined) {
    return failed({ message: `release ${req.id} not found on the state branch ${store.branch}` });
  }
  const bound = record.tenants.length > 0 ? undefined : await boundTenants(req.repo, record.workload);
  return succeeded({ record, boundTenants: bound });
}

async function boundTenants(repo: string, workload: string): Promise<string[] | undefined> {
  const file = `${WORKLOADS_DIR}/${workload}/workload.yaml`;
  const text = await readFile(join(repo, file), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const { value } = validateDocument<{ tenants?: unknown }>(text, file, 'workload');
  return Array.isArray(value?.tenants) ? value.tenants.filter((t) => typeof t === 'string') : undefined;
}
