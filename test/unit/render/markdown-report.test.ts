import { describe, expect, it } from 'vitest';
import type { TargetDiff } from '../../../src/render/diff.js';
import type { SnapshotDiff } from '../../../src/render/diff-snapshots.js';
import { COMMENT_BUDGET, previewMarkdown, previewVerdict } from '../../../src/render/markdown-report.js';

function target(env: string, tenant: string, patch: string): TargetDiff {
  return {
    target: { workload: 'web', environment: env, tenant },
    id: `web/${env}/${tenant}`,
    status: 'changed',
    added: 0,
    changed: 1,
    removed: 0,
    resources: [{ resource: 'Deployment/shop/web', change: 'changed', patch }],
  };
}

function snapshot(targets: TargetDiff[], findings: SnapshotDiff['findings'] = []): SnapshotDiff {
  return {
    targets,
    findings,
    stats: { targets: targets.length * 2, renders: 2 },
    totals: {
      targets: targets.length,
      changedTargets: targets.length,
      added: 0,
      changed: targets.length,
      removed: 0,
    },
  };
}

const base = {
  base: 'a'.repeat(40),
  head: 'b'.repeat(40),
  runUrl: 'https://github.com/acme/gitops/actions/runs/7',
};

describe('previewMarkdown', () => {
  it('orders targets by promotion order, not alphabetically', () => {
    const diff = snapshot(['prod', 'dev', 'staging'].map((e) => target(e, 'acme', `-a\n+${e}\n`)));
    const md = previewMarkdown({ ...base, diff, environmentOrder: ['dev', 'staging', 'prod'] }).markdown;
    const rows = md.split('\n').filter((l) => /^\| (dev|staging|prod) \|/.test(l));
    expect(rows.map((r) => r.split('|')[1]?.trim())).toEqual(['dev', 'staging', 'prod']);
  });

  it('shows one diff for the same change in many tenants, naming how many', () => {
    const diff = snapshot(
      Array.from({ length: 50 }, (_, i) => target('prod', `t${i}`, '-image: 1\n+image: 2\n')),
    );
    const md = previewMarkdown({ ...base, diff }).markdown;
    expect(md.match(/<details>/g)).toHaveLength(1);
    expect(md).toContain(
      '50 targets (<code>web/prod/t0</code>, <code>web/prod/t1</code>, <code>web/prod/t2</code> and 47 more)',
    );
  });

  it('keeps a comment under its budget: summary and findings first, the rest of the diffs left to the summary', () => {
    const big = `${'+x\n'.repeat(4000)}`;
    const diff = snapshot(
      Array.from({ length: 40 }, (_, i) => target('prod', `t${i}`, `${big}+${i}\n`)),
      [
        {
          severity: 'error',
          rule: 'policy/latest-tag',
          target: 'web/prod/t3',
          message: 'uses the latest tag',
        },
      ],
    );
    const comment = previewMarkdown({ ...base, diff });
    expect(comment.markdown.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(comment.markdown).toContain('uses the latest tag');
    expect(comment.markdown).toContain('| prod | t39 | web |');
    expect(comment.omittedDiffs).toBeGreaterThan(30);
    expect(comment.markdown).toContain(
      `${comment.omittedDiffs} more resource diffs did not fit in a comment`,
    );
    const summary = previewMarkdown({ ...base, diff }, Number.POSITIVE_INFINITY);
    expect(summary.omittedDiffs).toBe(0);
    expect(summary.markdown.match(/<details>/g)).toHaveLength(40);
  });

  it('a manifest with backticks cannot close the diff fence early', () => {
    const diff = snapshot([target('dev', 'acme', '+script: ```rm -rf /```\n')]);
    const md = previewMarkdown({ ...base, diff }).markdown;
    expect(md).toContain('````diff\n+script: ```rm -rf /```\n````');
  });

  it('a hostile resource name or finding cannot escape its cell, its summary line or hide the comment', () => {
    const t = target('dev', 'acme', '+x\n');
    const name = 'ConfigMap/dev/</summary></details><!--';
    const diff = snapshot(
      [{ ...t, resources: [{ resource: name, change: 'added', patch: '+x\n' }] }],
      [
        {
          severity: 'warning',
          rule: 'schema',
          target: 'web/dev/acme',
          resource: 'a|b`c',
          message: 'bad | value <!-- hidden\n\n# heading',
        },
      ],
    );
    const md = previewMarkdown({ ...base, diff }).markdown;
    expect(md).not.toContain('<!--');
    expect(md).toContain(
      '<summary><code>web/dev/acme</code> · added <code>ConfigMap/dev/&lt;/summary&gt;&lt;/details&gt;&lt;!--</code></summary>',
    );
    expect(md).toContain(
      '| ⚠️ | `web/dev/acme` | ``a\\|b`c`` |  | bad \\| value &lt;!-- hidden<br><br>\\# heading |',
    );
  });

  it('an invalid repository is an error verdict listing every problem', () => {
    const invalid = [
      { file: 'gitopshq.yaml', line: 3, col: 5, message: 'unknown key' },
      { file: 'workloads/web/workload.yaml', line: 1, col: 1, message: 'bad name' },
    ];
    expect(previewVerdict({ ...base, invalid })).toEqual({
      state: 'error',
      line: "2 problems in the repository's files",
    });
    const md = previewMarkdown({ ...base, invalid }).markdown;
    expect(md).toContain('- `gitopshq.yaml:3:5`: unknown key');
    expect(md).toContain('- `workloads/web/workload.yaml:1:1`: bad name');
  });

  it('marks findings the base already had; by default they do not make the verdict an error', () => {
    const latest = {
      severity: 'error' as const,
      rule: 'policy/latest-tag' as const,
      target: 'web/prod/acme',
      message: 'uses the latest tag',
    };
    const diff = snapshot([target('prod', 'acme', '-a\n+b\n')], [{ ...latest, onBase: true }]);
    expect(previewVerdict({ ...base, diff })).toEqual({
      state: 'warning',
      line: '1 error (all already on base), 1 of 1 target changed (+0 ~1 -0 resources)',
    });
    expect(previewVerdict({ ...base, diff, failOn: 'error' }).state).toBe('error');
    const md = previewMarkdown({ ...base, diff }).markdown;
    expect(md).toContain('1 finding was already on the base branch before this change');
    expect(md).toContain('uses the latest tag (already on base) |');

    const both = snapshot(
      [target('prod', 'acme', '-a\n+b\n')],
      [
        { ...latest, onBase: true },
        { ...latest, target: 'web/prod/globex', onBase: false },
      ],
    );
    expect(previewVerdict({ ...base, diff: both })).toMatchObject({
      state: 'error',
      line: expect.stringMatching(/^2 errors \(1 already on base\), /),
    });
    // The new error is listed before the old one.
    const rows = previewMarkdown({ ...base, diff: both })
      .markdown.split('\n')
      .filter((l) => l.includes('latest'));
    expect(rows[0]).toContain('web/prod/globex');
  });
});
