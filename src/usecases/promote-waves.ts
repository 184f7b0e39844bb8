// promote's view of the waves already on a promotion record, and what it reports for one: the open wave a re-run
// finds, that wave planned again as the run that opened it planned it, the fan-out matrix, the refusal and the
// release notes of a wave's pull request (src/usecases/promote.ts).

import { inlineCode } from '../domain/markdown.js';
import type { PromotionRecord, ReleaseRecord, ReleaseState } from '../domain/model.js';
import type { Checklist } from '../domain/promotion-checklist.js';
import { skippedText } from '../domain/promotion-override.js';
import { planPromotion, type WaveStep } from '../domain/promotion-plan.js';
import type { DeployDispatch } from './deploy-dispatch.js';

/** One row of the fan-out matrix: a workflow runs verify-health per row (`strategy.matrix: ${{ fromJSON(...) }}`). */
export interface MatrixRow {
  tenant: string;
  environment: string;
  workload: string;
  'release-id': string;
}

export interface OpenedWave {
  releaseId: string;
  pullRequestNumber: number;
  pullRequestUrl: string;
  branch: string;
  state: ReleaseState;
  /** The deploy workflow dispatched after the auto-merge, or again by a re-run (or why not). */
  deployDispatch?: DeployDispatch;
}

export type OpenWave = {
  wave: number;
  tenants: string[];
  index: number;
  release?: string;
  skippedWaves?: PromotionRecord['waves'][number]['skippedWaves'];
};

/** The wave of an InProgress promotion that is not Healthy yet (nor cancelled), if any; `index` in `p.waves`. */
export function openWave(
  p: PromotionRecord,
  states: Readonly<Record<string, ReleaseState>>,
): OpenWave | undefined {
  for (const [index, w] of p.waves.entries()) {
    const live = w.releases.filter((r) => states[r] !== 'Cancelled');
    if (w.releases.length > 0 && live.length === 0) continue;
    const release = live.at(-1);
    if (release === undefined || states[release] !== 'Healthy') {
      return {
        wave: w.wave,
        tenants: w.tenants,
        index,
        ...(release ? { release } : {}),
        ...(w.skippedWaves ? { skippedWaves: w.skippedWaves } : {}),
      };
    }
  }
  return undefined;
}

/**
 * The open wave as the run that opened it planned it: planned again without it, for its tenants (skipping the
 * waves it skipped, when it recorded a skip), so its checklist (the wave after it) and so its pull request and
 * release record are the ones that run would have written.
 */
export function reopened(
  promotion: PromotionRecord,
  open: OpenWave,
  planning: Omit<Parameters<typeof planPromotion>[0], 'promotion' | 'wave' | 'tenantOverride' | 'skipWaves'>,
): WaveStep & { next: WaveStep | null; remaining: WaveStep[] } {
  const again = planPromotion({
    ...planning,
    promotion: { ...promotion, waves: promotion.waves.filter((_, i) => i !== open.index) },
    ...(open.tenants.length > 0 ? { tenantOverride: open.tenants } : {}),
    ...(open.skippedWaves ? { skipWaves: true } : {}),
  });
  const around = again.ok
    ? { canary: again.canary, next: again.next, remaining: again.remaining }
    : { canary: [], next: null, remaining: [] };
  return { wave: open.wave, tenants: open.tenants, ...around };
}

export function openedOf(r: ReleaseRecord, deployDispatch?: DeployDispatch): OpenedWave | undefined {
  if (!r.pullRequest) return undefined;
  return {
    releaseId: r.id,
    pullRequestNumber: r.pullRequest.number,
    pullRequestUrl: r.pullRequest.url,
    branch: r.pullRequest.branch,
    state: r.state,
    ...(deployDispatch ? { deployDispatch } : {}),
  };
}

export function matrixOf(
  workload: string,
  environment: string,
  tenants: readonly string[],
  releaseId: string,
): { include: MatrixRow[] } {
  const rows = tenants.length === 0 ? [''] : tenants;
  return { include: rows.map((tenant) => ({ tenant, environment, workload, 'release-id': releaseId })) };
}

export function refusal(checklist: Checklist): string {
  const failing = checklist.items.filter((i) => !i.ok);
  return `promotion refused: ${failing.map((i) => `${i.label}: ${i.detail}`).join('; ')}`;
}

export function promotionNotes(
  source: ReleaseRecord,
  pid: string,
  step: WaveStep,
  checklist: Checklist,
  skip?: PromotionRecord['waves'][number]['skippedWaves'],
): string {
  const who =
    step.tenants.length === 0
      ? 'the environment layer'
      : `tenants ${step.tenants.slice(0, 10).join(', ')}${step.tenants.length > 10 ? ` and ${step.tenants.length - 10} more` : ''}`;
  return [
    `Promoted from release ${source.id} (${source.environment}) by promotion ${pid}, wave ${step.wave}: ${who}.`,
    // Reviewers of the wave's pull request see that it goes out before the waves it skipped were verified.
    ...(skip
      ? [
          '',
          `**This wave goes out before ${skippedText(skip.waves)} is promoted and Healthy:** skipped on purpose by ${skip.actor} (${skip.permission}): ${inlineCode(skip.reason)}`,
        ]
      : []),
    '',
    'Promotion checklist:',
    ...checklist.items.map((i) => `- ${i.ok ? 'passed' : 'FAILED'}: ${i.label} (${i.detail})`),
  ].join('\n');
}
