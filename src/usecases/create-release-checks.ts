// The checks create-release runs on its own pull request (docs/architecture.md#release-lifecycle): the first preview
// and approval gate of the pull request's head, and the preview's verdict that auto-merge needs last. Split from
// create-release.ts, which writes the branch, the pull request and the record.
import type { ReleaseRecord } from '../domain/model.js';
import type { AutoMergeVerdict } from '../domain/release-request.js';
import { APPROVAL_STATUS_CONTEXT, PREVIEW_STATUS_CONTEXT } from '../github/port.js';
import { type ApproveGatePorts, approveGate } from './approve-gate.js';
import type { Clock, Ports } from './deps.js';
import { compareRefs, type Preview, type PreviewPorts, preview } from './preview.js';
import type { StepResult } from './result.js';

export interface FirstChecks {
  /** The preview's verdict line (`gitopshq/preview`), or why it could not run. */
  preview: string;
  /** The gate's status description (`gitopshq/approval`), or why it could not run. */
  gate: string;
}

/** The preview this run made, or 'already' when the head had its status. */
export type PreviewRun = StepResult<Preview> | 'already';

export type FirstChecksPorts = Omit<PreviewPorts, 'github'> &
  ApproveGatePorts & { github: PreviewPorts['github'] & ApproveGatePorts['github'] };

/**
 * The first preview and approval gate of the pull request, run here because a pull request opened with
 * GITHUB_TOKEN starts no workflow (docs/architecture.md): its head gets `gitopshq/preview`, `gitopshq/approval`
 * and the sticky comment. Later pushes and reviews start the PR workflows themselves. A head that already has
 * both statuses (a re-run) is left alone, so a re-run writes nothing; a run killed in between does the rest.
 */
export async function firstChecks(
  req: { pullRequest: number; head: string; fresh: boolean; actor: string; runUrl?: string | undefined },
  ports: FirstChecksPorts,
  clock: Clock,
): Promise<{ preview: PreviewRun; gate: string; record?: ReleaseRecord }> {
  const { github, log } = ports;
  const present = req.fresh
    ? new Set<string>()
    : new Set((await github.getCombinedStatus(req.head)).statuses.map((s) => s.context));
  const runUrl = req.runUrl ? { runUrl: req.runUrl } : {};
  let previewRun: PreviewRun = 'already';
  if (!present.has(PREVIEW_STATUS_CONTEXT)) {
    previewRun = await preview(
      { pullRequest: req.pullRequest, comment: true, failOn: 'new-error', ...runUrl },
      ports,
      clock,
    );
  }
  if (present.has(APPROVAL_STATUS_CONTEXT)) return { preview: previewRun, gate: 'already set' };
  const gate = await approveGate({ pullRequest: req.pullRequest, actor: req.actor, ...runUrl }, ports, clock);
  if (gate.outcome === 'failed') {
    log.warning(`the approval gate did not run on #${req.pullRequest}: ${gate.error.message}`);
    return { preview: previewRun, gate: `not run: ${gate.error.message}` };
  }
  const record = gate.value?.releaseId ? await ports.store.getRelease(gate.value.releaseId) : undefined;
  return { preview: previewRun, gate: gate.value?.description ?? '', ...(record ? { record } : {}) };
}

export function summaryOf(run: PreviewRun): string {
  if (run === 'already') return 'already set';
  if (run.value) return run.value.verdict.line;
  return run.outcome === 'failed' ? `not run: ${run.error.message}` : 'not run';
}

/** Auto-merge's last check from the preview this run made. */
export function previewPassed(run: StepResult<Preview>): AutoMergeVerdict {
  const fresh = run.value?.summary.newErrors ?? 0;
  if (run.outcome === 'failed' || fresh > 0 || run.value === undefined) {
    const why = run.outcome === 'failed' ? run.error.message : `${fresh} new error(s)`;
    return { merge: false, reason: `preview did not pass (${why}): left open` };
  }
  return { merge: true, reason: 'no approval required' };
}

/** Auto-merge's last check: the branch renders and validates with no error that the base did not have. */
export async function previewVerdict(
  base: string,
  head: string,
  ports: Pick<Ports, 'checkout' | 'renderer' | 'log'>,
  clock: Clock,
): Promise<AutoMergeVerdict> {
  const compared = await compareRefs({ base, head, failOn: 'new-error' }, ports, clock);
  const fresh = compared.value?.summary.newErrors ?? 0;
  if (compared.outcome === 'failed' || fresh > 0) {
    const why = compared.outcome === 'failed' ? compared.error.message : `${fresh} new error(s)`;
    return { merge: false, reason: `preview did not pass (${why}): left open` };
  }
  return { merge: true, reason: 'no approval required' };
}
