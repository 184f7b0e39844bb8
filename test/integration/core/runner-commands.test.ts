// Our writer of runner commands must be indistinguishable from @actions/core's: same bytes on stdout, same
// outputs as the runner parses them, same exit code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../../src/sandbox/runner/index.js';

const fixture = join(import.meta.dirname, 'fixtures', 'commands.ts');

describe('runner commands', () => {
  it('match @actions/core byte for byte', async () => {
    const [ours, toolkit] = await Promise.all([
      runBundle({ bundlePath: fixture, env: { IMPL: 'ours' } }),
      runBundle({ bundlePath: fixture, env: { IMPL: 'toolkit' } }),
    ]);
    expect(toolkit.stderr).toBe('');
    expect(ours.stdout).toBe(toolkit.stdout);
    expect(ours.outputs).toEqual(toolkit.outputs);
    expect(ours.exitCode).toBe(toolkit.exitCode);
    // And the fixture exercised what matters.
    expect(ours.exitCode).toBe(1);
    expect(ours.outputs).toEqual({
      json: '{"a":[1,"two"]}',
      multi: 'line 1\nline 2\n',
      empty: '',
      number: '42',
    });
    expect(ours.annotations).toContainEqual({
      type: 'warning',
      message: 'careful: 100% sure?\r\nyes',
      file: 'a,b:c.yaml',
      line: 3,
      col: 7,
      title: 'T: 1, 2',
    });
    expect(ours.log).toContain('plain line with *** inside');
  });
});
