// The approval gate's verdict when a pull request is judged by more than one environment's policy (a change to a
// layer they share: src/domain/release-scope.ts): it passes only when every environment's policy and freezes pass,
// and its status names the environments still outstanding with what each needs (docs/architecture.md#release-lifecycle).
// A pull request that is no release (policy, clusters/, shared render files) is judged the same way, by every
// environment it reaches; one that changes nothing deployable passes with a status saying so.
import { approvalMissingPhrases } from './approval-missing.js';
import { type ApprovalDecision, clipDescription } from './approval-policy.js';
import type { BreakGlassDecision } from './break-glass.js';
import type { FreezeStatus } from './freeze.js';

/** One environment's policy and freezes applied to the pull request. */
export interface EnvironmentVerdict {
  environment: string;
  decision: ApprovalDecision;
  freeze: FreezeStatus;
  glass: BreakGlassDecision;
}

/** One thing the gate still needs, machine-readable: `{ rule: 'team', team: 'sre' }` (plus `environment` when
 * several environments judge the pull request). */
export type MissingRule = { rule: string } & Record<string, unknown>;

export const passes = (v: EnvironmentVerdict) => v.decision.approved && v.glass.passes;

/** One environment's status text: the freeze first when it blocks, then the policy. */
export function describeEnvironment(v: EnvironmentVerdict): string {
  const { decision, glass, freeze } = v;
  if (!freeze.frozen) return decision.description;
  if (!glass.passes) {
    return decision.approved
      ? glass.description
      : clipDescription(`${glass.description}; ${decision.description}`);
  }
  return decision.approved ? glass.description : decision.description;
}

/**
 * The `gitopshq/approval` description for all the environments judging the pull request (the release's own
 * first): one environment reads as before; several name each outstanding one (`prod's policy: needs ...`) and the
 * ones that pass, or, when all pass, every environment whose policy it passed.
 */
export function describeVerdicts(verdicts: readonly EnvironmentVerdict[]): string {
  const [only] = verdicts;
  if (verdicts.length === 1 && only) return describeEnvironment(only);
  const all = verdicts.map((v) => v.environment);
  return clipDescription(
    outstandingText(verdicts) ?? `passes the policies of ${list(all)} (it changes a layer they share)`,
  );
}

/** What each outstanding environment needs, and which pass; undefined when all pass. */
function outstandingText(verdicts: readonly EnvironmentVerdict[]): string | undefined {
  const outstanding = verdicts.filter((v) => !passes(v));
  if (outstanding.length === 0) return undefined;
  const passing = verdicts.filter(passes).map((v) => v.environment);
  const needs = outstanding.map((v) => `${v.environment}'s policy: ${describeEnvironment(v)}`).join('; ');
  const also = passing.length > 0 ? ` (${list(passing)} ${passing.length === 1 ? 'passes' : 'pass'})` : '';
  return `${needs}${also}`;
}

/** What a pull request that changes no workload is, as its status names it (release-scope.ts NonReleaseChange). */
export const NON_RELEASE_SUBJECT = {
  policy: 'policy change',
  clusters: 'cluster-wide change',
  shared: 'shared render files change',
} as const;

/** The status of a pull request that changes nothing any environment deploys: it passes, and says why. */
export const NOTHING_DEPLOYABLE =
  'no release: nothing deployable changed (no environment consumes these files)';

/**
 * The `gitopshq/approval` description of a pull request that is no release but reaches environments (a policy,
 * clusters/ or shared render files change): `policy change: prod's policy: needs 1 more approval from team sre
 * (dev and staging pass)`, or, when every environment's policy passes, the ones it passed.
 */
export function describeNonRelease(
  subject: keyof typeof NON_RELEASE_SUBJECT,
  verdicts: readonly EnvironmentVerdict[],
): string {
  const what = NON_RELEASE_SUBJECT[subject];
  const outstanding = outstandingText(verdicts);
  if (outstanding !== undefined) return clipDescription(`${what}: ${outstanding}`);
  const all = verdicts.map((v) => v.environment);
  return clipDescription(
    `${what}: no release; passes the ${all.length === 1 ? 'policy' : 'policies'} of ${list(all)}`,
  );
}

/** Everything still missing, by environment; `environment` is named on each rule only when several judge it. */
export function missingRulesOf(verdicts: readonly EnvironmentVerdict[]): MissingRule[] {
  const several = verdicts.length > 1;
  return verdicts.flatMap((v) => {
    const rules: MissingRule[] = v.decision.missing.map(({ kind, ...rest }) => ({ rule: kind, ...rest }));
    const { freeze, glass } = v;
    if (freeze.frozen && !glass.passes) {
      rules.push({
        rule: 'freeze',
        freeze: freeze.freeze,
        until: freeze.until,
        untilLocal: freeze.untilLocal,
      });
      for (const { kind, ...rest } of glass.missing) rules.push({ rule: `break-glass-${kind}`, ...rest });
    }
    return several ? rules.map((r) => ({ ...r, environment: v.environment })) : rules;
  });
}

/** What is missing in words (the record's approvalMissing), prefixed `prod: ` when several environments judge it. */
export function missingPhrasesOf(verdicts: readonly EnvironmentVerdict[]): string[] {
  const several = verdicts.length > 1;
  return verdicts.flatMap((v) =>
    approvalMissingPhrases(v.decision.missing, {
      status: v.freeze,
      passes: v.glass.passes,
      missing: v.glass.missing,
    }).map((p) => (several ? `${v.environment}: ${p}` : p)),
  );
}

/** Break-glass over all the environments: passes when each passes; every freeze broken, in any of them. */
export function combinedBreakGlass(verdicts: readonly EnvironmentVerdict[]): BreakGlassDecision {
  const [only] = verdicts;
  if (verdicts.length === 1 && only) return only.glass;
  // A freeze over several environments is one freeze: broken once.
  const brokenBy: BreakGlassDecision['brokenBy'] = [];
  for (const b of verdicts.flatMap((v) => v.glass.brokenBy)) {
    if (!brokenBy.some((x) => x.freeze === b.freeze)) brokenBy.push(b);
  }
  const inForce: BreakGlassDecision['inForce'] = [];
  for (const f of verdicts.flatMap((v) => v.glass.inForce)) {
    const o = f.occurrence;
    if (!inForce.some((x) => x.occurrence.freeze === o.freeze && x.occurrence.from === o.from))
      inForce.push(f);
  }
  const blocked = verdicts.filter((v) => !v.glass.passes);
  return {
    passes: blocked.length === 0,
    used: verdicts.some((v) => v.glass.used),
    brokenBy,
    inForce,
    at: only?.glass.at ?? new Date(0).toISOString(),
    missing: blocked.flatMap((v) => v.glass.missing),
    description: clipDescription(
      blocked.length === 0
        ? (verdicts.map((v) => v.glass.description).find((d) => d !== 'not frozen') ?? 'not frozen')
        : blocked.map((v) => `${v.environment}: ${v.glass.description}`).join('; '),
    ),
  };
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
