// create-release: maps the inputs (or a repository_dispatch's client_payload) to a request of
// src/usecases/create-release.ts and its result to outputs and the job summary.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { defineAction } from '../../core/action.js';
import { UserError } from '../../domain/errors.js';
import { inlineCode, markdownTable } from '../../domain/markdown.js';
import { parseReleaseDispatch } from '../../domain/release-dispatch.js';
// Type-only imports and one pure function: no I/O module is loaded with it.
import { deployWorkflowOf } from '../../usecases/deploy-dispatch.js';
import { stepUserError } from '../../usecases/result.js';
import { inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'create-release',
  inputs,
  outputs,
  async run(input, env) {
    const fromInputs =
      input.workload !== undefined ||
      input.environment !== undefined ||
      input.updates.length > 0 ||
      input.chartVersion !== undefined;
    let what: {
      workload: string;
      environment: string;
      updates: typeof input.updates;
      tenants: string[];
      notes?: string | undefined;
      chartVersion?: string | undefined;
      sourceCommittedAt?: string | undefined;
    };
    if (!fromInputs && env.context.eventName === 'repository_dispatch') {
      what = parseReleaseDispatch(env.context.payload.client_payload);
    } else {
      const missing = (['workload', 'environment'] as const).filter((k) => input[k] === undefined);
      if (missing.length > 0) {
        throw new UserError(
          `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} required: set ${missing.length === 1 ? 'it' : 'them'} in the step's \`with:\` (or run on repository_dispatch with a client_payload)`,
          [],
          'usage',
        );
      }
      what = {
        workload: input.workload ?? '',
        environment: input.environment ?? '',
        updates: input.updates,
        tenants: input.tenants,
        notes: input.notes,
        chartVersion: input.chartVersion,
        sourceCommittedAt: input.committedAt,
      };
    }
    // Loaded only now (literal specifiers: ncc makes chunks of them), so a run that fails its inputs starts fast.
    const { createRelease } = await import('../../usecases/create-release.js');
    const { localPorts, localRecordStore, localReleaseBranches, originRepository } = await import(
      '../../usecases/local-ports.js'
    );
    const dir = resolve(env.context.workspace, input.repoPath);
    const actor = env.context.actor || 'gitopshq';
    // From an application repository (repo-path: a checkout of the GitOps repository) the pull request goes to
    // the repository that checkout came from.
    const github = await env.github(await originRepository(dir, env.context.serverUrl));
    const ports = {
      github,
      log: env.log,
      store: await localRecordStore(dir, {
        stateBranch: input.stateBranch,
        token: input.token,
        actor,
        remote: 'origin',
      }),
      branches: localReleaseBranches(dir, { token: input.token, actor }),
      ...localPorts(dir, { token: input.token, where: input.repoPath }),
    };
    const result = await createRelease(
      {
        ...what,
        title: input.title,
        draft: input.draft,
        // Not given: the environment's deploy.autoMerge in gitopshq.yaml.
        autoMerge: input.autoMerge,
        deployWorkflow: deployWorkflowOf(input.deployWorkflow),
        chartVersion: what.chartVersion,
        actor,
        runUrl: env.context.runUrl,
      },
      ports,
      { random: (n) => randomBytes(n) },
    );
    const error = stepUserError(result);
    const r = result.value;
    if (error || !r) throw error ?? new Error(`create-release ended ${result.outcome} without a release`);
    env.summary.add(
      [
        `## Release ${inlineCode(r.releaseId)}`,
        '',
        markdownTable(
          ['', ''],
          [
            ['Pull request', `#${r.pullRequestNumber}`],
            ['Branch', { code: r.branch }],
            ['State', r.state],
            ['Files', r.files.join(', ')],
            [
              'Wrote',
              `commit: ${r.wrote.commit ? 'yes' : 'no'}, pull request: ${r.wrote.pullRequest}, record: ${r.wrote.record}`,
            ],
            ['Preview', r.checks.preview],
            ['Approval gate', r.checks.gate],
            ['Auto-merge', `${r.merged ? 'merged' : 'not merged'}: ${r.autoMerge.reason}`],
            ...(r.deployDispatch ? [['Deploy', r.deployDispatch.message]] : []),
          ],
        ),
      ].join('\n'),
    );
    return {
      releaseId: r.releaseId,
      pullRequestNumber: r.pullRequestNumber,
      pullRequestUrl: r.pullRequestUrl,
      branch: r.branch,
      state: r.state,
    };
  },
});
