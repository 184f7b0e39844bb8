// The rendered change as markdown, for the preview's sticky PR comment and the job summary: findings first (what
// blocks the change), then one table row per target, then each resource's diff in a collapsible section. A
// comment has a size limit, so diffs are added while they fit and the rest is left to the job summary.
import type { Finding } from '../domain/errors.js';
import { blockingErrors, countFindings, DEFAULT_FAIL_ON, type FailOn } from '../domain/finding-baseline.js';
import {
  type Cell,
  codeBlock,
  detailsBlock,
  escapeText,
  type Html,
  html,
  inlineCode,
  joinHtml,
  link,
  markdownTable,
} from '../domain/markdown.js';
import type { ChartUpgrade } from './chart-upgrade.js';
import type { TargetDiff } from './diff.js';
import { groupResourceDiffs } from './diff-groups.js';
import type { SnapshotDiff } from './diff-snapshots.js';
import { ON_BASE_NOTE, type RenderFinding } from './types.js';

export interface PreviewReportInput {
  /** undefined when the head repository did not validate (then `invalid` says why). */
  diff?: SnapshotDiff;
  /** Problems in the repository's own files (schema, names), which stop any render. */
  invalid?: readonly Finding[];
  base: string;
  head: string;
  /** The run's page, where the job summary is. */
  runUrl?: string;
  /** Environments in promotion order (gitopshq.yaml), so the table reads dev, staging, prod. */
  environmentOrder?: readonly string[];
  /** Which findings block (default `new-error`: errors already on base are shown, not blocking). */
  failOn?: FailOn;
}

export interface PreviewMarkdown {
  markdown: string;
  /** Diffs that did not fit and are only in the job summary. */
  omittedDiffs: number;
}

/** GitHub rejects a comment over 65,536 characters; leave room for the sticky marker and a footer. */
export const COMMENT_BUDGET = 60_000;

const ICON = { error: '❌', warning: '⚠️', ok: '✅' } as const;

function short(sha: string): string {
  return sha.slice(0, 7);
}

export function previewVerdict(input: PreviewReportInput): {
  state: 'error' | 'warning' | 'ok';
  line: string;
} {
  if (input.invalid && input.invalid.length > 0) {
    const n = input.invalid.length;
    return { state: 'error', line: `${n} problem${n === 1 ? '' : 's'} in the repository's files` };
  }
  const d = input.diff;
  if (!d) return { state: 'ok', line: 'nothing to render' };
  const counts = countFindings(d.findings);
  const { errors, warnings } = counts;
  const t = d.totals;
  const change =
    t.targets === 0
      ? 'no target affected'
      : `${t.changedTargets} of ${t.targets} target${t.targets === 1 ? '' : 's'} changed (+${t.added} ~${t.changed} -${t.removed} resources)`;
  const old = errors - counts.newErrors;
  const errorText = `${errors} error${errors === 1 ? '' : 's'}${old > 0 ? ` (${old === errors ? 'all' : old} ${ON_BASE_NOTE})` : ''}`;
  if (blockingErrors(input.failOn ?? DEFAULT_FAIL_ON, counts) > 0) {
    return { state: 'error', line: `${errorText}, ${change}` };
  }
  if (errors > 0) return { state: 'warning', line: `${errorText}, ${change}` };
  if (warnings > 0)
    return { state: 'warning', line: `${warnings} warning${warnings === 1 ? '' : 's'}, ${change}` };
  return { state: 'ok', line: change };
}

function findingsSection(findings: readonly RenderFinding[]): string[] {
  if (findings.length === 0) return [];
  // New errors first, then errors the base already had, then warnings.
  const rank = (f: RenderFinding) => (f.severity === 'error' ? (f.onBase ? 1 : 0) : 2);
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b));
  const old = findings.filter((f) => f.onBase).length;
  const code = (text: string | undefined): Cell => (text ? { code: text } : '');
  return [
    '### Findings',
    '',
    ...(old > 0
      ? [
          `${old} finding${old === 1 ? ' was' : 's were'} already on the base branch before this change (marked "${ON_BASE_NOTE}").`,
          '',
        ]
      : []),
    markdownTable(
      ['', 'target', 'resource', 'field', 'problem'],
      sorted.map((f) => [
        ICON[f.severity],
        code(f.target),
        code(f.resource),
        code(f.path),
        `${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}` : f.message}${f.onBase ? ` (${ON_BASE_NOTE})` : ''}`,
      ]),
    ),
    '',
  ];
}

/** One row per upgrade: the chart versions, then each value the new chart requires that the workload does not set. */
function chartUpgradeSection(upgrades: readonly ChartUpgrade[] | undefined): string[] {
  if (!upgrades || upgrades.length === 0) return [];
  const lines = ['### Chart upgrades', ''];
  for (const u of upgrades) {
    const where = u.targets.map(inlineCode).join(', ');
    lines.push(
      `${inlineCode(u.chart)} ${inlineCode(u.from)} → ${inlineCode(u.to)} for ${where}. The diff below is the template diff between the two versions with this workload's values.`,
      '',
    );
    if (u.problem) {
      lines.push(
        `${ICON.warning} The chart's required values could not be read: ${escapeText(u.problem)}`,
        '',
      );
      continue;
    }
    if (u.unset.length === 0) {
      lines.push(`${ICON.ok} The workload sets every value ${inlineCode(u.to)} requires.`, '');
      continue;
    }
    lines.push(
      `Values ${inlineCode(u.to)} requires that the workload does not set (values.schema.json):`,
      '',
      markdownTable(
        ['', 'value', 'required', 'chart default'],
        u.unset.map((r) => [
          r.chartDefault === undefined ? ICON.error : ICON.warning,
          { code: r.path },
          r.isNew ? `new in ${u.to}` : 'already before',
          r.chartDefault === undefined
            ? 'none: set it, or the render fails'
            : { code: JSON.stringify(r.chartDefault) },
        ]),
      ),
      '',
    );
  }
  return lines;
}

function targetsTable(diff: SnapshotDiff, order: readonly string[]): string[] {
  if (diff.targets.length === 0)
    return ['No workload, environment or tenant is affected by the changed files.', ''];
  const findingsOf = (id: string) => diff.findings.filter((f) => f.target === id);
  const rank = (env: string) => (order.includes(env) ? order.indexOf(env) : order.length);
  const rows = [...diff.targets].sort(
    (a, b) =>
      rank(a.target.environment) - rank(b.target.environment) ||
      a.target.environment.localeCompare(b.target.environment) ||
      (a.target.tenant ?? '').localeCompare(b.target.tenant ?? '') ||
      a.target.workload.localeCompare(b.target.workload),
  );
  return [
    markdownTable(
      ['environment', 'tenant', 'workload', 'change', 'added', 'changed', 'removed', 'findings'],
      rows.map((d) => {
        const fs = findingsOf(d.id);
        const errors = fs.filter((f) => f.severity === 'error' && !f.onBase).length;
        const mark =
          errors > 0 ? `${ICON.error} ${errors}` : fs.length > 0 ? `${ICON.warning} ${fs.length}` : '';
        return [
          d.target.environment,
          d.target.tenant ?? '—',
          d.target.workload,
          d.status,
          String(d.added),
          String(d.changed),
          String(d.removed),
          mark,
        ];
      }),
      [undefined, undefined, undefined, undefined, 'right', 'right', 'right'],
    ),
    '',
  ];
}

/**
 * One collapsible block per distinct patch: the same change in fifty tenants reads as one diff naming the fifty
 * targets, which keeps a wide rollout's comment short enough to review.
 */
function diffBlocks(targets: readonly TargetDiff[]): string[] {
  return groupResourceDiffs(targets).map((g) => {
    const shown = g.ids.slice(0, 3).map((id) => html`<code>${id}</code>`);
    const more = g.ids.length > 3 ? ` and ${g.ids.length - 3} more` : '';
    const where: Html =
      g.ids.length > 1
        ? html`${g.ids.length} targets (${joinHtml(shown, ', ')}${more})`
        : (shown[0] ?? html``);
    return detailsBlock(html`${where} · ${g.change} <code>${g.resource}</code>`, codeBlock(g.patch, 'diff'));
  });
}

/** The markdown for a budget of `limit` characters (Infinity for the job summary). */
export function previewMarkdown(input: PreviewReportInput, limit = COMMENT_BUDGET): PreviewMarkdown {
  const verdict = previewVerdict(input);
  const lines = [
    `## ${ICON[verdict.state]} GitOpsHQ preview: ${verdict.line}`,
    '',
    `Rendered manifests of ${inlineCode(short(input.head))} compared with ${inlineCode(short(input.base))} (the merge base)${input.runUrl ? ` · ${link('run', input.runUrl)}` : ''}. Secret values are redacted.`,
    '',
  ];
  if (input.invalid && input.invalid.length > 0) {
    lines.push(
      '### The repository does not validate',
      '',
      'Nothing can be rendered until these are fixed:',
      '',
      ...input.invalid.map(
        (f) => `- ${inlineCode(`${f.file}:${f.line}:${f.col}`)}: ${escapeText(f.message)}`,
      ),
      '',
    );
    return { markdown: lines.join('\n'), omittedDiffs: 0 };
  }
  const diff = input.diff;
  if (!diff) return { markdown: lines.join('\n'), omittedDiffs: 0 };
  lines.push(
    ...findingsSection(diff.findings),
    ...chartUpgradeSection(diff.chartUpgrades),
    '### Targets',
    '',
    ...targetsTable(diff, input.environmentOrder ?? []),
  );
  const blocks = diffBlocks(diff.targets);
  if (blocks.length === 0) return { markdown: lines.join('\n'), omittedDiffs: 0 };
  lines.push('### Diff', '');
  let text = lines.join('\n');
  let shown = 0;
  const footerRoom = 300;
  for (const block of blocks) {
    if (text.length + block.length + 2 + footerRoom > limit) break;
    text += `${block}\n\n`;
    shown++;
  }
  const omitted = blocks.length - shown;
  if (omitted > 0) {
    text += `_${omitted} more resource diff${omitted === 1 ? '' : 's'} did not fit in a comment: see the job summary${input.runUrl ? ` of ${link('this run', input.runUrl)}` : ''}._\n`;
  }
  return { markdown: text, omittedDiffs: omitted };
}
