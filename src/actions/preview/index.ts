// preview: on a pull request, render the final manifests of every affected (workload, environment, tenant) at the
// merge base and at the head, validate them, and put the diff where reviewers look: one sticky PR comment, the
// job summary, annotations on the values files that caused errors, and the `gitopshq/preview` commit status.
import { resolve } from 'node:path';
import { defineAction } from '../../core/action.js';
import { eventPullRequestNumber } from '../../core/context.js';
import { PREVIEW_STATUS_CONTEXT } from '../../core/contract.js';
import { type Finding, UserError, ValidationError } from '../../domain/errors.js';
import { Git } from '../../git/git.js';
import { diffSnapshots, type SnapshotDiff } from '../../render/diff-snapshots.js';
import { createKubeSchemaValidator } from '../../render/kube-schema.js';
import { previewMarkdown, previewVerdict } from '../../render/markdown-report.js';
import { type RenderFinding, toFinding } from '../../render/types.js';
import { withRefSnapshots } from '../../state/ref-snapshots.js';
import { inputs, outputs } from './inputs.js';

const STICKY_PURPOSE = 'preview';

export const action = defineAction({
  name: 'preview',
  inputs,
  outputs,
  async run(input, env) {
    const number = input.pullRequest ?? eventPullRequestNumber(env.context);
    if (number === undefined) {
      throw new UserError(
        `no pull request: run preview on a pull_request event, or set the pull-request input (event: ${env.context.eventName || 'none'})`,
        [],
        'usage',
      );
    }
    const github = await env.github();
    const pr = await github.getPullRequest(number);
    const repoDir = resolve(env.context.workspace, input.repoPath);

    const git = new Git(repoDir, { env: tokenAuth(input.token ?? '') });
    const base = await env.log.group('Fetch base and head', async () => {
      const missing = [];
      for (const sha of [pr.base.sha, pr.head.sha]) if (!(await git.hasCommit(sha))) missing.push(sha);
      if (missing.length > 0) {
        const fetched = await git.fetch('origin', missing, { allowFail: true });
        if (fetched.exitCode !== 0) {
          throw new UserError(
            `the checkout at ${input.repoPath} lacks commits ${missing.join(', ')} and fetching them failed (${fetched.stderr.trim()}): use actions/checkout with fetch-depth: 0`,
            [],
            'usage',
          );
        }
      }
      return (await git.mergeBase(pr.base.sha, pr.head.sha)) ?? pr.base.sha;
    });

    let diff: SnapshotDiff | undefined;
    let invalid: Finding[] | undefined;
    let environmentOrder: string[] = [];
    await env.log.group(`Render ${shortSha(base)}..${shortSha(pr.head.sha)}`, async () => {
      try {
        diff = await withRefSnapshots(repoDir, base, pr.head.sha, (s) => {
          environmentOrder = s.headSnap.config.environments.map((e) => e.name);
          return diffSnapshots(s.baseSnap, s.headSnap, s.changed, {
            kubeSchema: createKubeSchemaValidator(),
          });
        });
        env.log.info(
          `${diff.stats.renders} distinct render(s) for ${diff.stats.targets} target render(s) at base and head`,
        );
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        invalid = e.findings;
      }
    });

    const report = { diff, invalid, base, head: pr.head.sha, runUrl: env.context.runUrl, environmentOrder };
    const verdict = previewVerdict(report);
    const full = previewMarkdown(report, Number.POSITIVE_INFINITY).markdown;
    env.summary.add(full);

    if (input.comment) {
      const comment = previewMarkdown(report);
      await github.upsertStickyComment(number, STICKY_PURPOSE, comment.markdown, {
        ...(env.context.runUrl ? { summaryUrl: env.context.runUrl } : {}),
      });
    }
    await github.createCommitStatus(pr.head.sha, {
      context: PREVIEW_STATUS_CONTEXT,
      state: verdict.state === 'error' ? 'failure' : 'success',
      description: verdict.line.slice(0, 140),
      ...(env.context.runUrl ? { targetUrl: env.context.runUrl } : {}),
    });

    const findings = invalid ?? (await annotatedFindings(git, base, pr.head.sha, diff?.findings ?? []));
    const errors = findings.filter((f) => (f.severity ?? 'error') === 'error').length;
    const warnings = findings.length - errors;
    const failOn = input.failOn;
    if ((failOn === 'error' && errors > 0) || (failOn === 'warning' && findings.length > 0)) {
      throw new UserError(`${verdict.line}; see the pull request comment and the job summary`, findings);
    }
    env.log.findings(findings);

    const totals = diff?.totals ?? { targets: 0, changedTargets: 0, added: 0, changed: 0, removed: 0 };
    return {
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
      summary: { ...totals, errors, warnings, valid: invalid === undefined },
      errors,
    };
  },
});

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** git authenticates a fetch with the token through the environment, never through argv or the repo's config. */
function tokenAuth(token: string): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * Render findings placed in files for annotations: a finding with its own line (a template error) keeps it; the
 * others land on the first line this pull request changed in the values layer that feeds the target.
 */
async function annotatedFindings(
  git: Git,
  base: string,
  head: string,
  findings: readonly RenderFinding[],
): Promise<Finding[]> {
  if (findings.length === 0) return [];
  const prefix = (await git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
  const changedLines = new Map(
    [...(await git.firstChangedLines(base, head))]
      .filter(([p]) => p.startsWith(prefix))
      .map(([p, line]) => [p.slice(prefix.length), line] as const),
  );
  return findings.map((f) => {
    // A template error has its own line; a policy or schema finding is caused by values: point at the change.
    if (f.file && f.line) return toFinding(f, f.file);
    const [workload = '', environment = '', tenant] = f.target.split('/');
    const candidates = [
      ...(tenant ? [`workloads/${workload}/values/${environment}/${tenant}.yaml`] : []),
      `workloads/${workload}/values/${environment}.yaml`,
      `workloads/${workload}/values.yaml`,
      // A chart or template file this change touched (a Helm failure has no line of its own).
      ...[...changedLines.keys()].filter((p) => p.startsWith(`workloads/${workload}/`)).sort(),
      `workloads/${workload}/workload.yaml`,
      'gitopshq.yaml',
    ];
    const file =
      candidates.find((c) => changedLines.has(c)) ?? candidates[candidates.length - 1] ?? 'gitopshq.yaml';
    return { ...toFinding({ ...f, file: undefined }, file), line: changedLines.get(file) ?? 1, col: 1 };
  });
}
