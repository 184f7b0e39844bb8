// validate: every file of the GitOps repository at `repo` against its schema and the rules between files. Warnings
// (a values literal Helm reads as YAML 1.1) never fail it. Flow: docs/architecture.md.
import type { Finding } from '../domain/errors.js';
import { inspectRepo } from '../state/repo.js';
import { failed, type StepResult, succeeded } from './result.js';

export interface Validation {
  findings: Finding[];
  warnings: Finding[];
  /** Every file validated, relative to the repository. */
  files: string[];
}

export async function validateRepo(req: { repo: string }): Promise<StepResult<Validation>> {
  const { findings, files, warnings } = await inspectRepo(req.repo);
  const value = { findings, warnings, files };
  if (findings.length === 0) return succeeded(value);
  const s = findings.length === 1 ? '' : 's';
  return failed({ message: `${findings.length} problem${s} in the repository`, findings }, { value });
}
