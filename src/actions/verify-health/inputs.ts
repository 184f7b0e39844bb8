// verify-health's public interface (docs/architecture.md#contracts).
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputCheck, InputSpec } from '../../core/inputs.js';

export const SOURCES = ['argocd', 'flux', 'kubernetes'] as const;

export const inputs = {
  'release-id': { kind: 'id' },
  environment: { kind: 'name', name: 'environment' },
  source: { kind: 'enum', values: SOURCES, default: 'argocd' },
  kubeconfig: { kind: 'secret', multiline: true },
  'argocd-server': { kind: 'string' },
  'argocd-token': { kind: 'secret' },
  timeout: { kind: 'duration', default: '10m' },
  'auto-rollback': { kind: 'boolean', default: 'false' },
  ...COMMON_INPUTS,
} as const satisfies InputSpec;

export const outputs = defineOutputs(['status', 'state', 'drift', 'report']);

export const check: InputCheck<typeof inputs> = (i) =>
  i.releaseId === undefined && i.environment === undefined
    ? [
        {
          input: 'release-id',
          problem: 'or environment is required: say which release (or environment) to verify',
        },
      ]
    : [];
