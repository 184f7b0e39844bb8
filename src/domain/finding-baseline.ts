// Which findings a change brought, and which were already there before it. A repository with one old error
// would otherwise fail every pull request until someone fixes it, and reviewers learn to ignore the red mark; so
// preview and `gitopshq diff` compare the head's findings with the base's and, by default (`new-error`), fail
// only on errors the change introduced. Pure: shared by the preview use case and the CLI.

export const FAIL_ON = ['new-error', 'error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: FailOn = 'new-error';

/** The parts of a finding that say what and where, independent of line numbers (which move with any edit). */
export interface BaselineFinding {
  severity: 'error' | 'warning';
  rule: string;
  target: string;
  resource?: string;
  path?: string;
  file?: string;
  message: string;
  /** Set by markOnBase: the same finding is in the base's render of the same target. */
  onBase?: boolean;
}

/**
 * The head's findings, each marked `onBase` when the base has the same one (same target, rule, resource, field,
 * file and message, as many times as the base has it). `normalise` rewrites messages before comparing: the two
 * sides are rendered from different checkouts, whose absolute paths an engine's message may contain.
 */
export function markOnBase<T extends BaselineFinding>(
  head: readonly T[],
  base: readonly T[],
  normalise: (message: string) => string = (m) => m,
): T[] {
  const key = (f: T) =>
    [f.severity, f.rule, f.target, f.resource ?? '', f.path ?? '', f.file ?? '', normalise(f.message)].join(
      '\0',
    );
  const available = new Map<string, number>();
  for (const f of base) available.set(key(f), (available.get(key(f)) ?? 0) + 1);
  return head.map((f) => {
    const k = key(f);
    const n = available.get(k) ?? 0;
    if (n === 0) return { ...f, onBase: false };
    available.set(k, n - 1);
    return { ...f, onBase: true };
  });
}

export interface FindingCounts {
  errors: number;
  /** Errors the change introduced (not on base). */
  newErrors: number;
  warnings: number;
}

export function countFindings(
  findings: readonly Pick<BaselineFinding, 'severity' | 'onBase'>[],
): FindingCounts {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    errors: errors.length,
    newErrors: errors.filter((f) => !f.onBase).length,
    warnings: findings.length - errors.length,
  };
}

/** Whether findings fail the step under `failOn`. */
export function failsOn(
  failOn: FailOn,
  findings: readonly Pick<BaselineFinding, 'severity' | 'onBase'>[],
): boolean {
  const c = countFindings(findings);
  switch (failOn) {
    case 'never':
      return false;
    case 'new-error':
      return c.newErrors > 0;
    case 'error':
      return c.errors > 0;
    case 'warning':
      return findings.length > 0;
  }
}

/** The errors that block under `failOn` (for verdicts and statuses): all of them, or only the new ones. */
export function blockingErrors(failOn: FailOn, counts: FindingCounts): number {
  return failOn === 'error' || failOn === 'warning' ? counts.errors : counts.newErrors;
}
