import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatFinding, UserError } from '../../domain/errors.js';
import { valuesLayerFile } from '../../domain/layout.js';
import type { ValueUpdate } from '../../domain/model.js';
import { assertName } from '../../domain/names.js';
import type { RepoSnapshot } from '../../domain/repo-snapshot.js';
import { applyValueUpdates, parseUpdate } from '../../domain/value-path.js';
import { inspectRepo } from '../../state/repo.js';
import { type CommandSpec, EXIT_OK, EXIT_USAGE, stringOpt } from '../command.js';

export const setCommand: CommandSpec = {
  name: 'set',
  usage: 'set WORKLOAD ENV PATH=VALUE... [--tenant T]',
  summary: 'Update values in a layer, keeping comments and every other line byte-identical',
  help: [
    "Changes values in the environment's layer (workloads/WORKLOAD/values/ENV.yaml) or, with --tenant, the",
    "tenant's layer (values/ENV/T.yaml, created when missing). Values are typed by YAML rules: quote a value",
    `to keep it a string ('version="1.10"', or 1.10 becomes the number 1.1). The repository is validated with`,
    'the change before anything is written; an invalid result writes nothing.',
    '',
    'Examples:',
    '  gitopshq set payment-api staging image.tag=1.4.3',
    '  gitopshq set payment-api prod replicas=6 --tenant acme',
    '  gitopshq set checkout-web dev \'env.FEATURE_FLAGS="new-cart"\' resources.limits.cpu=500m',
  ].join('\n'),
  options: { tenant: { type: 'string' } },
  async run(ctx, args) {
    const [workload, env, ...raw] = args.positionals;
    if (workload === undefined || env === undefined || raw.length === 0) {
      ctx.stderr(
        'gitopshq set: expected WORKLOAD ENV PATH=VALUE..., e.g. `gitopshq set payment-api staging image.tag=1.4.3`',
      );
      return EXIT_USAGE;
    }
    const tenant = stringOpt(args, 'tenant');
    // Names become paths: check them before reading or writing anything.
    assertName('workload', workload);
    assertName('environment', env);
    if (tenant !== undefined) assertName('tenant', tenant);
    const updates = raw.map(parseUpdate);

    const before = await inspectRepo(ctx.repo);
    if (!before.snapshot) {
      throw new UserError(
        `the repository has problems; fix them first (nothing was written):\n${before.findings.map(formatFinding).join('\n')}`,
        before.findings,
      );
    }
    checkTarget(before.snapshot, workload, env, tenant);

    const file = valuesLayerFile(workload, env, tenant);
    const abs = join(ctx.repo, ...file.split('/'));
    const existing = await readFile(abs, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    const original = existing ?? header(workload, env, tenant);
    const next = applyValueUpdates(original, updates, file);
    const changed = existing === undefined || next !== existing;

    if (changed) {
      const after = await inspectRepo(ctx.repo, { overrides: new Map([[file, next]]) });
      if (after.findings.length > 0) {
        throw new UserError(
          `not written: the change would make the repository invalid:\n${after.findings.map(formatFinding).join('\n')}`,
          after.findings,
        );
      }
      await mkdir(dirname(abs), { recursive: true });
      // Write-then-rename: a reader (or a crash) never sees half a file.
      const tmp = `${abs}.gitopshq-${process.pid}.tmp`;
      await writeFile(tmp, next);
      await rename(tmp, abs);
    }

    if (ctx.output === 'json') {
      ctx.stdout(JSON.stringify({ file, created: existing === undefined, changed, updates }));
    } else {
      const verb = existing === undefined ? 'created' : changed ? 'updated' : 'unchanged (already set)';
      ctx.stdout(
        [`${verb} ${file}`, ...updates.map((u: ValueUpdate) => `  ${u.path}=${u.value}`)].join('\n'),
      );
    }
    return EXIT_OK;
  },
};

function checkTarget(repo: RepoSnapshot, workload: string, env: string, tenant: string | undefined): void {
  const w = repo.workloads.get(workload);
  const usage = (message: string) => new UserError(message, [], 'usage');
  if (!w)
    throw usage(
      `unknown workload '${workload}' (workloads: ${[...repo.workloads.keys()].join(', ') || 'none'})`,
    );
  const envs = repo.config.environments.map((e) => e.name);
  if (!envs.includes(env))
    throw usage(`unknown environment '${env}' (gitopshq.yaml has: ${envs.join(', ')})`);
  if (!w.config.environments.includes(env)) {
    throw usage(
      `workload '${workload}' does not run in '${env}' (its environments: ${w.config.environments.join(', ')})`,
    );
  }
  if (tenant === undefined) return;
  const tenants = repo.config.tenants.map((t) => t.name);
  if (!tenants.includes(tenant)) {
    throw usage(`unknown tenant '${tenant}' (gitopshq.yaml has: ${tenants.join(', ') || 'none'})`);
  }
  if (!w.config.tenants.includes(tenant)) {
    throw usage(
      `workload '${workload}' is not bound to tenant '${tenant}' (its tenants: ${w.config.tenants.join(', ') || 'none'})`,
    );
  }
}

function header(workload: string, env: string, tenant: string | undefined): string {
  return tenant === undefined
    ? `# ${workload} in ${env}: overrides values.yaml (created by gitopshq set)\n`
    : `# ${workload} in ${env} for tenant ${tenant}: overrides values.yaml and values/${env}.yaml (created by gitopshq set)\n`;
}
