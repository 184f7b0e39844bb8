// promote's public interface (docs/architecture.md#contracts).
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputSpec } from '../../core/inputs.js';

export const inputs = {
  'release-id': { kind: 'id', required: true },
  /** Default: the next environment in gitopshq.yaml's order. */
  to: { kind: 'name', name: 'environment' },
  /** Default: the next wave not yet promoted. */
  wave: { kind: 'integer', min: 0 },
  /** Instead of the next wave: tenants that narrow or continue the plan, never ahead of an unhealthy wave. */
  tenants: { kind: 'names', name: 'tenant' },
  /** A reason to go ahead of earlier waves on purpose (admins and maintainers; recorded on the wave). */
  'skip-waves': { kind: 'string' },
  /** A reason to open the PR during a freeze (recorded; the gate still needs the break-glass approval). */
  'break-glass': { kind: 'string' },
  /** Dispatched after an auto-merge (a merge with GITHUB_TOKEN starts no workflow); `none`: nothing. */
  'deploy-workflow': { kind: 'string', default: 'gitopshq-deploy.yml' },
  ...COMMON_INPUTS,
} as const satisfies InputSpec;

export const outputs = defineOutputs(['promotion-id', 'release-id', 'pull-request-number', 'matrix']);
