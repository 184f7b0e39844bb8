// The shape of every action: a spec of its inputs, the names of its outputs, and a handler that takes typed
// inputs and ports and returns the outputs. Nothing here touches the runner; run-action.ts does.
import type { GitHubPort, RepoRef } from '../github/port.js';
import type { ActionContext } from './context.js';
import type { ActionName } from './contract.js';
import type { CamelCase, InputCheck, InputSpec, InputsOf } from './inputs.js';
import type { Logger } from './log.js';
import type { SummaryBuilder } from './summary.js';

/** Non-strings are written as JSON, as @actions/core does. */
export type OutputValue =
  | string
  | number
  | boolean
  | readonly unknown[]
  | { readonly [key: string]: unknown };

export type OutputsOf<O extends readonly string[]> = { [K in O[number] as CamelCase<K>]?: OutputValue };

export interface ActionEnv {
  context: ActionContext;
  log: Logger;
  /** Written to the job summary once, at the end, whether the handler succeeds or fails. */
  summary: SummaryBuilder;
  /** The GitHub port, created on first call with the token input and GITHUB_API_URL. */
  /** The port for GITHUB_REPOSITORY, or for `repository` (created once per repository). */
  github(repository?: RepoRef): Promise<GitHubPort>;
  /**
   * Outputs (camelCase, as the handler returns them) to set even when the handler then fails: a verdict an
   * `if: failure()` step reads. Each call replaces the previous; a handler that succeeds sets what it returns.
   */
  outputsOnFailure(outputs: Readonly<Record<string, OutputValue | undefined>>): void;
}

export interface ActionHandler<
  S extends InputSpec = InputSpec,
  O extends readonly string[] = readonly string[],
> {
  name: ActionName;
  inputs: S;
  outputs: O;
  /** Rules across inputs (`release-id` or `environment`), reported together with every other input problem. */
  check?: InputCheck<S>;
  run(inputs: InputsOf<S>, env: ActionEnv): Promise<OutputsOf<O>>;
}

/** Keeps the literal types of the spec and outputs so the handler's `inputs` and return value are checked. */
export function defineAction<const S extends InputSpec, const O extends readonly string[]>(
  handler: ActionHandler<S, O>,
): ActionHandler<S, O> {
  return handler;
}
