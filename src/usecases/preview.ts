// preview: on a pull request, render the final manifests of every affected (workload, environment, tenant) at the
// merge base and at the head, validate them, and put the diff where reviewers look: one sticky PR comment and the
// `gitopshq/preview` commit status; the caller shows the returned report in the job summary (or a terminal).
// `compareRefs` is the part without GitHub, shared with `gitopshq diff`. Flow: docs/architecture.md.
import { type Finding, ValidationError } from '../domain/errors.js';
import { countFindings, type FailOn, failsOn } from '../domain/finding-baseline.js';
import { CONFIG_FILE, valuesLayerFiles, workloadDir, workloadFile } from '../domain/layout.js';
import { type GitHubPort, PREVIEW_STATUS_CONTEXT } from '../github/port.js';
import { formatSnapshotDiff, type SnapshotDiff } from '../render/diff-snapshots.js';
import { type PreviewReportInput, previewMarkdown, previewVerdict } from '../render/markdown-report.js';
import { type RenderFinding, toFinding } from '../render/types.js';
import { type Clock, type Ports, systemClock } from './deps.js';
import { failed, type StepResult, succeeded } from './result.js';

export { DEFAULT_FAIL_ON, FAIL_ON, type FailOn } from '../domain/finding-baseline.js';

export const STICKY_PURPOSE = 'preview';

export interface CompareRequest {
  /** Any ref or SHA the checkout resolves. */
  base: string;
  head: string;
  failOn: FailOn;
  /** The run's page, linked from the report. */
  runUrl?: string;
}

export interface PreviewTarget {
  workload: string;
  environment: string;
  tenant?: string;
  status: string;
  added: number;
  changed: number;
  removed: number;
}

export interface Comparison {
  /** Resolved SHAs. */
  base: string;
  head: string;
  changedFiles: string[];
  /** undefined when head is not a valid GitOps repository (then `invalid` says why). */
  diff?: SnapshotDiff;
  invalid?: Finding[];
  /** Every finding placed in a file of the repository (for annotations). */
  findings: Finding[];
  verdict: ReturnType<typeof previewVerdict>;
  report: PreviewReportInput;
  changed: boolean;
  targets: PreviewTarget[];
  summary: {
    targets: number;
    changedTargets: number;
    added: number;
    changed: number;
    removed: number;
    errors: number;
    /** Errors this change brings (not already on base). */
    newErrors: number;
    warnings: number;
    valid: boolean;
  };
  /** The whole report with every diff, for the job summary. */
  markdown: string;
  /** The same as plain text, for a terminal (empty when head is invalid). */
  text: string;
}

/** Base vs head in the checkout: render, validate, diff, place findings in files, judge by `failOn`. */
export async function compareRefs(
  req: CompareRequest,
  ports: Pick<Ports, 'checkout' | 'renderer' | 'log'>,
  clock: Clock = systemClock,
): Promise<StepResult<Comparison>> {
  const { checkout, renderer, log } = ports;
  const title = `Render ${req.base.slice(0, 7)}..${req.head.slice(0, 7)}`;
  const sides = await log.group(title, async () => {
    const started = clock.now().getTime();
    try {
      return await checkout.snapshots(req.base, req.head, async (s) => {
        const diff = await renderer.diffSnapshots(s.baseSnap, s.headSnap, s.changed);
        const seconds = ((clock.now().getTime() - started) / 1000).toFixed(1);
        log.info(
          `${diff.stats.renders} distinct render(s) for ${diff.stats.targets} target render(s) at base and head in ${seconds} s`,
        );
        const environmentOrder = s.headSnap.config.environments.map((e) => e.name);
        return { base: s.base, head: s.head, changedFiles: s.changed, diff, environmentOrder };
      });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return { invalid: e.findings };
    }
  });
  const base = 'base' in sides ? sides.base : req.base;
  const head = 'head' in sides ? sides.head : req.head;
  const diff = 'diff' in sides ? sides.diff : undefined;
  const invalid = 'invalid' in sides ? sides.invalid : undefined;
  const report: PreviewReportInput = {
    diff,
    invalid,
    base,
    head,
    runUrl: req.runUrl,
    environmentOrder: 'environmentOrder' in sides ? sides.environmentOrder : [],
    failOn: req.failOn,
  };
  const findings = invalid ?? (await placeFindings(checkout, base, head, diff?.findings ?? []));
  const errors = findings.filter((f) => (f.severity ?? 'error') === 'error').length;
  const warnings = findings.length - errors;
  // A repository that does not validate cannot be rendered at all: that is never "already on base".
  const judged = invalid
    ? findings.map((f) => ({ severity: f.severity ?? 'error' }))
    : (diff?.findings ?? []);
  const totals = diff?.totals ?? { targets: 0, changedTargets: 0, added: 0, changed: 0, removed: 0 };
  const verdict = previewVerdict(report);
  const comparison: Comparison = {
    base,
    head,
    changedFiles: 'changedFiles' in sides ? sides.changedFiles : [],
    diff,
    invalid,
    findings,
    verdict,
    report,
    changed: totals.changedTargets > 0,
    targets: (diff?.targets ?? []).map((d) => ({
      workload: d.target.workload,
      environment: d.target.environment,
      ...(d.target.tenant ? { tenant: d.target.tenant } : {}),
      status: d.status,
      added: d.added,
      changed: d.changed,
      removed: d.removed,
    })),
    summary: {
      ...totals,
      errors,
      newErrors: countFindings(judged).newErrors,
      warnings,
      valid: invalid === undefined,
    },
    markdown: previewMarkdown(report, Number.POSITIVE_INFINITY).markdown,
    text: diff ? formatSnapshotDiff(diff) : '',
  };
  if (failsOn(req.failOn, judged)) {
    return failed({ message: verdict.line, findings }, { value: comparison });
  }
  return succeeded(comparison);
}

export interface PreviewRequest {
  pullRequest: number;
  /** Post (or update) the sticky PR comment. */
  comment: boolean;
  failOn: FailOn;
  runUrl?: string;
}

export type Preview = Comparison & { pullRequest: number };

/** What preview needs: the three GitHub calls it makes, the checkout, the renderer, a logger. */
export type PreviewPorts = Pick<Ports, 'checkout' | 'renderer' | 'log'> & {
  github: Pick<GitHubPort, 'getPullRequest' | 'upsertStickyComment' | 'createCommitStatus'>;
};

/** The preview step on a pull request: compare its merge base with its head, report on the PR. */
export async function preview(
  req: PreviewRequest,
  ports: PreviewPorts,
  clock: Clock = systemClock,
): Promise<StepResult<Preview>> {
  const { github, checkout, log } = ports;
  const pr = await github.getPullRequest(req.pullRequest);
  const base = await log.group('Fetch base and head', async () => {
    const { missing, reason } = await checkout.ensureCommits([pr.base.sha, pr.head.sha]);
    if (missing.length === 0) return (await checkout.mergeBase(pr.base.sha, pr.head.sha)) ?? pr.base.sha;
    return { missing, reason: reason ?? 'no reason given' };
  });
  if (typeof base !== 'string') {
    return failed({
      kind: 'usage',
      message: `the checkout at ${checkout.where} lacks commits ${base.missing.join(', ')} and fetching them failed (${base.reason}): use actions/checkout with fetch-depth: 0`,
    });
  }
  const compared = await compareRefs(
    { base, head: pr.head.sha, failOn: req.failOn, runUrl: req.runUrl },
    ports,
    clock,
  );
  const c = compared.value;
  if (c === undefined)
    return failed(compared.outcome === 'failed' ? compared.error : { message: 'no report' });
  if (req.comment) {
    const body = previewMarkdown(c.report).markdown;
    await github.upsertStickyComment(req.pullRequest, STICKY_PURPOSE, body, {
      ...(req.runUrl ? { summaryUrl: req.runUrl } : {}),
    });
  }
  await github.createCommitStatus(pr.head.sha, {
    context: PREVIEW_STATUS_CONTEXT,
    state: c.verdict.state === 'error' ? 'failure' : 'success',
    description: c.verdict.line.slice(0, 140),
    ...(req.runUrl ? { targetUrl: req.runUrl } : {}),
  });
  const value: Preview = { ...c, pullRequest: req.pullRequest };
  if (compared.outcome !== 'failed') return succeeded(value);
  const message = `${compared.error.message}; see the pull request comment and the job summary`;
  return failed({ ...compared.error, message }, { value });
}

/**
 * Render findings placed in files for annotations: a finding with its own line (a template error) keeps it; the
 * others land on the first line this change touched in the values layer that feeds the target.
 */
async function placeFindings(
  checkout: Ports['checkout'],
  base: string,
  head: string,
  findings: readonly RenderFinding[],
): Promise<Finding[]> {
  if (findings.length === 0) return [];
  const changedLines = await checkout.firstChangedLines(base, head);
  return findings.map((f) => {
    // A template error has its own line; a policy or schema finding is caused by values: point at the change.
    if (f.file && f.line) return toFinding(f, f.file);
    const [workload = '', environment = '', tenant] = f.target.split('/');
    const candidates = [
      ...valuesLayerFiles(workload, environment, tenant),
      // A chart or template file this change touched (a Helm failure has no line of its own).
      ...[...changedLines.keys()].filter((p) => p.startsWith(`${workloadDir(workload)}/`)).sort(),
      workloadFile(workload),
      CONFIG_FILE,
    ];
    const file = candidates.find((c) => changedLines.has(c)) ?? CONFIG_FILE;
    return { ...toFinding({ ...f, file: undefined }, file), line: changedLines.get(file) ?? 1, col: 1 };
  });
}
