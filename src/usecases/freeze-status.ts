// freeze status: whether each environment of the repository at `repo` is frozen at an instant, through the same
// evaluation the approval gate and deploy use (src/domain/freeze.ts). Flow: docs/architecture.md.
import { type FreezeStatus, freezeStatus } from '../domain/freeze.js';
import { loadRepo } from '../state/repo.js';
import { failed, type StepResult, succeeded } from './result.js';

export type { FreezeStatus };

export interface FreezeStatusRequest {
  repo: string;
  at: Date;
  /** Only this environment; else every environment of gitopshq.yaml, in its order. */
  environment?: string;
}

/** Failed (kind usage) when `environment` is not one of gitopshq.yaml's. */
export async function freezeStatuses(req: FreezeStatusRequest): Promise<StepResult<FreezeStatus[]>> {
  const { config } = await loadRepo(req.repo);
  const names = config.environments.map((e) => e.name);
  const env = req.environment;
  if (env !== undefined && !names.includes(env)) {
    return failed({
      kind: 'usage',
      message: `--env: unknown environment '${env}' (gitopshq.yaml has: ${names.join(', ')})`,
    });
  }
  return succeeded(
    (env === undefined ? names : [env]).map((name) => freezeStatus(config.freezes, name, req.at)),
  );
}
