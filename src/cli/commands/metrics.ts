// `gitopshq metrics`: the delivery metrics of the state branch of --repo (src/usecases/metrics.ts) as a table, JSON
// (the contract in docs/architecture.md#delivery-metrics), CSV, or Prometheus text exposition.
import { UserError } from '../../domain/errors.js';
import { metricsCsv, metricsOpenMetrics, metricsTable } from '../../domain/metrics/index.js';
import { deliveryMetrics } from '../../usecases/metrics.js';
import { stepUserError } from '../../usecases/result.js';
import { type CommandSpec, EXIT_OK, stringOpt } from '../command.js';

const USAGE =
  'metrics [--since T] [--until T] [--env E] [--workload W] [--tenant T] [--output text|json|csv|openmetrics]';

export const metricsCommand: CommandSpec = {
  name: 'metrics',
  usage: USAGE,
  summary: 'Delivery metrics computed from the release histories',
  help: [
    'Deploy frequency, lead time (first commit, else PR opened, to Healthy), failed deployment rate,',
    'failed-deployment recovery time, rollback rate, approval latency and promotion completion rate over a window, each against its healthy range',
    "(the playbook's, or gitopshq.yaml metrics.targets) with DORA's performance level where DORA defines one.",
    '',
    '--since, --until   a date (2026-11-01, UTC), an instant (2026-11-01T12:00Z) or an age (30d, 12h, 2w);',
    '                   default: the 30 days up to now',
    '--env, --workload, --tenant   only those releases (a release naming no tenant counts for every tenant)',
    '--output openmetrics          Prometheus text exposition, for a Pushgateway or a textfile collector',
    '',
    'Reads the state branch from `origin` when the repository has one (fetched into refs/gitopshq/), else the',
    'local branch: --state-branch B, else stateBranch of gitopshq.yaml, else gitopshq/state.',
  ].join('\n'),
  outputs: ['csv', 'openmetrics'],
  options: {
    since: { type: 'string' },
    until: { type: 'string' },
    env: { type: 'string' },
    workload: { type: 'string' },
    tenant: { type: 'string' },
    'state-branch': { type: 'string' },
  },
  run: async (ctx, args) => {
    if (args.positionals.length > 0) {
      throw new UserError(
        `unexpected argument '${args.positionals[0]}'\nUsage: gitopshq ${USAGE}`,
        [],
        'usage',
      );
    }
    const result = await deliveryMetrics({
      repo: ctx.repo,
      stateBranch: stringOpt(args, 'state-branch'),
      since: stringOpt(args, 'since'),
      until: stringOpt(args, 'until'),
      environment: stringOpt(args, 'env'),
      workload: stringOpt(args, 'workload'),
      tenant: stringOpt(args, 'tenant'),
    });
    const error = stepUserError(result);
    if (error || result.value === undefined) throw error ?? new Error('the metrics step returned nothing');
    const { report, exists, branch } = result.value;
    switch (ctx.output) {
      case 'json':
        ctx.stdout(JSON.stringify(report, null, 2));
        break;
      case 'csv':
        ctx.stdout(metricsCsv(report).trimEnd());
        break;
      case 'openmetrics':
        ctx.stdout(metricsOpenMetrics(report).trimEnd());
        break;
      default:
        ctx.stdout(
          exists
            ? metricsTable(report)
            : `${metricsTable(report)}\n\nno records yet: the state branch ${branch} does not exist`,
        );
    }
    return EXIT_OK;
  },
};
