// Repositories on disk for the render tests, built file by file, and their snapshots built directly (the same
// shape src/state/repo.ts loads), so the engines are tested on exactly the inputs each test states.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type {
  GitopshqConfig,
  RenderPolicies,
  WorkloadConfig,
  WorkloadSource,
} from '../../../src/domain/model.js';
import type { LoadedWorkload, RepoSnapshot } from '../../../src/domain/repo-snapshot.js';
import type { Values } from '../../../src/domain/values.js';

export const NO_POLICIES: RenderPolicies = {
  forbidLatestTag: false,
  requireResourceLimits: false,
  forbidPrivileged: false,
};

export function config(envs = ['dev', 'prod'], policies: Partial<RenderPolicies> = {}): GitopshqConfig {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Config',
    environments: envs.map((name) => ({
      name,
      approvals: {
        required: 0,
        teams: [],
        codeowners: false,
        allowSelfApproval: false,
        dismissStaleApprovals: true,
      },
      deploy: { branch: `gitopshq/deploy/${name}`, autoMerge: false },
    })),
    tenants: [],
    freezes: [],
    render: { kubernetesVersion: '1.33', policies: { ...NO_POLICIES, ...policies } },
    stateBranch: 'gitopshq/state',
  };
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

export interface WorkloadFixture {
  name: string;
  source: WorkloadSource;
  namespace?: string;
  tenants?: string[];
  environments?: string[];
  base?: Values;
  environmentValues?: Record<string, Values>;
  tenantValues?: Record<string, Record<string, Values>>;
}

export function workload(root: string, f: WorkloadFixture): LoadedWorkload {
  const cfg: WorkloadConfig = {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Workload',
    name: f.name,
    namespace: f.namespace ?? f.name,
    source: f.source,
    tenants: f.tenants ?? [],
    environments: f.environments ?? [],
  };
  return {
    config: cfg,
    dir: join(root, 'workloads', f.name),
    values: { base: f.base ?? {}, environments: f.environmentValues ?? {}, tenants: f.tenantValues ?? {} },
  };
}

export function snapshot(root: string, cfg: GitopshqConfig, workloads: LoadedWorkload[]): RepoSnapshot {
  return { root, config: cfg, workloads: new Map(workloads.map((w) => [w.config.name, w])) };
}

/** The deployment template of docs/architecture.md#template-format, plus a Service and a Secret. */
export const WEB_TEMPLATES: Record<string, string> = {
  'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
  labels: {{ labels | toYaml | nindent(4) }}
spec:
  replicas: {{ values.replicas | default(1) }}
  selector:
    matchLabels: {{ selectorLabels | toYaml | nindent(6) }}
  template:
    metadata:
      labels: {{ labels | toYaml | nindent(8) }}
    spec:
      containers:
        - name: app
          image: "{{ values.image.repository | required('values.image.repository is required') }}:{{ values.image.tag }}"
          resources: {{ values.resources | toYaml | nindent(12) }}
`,
  'service.yaml': `{% include "_helpers.yaml" %}
apiVersion: v1
kind: Service
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
spec:
  selector: {{ selectorLabels | toYaml | nindent(4) }}
  ports:
    - port: 80
      targetPort: http
`,
  '_helpers.yaml': '# partial: not rendered alone\n',
  'secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: {{ fullname }}-db
  namespace: {{ workload.namespace }}
stringData:
  password: {{ values.db.password | quote }}
`,
};

export const WEB_VALUES: Values = {
  replicas: 2,
  image: { repository: 'ghcr.io/acme/web', tag: '1.4.2' },
  resources: { limits: { cpu: '500m', memory: '256Mi' } },
  db: { password: 's3cr3t-base' },
};
