// create-release's public interface (docs/architecture.md#contracts). Keys are the input names users write in
// `with:`.
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputSpec } from '../../core/inputs.js';

export const inputs = {
  // Not required: a repository_dispatch run reads them from client_payload (README.md, the dispatch payload).
  workload: { kind: 'name', name: 'workload' },
  environment: { kind: 'name', name: 'environment' },
  updates: { kind: 'updates' },
  tenants: { kind: 'names', name: 'tenant' },
  title: { kind: 'string' },
  notes: { kind: 'string' },
  draft: { kind: 'boolean', default: 'false' },
  // No default: not given, the environment's `deploy.autoMerge` in gitopshq.yaml decides.
  'auto-merge': { kind: 'boolean' },
  'chart-version': { kind: 'string' },
  'committed-at': { kind: 'time' },
  'deploy-workflow': { kind: 'string', default: 'gitopshq-deploy.yml' },
  ...COMMON_INPUTS,
} as const satisfies InputSpec;

export const outputs = defineOutputs([
  'release-id',
  'pull-request-number',
  'pull-request-url',
  'branch',
  'state',
]);
