// What every use case returns (docs/architecture.md): a step either succeeded, failed, or is pending (waiting for a
// person, a PR, a cluster), and says whether running it again may help. Modelled on kargo's step results: a caller
// (an action, the CLI, a scheduler) decides what to do from these two fields alone, never from a message.
import { type Finding, UserError } from '../domain/errors.js';

export type Outcome = 'succeeded' | 'failed' | 'pending';

/** Why a step failed: `usage` is a wrong request or environment (CLI exit 2), `finding` the repository or policy. */
export interface StepError {
  kind: 'usage' | 'finding';
  message: string;
  findings: Finding[];
}

export type StepResult<T> =
  | { outcome: 'succeeded'; retryable: false; value: T }
  /** `value`: what the step got done before it failed (a preview still posts its report). */
  | { outcome: 'failed'; retryable: boolean; error: StepError; value?: T }
  | { outcome: 'pending'; retryable: true; reason: string; retryAfterMs?: number; value?: T };

export function succeeded<T>(value: T): StepResult<T> {
  return { outcome: 'succeeded', retryable: false, value };
}

export function failed<T>(
  error: { message: string; kind?: StepError['kind']; findings?: Finding[] },
  opts: { retryable?: boolean; value?: T } = {},
): StepResult<T> {
  return {
    outcome: 'failed',
    retryable: opts.retryable ?? false,
    error: { kind: error.kind ?? 'finding', message: error.message, findings: error.findings ?? [] },
    ...(opts.value !== undefined ? { value: opts.value } : {}),
  };
}

export function pending<T>(reason: string, opts: { retryAfterMs?: number; value?: T } = {}): StepResult<T> {
  return { outcome: 'pending', retryable: true, reason, ...opts };
}

/** The error an entry point (action wrapper, CLI) reports for a failed step; undefined when it did not fail. */
export function stepUserError(result: StepResult<unknown>): UserError | undefined {
  if (result.outcome !== 'failed') return undefined;
  const { message, findings, kind } = result.error;
  return new UserError(result.retryable ? `${message} (a retry may help)` : message, findings, kind);
}
