// What every action's public interface shares. Each action's own inputs and outputs live in
// src/actions/<name>/inputs.ts; test/unit/contract checks them against action.yml both ways.
import type { InputSpec } from './inputs.js';

export const ACTION_NAMES = [
  'create-release',
  'preview',
  'approve-gate',
  'deploy',
  'promote',
  'verify-health',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export function isActionName(s: string): s is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(s);
}

/** The root action's dispatch input. */
export const COMMAND_INPUT = 'command';

export const TOKEN_INPUT = 'token';
export const REPO_PATH_INPUT = 'repo-path';
export const STATE_BRANCH_INPUT = 'state-branch';

/** Inputs every action takes (docs/architecture.md#contracts). */
export const COMMON_INPUTS = {
  [TOKEN_INPUT]: { kind: 'secret', githubToken: true },
  [REPO_PATH_INPUT]: { kind: 'path', default: '.' },
  // No default here: unset, the branch comes from gitopshq.yaml (resolveStateBranch in src/state).
  [STATE_BRANCH_INPUT]: { kind: 'branch' },
} as const satisfies InputSpec;

/** The text action.yml must declare as the default of a `githubToken` secret. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
export const GITHUB_TOKEN_DEFAULT = '${{ github.token }}';

/** Declares an action's outputs; the names are the contract, handlers return them in camelCase. */
export function defineOutputs<const O extends readonly string[]>(names: O): O {
  return names;
}

// The commit status contexts branch protection requires (docs/architecture.md#contracts) live with the GitHub port,
// where the use cases see them.
export { APPROVAL_STATUS_CONTEXT, PREVIEW_STATUS_CONTEXT } from '../github/port.js';
