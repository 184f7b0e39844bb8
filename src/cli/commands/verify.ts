// `gitopshq verify --release ID | --env E --source S [--kubeconfig FILE]`: what the verify-health action does, from
// a terminal (src/usecases/verify-health.ts). The cluster is the kubeconfig's current context (--kubeconfig, else
// the first file of $KUBECONFIG); the Argo CD API is --argocd-server with the token in $ARGOCD_TOKEN (never an
// argument: arguments show in `ps`). GitHub (the Deployment status, the drift issue, a rollback's PR) comes from
// GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY, and is skipped without a token.
import { readFile } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { parseDuration } from '../../core/inputs.js';
import { UserError } from '../../domain/errors.js';
import type { HealthSource } from '../../domain/model.js';
import { assertName } from '../../domain/names.js';
import { openClusterPorts } from '../../usecases/cluster-ports.js';
import { localDeployBranches, localRecordStore, originRemote } from '../../usecases/local-ports.js';
import { stepUserError } from '../../usecases/result.js';
import { verifyHealth } from '../../usecases/verify-health.js';
import { verifyHealthMarkdown } from '../../usecases/verify-health-report.js';
import { type CommandSpec, EXIT_OK, stringOpt } from '../command.js';
import { githubFromEnv, terminalActor, terminalLog } from '../terminal.js';

const USAGE =
  'verify (--release ID | --env E) [--source argocd|flux|kubernetes] [--kubeconfig FILE] [--argocd-server URL] [--timeout 10m] [--auto-rollback]';
const SOURCES: readonly HealthSource[] = ['argocd', 'flux', 'kubernetes'];

const usage = (why: string) => new UserError(`${why}\nUsage: gitopshq ${USAGE}`, [], 'usage');

export const verifyCommand: CommandSpec = {
  name: 'verify',
  readsRepo: true,
  usage: USAGE,
  summary: 'Wait until a release runs and is healthy (or check an environment for drift)',
  help: [
    "Waits until Argo CD, Flux or the cluster runs the release's deploy commit, judges its health, and moves the",
    'release Synced -> Healthy, or Failed with what is unhealthy and why (--auto-rollback then rolls it back). With',
    "--env and no --release it checks the environment's running releases once, for drift. Exit 0 healthy, 1 not.",
    'The cluster: --kubeconfig FILE (default: the first file of $KUBECONFIG). Argo CD API: --argocd-server URL with',
    'the token in $ARGOCD_TOKEN. GitHub: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY (optional).',
    '',
    'Examples:',
    '  gitopshq verify --release payment-api-dev-20261130-a1b2c3 --source kubernetes --kubeconfig ~/.kube/dev',
    '  ARGOCD_TOKEN=... gitopshq verify --env prod --argocd-server https://argocd.example.com',
  ].join('\n'),
  options: {
    release: { type: 'string' },
    env: { type: 'string' },
    source: { type: 'string' },
    kubeconfig: { type: 'string' },
    'argocd-server': { type: 'string' },
    timeout: { type: 'string' },
    'auto-rollback': { type: 'boolean' },
    'state-branch': { type: 'string' },
  },
  async run(ctx, args) {
    const releaseId = stringOpt(args, 'release');
    const environment = stringOpt(args, 'env');
    if ((releaseId === undefined && environment === undefined) || args.positionals.length > 0) {
      throw usage('expected --release ID or --env E');
    }
    if (environment !== undefined) assertName('environment', environment);
    const source = (stringOpt(args, 'source') ?? 'argocd') as HealthSource;
    if (!SOURCES.includes(source)) throw usage(`--source ${source}: expected argocd, flux or kubernetes`);
    const timeoutText = stringOpt(args, 'timeout') ?? '10m';
    const timeoutMs = parseDuration(timeoutText);
    if (timeoutMs === undefined) throw usage(`--timeout ${timeoutText}: write it like 90s, 10m or 1h`);
    const kubeconfigFile =
      stringOpt(args, 'kubeconfig') ?? (ctx.env.KUBECONFIG?.split(delimiter).find(Boolean) || undefined);
    const kubeconfig = kubeconfigFile
      ? await readFile(kubeconfigFile, 'utf8').catch(() => {
          throw usage(`cannot read the kubeconfig ${kubeconfigFile}`);
        })
      : undefined;
    const argocdServer = stringOpt(args, 'argocd-server');
    const argocdToken = ctx.env.ARGOCD_TOKEN || undefined;
    if (argocdServer !== undefined && argocdToken === undefined) {
      throw usage('--argocd-server needs the Argo CD token in $ARGOCD_TOKEN');
    }
    const actor = terminalActor(ctx);
    const token = ctx.env.GITHUB_TOKEN || undefined;
    const remote = await originRemote(ctx.repo);
    const store = await localRecordStore(ctx.repo, {
      stateBranch: stringOpt(args, 'state-branch'),
      remote,
      actor,
      ...(token ? { token } : {}),
    });
    const branches = localDeployBranches(ctx.repo, { remote, actor, ...(token ? { token } : {}) });
    const github = token ? await githubFromEnv(ctx, token) : undefined;
    const cluster = await openClusterPorts({
      kubeconfig,
      kubeconfigName: kubeconfigFile,
      argocdServer,
      argocdToken,
    });
    try {
      const result = await verifyHealth(
        {
          ...(releaseId !== undefined ? { releaseId } : {}),
          ...(environment !== undefined ? { environment } : {}),
          source,
          timeoutMs,
          autoRollback: args.values['auto-rollback'] === true,
          actor,
        },
        {
          store,
          branches,
          ...(github ? { github } : {}),
          log: terminalLog(ctx),
          ...cluster,
        },
      );
      const v = result.value;
      if (v) ctx.stdout(ctx.output === 'json' ? JSON.stringify(v) : verifyHealthMarkdown(v));
      const error = stepUserError(result);
      if (error) throw error;
      return EXIT_OK;
    } finally {
      await cluster.close();
    }
  },
};
