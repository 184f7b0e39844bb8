// Which branch holds the release and promotion records: the one resolver the actions and the CLI share. The order
// is the `state-branch` input (or --state-branch), then `stateBranch` in gitopshq.yaml, then `gitopshq/state`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE, DEFAULT_STATE_BRANCH } from '../domain/layout.js';
import { parseYamlSource } from './yaml-source.js';

export type StateBranchSource = 'input' | 'gitopshq.yaml' | 'default';

/** The pure rule: an empty input (an action input left unset) counts as absent. */
export function pickStateBranch(
  input: string | undefined,
  configured: string | undefined,
): { branch: string; source: StateBranchSource } {
  if (input?.trim()) return { branch: input.trim(), source: 'input' };
  if (configured?.trim()) return { branch: configured.trim(), source: 'gitopshq.yaml' };
  return { branch: DEFAULT_STATE_BRANCH, source: 'default' };
}

/**
 * gitopshq.yaml's `stateBranch` in the GitOps repository at `repoDir`, when the file is there and says one; the rest
 * of the repository need not be valid (reading records must work while a change to the config is under review).
 */
export async function configuredStateBranch(repoDir: string): Promise<string | undefined> {
  const text = await readFile(join(repoDir, CONFIG_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  // Only parsed: the schema's findings were never used here, and compiling the validator for one key cost more than
  // a warm `gitopshq metrics` read of 10,000 records.
  const value = parseYamlSource(text, CONFIG_FILE).value as { stateBranch?: unknown } | null | undefined;
  return typeof value?.stateBranch === 'string' ? value.stateBranch : undefined;
}

/** The state branch for a step run in `repoDir`. */
export async function resolveStateBranch(
  repoDir: string,
  input?: string,
): Promise<{ branch: string; source: StateBranchSource }> {
  if (input?.trim()) return pickStateBranch(input, undefined);
  return pickStateBranch(undefined, await configuredStateBranch(repoDir));
}
