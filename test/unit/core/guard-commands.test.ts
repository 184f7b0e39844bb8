// Untrusted text in the log (a name, a title, a file's content) never starts a workflow command: guardCommands
// wraps it in ::stop-commands:: with a token nobody can guess, and leaves ordinary text as it is.
import { describe, expect, it } from 'vitest';
import { guardCommands } from '../../../src/core/runner-commands.js';
import { parseWorkflowCommands } from '../../../src/sandbox/runner/workflow-commands.js';

/** The commands a runner acts on: those outside a stop-commands block. */
function acted(out: string): string[] {
  const seen: string[] = [];
  let token: string | undefined;
  for (const c of parseWorkflowCommands(out)) {
    if (token !== undefined) {
      if (c.command === token) token = undefined;
      continue;
    }
    if (c.command === 'stop-commands') token = c.data;
    else seen.push(c.command);
  }
  return seen;
}

describe('guardCommands', () => {
  it('leaves text without a command-like line unchanged', () => {
    for (const t of ['plain', 'a :: b', 'x\ny::z', 'rm -rf / $(id) `id`']) expect(guardCommands(t)).toBe(t);
  });

  it('wraps text holding a command line, so the runner acts on none of it', () => {
    for (const hostile of [
      'ok\n::add-mask::PWNED',
      '::set-output name=x::1',
      'a\r\n::error::PWNED',
      '  ::warning::indented',
      'x ##[set-output name=y;]legacy',
      'title\n::stop-commands::PWNED\n::error::after',
    ]) {
      const out = guardCommands(hostile);
      expect(out).toContain(hostile);
      expect(out.split('\n')[0]).toMatch(/^::stop-commands::gitopshq-[0-9a-f-]{36}$/);
      expect(acted(out)).toEqual([]);
    }
  });

  it('catches a command after any whitespace the runner trims (.NET TrimStart: Unicode whitespace)', () => {
    const blanks: [string, string][] = [
      ['tab', '\t'],
      ['vertical tab', '\v'],
      ['form feed', '\f'],
      ['no-break space', '\u00a0'],
      ['next line', '\u0085'],
      ['en quad', '\u2000'],
      ['narrow no-break space', '\u202f'],
      ['ideographic space', '\u3000'],
      ['mixed', ' \u00a0\t\f'],
    ];
    for (const [name, blank] of blanks) {
      const hostile = `release notes\n${blank}::add-mask::PWNED`;
      // As the runner reads it, unguarded, the line is a command...
      expect(acted(hostile), name).toEqual(['add-mask']);
      // ...and guarded, it is shown and acted on by nothing.
      const out = guardCommands(hostile);
      expect(out, name).not.toBe(hostile);
      expect(acted(out), name).toEqual([]);
    }
  });

  it('uses a new token each time', () => {
    expect(guardCommands('::x::1').split('\n')[0]).not.toBe(guardCommands('::x::1').split('\n')[0]);
  });
});
