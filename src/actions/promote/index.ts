// promote: maps the inputs to src/usecases/promote.ts and its result to outputs and the job summary, where every
// item of the promotion checklist is listed, passed or not (a refusal lists them too).
import { resolve } from 'node:path';
import { defineAction } from '../../core/action.js';
import { inlineCode, markdownTable } from '../../domain/markdown.js';
import { waveSkipText } from '../../domain/promotion-override.js';
// Type-only imports and one pure function: no I/O module is loaded with it.
import { deployWorkflowOf } from '../../usecases/deploy-dispatch.js';
import type { PromoteValue } from '../../usecases/promote.js';
import { stepUserError } from '../../usecases/result.js';
import { inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'promote',
  inputs,
  outputs,
  async run(input, env) {
    // Loaded only now (literal specifiers: ncc makes chunks of them), so a run that fails its inputs starts fast.
    const { promote } = await import('../../usecases/promote.js');
    const { localPorts, localRecordStore, localReleaseBranches, originRepository } = await import(
      '../../usecases/local-ports.js'
    );
    const dir = resolve(env.context.workspace, input.repoPath);
    // The one who started this attempt: a re-run of a maintainer's skip-waves run by a writer is judged as the writer.
    const actor = env.context.triggeringActor || env.context.actor || 'gitopshq';
    const github = await env.github(await originRepository(dir, env.context.serverUrl));
    const result = await promote(
      {
        releaseId: input.releaseId,
        to: input.to,
        wave: input.wave,
        tenants: input.tenants.length > 0 ? input.tenants : undefined,
        breakGlass: input.breakGlass,
        // The runner gives an input left empty as ''; only a given reason asks for a skip.
        skipWaves: input.skipWaves?.trim() ? input.skipWaves : undefined,
        deployWorkflow: deployWorkflowOf(input.deployWorkflow),
        actor,
        runUrl: env.context.runUrl || undefined,
      },
      {
        github,
        log: env.log,
        store: await localRecordStore(dir, {
          stateBranch: input.stateBranch,
          token: input.token,
          actor,
          remote: 'origin',
        }),
        branches: localReleaseBranches(dir, { token: input.token, actor }),
        ...localPorts(dir, { token: input.token, where: input.repoPath }),
      },
    );
    if (result.value) env.summary.add(summary(result.value));
    const error = stepUserError(result);
    if (error) throw error;
    const v = result.value;
    if (!v?.opened || v.promotionId === undefined) {
      throw new Error(`promote ended ${result.outcome} without a release`);
    }
    return {
      promotionId: v.promotionId,
      releaseId: v.opened.releaseId,
      pullRequestNumber: v.opened.pullRequestNumber,
      matrix: v.matrix,
    };
  },
});

function summary(v: PromoteValue): string {
  const lines = [
    `## Promotion of ${inlineCode(v.sourceReleaseId)}: ${inlineCode(v.from)} to ${inlineCode(v.to)}`,
    '',
    markdownTable(
      ['Checklist', '', ''],
      v.checklist.items.map((i) => [i.ok ? 'passed' : 'FAILED', i.label, i.detail]),
    ),
    '',
  ];
  const rows: [string, string | { code: string }][] = [];
  if (v.promotionId) rows.push(['Promotion', { code: v.promotionId }]);
  if (v.promotionState) rows.push(['Promotion state', v.promotionState]);
  if (v.wave) {
    const who = v.wave.tenants.length === 0 ? 'the environment layer' : `${v.wave.tenants.length} tenant(s)`;
    rows.push(['Wave', `${v.wave.wave} (${who})`]);
  }
  if (v.skippedWaves) rows.push(['Skipped waves', waveSkipText(v.skippedWaves)]);
  if (v.next !== undefined)
    rows.push([
      'Next wave',
      v.next ? `${v.next.wave} (${v.next.tenants.length} tenant(s))` : 'none: this is the last',
    ]);
  if (v.opened) {
    rows.push(['Release', { code: v.opened.releaseId }]);
    rows.push(['Pull request', `#${v.opened.pullRequestNumber}`]);
    rows.push(['Release state', v.opened.state]);
    if (v.opened.deployDispatch) rows.push(['Deploy', v.opened.deployDispatch.message]);
  }
  if (v.note) rows.push(['Note', v.note]);
  if (rows.length > 0) lines.push(markdownTable(['', ''], rows));
  return lines.join('\n');
}
