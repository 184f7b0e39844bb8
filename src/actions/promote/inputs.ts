// promote's public interface (docs/architecture.md#contracts).
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputSpec } from '../../core/inputs.js';

export const inputs = {
  'release-id': { kind: 'id', required: true },
  /** Default: the next environment in gitopshq.yaml's order. */
  to: { kind: 'name', name: 'environment' },
  /** Default: the next wave not yet promoted. */
  wave: { kind: 'integer', min: 0 },
  /** Overrides the wave. */
  tenants: { kind: 'names', name: 'tenant' },
  ...COMMON_INPUTS,
} as const satisfies InputSpec;

export const outputs = defineOutputs(['promotion-id', 'release-id', 'pull-request-number', 'matrix']);
