// preview's public interface (docs/architecture.md#contracts).
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputSpec } from '../../core/inputs.js';
import { DEFAULT_FAIL_ON, FAIL_ON } from '../../usecases/preview.js';

export const inputs = {
  /** Default: the pull request of the triggering event. */
  'pull-request': { kind: 'integer' },
  comment: { kind: 'boolean', default: 'true' },
  'fail-on': { kind: 'enum', values: FAIL_ON, default: DEFAULT_FAIL_ON },
  ...COMMON_INPUTS,
} as const satisfies InputSpec;

export const outputs = defineOutputs(['changed', 'targets', 'summary', 'errors']);
