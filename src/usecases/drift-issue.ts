// One GitHub issue per environment while its cluster drifts from the deploy branch (docs/architecture.md#health):
// opened by the scheduled verify-health that first sees the drift, updated in place while it lasts (only when what
// drifted changed, so a quiet schedule makes one API call a run), closed by the run that sees it gone.
import type { HealthSource } from '../domain/model.js';
import type { GitHubPort } from '../github/port.js';
import type { DriftIssueValue, ReleaseVerdict } from './verify-health-types.js';

export const DRIFT_LABEL = 'gitopshq-drift';
const CHECKED = '\n\n_Last checked';
const MAX_RESOURCES = 20;

/** The hidden line that tells this environment's issue from another's. */
export function driftMarker(environment: string): string {
  return `<!-- gitopshq:drift environment=${environment} -->`;
}

function driftBody(environment: string, verdicts: readonly ReleaseVerdict[], source: HealthSource): string {
  const lines = [
    driftMarker(environment),
    `The cluster of **${environment}** differs from what its deploy branch says it should run (source \`${source}\`).`,
    'Someone changed it by hand, or a controller is fighting the manifests. Put the change in Git (a release), or',
    'let Argo CD / Flux sync the deploy branch again. This issue closes itself once the drift is gone.',
  ];
  for (const v of verdicts.filter((x) => x.drift)) {
    lines.push('', `### ${v.workload}: release \`${v.releaseId}\``, '');
    const drifted = (v.resources ?? []).filter((r) => r.drift);
    for (const r of drifted.slice(0, MAX_RESOURCES)) {
      const where = r.namespace ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
      lines.push(`- \`${where}\`: ${r.message.replaceAll('\n', ' ')}`);
    }
    if (drifted.length > MAX_RESOURCES) lines.push(`- ... and ${drifted.length - MAX_RESOURCES} more`);
    if (drifted.length === 0) lines.push(`- ${v.message}`);
  }
  return lines.join('\n');
}

export async function syncDriftIssue(
  github: Pick<GitHubPort, 'listIssues' | 'createIssue' | 'updateIssue'>,
  opts: {
    environment: string;
    verdicts: readonly ReleaseVerdict[];
    source: HealthSource;
    runUrl?: string;
    at: Date;
  },
): Promise<DriftIssueValue> {
  const { environment } = opts;
  const marker = driftMarker(environment);
  const open = (await github.listIssues({ labels: [DRIFT_LABEL], state: 'open' })).find((i) =>
    i.body.includes(marker),
  );
  const checked = `${CHECKED} ${opts.at.toISOString()}${opts.runUrl ? ` by [this run](${opts.runUrl})` : ''}._`;
  if (!opts.verdicts.some((v) => v.drift)) {
    if (!open) return { action: 'none' };
    const body = `${marker}\nThe drift in **${environment}** is gone: the cluster matches its deploy branch again.${checked}`;
    const closed = await github.updateIssue(open.number, { state: 'closed', body });
    return { action: 'closed', number: closed.number, url: closed.url };
  }
  const content = driftBody(environment, opts.verdicts, opts.source);
  if (open) {
    if (open.body.split(CHECKED)[0] === content)
      return { action: 'unchanged', number: open.number, url: open.url };
    const updated = await github.updateIssue(open.number, { body: `${content}${checked}` });
    return { action: 'updated', number: updated.number, url: updated.url };
  }
  const created = await github.createIssue({
    title: `Drift in ${environment}: the cluster differs from the deploy branch`,
    body: `${content}${checked}`,
    labels: [DRIFT_LABEL],
  });
  return { action: 'opened', number: created.number, url: created.url };
}
