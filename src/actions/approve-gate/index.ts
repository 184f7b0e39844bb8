// approve-gate: maps the inputs to a request of src/usecases/approve-gate.ts and its report to outputs and summary.
import { resolve } from 'node:path';
import { defineAction } from '../../core/action.js';
import { eventPullRequestNumber } from '../../core/context.js';
import { UserError } from '../../domain/errors.js';
import type { GateReport } from '../../usecases/approve-gate.js';
import { stepUserError } from '../../usecases/result.js';
import { inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'approve-gate',
  inputs,
  outputs,
  async run(input, env) {
    const pullRequest = input.pullRequest ?? eventPullRequestNumber(env.context);
    if (pullRequest === undefined) {
      const event = env.context.eventName || 'none';
      const message = `no pull request: run approve-gate on a pull_request or pull_request_review event, or set the pull-request input (event: ${event})`;
      throw new UserError(message, [], 'usage');
    }
    const dir = resolve(env.context.workspace, input.repoPath);
    const actor = env.context.actor || 'gitopshq-bot';
    // Loaded only once the inputs are valid: a run that fails validation starts as fast as bare node.
    const { runGate } = await import('../../usecases/approve-gate.js');
    const { localPorts, localRecordStore } = await import('../../usecases/local-ports.js');
    const { checkout } = localPorts(dir, { token: input.token, where: input.repoPath });
    const store = await localRecordStore(dir, {
      stateBranch: input.stateBranch,
      token: input.token,
      actor,
      remote: 'origin',
    });
    const eventAction = env.context.payload.action;
    const run = await runGate(
      {
        pullRequest,
        ...(input.environment ? { environment: input.environment } : {}),
        actor,
        runUrl: env.context.runUrl,
        ...(typeof eventAction === 'string' ? { eventAction } : {}),
      },
      { github: await env.github(), checkout, store, log: env.log },
    );
    if (run.kind === 'closed') {
      // Closed on GitHub: no status, nothing blocked; the release is settled (Cancelled when closed unmerged).
      const c = run.report;
      env.summary.add(`Approval gate: ${c.message}`);
      return { approved: false, releaseId: c.releaseId ?? '', state: c.state ?? '', missing: [] };
    }
    const result = run.result;
    const r = result.value;
    if (r) env.summary.add(summaryOf(r));
    const error = stepUserError(result);
    if (error || !r) throw error ?? new Error(`approve-gate ended ${result.outcome} without a report`);
    if (!r.approved && input.failWhenBlocked) {
      throw new UserError(`pull request #${r.pullRequest} is blocked: ${r.description}`);
    }
    return { approved: r.approved, releaseId: r.releaseId ?? '', state: r.state ?? '', missing: r.missing };
  },
});

function summaryOf(r: GateReport): string {
  const lines = [
    `## Approval gate: ${r.approved ? 'passed' : 'blocked'} (${r.change === 'release' ? r.environment : `no release: ${r.change}`})`,
    '',
    `**${r.description}**`,
    '',
    `- Pull request #${r.pullRequest} at \`${r.headSha.slice(0, 7)}\`; release ${r.releaseId ?? '(none)'}: ${r.state ?? '-'}${r.registered ? ' (registered by this run)' : ''}`,
    `- Approvals that count: ${r.decision.counted.join(', ') || 'none'}`,
  ];
  if (r.environments.length > 1 || (r.change !== 'release' && r.environments.length > 0)) {
    // A shared layer (base values, chart, workload.yaml), or a policy change: every environment it reaches judged it.
    lines.push(
      r.change === 'release'
        ? "- It changes a layer several environments share; each one's policy must pass:"
        : `- It is no release (${r.change}); each policy below must pass, and none writes a record:`,
    );
    for (const e of r.environments) {
      lines.push(`  - ${e.environment}: ${e.approved ? 'passes' : 'outstanding'} (${e.description})`);
    }
  }
  if (r.decision.ignored.length > 0) {
    lines.push(`- Not counted: ${r.decision.ignored.map((i) => `${i.reviewer} (${i.why})`).join(', ')}`);
  }
  if (r.freeze.frozen) {
    lines.push(
      `- Frozen by ${r.freeze.freeze} until ${r.freeze.untilLocal ?? 'further notice'}: ${r.breakGlass.description}`,
    );
  }
  if (r.missing.length > 0) {
    lines.push('', 'Still missing:', '', '```json', JSON.stringify(r.missing, null, 2), '```');
  }
  return lines.join('\n');
}
