// What `gitopshq init DIR` writes: a small but complete GitOps repository (three environments, three tenants, one
// workload on the built-in template format and one on a local Helm chart). Its files are TypeScript strings, not a
// folder read at runtime, because the CLI ships as a single ncc bundle.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { clusterFiles } from '../domain/cluster-objects.js';
import { CONFIG_FILE, workloadDir } from '../domain/layout.js';
import { Git } from '../git/git.js';
import { type ConfigFile, withConfigDefaults } from './defaults.js';
import { CHECKOUT_WEB } from './example-repo/checkout-web.js';
import { CODEOWNERS, GITOPSHQ_YAML, README_MD } from './example-repo/config.js';
import { PAYMENT_API } from './example-repo/payment-api.js';
import { WORKFLOW_TEMPLATES } from './example-repo/workflows.generated.js';

const prefixed = (dir: string, files: Record<string, string>) =>
  Object.entries(files).map(([path, text]) => [`${dir}/${path}`, text] as const);

/** The clone URL the example's clusters/ objects follow until `init --repo-url` names the real one. */
export const EXAMPLE_REPO_URL = 'https://github.com/acme/gitops.git';

/** clusters/: the Argo CD and Flux objects that follow the example's deploy branches (cluster-objects.ts). */
export function exampleClusterFiles(repoUrl: string): [string, string][] {
  const config = withConfigDefaults(parse(GITOPSHQ_YAML) as ConfigFile);
  const envs = config.environments.map((e) => e.name);
  const workloads = [PAYMENT_API, CHECKOUT_WEB].map((files) => {
    const w = parse(files['workload.yaml'] ?? '') as {
      name: string;
      tenants?: string[];
      environments?: string[];
    };
    return { name: w.name, tenants: w.tenants ?? [], environments: w.environments ?? envs };
  });
  return clusterFiles(config, workloads, repoUrl).map((f) => [f.path, f.text]);
}

let files: ReadonlyMap<string, string> | undefined;

/**
 * Every file of the example repository: relative path (with `/`) -> content. Made on first use, not when the module
 * loads: its clusters/ part parses YAML, which every `gitopshq` command would otherwise pay at start-up.
 */
export function exampleFiles(): ReadonlyMap<string, string> {
  files ??= new Map([
    ['README.md', README_MD],
    [CONFIG_FILE, GITOPSHQ_YAML],
    ['.github/CODEOWNERS', CODEOWNERS],
    ...prefixed(workloadDir('payment-api'), PAYMENT_API),
    ...prefixed(workloadDir('checkout-web'), CHECKOUT_WEB),
    ...prefixed('.github/workflows', WORKFLOW_TEMPLATES),
    ...exampleClusterFiles(EXAMPLE_REPO_URL),
  ]);
  return files;
}

export const EXAMPLE_COMMIT_MESSAGE = 'Initial GitOpsHQ repository (gitopshq init)';

/** Writes the example GitOps repository of `gitopshq init` into `dir`; with `git`, also `git init` and commit on main. */
export async function writeExampleRepo(
  dir: string,
  opts: { git?: boolean; repoUrl?: string } = {},
): Promise<void> {
  const files = new Map(exampleFiles());
  if (opts.repoUrl !== undefined) for (const [p, t] of exampleClusterFiles(opts.repoUrl)) files.set(p, t);
  for (const [path, text] of files) {
    const abs = join(dir, ...path.split('/'));
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, text, { flag: 'wx' });
  }
  if (opts.git) {
    const git = new Git(dir);
    await git.init({ initialBranch: 'main' });
    await git.addAll();
    await git.commit(EXAMPLE_COMMIT_MESSAGE);
  }
}
