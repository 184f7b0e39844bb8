import { expect, test } from 'vitest';
import { parse } from 'yaml';
import type { PromotionRecord, ReleaseRecord } from '../../../src/domain/model.js';
import { promotionToYaml, releaseToYaml } from '../../../src/state/record-yaml.js';

const release: ReleaseRecord = {
  apiVersion: 'gitopshq.io/v1',
  kind: 'Release',
  id: 'payment-api-prod-20261126-a1b2c3',
  workload: 'payment-api',
  environment: 'prod',
  tenants: ['acme'],
  title: 'payment-api: image.tag 1.10',
  author: 'dev-alice',
  createdAt: '2026-11-26T10:00:00.000Z',
  state: 'Approved',
  history: [
    { state: 'Draft', at: '2026-11-26T10:00:00.000Z', actor: 'dev-alice' },
    { state: 'PendingApproval', at: '2026-11-26T10:01:00.000Z', actor: 'gitopshq-bot', note: 'PR #7 opened' },
  ],
  changes: { updates: [{ path: 'image.tag', value: '1.10' }], chartVersion: '2.0.0' },
  pullRequest: { number: 7, url: 'https://github.com/acme/gitops/pull/7', branch: 'gitopshq/release/x' },
  approvals: [{ reviewer: 'rev-bob', state: 'APPROVED', commit: 'abc', at: '2026-11-26T10:02:00.000Z' }],
  deploy: { commit: 'def', branch: 'gitopshq/deploy/prod', deploymentId: 3 },
};

/** The same data with every object's keys in reverse order: what a caller spreading objects might produce. */
function reversed<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reversed) as T;
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v)
      .reverse()
      .map(([k, x]) => [k, reversed(x)]),
  ) as T;
}

test('a release comes out in the order of the ReleaseRecord interface, nested objects too', () => {
  expect(releaseToYaml(release)).toBe(`apiVersion: gitopshq.io/v1
kind: Release
id: payment-api-prod-20261126-a1b2c3
workload: payment-api
environment: prod
tenants:
  - acme
title: "payment-api: image.tag 1.10"
author: dev-alice
createdAt: 2026-11-26T10:00:00.000Z
state: Approved
history:
  - state: Draft
    at: 2026-11-26T10:00:00.000Z
    actor: dev-alice
  - state: PendingApproval
    at: 2026-11-26T10:01:00.000Z
    actor: gitopshq-bot
    note: "PR #7 opened"
changes:
  updates:
    - path: image.tag
      value: "1.10"
  chartVersion: 2.0.0
pullRequest:
  number: 7
  url: https://github.com/acme/gitops/pull/7
  branch: gitopshq/release/x
approvals:
  - reviewer: rev-bob
    state: APPROVED
    commit: abc
    at: 2026-11-26T10:02:00.000Z
deploy:
  commit: def
  deploymentId: 3
  branch: gitopshq/deploy/prod
`);
});

test('key order in the input does not change a byte of the output', () => {
  expect(releaseToYaml(reversed(release))).toBe(releaseToYaml(release));
});

test('strings that look like other YAML types stay strings when read back', () => {
  const tricky = {
    ...release,
    title: 'yes',
    notes: 'line one\nline two: with colon\n# not a comment',
    changes: {
      updates: [
        { path: 'a', value: '1.10' },
        { path: 'b', value: 'true' },
        { path: 'c', value: 'null' },
        { path: 'd', value: '0x1F' },
        { path: 'e', value: '' },
        { path: 'f', value: '- item' },
      ],
    },
  };
  expect(parse(releaseToYaml(tricky))).toEqual(tricky);
});

test('long notes are not folded, so a one-word edit is a one-line diff', () => {
  const notes = 'word '.repeat(60).trim();
  const lines = releaseToYaml({ ...release, notes }).split('\n');
  expect(lines).toContain(`notes: ${notes}`);
});

test('undefined optional fields are left out, unknown keys kept after the known ones, sorted', () => {
  const withExtras = { ...release, rollbackTarget: undefined, zeta: 1, alpha: 2 } as unknown as ReleaseRecord;
  const text = releaseToYaml(withExtras);
  expect(text).not.toContain('rollbackTarget');
  expect(text.trimEnd().split('\n').slice(-2)).toEqual(['alpha: 2', 'zeta: 1']);
});

test('a promotion comes out in the order of the PromotionRecord interface', () => {
  const promotion: PromotionRecord = {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id: 'payment-api-staging-to-prod-20261126-0f0f0f',
    source: 'payment-api-staging-20261125-abcdef',
    from: 'staging',
    to: 'prod',
    actor: 'release-erin',
    createdAt: '2026-11-26T11:00:00.000Z',
    state: 'InProgress',
    waves: [{ wave: 0, tenants: ['acme'], releases: ['payment-api-prod-20261126-a1b2c3'] }],
    history: [{ state: 'InProgress', at: '2026-11-26T11:00:00.000Z', actor: 'release-erin' }],
  };
  const text = promotionToYaml(reversed(promotion));
  const keys = text
    .split('\n')
    .filter((l) => /^[a-zA-Z]/.test(l))
    .map((l) => l.split(':')[0]);
  expect(keys).toEqual(Object.keys(promotion));
  expect(text).toContain('waves:\n  - wave: 0\n    tenants:\n      - acme\n    releases:\n');
  expect(parse(text)).toEqual(promotion);
});
