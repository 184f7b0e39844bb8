// verify-health: maps the inputs to src/usecases/verify-health.ts and its verdict to outputs, the job summary and an
// annotation. The Kubernetes client is loaded only here, after the inputs passed (src/usecases/cluster-ports.ts).
// A failed or rolled-back verification sets its outputs too: a workflow's `if: failure()` step reads them.
import { resolve } from 'node:path';
import { defineAction } from '../../core/action.js';
import { stepUserError } from '../../usecases/result.js';
import type { VerifyHealthValue } from '../../usecases/verify-health-types.js';
import { check, inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'verify-health',
  inputs,
  outputs,
  check,
  async run(input, env) {
    const dir = resolve(env.context.workspace, input.repoPath);
    const actor = env.context.actor || 'gitopshq-bot';
    const remote = 'origin';
    const [
      { verifyHealth },
      report,
      { localDeployBranches, localRecordStore },
      { openClusterPorts },
      { environmentMetricsSummary },
    ] = await Promise.all([
      import('../../usecases/verify-health.js'),
      import('../../usecases/verify-health-report.js'),
      import('../../usecases/local-ports.js'),
      import('../../usecases/cluster-ports.js'),
      import('../../usecases/metrics.js'),
    ]);
    const outputsOf = (v: VerifyHealthValue | undefined) => ({
      status: (v?.status ?? 'Unknown').toLowerCase(),
      state: v?.state ?? '',
      drift: v?.drift ? 'true' : 'false',
      report: v ? report.verifyHealthReport(v) : '{}',
    });
    // A run that fails before any verdict (no cluster, no such release) still says `unknown`, never nothing.
    env.outputsOnFailure(outputsOf(undefined));
    const cluster = await openClusterPorts({
      kubeconfig: input.kubeconfig,
      kubeconfigName: 'the kubeconfig input',
      argocdServer: input.argocdServer,
      argocdToken: input.argocdToken,
    });
    try {
      const store = await localRecordStore(dir, {
        stateBranch: input.stateBranch,
        token: input.token,
        actor,
        remote,
      });
      const branches = localDeployBranches(dir, { token: input.token, remote, actor });
      const github = await env.github();
      const runUrl = env.context.runUrl || undefined;
      const result = await verifyHealth(
        {
          ...(input.releaseId !== undefined ? { releaseId: input.releaseId } : {}),
          ...(input.environment !== undefined ? { environment: input.environment } : {}),
          source: input.source,
          timeoutMs: input.timeout,
          autoRollback: input.autoRollback,
          actor,
          ...(runUrl ? { runUrl } : {}),
        },
        { store, branches, github, log: env.log, ...cluster },
      );
      const v = result.value;
      if (v) {
        env.summary.add(
          report.verifyHealthMarkdown(v, result.outcome === 'pending' ? result.reason : undefined),
        );
        if (v.drift && result.outcome === 'succeeded') {
          env.log.warning(
            `drift: the cluster differs from the deploy branch (${v.releases
              .filter((r) => r.drift)
              .map((r) => r.releaseId)
              .join(', ')})`,
          );
        }
      }
      const environment = v?.releases[0]?.environment ?? input.environment;
      // The environment's last 7 days, as deploy's summary shows them: a failed verification counts there.
      const metricsLine = environment
        ? await environmentMetricsSummary(store, environment, { repo: dir })
        : undefined;
      if (metricsLine) env.summary.add(metricsLine);
      env.outputsOnFailure(outputsOf(v));
      // run-action turns the error into the failure annotation, naming what is unhealthy and why.
      const error = stepUserError(result);
      if (error) throw error;
      return outputsOf(v);
    } finally {
      await cluster.close();
    }
  },
});
