// verify-health's request, ports and result (docs/architecture.md#health), apart from the code so the modules of
// the use case (the wait, the observers, the drift issue) share them without importing each other in a circle.
import type { HealthSource, HealthStatus, ReleaseHealth, ReleaseState } from '../domain/model.js';
import type { ArgoCdApiPort, KubePort } from '../kube/port.js';
import type { DeployBranches } from '../state/deploy-branch.js';
import type { DeployGitHub } from './deploy.js';
import type { GitHubPort, Logger, RecordStorePort } from './deps.js';

export interface DriftIssueValue {
  action: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
}

export type VerifyGitHub = DeployGitHub &
  Pick<
    GitHubPort,
    'createPullRequest' | 'findOpenPullRequest' | 'listIssues' | 'createIssue' | 'updateIssue'
  >;

export interface VerifyHealthPorts {
  store: RecordStorePort;
  /** The deploy branches: the manifests at the deploy commit, and where an automatic rollback commits. */
  branches: DeployBranches;
  /** The cluster (kubeconfig): the `flux` and `kubernetes` sources, and `argocd` without an Argo CD token. */
  kube?: KubePort;
  /** The Argo CD REST API (`argocd-server` + `argocd-token`): the `argocd` source without a kubeconfig. */
  argocd?: ArgoCdApiPort;
  /** undefined: no GitHub (the CLI without a token): no deployment status, drift issue or rollback PR. */
  github?: VerifyGitHub;
  /** Where an automatic rollback reads and writes main's values (default: `branches`, the same repository). */
  valuesRepo?: DeployBranches;
  log: Logger;
  /** Between polls of a source that cannot be watched. */
  sleep?: (ms: number) => Promise<void>;
}

export interface VerifyHealthRequest {
  /** The release to verify; else `environment`'s running releases, once, for drift (a schedule). */
  releaseId?: string;
  environment?: string;
  source: HealthSource;
  timeoutMs: number;
  autoRollback: boolean;
  actor: string;
  runUrl?: string;
  /** How long a Degraded verdict must last before it fails the release (a pod restarting once is not a failure). */
  degradedGraceMs?: number;
  argocdNamespace?: string;
  fluxNamespace?: string;
}

export interface ReleaseVerdict {
  releaseId: string;
  environment: string;
  workload: string;
  state: ReleaseState;
  status: HealthStatus;
  synced: boolean;
  drift: boolean;
  message: string;
  checked: number;
  resources: ReleaseHealth['resources'];
  rolledBackTo?: string;
  /** The promotion this release belonged to, halted because the release Failed or was Rolled Back. */
  promotionHalted?: string;
  /** The promotion this Healthy release settled (its last wave: Completed). */
  promotionSettled?: { id: string; state: string };
  /**
   * On a schedule: a Deployed or Synced release still rolling out within its timeout (counted from its deploy), left
   * to its post-deploy run; its state stays and it does not fail the scheduled run.
   */
  undecided?: boolean;
}

export interface VerifyHealthValue {
  status: HealthStatus;
  /** The verified release's state afterwards (the first release's on a schedule). */
  state?: ReleaseState;
  drift: boolean;
  releases: ReleaseVerdict[];
  source: HealthSource;
  checkedAt: string;
  elapsedMs: number;
  /** Cluster API calls (lists, gets, watches, discovery) and Argo CD API calls this verification made. */
  clusterCalls: number;
  driftIssue?: DriftIssueValue;
  /** The rollback an unhealthy release started, or why none could start. */
  rollback?: { releaseId: string; to?: string; state?: ReleaseState; pullRequest?: number; note?: string };
}
