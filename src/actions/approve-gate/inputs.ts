// approve-gate's public interface (docs/architecture.md#contracts).
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputSpec } from '../../core/inputs.js';

export const inputs = {
  /** Default: the pull request of the triggering event. */
  'pull-request': { kind: 'integer' },
  /** Default: the release's environment. */
  environment: { kind: 'name', name: 'environment' },
  'fail-when-blocked': { kind: 'boolean', default: 'false' },
  ...COMMON_INPUTS,
} as const satisfies InputSpec;

export const outputs = defineOutputs(['approved', 'release-id', 'state', 'missing']);
