// Errors that carry what the user must change. Everything else that escapes an action or the CLI is a bug.

/** A problem located in a file: `gitopshq.yaml:14:7: environments[2].approvals.required must be >= 0`. */
export interface Finding {
  file: string;
  line: number;
  col: number;
  message: string;
  severity?: 'error' | 'warning';
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.col}: ${f.message}`;
}

/** The user can fix this (bad input, invalid file, policy says no). Exit code 1 in the CLI unless `usage`. */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  constructor(
    message: string,
    readonly findings: Finding[] = [],
    /** `usage`: a wrong command line or environment (exit 2); `finding`: the repository or policy (exit 1). */
    readonly kind: 'usage' | 'finding' = 'finding',
  ) {
    super(message);
  }
}

/** A file (or several) failed validation: one finding per problem, all reported together. */
export class ValidationError extends UserError {
  override readonly name = 'ValidationError';
  constructor(findings: Finding[]) {
    super(findings.map(formatFinding).join('\n'), findings, 'finding');
  }
}

/** Input that names something we must turn into a path (workload, environment, tenant) was unsafe or malformed. */
export class NameError extends UserError {
  override readonly name = 'NameError';
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
