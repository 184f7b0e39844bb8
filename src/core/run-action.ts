// The wrapper every action runs in: read inputs once, run the handler, set all outputs together, write the
// summary; a UserError becomes "<action> failed: <what to change>" plus file annotations, anything else is a bug
// reported with its stack in the debug log. Masking comes first, before any line is logged.

import { type Finding, formatFinding, isUserError } from '../domain/errors.js';
import { explainGitHubFailure } from '../github/failure.js';
import type { GitHubPort, RepoRef } from '../github/port.js';
import type { ActionHandler } from './action.js';
import { readContext, requireRepository } from './context.js';
import { TOKEN_INPUT } from './contract.js';
import { camelCase, envInputSource, readInputs, secretValues } from './inputs.js';
import { ActionLogger } from './log.js';
import { type CreateGitHubPort, lazyGitHubPort } from './ports.js';
import * as core from './runner-commands.js';
import { SummaryBuilder } from './summary.js';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Replaces the Octokit adapter (tests, the CLI's local runs). */
  loadGitHub?: () => Promise<CreateGitHubPort>;
}

export async function runAction<H extends ActionHandler>(
  handler: H,
  options: RunOptions = {},
): Promise<void> {
  const env = options.env ?? process.env;
  // Bundled dependencies (kubernetes-models' ajv formats) use node's deprecated punycode: a warning in the step
  // log that no user can act on.
  process.noDeprecation = true;
  const log = new ActionLogger();
  const summary = new SummaryBuilder();
  let port: GitHubPort | undefined;
  let onFailure: Readonly<Record<string, unknown>> = {};
  try {
    const source = envInputSource(env);
    const secrets = new Set(secretValues(handler.inputs, source));
    if (env.GITHUB_TOKEN) secrets.add(env.GITHUB_TOKEN);
    for (const secret of secrets) core.setSecret(secret);
    const inputs = readInputs(handler.inputs, source, handler.check);
    const context = readContext(env);
    // One port per repository: create-release from an application repository talks to the GitOps repository.
    const lazyPorts = new Map<string, () => Promise<GitHubPort>>();
    const github = async (repository?: RepoRef) => {
      const repo = repository ?? requireRepository(context);
      const key = `${repo.owner}/${repo.repo}`;
      let lazy = lazyPorts.get(key);
      if (!lazy) {
        lazy = lazyGitHubPort(
          () => ({
            token: source(TOKEN_INPUT).trim(),
            baseUrl: context.apiUrl,
            repository: repo,
            warn: (message: string) => log.warning(message),
          }),
          options.loadGitHub,
        );
        lazyPorts.set(key, lazy);
      }
      port = await lazy();
      return port;
    };
    const outputsOnFailure = (o: Readonly<Record<string, unknown>>) => {
      onFailure = o;
    };
    const outputs: Record<string, unknown> = await handler.run(inputs, {
      context,
      log,
      summary,
      github,
      outputsOnFailure,
    });
    log.closeAll();
    // Set only after the handler succeeded, so a failed run never leaves half its outputs behind.
    setOutputs(handler.outputs, outputs);
  } catch (e) {
    log.closeAll();
    reportFailure(handler.name, e, log, summary);
    // Only what the handler chose to leave for `if: failure()` steps, complete as it gave it.
    setOutputs(handler.outputs, onFailure);
  } finally {
    log.closeAll();
    // Every run says what it cost of the repository's API budget (GITHUB_TOKEN: 1,000 requests an hour).
    if (port) summary.paragraph(`<sub>GitHub API requests in this step: ${port.requestCount}</sub>`);
    summary.write(env);
  }
}

function setOutputs(names: readonly string[], outputs: Readonly<Record<string, unknown>>): void {
  for (const name of names) {
    const value = outputs[camelCase(name)];
    if (value !== undefined) core.setOutput(name, value);
  }
}

function reportFailure(action: string, e: unknown, log: ActionLogger, summary: SummaryBuilder): void {
  if (isUserError(e)) {
    const findings = e.findings;
    // setFailed is itself an error annotation: leave it one of the ten slots.
    log.findings(findings, { error: 1 });
    const first = e.message.split('\n')[0] ?? '';
    const message =
      findings.length > 1
        ? `${first} (and ${findings.length - 1} more: see the annotations and the job summary)`
        : e.message;
    core.setFailed(`${action} failed: ${message}`);
    summary.heading(`${action} failed`, 2).code(e.message);
    if (findings.length) summary.add(findingsTable(findings));
    return;
  }
  const github = explainGitHubFailure(e);
  if (github !== undefined) {
    // GitHub failing is not a bug of ours: say what it answered, and that a re-run converges.
    core.setFailed(`${action} failed: ${github}`);
    summary.heading(`${action} failed`, 2).paragraph(github);
    return;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  core.setFailed(
    `${action} failed: unexpected error (a bug: please report it with the debug log): ${err.message}`,
  );
  core.debug(err.stack ?? err.message);
  summary
    .heading(`${action} failed`, 2)
    .paragraph('Unexpected error (a bug). Re-run with debug logging for the stack.');
}

function findingsTable(findings: readonly Finding[]): string {
  return new SummaryBuilder()
    .table(
      ['where', 'severity', 'problem'],
      findings.map((f) => [
        formatFinding({ ...f, message: '' }).replace(/: $/, ''),
        f.severity ?? 'error',
        f.message,
      ]),
    )
    .toMarkdown();
}
