// The wrapper, run in a child process exactly as a runner runs an action (the harness of src/sandbox/runner).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BundleRun, runBundle } from '../../../src/sandbox/runner/index.js';

const fixture = join(import.meta.dirname, 'fixtures', 'wrapper-action.ts');
const TOKEN = 'ghs_wrapperTestToken1234567890';

function run(scenario: string, inputs: Record<string, string> = { count: '3' }): Promise<BundleRun> {
  return runBundle({ bundlePath: fixture, inputs: { token: TOKEN, ...inputs }, env: { SCENARIO: scenario } });
}

const groupsBalanced = (r: BundleRun) =>
  r.commands.filter((c) => c.command === 'group').length ===
  r.commands.filter((c) => c.command === 'endgroup').length;

describe('runAction', () => {
  it('sets every output at the end (JSON for objects, multi-line intact) and writes the summary', async () => {
    const r = await run('ok', { count: '3', flag: 'TRUE' });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ result: 'count=3', details: '{"flag":true}', multi: 'line 1\nline 2' });
    expect(r.summary).toContain('## Deployed');
    expect(r.summary).toContain('| prod \\| eu | Deployed |');
    expect(r.annotations).toEqual([]);
    expect(groupsBalanced(r)).toBe(true);
  });

  it('masks the token before anything else is written, so no log line shows it', async () => {
    const r = await run('ok');
    expect(r.commands[0]).toEqual({ command: 'add-mask', properties: {}, data: TOKEN });
    expect(r.masked).toContain(TOKEN);
    expect(r.log).toContain('token in a log line: ***');
    expect(r.log).not.toContain(TOKEN);
  });

  it('a failing handler sets only the outputs it left for failure steps (the last ones), and still fails', async () => {
    const r = await run('fails-with-outputs');
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual({ result: 'degraded', details: '{"state":"Failed"}' });
    expect(r.annotations).toEqual([
      { type: 'error', message: 'deploy failed: release web-dev: Degraded: crashloop' },
    ]);
    expect(r.summary).toContain('deploy failed');
  });

  it('reports every input problem at once and runs nothing', async () => {
    const r = await run('ok', { count: 'three', flag: 'yes' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toEqual([
      {
        type: 'error',
        message:
          'deploy failed: 2 inputs need changing:\n- count: "three" is not a whole number >= 1\n- flag: "yes" is not a boolean: use true or false',
      },
    ]);
    expect(r.outputs).toEqual({});
    expect(r.log).not.toContain('token in a log line');
  });

  it('turns findings into file annotations within GitHub’s 10 per type, the rest summarised', async () => {
    const r = await run('findings');
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.type === 'error');
    const warnings = r.annotations.filter((a) => a.type === 'warning');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    // 8 located errors + "6 more" + setFailed; 9 located warnings + "3 more".
    expect(
      errors.slice(0, 8).every((a) => a.file?.startsWith('workloads/app-') && a.line && a.col === 3),
    ).toBe(true);
    expect(errors[0]).toMatchObject({ file: 'workloads/app-0/values.yaml', line: 1, col: 3 });
    expect(errors[8]?.message).toMatch(/^6 more errors not shown as annotations/);
    expect(errors[9]?.message).toBe(
      'deploy failed: 2 files are invalid (and 25 more: see the annotations and the job summary)',
    );
    expect(warnings[9]?.message).toMatch(/^3 more warnings not shown/);
    // Nothing is lost: the log and the summary list every finding.
    expect(r.log).toContain('error: workloads/app-13/values.yaml:14:3: error number 13');
    expect(r.summary).toContain('workloads/app-13/values.yaml:14:3');
    expect(r.summary).toContain('warning number 11');
    expect(r.outputs).toEqual({});
  });

  it('one finding: one located annotation and the message as written', async () => {
    const r = await run('one-finding');
    expect(r.annotations).toEqual([
      { type: 'error', message: 'environments[0].name is missing', file: 'gitopshq.yaml', line: 4, col: 3 },
      { type: 'error', message: 'deploy failed: gitopshq.yaml:4:3: environments[0].name is missing' },
    ]);
  });

  it('reports a bug with its message, keeps the stack for the debug log, and closes the open group', async () => {
    const r = await run('bug');
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      'deploy failed: unexpected error (a bug: please report it with the debug log): cannot read properties of undefined',
    ]);
    const debug = r.commands.filter((c) => c.command === 'debug').map((c) => c.data);
    expect(debug.join('\n')).toMatch(/TypeError: cannot read properties of undefined\n\s+at /);
    expect(groupsBalanced(r)).toBe(true);
    expect(r.summary).toContain('## deploy failed');
  });

  it('a GitHub failure says what GitHub answered and that a re-run picks up, not "a bug"', async () => {
    const r = await run('github-down');
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      'deploy failed: GitHub answered 502 to POST /repos/acme/gitops/deployments: Server Error; the writes before it stand; re-run the step (it picks up where this run stopped)',
    ]);
  });

  it('an empty token fails with what to do when the GitHub port is needed', async () => {
    const r = await runBundle({
      bundlePath: fixture,
      inputs: { count: '1', token: '' },
      token: '',
      env: { SCENARIO: 'github' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.at(-1)?.message).toMatch(
      /^deploy failed: the token input is empty: leave its default/,
    );
  });
});
