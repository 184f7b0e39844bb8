import { describe, expect, it } from 'vitest';
import {
  type ConfigFile,
  type WorkloadFile,
  withConfigDefaults,
  withWorkloadDefaults,
} from '../../../src/state/defaults.js';
import { schemaFor } from '../../../src/state/schema-validate.js';

type Schema = {
  default?: unknown;
  properties?: Record<string, Schema>;
  $ref?: string;
  $defs?: Record<string, Schema>;
};

/** The `default` declared at `start` then down a chain of property names, following local `$ref`s of `root`. */
function schemaDefault(root: Schema, start: Schema, ...chain: string[]): unknown {
  const deref = (x: Schema | undefined): Schema | undefined => {
    const target = x?.$ref ? root.$defs?.[x.$ref.replace('#/$defs/', '')] : undefined;
    return target ? { ...target, ...x, default: x?.default ?? target.default } : x;
  };
  let s = deref(start);
  for (const name of chain) s = deref(s?.properties?.[name]);
  return s?.default;
}

const minimalConfig: ConfigFile = {
  apiVersion: 'gitopshq.io/v1',
  kind: 'Config',
  environments: [{ name: 'dev' }, { name: 'prod', approvals: { required: 2 } }],
  tenants: [{ name: 'acme' }],
  freezes: [{ name: 'xmas', timezone: 'UTC', start: '2026-12-24T00:00', end: '2026-12-27T00:00' }],
};

describe('defaults', () => {
  const config = withConfigDefaults(minimalConfig);
  const gitopshq = schemaFor('gitopshq') as Schema;
  const env = gitopshq.$defs?.environment as Schema;

  it('fill every optional key of gitopshq.yaml as the model requires', () => {
    expect(config).toEqual({
      apiVersion: 'gitopshq.io/v1',
      kind: 'Config',
      environments: [
        {
          name: 'dev',
          approvals: {
            required: 0,
            teams: [],
            codeowners: false,
            allowSelfApproval: false,
            dismissStaleApprovals: true,
          },
          deploy: { branch: 'gitopshq/deploy/dev', autoMerge: false },
        },
        {
          name: 'prod',
          approvals: {
            required: 2,
            teams: [],
            codeowners: false,
            allowSelfApproval: false,
            dismissStaleApprovals: true,
          },
          deploy: { branch: 'gitopshq/deploy/prod', autoMerge: false },
        },
      ],
      tenants: [{ name: 'acme', wave: 0, canary: false }],
      freezes: [
        {
          name: 'xmas',
          timezone: 'UTC',
          start: '2026-12-24T00:00',
          end: '2026-12-27T00:00',
          environments: [],
          breakGlass: { allowed: false, label: 'break-glass', teams: [] },
        },
      ],
      render: {
        kubernetesVersion: '1.33',
        policies: { forbidLatestTag: true, requireResourceLimits: true, forbidPrivileged: true },
      },
      stateBranch: 'gitopshq/state',
    });
  });

  it('are the ones the schema declares', () => {
    const approvals = config.environments[0]!.approvals;
    for (const key of Object.keys(approvals) as (keyof typeof approvals)[]) {
      expect([key, schemaDefault(gitopshq, env, 'approvals', key)]).toEqual([key, approvals[key]]);
    }
    expect(schemaDefault(gitopshq, env, 'deploy', 'autoMerge')).toBe(
      config.environments[0]!.deploy.autoMerge,
    );
    const tenant = gitopshq.$defs?.tenant as Schema;
    expect(schemaDefault(gitopshq, tenant, 'wave')).toBe(0);
    expect(schemaDefault(gitopshq, tenant, 'canary')).toBe(false);
    const freeze = gitopshq.$defs?.freeze as Schema;
    for (const key of ['allowed', 'label', 'teams'] as const) {
      expect(schemaDefault(gitopshq, freeze, 'breakGlass', key)).toEqual(config.freezes[0]!.breakGlass[key]);
    }
    expect(schemaDefault(gitopshq, gitopshq, 'render', 'kubernetesVersion')).toBe(
      config.render.kubernetesVersion,
    );
    for (const key of Object.keys(config.render.policies) as (keyof typeof config.render.policies)[]) {
      expect(schemaDefault(gitopshq, gitopshq, 'render', 'policies', key)).toBe(config.render.policies[key]);
    }
    expect(schemaDefault(gitopshq, gitopshq, 'stateBranch')).toBe(config.stateBranch);
  });

  it('do not share arrays between environments (a caller mutating one must not change another)', () => {
    config.environments[0]!.approvals.teams.push('x');
    expect(config.environments[1]!.approvals.teams).toEqual([]);
    expect(withConfigDefaults(minimalConfig).environments[0]!.approvals.teams).toEqual([]);
  });

  const workload = (source: WorkloadFile['source'], extra: Partial<WorkloadFile> = {}): WorkloadFile => ({
    apiVersion: 'gitopshq.io/v1',
    kind: 'Workload',
    name: 'web',
    namespace: 'shop',
    source,
    ...extra,
  });
  const workloadSchema = schemaFor('workload') as Schema;

  it.each([
    [{ type: 'template' } as const, { type: 'template', path: 'templates' }, 'templateSource', 'path'],
    [
      { type: 'kustomize' } as const,
      { type: 'kustomize', overlay: 'overlays/{env}', overlays: {} },
      'kustomizeSource',
      'overlay',
    ],
    [
      { type: 'kustomize' } as const,
      { type: 'kustomize', overlay: 'overlays/{env}', overlays: {} },
      'kustomizeSource',
      'overlays',
    ],
    [
      { type: 'helm', chart: 'chart' } as const,
      { type: 'helm', chart: 'chart', versions: {} },
      'helmSource',
      'versions',
    ],
  ])('workload source %j', (source, expected, def, key) => {
    const w = withWorkloadDefaults(workload(source), ['dev', 'prod']);
    expect(w.source).toEqual(expected);
    expect(schemaDefault(workloadSchema, workloadSchema.$defs?.[def] as Schema, key)).toEqual(
      (expected as Record<string, unknown>)[key],
    );
  });

  it('a workload runs in every environment, for no tenant, unless it says otherwise', () => {
    expect(withWorkloadDefaults(workload({ type: 'template' }), ['dev', 'prod'])).toMatchObject({
      environments: ['dev', 'prod'],
      tenants: [],
    });
    expect(
      withWorkloadDefaults(workload({ type: 'template' }, { environments: ['prod'], tenants: ['acme'] }), [
        'dev',
        'prod',
      ]),
    ).toMatchObject({ environments: ['prod'], tenants: ['acme'] });
    expect(schemaDefault(workloadSchema, workloadSchema, 'tenants')).toEqual([]);
  });
});
