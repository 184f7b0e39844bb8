// deploy: maps the inputs to src/usecases/deploy.ts (or, with rollback-to, src/usecases/rollback.ts) and the
// result to outputs, summary and annotations.
import { resolve } from 'node:path';
import { defineAction } from '../../core/action.js';
import { UserError } from '../../domain/errors.js';
import type { DeployValue } from '../../usecases/deploy.js';
import { stepUserError } from '../../usecases/result.js';
import { inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'deploy',
  inputs,
  outputs,
  async run(input, env) {
    // Checked before anything is loaded or written. A dispatch names what to deploy: without either input it would
    // deploy whatever main's tip merged, which is not what a person running the workflow by hand asked for.
    if (input.releaseId !== undefined && input.rollbackTo !== undefined) {
      throw new UserError(
        'release-id and rollback-to were both given: give release-id to deploy that release, or rollback-to to roll the environment back to that release, not both',
        [],
        'usage',
      );
    }
    if (
      env.context.eventName === 'workflow_dispatch' &&
      input.releaseId === undefined &&
      input.rollbackTo === undefined
    ) {
      throw new UserError(
        'a run by hand (workflow_dispatch) needs release-id (the Approved or Failed release to deploy) or rollback-to (the release to roll back to)',
        [],
        'usage',
      );
    }
    if (input.reason !== undefined && input.rollbackTo === undefined) {
      env.log.warning(
        'reason is recorded only with rollback-to (why the environment is rolled back): ignored',
      );
    }
    const dir = resolve(env.context.workspace, input.repoPath);
    const actor = env.context.actor || 'gitopshq-bot';
    const remote = 'origin';
    // The GitHub client first: a run without a repository or token fails before anything heavy is loaded.
    const github = await env.github();
    // Loaded only once the inputs are valid: a run that fails validation starts as fast as bare node.
    const [{ deploy }, { rollback }, { localDeployBranches, localRecordStore, localReleaseSource }] =
      await Promise.all([
        import('../../usecases/deploy.js'),
        import('../../usecases/rollback.js'),
        import('../../usecases/local-ports.js'),
      ]);
    const store = await localRecordStore(dir, {
      stateBranch: input.stateBranch,
      token: input.token,
      actor,
      remote,
    });
    const ports = {
      github,
      store,
      log: env.log,
      source: localReleaseSource(dir),
      branches: localDeployBranches(dir, { token: input.token, remote, actor }),
    };
    const runUrl = env.context.runUrl || undefined;
    let result: Awaited<ReturnType<typeof deploy>>;
    if (input.rollbackTo !== undefined) {
      if (input.environment === undefined) {
        throw new UserError(
          'rollback-to needs the environment input: the environment to roll back',
          [],
          'usage',
        );
      }
      result = await rollback(
        {
          environment: input.environment,
          to: input.rollbackTo,
          actor,
          reason: input.reason?.trim() || `rollback by ${actor}`,
          runUrl,
        },
        { ...ports, pulls: github, valuesRepo: ports.branches },
      );
    } else {
      result = await deploy(
        {
          ...(input.releaseId !== undefined ? { releaseId: input.releaseId } : {}),
          ...(input.environment !== undefined ? { environment: input.environment } : {}),
          // A named release deploys what its own merge produced, not whatever main holds at dispatch time.
          ...(env.context.sha && input.releaseId === undefined ? { sha: env.context.sha } : {}),
          actor,
          ...(runUrl ? { runUrl } : {}),
        },
        ports,
      );
    }
    const v: DeployValue | undefined = result.value;
    if (v) env.summary.add(summaryOf(v, result.outcome === 'pending' ? result.reason : undefined));
    else if (result.outcome === 'pending') env.summary.add(result.reason);
    // The environment's last 7 days (deploy frequency, failed rate), from the few release files that may count.
    const metricsLine = v?.environment
      ? await (await import('../../usecases/metrics.js')).environmentMetricsSummary(store, v.environment, {
          repo: dir,
        })
      : undefined;
    if (metricsLine) env.summary.add(metricsLine);
    const error = stepUserError(result);
    // run-action annotates the error's findings.
    if (error) throw error;
    if (result.outcome === 'pending') env.log.warning(result.reason);
    return {
      releaseId: v?.releaseId ?? '',
      environment: v?.environment ?? '',
      deployCommit: v?.deployCommit ?? '',
      deploymentId: v?.deploymentId ?? '',
      state: v?.state ?? '',
    };
  },
});

function summaryOf(v: DeployValue, held: string | undefined): string {
  const lines = [`### deploy: release ${v.releaseId} in ${v.environment} is ${v.state}`];
  if (held) lines.push('', held);
  if (v.unchanged) lines.push('', 'Nothing to do: already deployed.');
  if (v.deployCommit) lines.push('', `Deploy commit \`${v.deployCommit}\` on \`${v.branch ?? ''}\``);
  if (v.files.length > 0) lines.push('', ...v.files.map((f) => `- \`${f}\``));
  return lines.join('\n');
}
