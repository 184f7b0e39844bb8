// preview: maps the inputs to a request of src/usecases/preview.ts and its result to outputs, summary and annotations.
import { resolve } from 'node:path';
import { defineAction } from '../../core/action.js';
import { eventPullRequestNumber } from '../../core/context.js';
import { UserError } from '../../domain/errors.js';
import { localPorts } from '../../usecases/local-ports.js';
import { preview } from '../../usecases/preview.js';
import { stepUserError } from '../../usecases/result.js';
import { inputs, outputs } from './inputs.js';

export const action = defineAction({
  name: 'preview',
  inputs,
  outputs,
  async run(input, env) {
    const pullRequest = input.pullRequest ?? eventPullRequestNumber(env.context);
    if (pullRequest === undefined) {
      const event = env.context.eventName || 'none';
      const message = `no pull request: run preview on a pull_request event, or set the pull-request input (event: ${event})`;
      throw new UserError(message, [], 'usage');
    }
    const dir = resolve(env.context.workspace, input.repoPath);
    const ports = {
      github: await env.github(),
      log: env.log,
      // A pull request's charts, templates and kustomizations are the author's, and a fork's author is anyone:
      // every preview renders in the isolated renderer (docs/architecture.md#untrusted-input).
      ...localPorts(dir, { token: input.token, where: input.repoPath, isolation: {} }),
    };
    const { comment, failOn } = input;
    const result = await preview({ pullRequest, comment, failOn, runUrl: env.context.runUrl }, ports);
    const r = result.value;
    if (r) env.summary.add(r.markdown);
    const error = stepUserError(result);
    if (error || !r) throw error ?? new Error(`preview ended ${result.outcome} without a report`);
    env.log.findings(r.findings);
    return { changed: r.changed, targets: r.targets, summary: r.summary, errors: r.summary.errors };
  },
});
