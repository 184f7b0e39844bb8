// verify-health's public interface (docs/architecture.md#contracts).
import { COMMON_INPUTS, defineOutputs } from '../../core/contract.js';
import type { InputCheck, InputProblem, InputSpec } from '../../core/inputs.js';

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

/** Every rule across inputs, checked before anything loads: a wrong run fails as fast as bare node starts. */
export const check: InputCheck<typeof inputs> = (i) => {
  const problems: InputProblem[] = [];
  if (i.releaseId === undefined && i.environment === undefined) {
    problems.push({
      input: 'release-id',
      problem: 'or environment is required: say which release (or environment) to verify',
    });
  }
  const api = i.argocdServer !== undefined || i.argocdToken !== undefined;
  if (api && (i.argocdServer === undefined || i.argocdToken === undefined)) {
    problems.push({
      input: i.argocdServer === undefined ? 'argocd-server' : 'argocd-token',
      problem:
        'argocd-server and argocd-token go together: give both, or neither (then the kubeconfig is used)',
    });
  }
  if (i.argocdServer !== undefined && !/^https?:\/\/[^\s/]+/.test(i.argocdServer)) {
    problems.push({ input: 'argocd-server', problem: 'must be a URL such as https://argocd.example.com' });
  }
  if (i.source !== 'argocd' && i.kubeconfig === undefined) {
    problems.push({
      input: 'kubeconfig',
      problem: `is required by source ${i.source}: the kubeconfig file's content`,
    });
  }
  if (i.source === 'argocd' && i.kubeconfig === undefined && !api) {
    problems.push({
      input: 'kubeconfig',
      problem: 'or argocd-server and argocd-token are required by source argocd',
    });
  }
  return problems;
};
