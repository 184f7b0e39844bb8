// set: values written to one workload's release file for an environment (its values layer, the tenant's layer, or
// its Kustomize overlay), through the same release-edit path create-release uses (src/state/release-edit.ts). The
// repository must be valid before, and is validated with the change before anything is written: an edit that would
// make it invalid writes nothing. Flow: docs/architecture.md.
import { formatFinding } from '../domain/errors.js';
import type { ValueUpdate } from '../domain/model.js';
import { assertName } from '../domain/names.js';
import { parseUpdate } from '../domain/value-path.js';
import { resolveTarget } from '../render/targets.js';
import { planReleaseEdit, writeReleaseEdit } from '../state/release-edit.js';
import { inspectRepo } from '../state/repo.js';
import { failed, type StepResult, succeeded } from './result.js';

export interface SetValuesRequest {
  repo: string;
  workload: string;
  environment: string;
  /** The tenant's layer (created when missing) instead of the environment's. */
  tenant?: string;
  /** `PATH=VALUE` each, typed by YAML rules (src/domain/value-path.ts). */
  assignments: readonly string[];
}

export interface ValuesSet {
  /** Repo-relative path of the file changed (or that would have been). */
  file: string;
  created: boolean;
  /** false: every value already held what was asked; nothing was written. */
  changed: boolean;
  /** The assignments as parsed. */
  updates: ValueUpdate[];
  /** Each update with the value as the file now holds it. */
  written: { path: string; value: unknown }[];
}

/** Failed (a finding, nothing written) when the repository is invalid before, or would be after. */
export async function setValues(req: SetValuesRequest): Promise<StepResult<ValuesSet>> {
  const { workload, environment, tenant } = req;
  // Names become paths: check them before reading or writing anything.
  assertName('workload', workload);
  assertName('environment', environment);
  if (tenant !== undefined) assertName('tenant', tenant);
  const updates = req.assignments.map(parseUpdate);

  const before = await inspectRepo(req.repo);
  if (!before.snapshot) {
    return failed({
      message: `the repository has problems; fix them first (nothing was written):\n${before.findings.map(formatFinding).join('\n')}`,
      findings: before.findings,
    });
  }
  const snap = before.snapshot;
  const resolved = resolveTarget(snap, { workload, environment, tenant }, { tenant: 'layer' });
  const edit = await planReleaseEdit(snap.root, resolved.workload, environment, tenant, updates);
  const created = edit.before === undefined;
  const changed = created || edit.after !== edit.before;

  if (changed) {
    const after = await inspectRepo(req.repo, { overrides: new Map([[edit.file, edit.after]]) });
    if (after.findings.length > 0) {
      return failed({
        message: `not written: the change would make the repository invalid:\n${after.findings.map(formatFinding).join('\n')}`,
        findings: after.findings,
      });
    }
    await writeReleaseEdit(snap.root, edit);
  }
  return succeeded({ file: edit.file, created, changed, updates, written: edit.written });
}
