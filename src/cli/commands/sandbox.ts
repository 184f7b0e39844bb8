// `gitopshq sandbox up`: the local GitHub (simulator) with the cast of docs/architecture.md#sandbox and acme/gitops
// seeded from `gitopshq init`'s example repository, and a simulated Kubernetes cluster whose Argo CD- and Flux-like
// syncer applies acme/gitops' deploy branches. State lives in --dir, so a restart keeps users, tokens, PRs and
// reviews (the cluster starts empty and re-applies the deploy branches).
import { resolve } from 'node:path';
import { UserError } from '../../domain/errors.js';
import { startSandbox } from '../../sandbox/sandbox.js';
import { type CommandSpec, EXIT_OK, stringOpt } from '../command.js';

export const sandboxCommand: CommandSpec = {
  name: 'sandbox',
  usage: 'sandbox up --dir DIR [--port P]',
  summary: 'Start the local GitHub and Kubernetes simulators with acme/gitops seeded; prints one JSON line',
  help:
    'Serves the GitHub REST API (under /api/v3) and git over HTTP on 127.0.0.1 until SIGTERM or Ctrl-C, and a\n' +
    'Kubernetes API whose Argo CD- and Flux-like syncer applies the gitopshq/deploy/<env> branches.\n' +
    'The JSON line: {"api": URL, "git": URL, "repo": "acme/gitops", "users": {NAME: TOKEN}, "kube": URL,\n' +
    '"kubeconfig": PATH}.\n' +
    'Clone with: git clone http://x-access-token:TOKEN@127.0.0.1:PORT/acme/gitops.git\n' +
    'Look at the cluster with: kubectl --kubeconfig PATH get applications -n argocd',
  options: { dir: { type: 'string' }, port: { type: 'string' } },
  async run(ctx, args) {
    const [verb, ...rest] = args.positionals;
    if (verb !== 'up' || rest.length > 0)
      throw new UserError('usage: gitopshq sandbox up --dir DIR [--port P]', [], 'usage');
    const dirOpt = stringOpt(args, 'dir');
    if (!dirOpt)
      throw new UserError('sandbox up needs --dir DIR (where the sandbox keeps its state)', [], 'usage');
    const portOpt = stringOpt(args, 'port') ?? '0';
    if (!/^\d+$/.test(portOpt) || Number(portOpt) > 65535) {
      throw new UserError(`--port must be a number from 0 to 65535, not '${portOpt}'`, [], 'usage');
    }
    const dir = resolve(dirOpt);
    const sandbox = await startSandbox({ dir, port: Number(portOpt), cluster: true });
    try {
      ctx.stdout(
        JSON.stringify({
          api: sandbox.sim.apiUrl,
          git: sandbox.sim.gitUrl,
          repo: sandbox.repo,
          users: sandbox.users,
          kube: sandbox.cluster?.url ?? null,
          kubeconfig: sandbox.kubeconfigPath ?? null,
        }),
      );
      await ctx.stopped;
      return EXIT_OK;
    } finally {
      await sandbox.close();
    }
  },
};
