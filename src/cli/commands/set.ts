// `gitopshq set`: maps the command line to setValues of src/usecases/set-values.ts and the edit to text or JSON.
import type { ValueUpdate } from '../../domain/model.js';
import { stepUserError } from '../../usecases/result.js';
import { setValues } from '../../usecases/set-values.js';
import { type CommandSpec, EXIT_OK, EXIT_USAGE, stringOpt } from '../command.js';

export const setCommand: CommandSpec = {
  name: 'set',
  readsRepo: true,
  usage: 'set WORKLOAD ENV PATH=VALUE... [--tenant T]',
  summary: 'Update values in a layer, keeping comments and every other line byte-identical',
  help: [
    "Changes values in the environment's layer (workloads/WORKLOAD/values/ENV.yaml) or, with --tenant, the",
    "tenant's layer (values/ENV/T.yaml, created when missing). Values are typed by YAML rules: quote a value",
    `to keep it a string ('version="1.10"', or 1.10 becomes the number 1.1). The repository is validated with`,
    'the change before anything is written; an invalid result writes nothing.',
    '',
    "A Kustomize workload is released through its overlay's kustomization (the folder workload.yaml names for ENV),",
    'as `kustomize edit set image` / `set replicas` would: images.NAME.newTag=T (also .newName, .digest),',
    'images.NAME=NEWNAME:TAG, image.tag=T for the only image, replicas.NAME=N or replicas=N; NAME with dots is',
    'quoted: \'images["ghcr.io/acme/api"].newTag=1.2.3\'. Anything else is an error naming the file to edit.',
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
    const result = await setValues({
      repo: ctx.repo,
      workload,
      environment: env,
      tenant: stringOpt(args, 'tenant'),
      assignments: raw,
    });
    const error = stepUserError(result);
    if (error || !result.value) throw error ?? new Error('set returned no result');
    const { file, created, changed, updates, written } = result.value;
    if (ctx.output === 'json') {
      ctx.stdout(JSON.stringify({ file, created, changed, updates: written }));
    } else {
      const verb = created ? 'created' : changed ? 'updated' : 'unchanged (already set)';
      ctx.stdout(
        [`${verb} ${file}`, ...updates.map((u: ValueUpdate) => `  ${u.path}=${u.value}`)].join('\n'),
      );
    }
    return EXIT_OK;
  },
};
