// The one check that --repo names a GitOpsHQ repository, before a command reads it: a folder that does not exist
// and a folder without gitopshq.yaml are the same mistake (the wrong --repo, or none), so both are usage errors
// (exit 2) that say what to pass, not a finding in a file that is not there.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../domain/errors.js';
import { CONFIG_FILE } from '../domain/layout.js';

const HOW = `pass --repo DIR with the folder of your GitOps repository (default: the current folder), or create one with \`gitopshq init DIR\``;

export async function requireGitopsRepo(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UserError(`${dir} does not exist: ${HOW}`, [], 'usage');
  if (!info.isDirectory()) throw new UserError(`${dir} is a file, not a folder: ${HOW}`, [], 'usage');
  if (!(await stat(join(dir, CONFIG_FILE)).catch(() => undefined))) {
    throw new UserError(`${dir} is not a GitOpsHQ repository (no ${CONFIG_FILE} in it): ${HOW}`, [], 'usage');
  }
}
