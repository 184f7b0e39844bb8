import { describe, expect, it } from 'vitest';
import {
  assertNode24,
  maskLog,
  parseFileCommand,
  parseWorkflowCommands,
  runnerInputEnvName,
} from '../../../src/sandbox/runner/index.js';

describe('the runner harness reads what an action writes as the runner does', () => {
  it('parses workflow commands with escaped properties and data', () => {
    const stdout = [
      'plain log line',
      '::error file=a%2Cb.yaml,line=3,col=7,title=Bad%3A value::first%0Asecond 100%25',
      '::warning::careful',
      '::add-mask::s3cr3t',
      '::group::Render',
      '::endgroup::',
    ].join('\n');
    expect(parseWorkflowCommands(stdout)).toEqual([
      {
        command: 'error',
        properties: { file: 'a,b.yaml', line: '3', col: '7', title: 'Bad: value' },
        data: 'first\nsecond 100%',
      },
      { command: 'warning', properties: {}, data: 'careful' },
      { command: 'add-mask', properties: {}, data: 's3cr3t' },
      { command: 'group', properties: {}, data: 'Render' },
      { command: 'endgroup', properties: {}, data: '' },
    ]);
  });

  it('parses GITHUB_OUTPUT: heredoc blocks (multi-line values) and name=value lines, last one winning', () => {
    const text =
      'summary<<ghadelimiter_1\n{"a":1}\nline two\nghadelimiter_1\nchanged=true\nchanged=false\nempty<<EOF\nEOF\n';
    expect(parseFileCommand(text)).toEqual({ summary: '{"a":1}\nline two', changed: 'false', empty: '' });
    expect(() => parseFileCommand('x<<END\nno end\n')).toThrow(/never ends with its delimiter END/);
  });

  it('shows the log as the runner would: masked values as ***, mask commands hidden', () => {
    expect(maskLog('::add-mask::abc123\ntoken abc123 and abc1234\n', ['abc123'])).toBe(
      'token *** and ***4\n',
    );
  });

  it('mangles input names like the runner (hyphens kept)', () => {
    expect(runnerInputEnvName('repo-path')).toBe('INPUT_REPO-PATH');
    expect(runnerInputEnvName('fail on')).toBe('INPUT_FAIL_ON');
  });

  it('runs on the pinned Node 24 and refuses another', () => {
    expect(() => assertNode24()).not.toThrow();
    expect(() => assertNode24('v20.19.0')).toThrow(/Node 24/);
  });
});
