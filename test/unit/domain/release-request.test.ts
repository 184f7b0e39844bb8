import { describe, expect, it } from 'vitest';
import type { FreezeStatus } from '../../../src/domain/freeze.js';
import type { ApprovalPolicy } from '../../../src/domain/model.js';
import { parseReleaseDispatch } from '../../../src/domain/release-dispatch.js';
import {
  autoMergeGate,
  releaseBody,
  releaseBranchName,
  releaseTitle,
} from '../../../src/domain/release-request.js';

const key = {
  workload: 'payment-api',
  environment: 'dev',
  tenants: ['globex', 'acme'],
  updates: [{ path: 'image.tag', value: 'v2.5.0' }],
};

describe('releaseBranchName', () => {
  it('maps the same request to the same branch, whatever the tenant order', () => {
    const a = releaseBranchName(key);
    expect(a).toMatch(/^gitopshq\/release\/payment-api-dev-[0-9a-f]{12}$/);
    expect(releaseBranchName({ ...key, tenants: ['acme', 'globex'] })).toBe(a);
  });

  it('maps any other request to another branch', () => {
    const a = releaseBranchName(key);
    expect(releaseBranchName({ ...key, updates: [{ path: 'image.tag', value: 'v2.5.1' }] })).not.toBe(a);
    expect(releaseBranchName({ ...key, environment: 'prod' })).not.toBe(a);
    expect(releaseBranchName({ ...key, tenants: ['acme'] })).not.toBe(a);
    expect(releaseBranchName({ ...key, chartVersion: '1.2.3' })).not.toBe(a);
  });
});

describe('releaseTitle', () => {
  it('reads as the playbook writes it', () => {
    expect(releaseTitle(key)).toBe('payment-api: bump image.tag to v2.5.0');
    expect(releaseTitle({ ...key, updates: [{ path: 'replicas', value: '3' }] })).toBe(
      'payment-api: set replicas to 3',
    );
  });

  it('summarises several updates and drops YAML quotes and line breaks', () => {
    const updates = [
      { path: 'image.tag', value: '"1.10"' },
      { path: 'replicas', value: '3' },
      { path: 'debug', value: 'true' },
    ];
    expect(releaseTitle({ ...key, updates })).toBe('payment-api: bump image.tag to 1.10 and 2 more values');
    expect(releaseTitle({ ...key, updates: [{ path: 'a', value: 'x\ny' }] })).toBe(
      'payment-api: set a to x y',
    );
  });

  it('names the chart and its new version for a chart upgrade', () => {
    const upgrade = { ...key, updates: [], chartVersion: '6.15.0', chartName: 'podinfo' };
    expect(releaseTitle(upgrade)).toBe('payment-api: upgrade chart podinfo to 6.15.0');
    expect(releaseTitle({ ...upgrade, updates: [{ path: 'replicas', value: '3' }] })).toBe(
      'payment-api: upgrade chart podinfo to 6.15.0 and set replicas to 3',
    );
  });
});

describe('releaseBody', () => {
  it('escapes untrusted values and notes: no HTML comment, no table break, no link', () => {
    const body = releaseBody({
      ...key,
      releaseId: 'payment-api-dev-20261130-a1b2c3',
      changes: [{ file: 'workloads/payment-api/values/dev.yaml', path: 'image.tag', value: 'a|b`<!--' }],
      notes: 'Fixes <!-- hidden --> PAY-1',
      rollbackTarget: { id: 'payment-api-dev-20261120-000000', title: '[click](https://evil)' },
    });
    expect(body).not.toContain('<!-- hidden');
    expect(body).toContain('&lt;!-- hidden --&gt;');
    expect(body).toContain('a\\|b');
    expect(body).toContain('\\[click\\]');
    expect(body).toContain('`payment-api-dev-20261120-000000`');
    expect(body).toContain('<!-- gitopshq:release payment-api-dev-20261130-a1b2c3 -->');
  });

  it('says when there is nothing to roll back to', () => {
    const body = releaseBody({ ...key, releaseId: 'x-dev-20261130-a1b2c3', changes: [] });
    expect(body).toContain('None: no release has been deployed to `dev` yet.');
  });
});

describe('autoMergeGate', () => {
  const open: ApprovalPolicy = {
    required: 0,
    teams: [],
    codeowners: false,
    allowSelfApproval: false,
    dismissStaleApprovals: true,
  };
  const thawed = { frozen: false } as FreezeStatus;
  const base = { requested: true, draft: false, environment: 'dev', policy: open, freeze: thawed };

  it('merges only where nobody needs to approve and no freeze is in force', () => {
    expect(autoMergeGate(base)).toEqual({ merge: true, reason: 'no approval required' });
    expect(autoMergeGate({ ...base, requested: false }).merge).toBe(false);
    expect(autoMergeGate({ ...base, draft: true }).reason).toBe('the pull request is a draft');
    expect(autoMergeGate({ ...base, policy: { ...open, codeowners: true } }).reason).toBe(
      'dev needs a CODEOWNERS approval: left open for review',
    );
    expect(
      autoMergeGate({ ...base, environment: 'prod', policy: { ...open, required: 2, teams: ['sre'] } })
        .reason,
    ).toBe('prod needs 2 approvals, an approval from team sre: left open for review');
    const frozen = { frozen: true, freeze: 'weekend', untilLocal: 'Mon 07:00 Europe/Berlin' } as FreezeStatus;
    expect(autoMergeGate({ ...base, freeze: frozen }).reason).toBe(
      'dev is frozen by weekend until Mon 07:00 Europe/Berlin: left open',
    );
  });
});

describe('parseReleaseDispatch', () => {
  it('reads a payload; a string stays a string in YAML, numbers and booleans stay themselves', () => {
    expect(
      parseReleaseDispatch({
        workload: 'payment-api',
        environment: 'dev',
        updates: [
          { path: 'image.tag', value: '1.10' },
          { path: 'replicas', value: 3 },
          { path: 'debug', value: false },
        ],
        tenants: ['acme'],
        notes: 'n',
      }),
    ).toEqual({
      workload: 'payment-api',
      environment: 'dev',
      updates: [
        { path: 'image.tag', value: '"1.10"' },
        { path: 'replicas', value: '3' },
        { path: 'debug', value: 'false' },
      ],
      tenants: ['acme'],
      notes: 'n',
    });
  });

  it('names every field to fix in one error', () => {
    let message = '';
    try {
      parseReleaseDispatch({
        workload: '../etc',
        updates: [{ path: 'a..b', value: 'x' }, { path: 'a', value: 'x\ny' }, 'z'],
        tenants: 'acme',
        notes: 3,
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^the repository_dispatch payload has 7 problems:/);
    expect(message).toContain('client_payload.workload: workload');
    expect(message).toContain('client_payload.environment: is required, a string');
    expect(message).toContain('client_payload.updates[0].path:');
    expect(message).toContain('client_payload.updates[1].value: must be a single line');
    expect(message).toContain('client_payload.updates[2]: must be an object {path, value}');
    expect(message).toContain('client_payload.tenants: must be a list of tenant names');
    expect(message).toContain('client_payload.notes: must be a string');
  });

  it('takes a chart upgrade with no value updates, and checks its version', () => {
    expect(
      parseReleaseDispatch({ workload: 'payment-api', environment: 'dev', chartVersion: '6.15.0' }),
    ).toEqual({
      workload: 'payment-api',
      environment: 'dev',
      updates: [],
      tenants: [],
      chartVersion: '6.15.0',
    });
    expect(() =>
      parseReleaseDispatch({ workload: 'payment-api', environment: 'dev', chartVersion: '$(id)' }),
    ).toThrow(/client_payload.chartVersion: must be a chart version such as "1.2.3"/);
    expect(() => parseReleaseDispatch({ workload: 'payment-api', environment: 'dev' })).toThrow(
      /client_payload.updates: is required, a non-empty list of \{path, value\} \(or give chartVersion/,
    );
  });

  it('refuses a payload that is not an object', () => {
    expect(() => parseReleaseDispatch(null)).toThrow(/client_payload: must be an object/);
  });

  it('reads committedAt, the source commit time lead time starts at, as UTC; refuses what is not a time', () => {
    const base = {
      workload: 'payment-api',
      environment: 'dev',
      updates: [{ path: 'image.tag', value: '1' }],
    };
    expect(
      parseReleaseDispatch({ ...base, committedAt: '2026-11-30T10:15:00+01:00' }).sourceCommittedAt,
    ).toBe('2026-11-30T09:15:00.000Z');
    expect(parseReleaseDispatch(base)).not.toHaveProperty('sourceCommittedAt');
    expect(() => parseReleaseDispatch({ ...base, committedAt: 'yesterday' })).toThrow(
      /client_payload.committedAt: must be a time/,
    );
    expect(() => parseReleaseDispatch({ ...base, committedAt: 1700000000 })).toThrow(/committedAt/);
  });
});
