// The workflow templates users copy (workflows-templates/, and the GitOps ones `gitopshq init` writes) pass the
// security audit of test/helpers/workflow-audit.ts, and each audit rule is shown to fire on a small broken workflow.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WORKFLOW_TEMPLATES } from '../../../src/state/example-repo/workflows.generated.js';
import { type AuditOptions, type AuditRule, auditWorkflow } from '../../helpers/workflow-audit.js';

const root = join(import.meta.dirname, '..', '..', '..');
const templatesDir = join(root, 'workflows-templates');

/** Relative path -> text: the GitOps repository's templates at the top, the application repository's below. */
function templates(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ['', 'application']) {
    for (const f of readdirSync(join(templatesDir, dir))
      .filter((n) => n.endsWith('.yml'))
      .sort()) {
      out.set(join(dir, f), readFileSync(join(templatesDir, dir, f), 'utf8'));
    }
  }
  return out;
}

/** Our actions' declared inputs, from each actions/<name>/action.yml. */
function ownActionInputs(): Record<string, { inputs: string[]; required: string[] }> {
  const out: Record<string, { inputs: string[]; required: string[] }> = {};
  for (const name of readdirSync(join(root, 'actions'))) {
    const yml = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { required?: boolean }>;
    };
    out[`gitopshq/gitopshq-actions/actions/${name}`] = {
      inputs: Object.keys(yml.inputs),
      required: Object.entries(yml.inputs)
        .filter(([, d]) => d.required)
        .map(([k]) => k),
    };
  }
  return out;
}

const opts: AuditOptions = { actionInputs: ownActionInputs() };

describe('workflow templates', () => {
  it('are all found: the GitOps repository workflows and the application CI ones', () => {
    expect([...templates().keys()]).toEqual([
      'gitopshq-approve.yml',
      'gitopshq-dashboard.yml',
      'gitopshq-deploy.yml',
      'gitopshq-dispatch.yml',
      'gitopshq-preview.yml',
      'gitopshq-promote.yml',
      'gitopshq-verify-health.yml',
      'application/gitopshq-dispatch.yml',
      'application/gitopshq-release.yml',
    ]);
  });

  for (const [file, text] of templates()) {
    it(`${file} passes the audit`, () => {
      expect(auditWorkflow(text, file, opts)).toEqual([]);
    });
  }

  it("this repository's own workflows pass the same audit", () => {
    const dir = join(root, '.github', 'workflows');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yml'))) {
      expect(auditWorkflow(readFileSync(join(dir, f), 'utf8'), `.github/workflows/${f}`, opts)).toEqual([]);
    }
  });

  it('`gitopshq init` writes exactly the GitOps repository templates, as they are now (npm run build regenerates)', () => {
    const top = [...templates()].filter(([f]) => !f.includes('/'));
    expect(WORKFLOW_TEMPLATES).toEqual(Object.fromEntries(top));
  });

  it('deploys queue per environment: the deploy and dispatch (deploy by hand, rollback) jobs share a group named after it, and no waiting deploy is dropped', () => {
    const wf = parse(templates().get('gitopshq-deploy.yml') ?? '') as {
      jobs: Record<
        string,
        { concurrency?: { group: string; 'cancel-in-progress': boolean; queue?: string } }
      >;
    };
    expect(wf.jobs.deploy?.concurrency).toEqual({
      group: `gitopshq-deploy-\${{ needs.route.outputs.environment || 'unrouted' }}`,
      'cancel-in-progress': false,
      queue: 'max',
    });
    expect(wf.jobs.dispatch?.concurrency).toEqual({
      group: `gitopshq-deploy-\${{ inputs.environment }}`,
      'cancel-in-progress': false,
      queue: 'max',
    });
  });

  it("verify-health's schedule fans out over gitopshq.yaml's environments, read by the CLI, never a list by hand", () => {
    const text = templates().get('gitopshq-verify-health.yml') ?? '';
    const wf = parse(text) as {
      jobs: Record<
        string,
        {
          needs?: string;
          if?: string;
          outputs?: Record<string, string>;
          strategy?: { matrix: { environment: string } };
          steps?: { id?: string; run?: string }[];
        }
      >;
    };
    const step = wf.jobs.environments?.steps?.find((s) => s.id === 'environments');
    // `freeze status --output json` is the CLI's contract: {"environments": [{"name", ...}, ...]} in promotion order.
    expect(step?.run).toMatch(
      /gitopshq@[\d.]+ freeze status --output json \| jq -c '\[\.environments\[\]\.name\]'/,
    );
    expect(wf.jobs.environments?.outputs?.matrix).toBe(`\${{ steps.environments.outputs.matrix }}`);
    expect(wf.jobs.verify?.needs).toBe('environments');
    expect(wf.jobs.verify?.strategy?.matrix.environment).toContain(
      'fromJSON(needs.environments.outputs.matrix)',
    );
    // A dispatch's environment input reaches the matrix JSON-quoted by toJSON: a `"` in it cannot add entries.
    expect(wf.jobs.verify?.strategy?.matrix.environment).toContain(
      "fromJSON(format('[{0}]', toJSON(inputs.environment)))",
    );
    for (const [name, t] of templates()) {
      expect(t, `${name}: fromJSON over text spliced in by format`).not.toMatch(
        /fromJSON\(format\('[^']*"\{\d\}"/,
      );
    }
    expect(text).not.toMatch(/"dev"|"staging"|"prod"/);
  });

  it("the dashboard restores and saves the records cache, keyed by the state branch's head", () => {
    const wf = parse(templates().get('gitopshq-dashboard.yml') ?? '') as {
      on: { push: { branches: string[] } };
      jobs: Record<
        string,
        { steps: { id?: string; uses?: string; run?: string; with?: Record<string, string> }[] }
      >;
    };
    const steps = wf.jobs.build?.steps ?? [];
    const cacheAt = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    const headAt = steps.findIndex((s) => s.id === 'state');
    const dashboardAt = steps.findIndex((s) => /gitopshq@[\d.]+ dashboard\b/.test(s.run ?? ''));
    const cache = steps[cacheAt];
    // Where the CLI keeps it in a checkout (test/integration/state/record-cache.test.ts restores a clone from it).
    expect(cache?.with?.path).toBe('.git/gitopshq/cache');
    expect(cache?.with?.key).toBe(`gitopshq-records-\${{ steps.state.outputs.head }}`);
    expect(cache?.with?.['restore-keys']).toBe('gitopshq-records-');
    // The head of the branch whose pushes trigger the workflow, read through the API (the checkout is main).
    const branch = wf.on.push.branches[0] ?? '';
    expect(steps[headAt]?.run).toContain(
      `repos/$GITHUB_REPOSITORY/git/ref/heads/${branch}" --jq .object.sha`,
    );
    // Restored before the dashboard is written, so that its post step saves what the run wrote.
    expect(headAt).toBeGreaterThanOrEqual(0);
    expect(headAt).toBeLessThan(cacheAt);
    expect(cacheAt).toBeLessThan(dashboardAt);
  });

  it('the dispatch payload shape is written where users look: both dispatch templates and the README', () => {
    const shape =
      /"workload".*\n.*"environment".*\n.*"updates": \[\{"path": .*"value": .*\}\].*\n.*"tenants".*\n.*"notes"/;
    expect(templates().get('gitopshq-dispatch.yml')).toMatch(shape);
    expect(templates().get('application/gitopshq-dispatch.yml')).toMatch(shape);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('"event_type": "gitopshq-release"');
    expect(readme).toMatch(shape);
  });
});

/** A job around `steps`, with `permissions` given verbatim (YAML, indented for the job). */
function workflow(steps: string, opts: { on?: string; permissions?: string; extra?: string } = {}): string {
  return [
    `on: ${opts.on ?? 'push'}`,
    ...(opts.extra ? [opts.extra] : []),
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    ...(opts.permissions === undefined
      ? ['    permissions:', '      contents: read']
      : opts.permissions
        ? [opts.permissions]
        : []),
    '    steps:',
    steps,
    '',
  ].join('\n');
}

const CHECKOUT = [
  '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
  '        with:',
  '          persist-credentials: false',
].join('\n');

const rules = (text: string) =>
  auditWorkflow(text, 'bad.yml', opts).map((f) => [f.rule, f.line] as [AuditRule, number]);

describe('the workflow audit', () => {
  it('passes a minimal correct workflow (so each case below fails for its own reason)', () => {
    expect(rules(workflow(CHECKOUT))).toEqual([]);
  });

  it.each([
    ['pull_request_target', 'pull_request_target'],
    ['workflow_run', '{workflow_run: {workflows: [ci], types: [completed]}}'],
    ['an event list', '[push, pull_request_target]'],
  ])('trigger: refuses %s', (_, on) => {
    expect(rules(workflow(CHECKOUT, { on }))).toEqual([['trigger', 1]]);
  });

  it(`run-interpolation: refuses \${{ }} inside run:, and accepts the same value through env:`, () => {
    const bad = `${CHECKOUT}\n      - run: echo "\${{ github.event.head_commit.message }}"`;
    expect(rules(workflow(bad))).toEqual([['run-interpolation', 11]]);
    const good = `${CHECKOUT}\n      - env:\n          MSG: \${{ github.event.head_commit.message }}\n        run: echo "$MSG"`;
    expect(rules(workflow(good))).toEqual([]);
  });

  it.each([
    ['a tag', 'actions/checkout@v5'],
    ['a short SHA', 'actions/checkout@08c6903'],
    ['a SHA with no version comment', 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8'],
    ['our action without the documented comment', 'gitopshq/gitopshq-actions/actions/preview@v0'],
    [
      'our action on a branch',
      'gitopshq/gitopshq-actions/actions/preview@main # pin to a commit SHA in production',
    ],
    ['another action in the documented form', 'someone/else@v0 # pin to a commit SHA in production'],
    ['an image by tag', 'docker://alpine:3.20'],
  ])('unpinned-uses: refuses %s', (_, uses) => {
    const found = rules(
      workflow(`      - uses: ${uses}\n        with:\n          persist-credentials: false`),
    );
    expect(found.filter(([r]) => r === 'unpinned-uses')).toEqual([['unpinned-uses', 8]]);
  });

  it('unpinned-uses: accepts our action in its documented form, and only for ours', () => {
    const ours =
      '      - uses: gitopshq/gitopshq-actions/actions/preview@v0 # pin to a commit SHA in production';
    const found = rules(
      workflow(`${CHECKOUT}\n${ours}`, {
        permissions:
          '    permissions:\n      contents: read\n      pull-requests: write\n      statuses: write',
      }),
    );
    expect(found).toEqual([]);
  });

  it('permissions: refuses a job with no permissions anywhere', () => {
    expect(rules(workflow(CHECKOUT, { permissions: '' }))).toEqual([['permissions', 4]]);
  });

  it('permissions: refuses write-all, a scope wider than the steps need, and a scope no step needs', () => {
    expect(rules(workflow(CHECKOUT, { permissions: '    permissions: write-all' }))).toEqual(
      expect.arrayContaining([['permissions', 5]]),
    );
    expect(rules(workflow(CHECKOUT, { permissions: '    permissions:\n      contents: write' }))).toEqual([
      ['permissions', 6],
    ]);
    expect(
      rules(
        workflow(CHECKOUT, {
          permissions: '    permissions:\n      contents: read\n      deployments: write',
        }),
      ),
    ).toEqual([['permissions', 7]]);
  });

  it('permissions: a workflow-level grant counts for a job without its own, and is checked against it', () => {
    const top = 'permissions:\n  contents: read\n  pull-requests: write';
    expect(rules(workflow(CHECKOUT, { permissions: '', extra: top }))).toEqual([['permissions', 4]]);
  });

  it('permissions: refuses less than an action needs (deploy pushes and records a Deployment)', () => {
    const deploy =
      '      - uses: gitopshq/gitopshq-actions/actions/deploy@v0 # pin to a commit SHA in production';
    const found = auditWorkflow(workflow(`${CHECKOUT}\n${deploy}`), 'bad.yml', opts);
    expect(found.map((f) => f.message)).toEqual([
      'job build needs contents: write but gets read',
      'job build needs deployments: write but gets none',
      'job build needs pull-requests: read but gets none',
    ]);
  });

  it('permissions: a step given another token (a GitHub App one) asks nothing of GITHUB_TOKEN', () => {
    const release = [
      '      - uses: gitopshq/gitopshq-actions/actions/create-release@v0 # pin to a commit SHA in production',
      '        with:',
      `          token: \${{ steps.app-token.outputs.token }}`,
      '          workload: api',
      '          environment: dev',
    ].join('\n');
    expect(rules(workflow(`${CHECKOUT}\n${release}`))).toEqual([]);
  });

  it('permissions: an action missing from the table is reported, not silently granted nothing', () => {
    const other = '      - uses: someone/action@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v1.0.0';
    expect(rules(workflow(`${CHECKOUT}\n${other}`))).toEqual([['permissions', 11]]);
  });

  it('persist-credentials: refuses a checkout that keeps the token, unless `true` says why', () => {
    const bare = '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';
    expect(rules(workflow(bare))).toEqual([['persist-credentials', 8]]);
    expect(rules(workflow(`${bare}\n        with:\n          fetch-depth: 0`))).toEqual([
      ['persist-credentials', 10],
    ]);
    expect(rules(workflow(`${bare}\n        with:\n          persist-credentials: true`))).toEqual([
      ['persist-credentials', 10],
    ]);
    const explained = `${bare}\n        with:\n          persist-credentials: true # the next step runs git push`;
    expect(rules(workflow(explained))).toEqual([]);
  });

  it('secrets: refuses a secret in workflow or job env, in a run step env, or in a non-credential input', () => {
    expect(rules(workflow(CHECKOUT, { extra: `env:\n  KEY: \${{ secrets.ARGOCD_TOKEN }}` }))).toEqual([
      ['secrets', 3],
    ]);
    const runEnv = `${CHECKOUT}\n      - env:\n          KEY: \${{ secrets.DEPLOY_KEY }}\n        run: ./deploy.sh`;
    expect(rules(workflow(runEnv))).toEqual([['secrets', 12]]);
    const intoInput = [
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
      '        with:',
      '          persist-credentials: false',
      `          ref: \${{ secrets.SOME_REF }}`,
    ].join('\n');
    expect(rules(workflow(intoInput))).toEqual([['secrets', 11]]);
  });

  it('secrets: accepts a secret in an input made for it (verify-health argocd-token)', () => {
    const verify = [
      '      - uses: gitopshq/gitopshq-actions/actions/verify-health@v0 # pin to a commit SHA in production',
      '        with:',
      `          argocd-token: \${{ secrets.ARGOCD_TOKEN }}`,
    ].join('\n');
    const perms = '    permissions:\n      contents: write\n      deployments: write';
    expect(rules(workflow(`${CHECKOUT}\n${verify}`, { permissions: perms }))).toEqual([]);
  });

  it('inputs: refuses an input our action does not declare, and a missing required one', () => {
    const release = [
      // promote requires release-id (create-release's workload may come from a repository_dispatch payload).
      '      - uses: gitopshq/gitopshq-actions/actions/promote@v0 # pin to a commit SHA in production',
      '        with:',
      `          token: \${{ steps.app-token.outputs.token }}`,
      '          to: prod',
      '          repository: acme/gitops',
    ].join('\n');
    expect(rules(workflow(`${CHECKOUT}\n${release}`))).toEqual([
      ['inputs', 15],
      ['inputs', 11],
    ]);
  });
});
