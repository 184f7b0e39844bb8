// render and compare without GitHub: one target's final manifests (`gitopshq render`), or every workload's values
// and manifests between two environments (`gitopshq compare`). Both load and validate the repository at `repo`,
// resolve the names they are given (an unknown name is a usage error naming what exists) and check the engines'
// tools before rendering. Flow: docs/architecture.md.
import { assertName } from '../domain/names.js';
import { type CompareReport, compareEnvironments } from '../render/compare.js';
import { createKubeSchemaValidator } from '../render/kube-schema.js';
import { renderTargets } from '../render/planner.js';
import { resolveEnvironment, resolveTarget, resolveWorkload } from '../render/targets.js';
import { requireEngineTools } from '../render/tools.js';
import { hasErrors, type RenderedSet, type RenderTarget } from '../render/types.js';
import { loadRepo } from '../state/repo.js';
import { failed, type StepResult, succeeded } from './result.js';

export type { CompareReport } from '../render/compare.js';
// The presentation of these results, for the front ends that print them.
export { formatTargetDiff } from '../render/diff.js';
export { formatRenderFinding, hasErrors, type RenderFinding } from '../render/types.js';

export interface RenderTargetRequest {
  repo: string;
  workload: string;
  environment: string;
  tenant?: string;
}

export interface RenderedTarget {
  target: RenderTarget;
  set: RenderedSet;
}

/** One target rendered and validated; failed (with the set) when a finding is an error. */
export async function renderTarget(req: RenderTargetRequest): Promise<StepResult<RenderedTarget>> {
  const { workload, environment, tenant } = req;
  assertName('workload', workload);
  assertName('environment', environment);
  if (tenant !== undefined) assertName('tenant', tenant);
  const snap = await loadRepo(req.repo);
  const resolved = resolveTarget(snap, { workload, environment, tenant }, { tenant: 'render' });
  requireEngineTools([resolved.workload.config.source.type]);
  const { sets } = await renderTargets([{ target: resolved.target, snapshot: snap }], {
    kubeSchema: createKubeSchemaValidator(),
  });
  const set = sets[0];
  if (!set) throw new Error('the planner returned no set for one target');
  const value = { target: resolved.target, set };
  return hasErrors(set.findings)
    ? failed({ message: `${workload} in ${environment} renders with errors`, findings: [] }, { value })
    : succeeded(value);
}

export interface CompareEnvironmentsRequest {
  repo: string;
  envA: string;
  envB: string;
  workload?: string;
}

/** Values and manifests of every workload (or one) between two environments; failed when a render has an error. */
export async function compareTargets(req: CompareEnvironmentsRequest): Promise<StepResult<CompareReport>> {
  const { envA, envB, workload } = req;
  assertName('environment', envA);
  assertName('environment', envB);
  if (workload !== undefined) assertName('workload', workload);
  const snap = await loadRepo(req.repo);
  resolveEnvironment(snap, envA);
  resolveEnvironment(snap, envB);
  if (workload !== undefined) resolveWorkload(snap, workload);
  requireEngineTools(
    [...snap.workloads.values()]
      .filter((w) => workload === undefined || w.config.name === workload)
      .map((w) => w.config.source.type),
  );
  const report = await compareEnvironments(snap, envA, envB, {
    kubeSchema: createKubeSchemaValidator(),
    ...(workload ? { workload } : {}),
  });
  return hasErrors(report.findings)
    ? failed({ message: `a render of ${envA} or ${envB} has errors` }, { value: report })
    : succeeded(report);
}
