// The promotion checklist of the playbook: what must hold before a release goes to the next environment. Every
// item is reported, passed or not, in the job summary and in a refusal, so a release manager sees all that stands
// in the way at once. Pure: the records, the plan and the freeze status are gathered by src/usecases/promote.ts.
import type { FreezeStatus } from './freeze.js';
import { STATE_LABELS } from './lifecycle.js';
import type { ReleaseRecord } from './model.js';
import { type SkipWavesVerdict, skippedText } from './promotion-override.js';
import type { PromotionPlan } from './promotion-plan.js';
import { defaultRollbackTarget, runningRelease } from './rollback-target.js';

export type ChecklistItemId = 'source-healthy' | 'no-drift' | 'rollback-target' | 'order' | 'freeze' | 'wave';

export interface ChecklistItem {
  id: ChecklistItemId;
  /** What is checked, as the summary's first column says it. */
  label: string;
  ok: boolean;
  /** Why it passed or what to do. */
  detail: string;
}

export interface Checklist {
  ok: boolean;
  items: ChecklistItem[];
}

/** The release a target would go back to, per tenant (or the environment layer: tenant undefined). */
export interface RollbackReadiness {
  tenant?: string;
  /** What runs there now; undefined: nothing yet, this is the first release there. */
  running?: { id: string; state: ReleaseRecord['state'] };
  /** The release a rollback would restore; undefined when there is none. */
  target?: string;
}

const LIVE: ReadonlySet<ReleaseRecord['state']> = new Set(['Deployed', 'Synced', 'Healthy']);

/** For each tenant the wave reaches (none: the environment layer), what a rollback there would go back to. */
export function rollbackReadiness(
  records: readonly ReleaseRecord[],
  workload: string,
  environment: string,
  tenants: readonly string[],
): RollbackReadiness[] {
  const scopes = tenants.length === 0 ? [undefined] : tenants;
  return scopes.map((tenant) => {
    const scope = { workload, environment, ...(tenant === undefined ? {} : { tenant }) };
    const running = runningRelease(records, scope);
    const at = tenant === undefined ? {} : { tenant };
    if (running === undefined) return at;
    const shown = { id: running.id, state: running.state };
    // What runs now is what a rollback of the new release restores, when it is itself sound.
    if (LIVE.has(running.state)) return { ...at, running: shown, target: running.id };
    const earlier = defaultRollbackTarget(records, scope);
    return { ...at, running: shown, ...(earlier ? { target: earlier.id } : {}) };
  });
}

export interface ChecklistInput {
  source: ReleaseRecord;
  to: string;
  plan: PromotionPlan;
  freeze: FreezeStatus;
  /** A break-glass reason given with the request (promote's `break-glass` input). */
  breakGlass?: string;
  rollback: readonly RollbackReadiness[];
  /** When the plan skips waves (promote's `skip-waves`): the reason given and whether the actor may. */
  skip?: { reason: string; verdict: SkipWavesVerdict };
}

const few = (xs: readonly string[], n = 5) =>
  xs.length <= n ? xs.join(', ') : `${xs.slice(0, n).join(', ')} and ${xs.length - n} more`;

export function promotionChecklist(input: ChecklistInput): Checklist {
  const { source, plan, freeze } = input;
  const items: ChecklistItem[] = [];
  const health = source.health;

  const stateOk = source.state === 'Healthy';
  const verdictOk = health === undefined || health.status === 'Healthy';
  items.push({
    id: 'source-healthy',
    label: `${source.id} is Healthy in ${source.environment}`,
    ok: stateOk && verdictOk,
    detail: !stateOk
      ? `it is ${STATE_LABELS[source.state]}: only a Healthy release is promoted (verify-health moves it there)`
      : !verdictOk
        ? `its latest health verdict is ${health?.status} (${health?.message}): run verify-health again once it is Healthy`
        : health === undefined
          ? 'Healthy'
          : `Healthy (verify-health, ${health.source}, ${health.checkedAt})`,
  });

  items.push({
    id: 'no-drift',
    label: 'no drift in the source environment',
    ok: health !== undefined && !health.drift,
    detail:
      health === undefined
        ? 'no health verdict is recorded, so drift is unknown: run verify-health on the release first'
        : health.drift
          ? `live objects differ from the deployed manifests (${driftNames(health)}): resolve the drift first`
          : `none at ${health.checkedAt}`,
  });

  const missing = input.rollback.filter((r) => r.running !== undefined && r.target === undefined);
  const first = input.rollback.filter((r) => r.running === undefined);
  const covered = input.rollback.filter((r) => r.target !== undefined);
  const where = (r: RollbackReadiness) => r.tenant ?? input.to;
  items.push({
    id: 'rollback-target',
    label: `a rollback target in ${input.to}`,
    ok: missing.length === 0,
    detail:
      missing.length > 0
        ? `no release to roll back to for ${few(missing.map((r) => `${where(r)} (running ${r.running?.id} is ${STATE_LABELS[r.running?.state ?? 'Failed']})`))}: fix forward there first`
        : [
            covered.length > 0 ? `${few(covered.map((r) => `${where(r)} -> ${r.target}`))}` : '',
            // The first release in an environment has nothing to go back to: allowed, and said.
            first.length > 0
              ? `first release for ${few(first.map(where))}: nothing ran there before, so a failure is rolled forward or removed`
              : '',
          ]
            .filter((s) => s !== '')
            .join('; '),
  });

  const orderRefused = !plan.ok && plan.check === 'order';
  items.push({
    id: 'order',
    label: `${input.to} is the next environment after ${source.environment}`,
    ok: !orderRefused,
    detail: orderRefused ? plan.reason : 'environments go in the order of gitopshq.yaml',
  });

  items.push(freezeItem(input.to, freeze, input.breakGlass));

  const waveRefused = !plan.ok && plan.check === 'wave';
  const skipped = plan.ok ? (plan.skipped ?? []) : [];
  const skip = input.skip;
  const skipRefused = skipped.length > 0 && skip?.verdict.ok !== true;
  items.push({
    id: 'wave',
    label: 'the previous wave is Healthy',
    ok: (plan.ok && !skipRefused) || orderRefused,
    detail: waveRefused
      ? plan.reason
      : plan.ok
        ? skipRefused
          ? skip?.verdict.ok === false
            ? skip.verdict.reason
            : `skipping ${skippedText(skipped)} needs skip-waves with a reason`
          : `wave ${plan.wave}${plan.tenants.length > 0 ? ` (${few(plan.tenants)})` : ' (the environment layer)'}${plan.next ? `; then wave ${plan.next.wave}` : '; the last wave'}${skipped.length > 0 && skip?.verdict.ok ? `; SKIPS ${skippedText(skipped)} on purpose (${skip.verdict.permission}): "${skip.reason.trim()}"` : ''}`
        : 'not checked: the target environment is refused',
  });
  return { ok: items.every((i) => i.ok), items };
}

function driftNames(health: NonNullable<ReleaseRecord['health']>): string {
  const drifted = (health.resources ?? []).filter((r) => r.drift).map((r) => `${r.kind}/${r.name}`);
  return drifted.length > 0 ? few(drifted) : health.message;
}

function freezeItem(to: string, freeze: FreezeStatus, breakGlass: string | undefined): ChecklistItem {
  const label = `${to} is not frozen`;
  if (!freeze.frozen) return { id: 'freeze', label, ok: true, detail: 'no freeze in force' };
  const until = freeze.untilLocal ?? 'further notice';
  const names = freeze.active.map((a) => a.name).join(', ');
  const closed = freeze.active.filter((a) => !a.breakGlass.allowed).map((a) => a.name);
  const needs = freeze.active
    .map(
      (a) =>
        `label ${a.breakGlass.label} and an approval${a.breakGlass.teams.length > 0 ? ` from ${a.breakGlass.teams.join(' or ')}` : ''}`,
    )
    .join('; ');
  if (closed.length > 0) {
    return {
      id: 'freeze',
      label,
      ok: false,
      detail: `frozen until ${until} (${names}); ${closed.join(', ')} allow${closed.length === 1 ? 's' : ''} no break-glass`,
    };
  }
  if (breakGlass === undefined || breakGlass.trim() === '') {
    return {
      id: 'freeze',
      label,
      ok: false,
      detail: `frozen until ${until} (${names}): promote after it, or break glass with a reason (break-glass input; the PR then needs ${needs})`,
    };
  }
  return {
    id: 'freeze',
    label,
    ok: true,
    detail: `frozen until ${until} (${names}); break-glass requested: "${breakGlass.trim()}" (the PR gets ${needs} at the gate)`,
  };
}
