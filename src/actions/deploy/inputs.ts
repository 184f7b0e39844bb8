// deploy's public interface (docs/architecture.md#contracts).
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputSpec } from '../../core/inputs.js';

export const inputs = {
  /** Default: the release whose pull request was merged as GITHUB_SHA. */
  'release-id': { kind: 'id' },
  environment: { kind: 'name', name: 'environment' },
  'rollback-to': { kind: 'id' },
  /** With rollback-to: why (recorded on the releases and in the rollback pull request). */
  reason: { kind: 'string' },
  ...COMMON_INPUTS,
} as const satisfies InputSpec;

export const outputs = defineOutputs([
  'release-id',
  'environment',
  'deploy-commit',
  'deployment-id',
  'state',
]);
