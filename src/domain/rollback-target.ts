// Which release runs in an environment now, and which one a rollback may go back to, read from the release records
// alone. The deploy branch holds the manifests of the last release deployed there, unless a rollback has since put
// an earlier release's manifests back: the records' histories replay that story.
import type { ReleaseRecord, ReleaseState } from './model.js';

/** Where a release runs: one workload in one environment, and one tenant of it when given. */
export interface TargetScope {
  workload: string;
  environment: string;
  /** A tenant: releases that target it or all tenants (an empty `tenants`). Omitted: every release of the env. */
  tenant?: string;
}

export type RollbackCheck =
  | { ok: true; target: ReleaseRecord; current: ReleaseRecord }
  | { ok: false; reason: string };

/** States a release keeps after its manifests reached the deploy branch, before any verdict on its health. */
const UNVERIFIED: ReadonlySet<ReleaseState> = new Set(['Deployed', 'Synced']);

export function inScope(record: ReleaseRecord, scope: TargetScope): boolean {
  if (record.workload !== scope.workload || record.environment !== scope.environment) return false;
  return scope.tenant === undefined || record.tenants.length === 0 || record.tenants.includes(scope.tenant);
}

/** Whether the release's manifests ever reached the deploy branch. */
export function wasDeployed(record: ReleaseRecord): boolean {
  return record.history.some((h) => h.state === 'Deployed');
}

type Event = { at: string; seq: number; kind: 'deploy' | 'rollback'; record: ReleaseRecord };

/** The release whose manifests run for `scope` now; undefined when none was ever deployed. */
export function runningRelease(
  records: readonly ReleaseRecord[],
  scope: TargetScope,
): ReleaseRecord | undefined {
  const byId = new Map(records.map((r) => [r.id, r]));
  const events: Event[] = [];
  let seq = 0;
  for (const record of records) {
    if (!inScope(record, scope)) continue;
    for (const h of record.history) {
      // Each Deployed entry is a deploy (a retry after Failed deploys again); Rolled Back hands over.
      if (h.state === 'Deployed') events.push({ at: h.at, seq: seq++, kind: 'deploy', record });
      if (h.state === 'RolledBack') events.push({ at: h.at, seq: seq++, kind: 'rollback', record });
    }
  }
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
  // Every release deployed so far, newest last: a rollback without a recorded target returns to the one before.
  const stack: ReleaseRecord[] = [];
  for (const e of events) {
    if (e.kind === 'deploy') {
      stack.push(e.record);
      continue;
    }
    const top = stack[stack.length - 1];
    if (top?.id !== e.record.id) continue;
    stack.pop();
    const toId = e.record.rolledBackTo ?? e.record.rollbackTarget;
    const to = toId === undefined ? undefined : byId.get(toId);
    if (to !== undefined && inScope(to, scope)) stack.push(to);
  }
  return stack[stack.length - 1];
}

/**
 * Whether `targetId` is a release `scope` may roll back to: it exists, belongs to the same workload, environment
 * (and tenant), was deployed there, is not what runs now, and was Healthy: a rollback goes back to what was seen
 * working. `allowUnverified` (an operator's explicit choice) also accepts one deployed but never judged (Deployed or
 * Synced); a Failed or Rolled Back release never.
 */
export function checkRollbackTo(
  records: readonly ReleaseRecord[],
  scope: TargetScope,
  targetId: string,
  opts: { allowUnverified?: boolean } = {},
): RollbackCheck {
  const where = `${scope.workload} in ${scope.environment}${scope.tenant === undefined ? '' : ` (tenant ${scope.tenant})`}`;
  const current = runningRelease(records, scope);
  if (current === undefined) {
    return {
      ok: false,
      reason: `nothing has been deployed for ${where} yet, so there is nothing to roll back`,
    };
  }
  const target = records.find((r) => r.id === targetId);
  if (target === undefined) return { ok: false, reason: `release ${targetId} does not exist` };
  if (target.workload !== scope.workload) {
    return {
      ok: false,
      reason: `release ${targetId} is for workload ${target.workload}, not ${scope.workload}`,
    };
  }
  if (target.environment !== scope.environment) {
    return {
      ok: false,
      reason: `release ${targetId} was for environment ${target.environment}; a rollback in ${scope.environment} must pick a release deployed there`,
    };
  }
  if (!inScope(target, scope)) {
    return {
      ok: false,
      reason: `release ${targetId} targeted tenants ${target.tenants.join(', ')}, not ${scope.tenant ?? ''}`,
    };
  }
  if (target.id === current.id) {
    return {
      ok: false,
      reason: `release ${targetId} is what runs for ${where} now; pick an earlier release`,
    };
  }
  if (!wasDeployed(target)) {
    return {
      ok: false,
      reason: `release ${targetId} was never deployed (it is ${target.state}); pick a release that ran in ${scope.environment}`,
    };
  }
  if (target.state === 'RolledBack') {
    return { ok: false, reason: `release ${targetId} was itself rolled back; pick a release that was not` };
  }
  if (target.state !== 'Healthy' && !(opts.allowUnverified === true && UNVERIFIED.has(target.state))) {
    const unverified = UNVERIFIED.has(target.state)
      ? ', never reported Healthy; pick a release that was Healthy, or allow an unverified target explicitly'
      : '; pick a release that was Healthy';
    return { ok: false, reason: `release ${targetId} is ${target.state}${unverified}` };
  }
  return { ok: true, target, current };
}

/**
 * The release a rollback goes to by default: the most recently deployed release before the running one that
 * reached Healthy and was neither rolled back nor failed. Undefined when there is none.
 */
export function defaultRollbackTarget(
  records: readonly ReleaseRecord[],
  scope: TargetScope,
): ReleaseRecord | undefined {
  const current = runningRelease(records, scope);
  const lastDeploy = (r: ReleaseRecord) =>
    r.history.reduce((at, h) => (h.state === 'Deployed' && h.at > at ? h.at : at), '');
  return records
    .filter(
      (r) =>
        inScope(r, scope) &&
        r.id !== current?.id &&
        r.state === 'Healthy' &&
        (current === undefined || lastDeploy(r) <= lastDeploy(current)),
    )
    .sort((a, b) => (lastDeploy(a) < lastDeploy(b) ? 1 : lastDeploy(a) > lastDeploy(b) ? -1 : 0))[0];
}
