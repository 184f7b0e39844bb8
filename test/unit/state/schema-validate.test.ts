import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/domain/errors.js';
import { RELEASE_STATES } from '../../../src/domain/model.js';
import { exampleFiles } from '../../../src/state/example-repo.js';
import { type SchemaName, schemaFor, validateDocument } from '../../../src/state/schema-validate.js';

/** Every finding of `text` as `file:line:col: message` lines. */
function problems(text: string, schema: SchemaName, file = 'f.yaml'): string[] {
  return validateDocument(text, file, schema).findings.map(formatFinding);
}

const CONFIG = `apiVersion: gitopshq.io/v1
kind: Config
environments:
  - name: dev
  - name: prod
    approvals:
      required: 2
`;

const WORKLOAD = `apiVersion: gitopshq.io/v1
kind: Workload
name: web
namespace: shop
source:
  type: template
`;

const RELEASE = `apiVersion: gitopshq.io/v1
kind: Release
id: payment-api-prod-20261126-a1b2c3
workload: payment-api
environment: prod
tenants: [acme]
title: "payment-api: deploy 1.4.3"
author: dev-alice
createdAt: 2026-11-26T21:35:57.123Z
state: PendingApproval
history:
  - state: Draft
    at: 2026-11-26T21:35:57.123Z
    actor: dev-alice
  - state: PendingApproval
    at: 2026-11-26T21:36:00Z
    actor: gitopshq-bot
    note: pull request opened
changes:
  updates:
    - path: image.tag
      value: 1.4.3
approvals:
  - reviewer: rev-bob
    state: APPROVED
    commit: 0123abc
    at: 2026-11-26T22:00:00Z
pullRequest: { number: 7, url: https://github.com/acme/gitops/pull/7, branch: gitopshq/release/x }
`;

const PROMOTION = `apiVersion: gitopshq.io/v1
kind: Promotion
id: payment-api-staging-prod-20261126-a1b2c3
source: payment-api-staging-20261120-ffffff
from: staging
to: prod
actor: release-erin
createdAt: 2026-11-26T21:35:57Z
state: InProgress
waves:
  - wave: 0
    tenants: [canary]
    releases: [payment-api-prod-20261126-a1b2c3]
history:
  - state: InProgress
    at: 2026-11-26T21:35:57Z
    actor: release-erin
`;

describe('valid documents pass', () => {
  it.each([
    ['gitopshq', CONFIG],
    ['workload', WORKLOAD],
    ['values', 'image:\n  tag: "1.10"\nlist: [1, 2]\n'],
    ['values', '# nothing set yet\n'],
    ['values', ''],
    ['release', RELEASE],
    ['promotion', PROMOTION],
  ] as const)('%s', (schema, text) => {
    expect(problems(text, schema)).toEqual([]);
  });

  it('every YAML file of the example repository', () => {
    const kinds: [string, SchemaName][] = [...exampleFiles().keys()]
      .filter((p) => p.startsWith('workloads/') || p === 'gitopshq.yaml')
      .filter((p) => !p.includes('/chart/') && !p.includes('/templates/'))
      .map((p) => [
        p,
        p === 'gitopshq.yaml' ? 'gitopshq' : p.endsWith('workload.yaml') ? 'workload' : 'values',
      ]);
    expect(kinds.length).toBe(12);
    for (const [path, schema] of kinds) expect(problems(exampleFiles().get(path)!, schema, path)).toEqual([]);
  });

  it('returns the parsed value', () => {
    expect(
      validateDocument<{ environments: unknown[] }>(CONFIG, 'g.yaml', 'gitopshq').value?.environments,
    ).toEqual([{ name: 'dev' }, { name: 'prod', approvals: { required: 2 } }]);
    expect(validateDocument('# empty\n', 'v.yaml', 'values').value).toBeNull();
    expect(validateDocument('a: [\n', 'v.yaml', 'values').value).toBeUndefined();
  });
});

describe('gitopshq.yaml', () => {
  it('reports every problem at once, in file order, at the key or value to edit', () => {
    const text = `apiVersion: gitopshq.io/v1
kind: Config
environments:
  - name: dev
    aprovals:
      required: 1
  - name: Prod/../x
  - name: prod
    approvals:
      required: -1
`;
    expect(problems(text, 'gitopshq', 'gitopshq.yaml')).toEqual([
      "gitopshq.yaml:5:5: environments[0]: unknown key 'aprovals' (allowed: name, approvals, deploy, render)",
      "gitopshq.yaml:7:11: environments[1].name: environment 'Prod/../x' is not a valid name: it contains '/' and '..', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'prod'",
      'gitopshq.yaml:10:17: environments[2].approvals.required must be >= 0',
    ]);
  });

  it.each([
    [
      'apiVersion: v2\nkind: Config\nenvironments: [{name: a}]\n',
      ["f.yaml:1:13: apiVersion must be 'gitopshq.io/v1'"],
    ],
    ['apiVersion: gitopshq.io/v1\nkind: Config\n', ["f.yaml:1:1: missing required key 'environments'"]],
    ['', ['f.yaml:1:1: the file must be a mapping']],
    ['- a\n', ['f.yaml:1:1: the file must be a mapping, not a list']],
    [
      `${CONFIG}foo: 1\n`,
      [
        "f.yaml:8:1: unknown key 'foo' (allowed: apiVersion, kind, environments, tenants, freezes, render, stateBranch, metrics)",
      ],
    ],
    [
      `${CONFIG}environments2: []\n`.replace('environments2', 'environments: []\nx'),
      ['f.yaml:8:1: invalid YAML: Map keys must be unique'],
    ],
    [
      'apiVersion: gitopshq.io/v1\nkind: Config\nenvironments: []\n',
      ['f.yaml:3:15: environments must list at least 1 item'],
    ],
    [
      `${CONFIG}tenants:\n  - name: acme\n    wave: "1"\n  - {name: b, wave: 1.5, canary: yes}\n`,
      [
        'f.yaml:10:11: tenants[0].wave must be an integer, not a string',
        'f.yaml:11:21: tenants[1].wave must be an integer, not a number',
        'f.yaml:11:34: tenants[1].canary must be a boolean, not a string',
      ],
    ],
    [
      `${CONFIG}render:\n  kubernetesVersion: 1.30\n`,
      [
        'f.yaml:9:22: render.kubernetesVersion must be a string, not a number (quote it to keep it as written: "1.30")',
      ],
    ],
    [
      `${CONFIG}stateBranch: state/../x\n`,
      [
        "f.yaml:8:14: stateBranch 'state/../x' is not valid: expected a git branch name: letters, digits, '.', '_', '-' and '/', without '..', '//' or a '.lock' suffix",
      ],
    ],
    [
      `${CONFIG}    deploy: {branch: -x}\n`,
      [
        "f.yaml:8:22: environments[1].deploy.branch '-x' is not valid: expected a git branch name: letters, digits, '.', '_', '-' and '/', without '..', '//' or a '.lock' suffix",
      ],
    ],
    [
      `${CONFIG}      teams: [sre, sre]\n`,
      ['f.yaml:8:20: environments[1].approvals.teams[1] repeats environments[1].approvals.teams[0]'],
    ],
    [
      `${CONFIG}tenants: [{name: Acme}]\n`,
      [
        "f.yaml:8:18: tenants[0].name: tenant 'Acme' is not a valid name: it contains uppercase letters; use a DNS-1123 label (lowercase letters, digits and '-') such as 'acme'",
      ],
    ],
  ])('%j', (text, expected) => {
    expect(problems(text, 'gitopshq')).toEqual(expected);
  });

  describe('freeze windows: start and end, or weekly', () => {
    const freeze = (body: string) => `${CONFIG}freezes:\n  - name: f\n    timezone: UTC\n${body}`;
    it.each([
      ['    start: 2026-12-24T00:00\n    end: 2026-12-27T00:00\n', []],
      ['    weekly: {days: [sat, sun], from: "00:00", to: "00:00"}\n', []],
      [
        '',
        [
          "f.yaml:9:5: freezes[0]: missing required keys 'start', 'end': a freeze needs 'start' and 'end' (one-off) or 'weekly' (recurring)",
        ],
      ],
      [
        '    start: 2026-12-24T00:00\n',
        [
          "f.yaml:9:5: freezes[0]: missing required key 'end': a freeze needs 'start' and 'end' (one-off) or 'weekly' (recurring)",
        ],
      ],
      [
        '    start: 2026-12-24T00:00\n    weekly: {days: [sat], from: "00:00", to: "00:00"}\n',
        [
          'f.yaml:11:5: freezes[0].start cannot be combined with weekly: a freeze is either one-off (start and end) or recurring (weekly)',
        ],
      ],
      [
        '    weekly: {days: [sat, caturday], from: "18:00", to: 7:00}\n',
        [
          'f.yaml:11:26: freezes[0].weekly.days[1] must be one of mon, tue, wed, thu, fri, sat, sun',
          "f.yaml:11:56: freezes[0].weekly.to '7:00' is not valid: expected a time of day as HH:MM, optionally after a day: '18:00' or 'fri 18:00'",
        ],
      ],
      [
        '    start: 2026-12-24\n    end: 2026-12-27T24:00\n',
        [
          "f.yaml:11:12: freezes[0].start '2026-12-24' is not valid: expected a local date and time such as 2026-12-24T00:00, or an instant such as 2026-12-24T00:00Z",
          "f.yaml:12:10: freezes[0].end '2026-12-27T24:00' is not valid: expected a local date and time such as 2026-12-24T00:00, or an instant such as 2026-12-24T00:00Z",
        ],
      ],
      [
        '    weekly: {days: [], from: "18:00", to: "07:00"}\n    breakGlass: {allowed: true, lable: x}\n',
        [
          'f.yaml:11:20: freezes[0].weekly.days must list at least 1 item',
          "f.yaml:12:33: freezes[0].breakGlass: unknown key 'lable' (allowed: allowed, label, teams)",
        ],
      ],
    ])('%j', (body, expected) => {
      expect(problems(freeze(body), 'gitopshq')).toEqual(expected);
    });
  });
});

describe('workload.yaml', () => {
  it.each([
    [
      WORKLOAD.replace('type: template', 'type: helmm'),
      ['f.yaml:6:9: source.type must be one of template, helm, kustomize'],
    ],
    [
      WORKLOAD.replace('  type: template\n', '  path: x\n'),
      ["f.yaml:6:3: source: missing required key 'type' (one of template, helm, kustomize)"],
    ],
    [
      WORKLOAD.replace('type: template', 'type: template\n  chart: x'),
      ["f.yaml:7:3: source: unknown key 'chart' (allowed: type, path)"],
    ],
    [WORKLOAD.replace('type: template', 'type: helm'), ["f.yaml:6:3: source: missing required key 'chart'"]],
    [
      WORKLOAD.replace(
        'type: template',
        'type: helm\n  chart: x\n  version: 1.10\n  versions:\n    Prod: "1.0.0"\n    dev: 2\n  repository: http://x',
      ),
      [
        'f.yaml:8:12: source.version must be a string, not a number (quote it to keep it as written: "1.10")',
        "f.yaml:10:5: source.versions: environment 'Prod' is not a valid name: it contains uppercase letters; use a DNS-1123 label (lowercase letters, digits and '-') such as 'prod'",
        'f.yaml:11:10: source.versions.dev must be a string, not a number (quote it to keep it as written: "2")',
        "f.yaml:12:15: source.repository 'http://x' is not valid: expected an https:// URL (http:// only for 127.0.0.1, localhost or [::1])",
      ],
    ],
    [
      WORKLOAD.replace('type: template', 'type: kustomize\n  overlay: /etc/{env}'),
      [
        "f.yaml:7:12: source.overlay '/etc/{env}' is not valid: expected a path relative to the workload folder",
      ],
    ],
    [
      `${WORKLOAD}tenants: [acme, acme]\nenvironments: []\n`,
      ['f.yaml:7:17: tenants[1] repeats tenants[0]', 'f.yaml:8:15: environments must list at least 1 item'],
    ],
    [
      WORKLOAD.replace('name: web', 'name: ../web').replace('namespace: shop', 'namespace: Shop'),
      [
        "f.yaml:3:7: name: workload '../web' is not a valid name: it contains '/' and '..', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'web'",
        "f.yaml:4:12: namespace 'Shop' is not valid: expected a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
      ],
    ],
    [WORKLOAD.replace('kind: Workload', 'kind: Config'), ["f.yaml:2:7: kind must be 'Workload'"]],
  ])('%j', (text, expected) => {
    expect(problems(text, 'workload')).toEqual(expected);
  });
});

describe('values files', () => {
  it.each([
    [
      'a: [1\nb: 2\n',
      [
        'f.yaml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    ['- 1\n', ['f.yaml:1:1: the file must be a mapping or empty, not a list']],
    ['"just text"\n', ['f.yaml:1:1: the file must be a mapping or empty, not a string']],
    [
      'a: *nope\n',
      ['f.yaml:1:1: invalid YAML: Unresolved alias (the anchor must be set before the alias): nope'],
    ],
  ])('%j', (text, expected) => {
    expect(problems(text, 'values')).toEqual(expected);
  });
});

describe('records on the state branch', () => {
  it.each([
    [
      RELEASE.replace('state: PendingApproval\nhistory', 'state: Merged\nhistory'),
      [`f.yaml:10:8: state must be one of ${RELEASE_STATES.join(', ')}`],
    ],
    [
      RELEASE.replace('  - state: Draft\n    at: 2026-11-26T21:35:57.123Z\n', '  - state: Draft\n'),
      ["f.yaml:12:5: history[0]: missing required key 'at'"],
    ],
    [
      RELEASE.replace('createdAt: 2026-11-26T21:35:57.123Z', 'createdAt: yesterday'),
      [
        "f.yaml:9:12: createdAt 'yesterday' is not valid: expected an ISO 8601 UTC timestamp such as 2026-11-26T21:35:57Z",
      ],
    ],
    [
      RELEASE.replace('id: payment-api-prod-20261126-a1b2c3', 'id: ../x'),
      [
        "f.yaml:3:5: id '../x' is not valid: expected a record id: lowercase letters, digits and '-', at most 200 characters",
      ],
    ],
    [
      RELEASE.replace('      value: 1.4.3', '      value: 1.4'),
      [
        'f.yaml:22:14: changes.updates[0].value must be a string, not a number (quote it to keep it as written: "1.4")',
      ],
    ],
    [
      RELEASE.replace('state: APPROVED', 'state: approved'),
      ['f.yaml:25:12: approvals[0].state must be one of APPROVED, CHANGES_REQUESTED'],
    ],
    [
      PROMOTION.replace('state: InProgress\nwaves', 'state: Healthy\nwaves'),
      ['f.yaml:9:8: state must be one of InProgress, Completed, Failed, Cancelled'],
    ],
    [PROMOTION.replace('  - wave: 0', '  - wave: -1'), ['f.yaml:11:11: waves[0].wave must be >= 0']],
  ])('%j', (text, expected) => {
    const schema = text.includes('kind: Release') ? 'release' : 'promotion';
    expect(problems(text, schema)).toEqual(expected);
  });
});

describe('the schemas themselves', () => {
  const schemas: SchemaName[] = ['gitopshq', 'workload', 'values', 'release', 'promotion'];

  // The files people write are closed (a misspelt key is an error naming it); the records the actions write are
  // open, so a record a later 1.x wrote with a field added still reads in this one (README, Compatibility).
  const RECORDS: readonly SchemaName[] = ['release', 'promotion'];

  it.each(schemas)(
    '%s: draft 2020-12 with an $id, objects closed (records: open), a description on every property',
    (name) => {
      const schema = schemaFor(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://gitopshq.io/schemas/v1/${name}.schema.json`);
      const undocumented: string[] = [];
      const open: string[] = [];
      walk(schema, '#', (node, where) => {
        for (const [key, prop] of Object.entries(
          (node.properties ?? {}) as Record<string, Record<string, unknown>>,
        )) {
          if (typeof prop === 'object' && !prop.description) undocumented.push(`${where}/properties/${key}`);
        }
        const isMapOfValues =
          typeof node.additionalProperties === 'object' || node.type?.toString().includes('null');
        const closed = !RECORDS.includes(name);
        if (node.type === 'object' && !isMapOfValues && !node.oneOf) {
          if (closed ? node.additionalProperties !== false : node.additionalProperties !== true)
            open.push(where);
        }
      });
      expect(undocumented).toEqual([]);
      expect(open).toEqual([]);
    },
  );

  it('the release states are those of the domain model', () => {
    const defs = schemaFor('release').$defs as Record<string, { enum?: unknown }>;
    expect(defs.state?.enum).toEqual([...RELEASE_STATES]);
  });
});

function walk(
  node: unknown,
  where: string,
  visit: (node: Record<string, unknown> & { type?: unknown }, where: string) => void,
): void {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) visit(node as Record<string, unknown>, where);
  for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`, visit);
}
