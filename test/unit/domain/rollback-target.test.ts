import { describe, expect, it } from 'vitest';
import type { ReleaseRecord, ReleaseState } from '../../../src/domain/model.js';
import {
  checkRollbackTo,
  defaultRollbackTarget,
  runningRelease,
  type TargetScope,
} from '../../../src/domain/rollback-target.js';

const PATH: Record<string, ReleaseState[]> = {
  healthy: ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Synced', 'Healthy'],
  deployed: ['PendingApproval', 'Approved', 'Deploying', 'Deployed'],
  failedDeploy: ['PendingApproval', 'Approved', 'Deploying', 'Failed'],
  failedHealth: ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Synced', 'Failed'],
  pending: ['PendingApproval'],
  cancelled: ['PendingApproval', 'Cancelled'],
};

/** A release whose history walks `path`, one minute a step, starting at `day` (2026-11-DD) 10:00. */
function rel(
  id: string,
  day: number,
  path: ReleaseState[],
  extra: Partial<ReleaseRecord> & { rolledBackAt?: number } = {},
): ReleaseRecord {
  const { rolledBackAt, ...rest } = extra;
  const at = (d: number, step: number) =>
    `2026-11-${String(d).padStart(2, '0')}T10:${String(step).padStart(2, '0')}:00Z`;
  const history = path.map((state, i) => ({ state, at: at(day, i), actor: 'bot' }));
  if (rolledBackAt !== undefined)
    history.push({ state: 'RolledBack', at: at(rolledBackAt, 30), actor: 'erin' });
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'payment-api',
    environment: 'prod',
    tenants: [],
    title: id,
    author: 'alice',
    createdAt: history[0]?.at ?? '',
    state: history[history.length - 1]?.state ?? 'Draft',
    history,
    changes: { updates: [] },
    approvals: [],
    ...rest,
  };
}

const prod: TargetScope = { workload: 'payment-api', environment: 'prod' };

describe('runningRelease: what runs in the environment now', () => {
  const rows: [string, ReleaseRecord[], TargetScope, string | undefined][] = [
    ['no records', [], prod, undefined],
    [
      'only pending and cancelled releases',
      [rel('a', 1, PATH.pending ?? []), rel('b', 2, PATH.cancelled ?? [])],
      prod,
      undefined,
    ],
    ['one healthy release', [rel('a', 1, PATH.healthy ?? [])], prod, 'a'],
    [
      'the latest deployed wins',
      [rel('a', 1, PATH.healthy ?? []), rel('b', 2, PATH.healthy ?? [])],
      prod,
      'b',
    ],
    [
      'by deploy time, not by list order',
      [rel('b', 2, PATH.healthy ?? []), rel('a', 1, PATH.healthy ?? [])],
      prod,
      'b',
    ],
    [
      'a later release that failed to deploy does not replace it',
      [rel('a', 1, PATH.healthy ?? []), rel('b', 2, PATH.failedDeploy ?? [])],
      prod,
      'a',
    ],
    [
      'a later release that failed its health check still runs',
      [rel('a', 1, PATH.healthy ?? []), rel('b', 2, PATH.failedHealth ?? [])],
      prod,
      'b',
    ],
    [
      'a rolled-back release hands back to its rollback target',
      [
        rel('a', 1, PATH.healthy ?? []),
        rel('b', 2, PATH.healthy ?? [], { rollbackTarget: 'a', rolledBackAt: 3 }),
      ],
      prod,
      'a',
    ],
    [
      'a rollback to an explicit earlier release skips the one between',
      [
        rel('a', 1, PATH.healthy ?? []),
        rel('b', 2, PATH.healthy ?? []),
        rel('c', 3, PATH.failedHealth ?? [], { rollbackTarget: 'b', rolledBackTo: 'a', rolledBackAt: 4 }),
      ],
      prod,
      'a',
    ],
    [
      'a rollback without a recorded target returns to the release deployed before',
      [rel('a', 1, PATH.healthy ?? []), rel('b', 2, PATH.failedHealth ?? [], { rolledBackAt: 3 })],
      prod,
      'a',
    ],
    [
      'a deploy after a rollback runs again',
      [
        rel('a', 1, PATH.healthy ?? []),
        rel('b', 2, PATH.healthy ?? [], { rollbackTarget: 'a', rolledBackAt: 3 }),
        rel('c', 4, PATH.deployed ?? []),
      ],
      prod,
      'c',
    ],
    [
      'other environments and workloads do not count',
      [
        rel('a', 1, PATH.healthy ?? []),
        rel('s', 2, PATH.healthy ?? [], { environment: 'staging' }),
        rel('w', 3, PATH.healthy ?? [], { workload: 'checkout' }),
      ],
      prod,
      'a',
    ],
    [
      'per tenant: a release for all tenants and one for another tenant',
      [rel('all', 1, PATH.healthy ?? []), rel('acme', 2, PATH.healthy ?? [], { tenants: ['acme'] })],
      { ...prod, tenant: 'globex' },
      'all',
    ],
    [
      'per tenant: the tenant release is newer',
      [rel('all', 1, PATH.healthy ?? []), rel('acme', 2, PATH.healthy ?? [], { tenants: ['acme'] })],
      { ...prod, tenant: 'acme' },
      'acme',
    ],
    [
      'a release deployed on retry counts from when it was deployed',
      [
        rel('a', 1, ['PendingApproval', 'Approved', 'Deploying', 'Failed', 'Deploying', 'Deployed']),
        rel('b', 1, PATH.deployed ?? []),
      ],
      prod,
      'a',
    ],
  ];
  it.each(rows)('%s', (_case, records, scope, expected) => {
    expect(runningRelease(records, scope)?.id).toBe(expected);
  });
});

describe('checkRollbackTo: which releases a rollback may go back to', () => {
  const history = [
    rel('a', 1, PATH.healthy ?? []),
    rel('x', 2, PATH.failedHealth ?? [], { rollbackTarget: 'a', rolledBackAt: 2 }),
    rel('b', 3, PATH.healthy ?? []),
    rel('f', 4, PATH.failedDeploy ?? []),
    rel('p', 4, PATH.pending ?? []),
    rel('s', 4, PATH.healthy ?? [], { environment: 'staging' }),
    rel('w', 4, PATH.healthy ?? [], { workload: 'checkout' }),
    rel('t', 4, PATH.healthy ?? [], { tenants: ['acme'], createdAt: 'x' }),
    rel('c', 5, PATH.failedHealth ?? []),
  ];
  const rows: [string, TargetScope, string, string][] = [
    ['an earlier healthy release', prod, 'b', 'ok: b replaces c'],
    ['the oldest healthy release', prod, 'a', 'ok: a replaces c'],
    [
      'the running release',
      prod,
      'c',
      'release c is what runs for payment-api in prod now; pick an earlier release',
    ],
    ['an unknown id', prod, 'zz', 'release zz does not exist'],
    ['another workload', prod, 'w', 'release w is for workload checkout, not payment-api'],
    [
      'another environment',
      prod,
      's',
      'release s was for environment staging; a rollback in prod must pick a release deployed there',
    ],
    ['another tenant', { ...prod, tenant: 'globex' }, 't', 'release t targeted tenants acme, not globex'],
    [
      'a release that failed to deploy',
      prod,
      'f',
      'release f was never deployed (it is Failed); pick a release that ran in prod',
    ],
    [
      'a release still pending',
      prod,
      'p',
      'release p was never deployed (it is PendingApproval); pick a release that ran in prod',
    ],
    [
      'a release that was rolled back',
      prod,
      'x',
      'release x was itself rolled back; pick a release that was not',
    ],
    [
      'nothing deployed yet',
      { ...prod, environment: 'dev' },
      'a',
      'nothing has been deployed for payment-api in dev yet, so there is nothing to roll back',
    ],
  ];
  it.each(rows)('%s', (_case, scope, id, expected) => {
    const r = checkRollbackTo(history, scope, id);
    expect(r.ok ? `ok: ${r.target.id} replaces ${r.current.id}` : r.reason).toBe(expected);
  });

  it('a release that failed after deploying is refused once something else runs', () => {
    const records = [
      rel('a', 1, PATH.healthy ?? []),
      rel('c', 2, PATH.failedHealth ?? []),
      rel('d', 3, PATH.healthy ?? []),
    ];
    const r = checkRollbackTo(records, prod, 'c');
    expect(r.ok ? 'ok' : r.reason).toBe('release c is Failed; pick a release that was Healthy');
  });

  it('a target deployed but never reported Healthy is refused, unless the operator allows it explicitly', () => {
    const synced = [...(PATH.deployed ?? []), 'Synced' as const];
    for (const path of [PATH.deployed ?? [], synced]) {
      const records = [rel('a', 1, PATH.healthy ?? []), rel('b', 2, path), rel('c', 3, PATH.healthy ?? [])];
      const state = path.at(-1);
      const refused = checkRollbackTo(records, prod, 'b');
      expect(refused.ok ? 'ok' : refused.reason).toBe(
        `release b is ${state}, never reported Healthy; pick a release that was Healthy, or allow an unverified target explicitly`,
      );
      const allowed = checkRollbackTo(records, prod, 'b', { allowUnverified: true });
      expect(allowed.ok ? `ok: ${allowed.target.id} replaces ${allowed.current.id}` : allowed.reason).toBe(
        'ok: b replaces c',
      );
    }
    // The override never opens a Failed release.
    const failed = [
      rel('a', 1, PATH.healthy ?? []),
      rel('f', 2, PATH.failedHealth ?? []),
      rel('d', 3, PATH.healthy ?? []),
    ];
    const r = checkRollbackTo(failed, prod, 'f', { allowUnverified: true });
    expect(r.ok ? 'ok' : r.reason).toBe('release f is Failed; pick a release that was Healthy');
  });
});

describe('defaultRollbackTarget: the last healthy release before the running one', () => {
  const rows: [string, ReleaseRecord[], string | undefined][] = [
    ['nothing deployed', [], undefined],
    ['only the running release', [rel('a', 1, PATH.healthy ?? [])], undefined],
    [
      'the previous healthy release',
      [rel('a', 1, PATH.healthy ?? []), rel('b', 2, PATH.healthy ?? []), rel('c', 3, PATH.deployed ?? [])],
      'b',
    ],
    [
      'skips failed and rolled-back ones',
      [
        rel('a', 1, PATH.healthy ?? []),
        rel('b', 2, PATH.failedHealth ?? [], { rolledBackAt: 2 }),
        rel('x', 3, PATH.failedHealth ?? []),
        rel('c', 4, PATH.deployed ?? []),
      ],
      'a',
    ],
    [
      'after a rollback to a, nothing older is left',
      [
        rel('a', 1, PATH.healthy ?? []),
        rel('b', 2, PATH.healthy ?? [], { rollbackTarget: 'a', rolledBackAt: 3 }),
      ],
      undefined,
    ],
    [
      'never a release deployed after the running one',
      [
        rel('z', 1, PATH.healthy ?? []),
        rel('a', 2, PATH.healthy ?? []),
        rel('b', 3, PATH.healthy ?? []),
        rel('c', 4, PATH.failedHealth ?? [], { rolledBackTo: 'a', rolledBackAt: 5 }),
      ],
      'z',
    ],
  ];
  it.each(rows)('%s', (_case, records, expected) => {
    expect(defaultRollbackTarget(records, prod)?.id).toBe(expected);
  });
});
