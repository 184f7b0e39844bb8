// The README's action reference is generated from the action.yml files by scripts/readme-actions.mjs: run here as
// CI runs it (a node process), on the real README and on scratch copies.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES } from '../../../src/core/contract.js';
import { tmpDir } from '../../helpers/tmp.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('README.md', () => {
  it('has the action reference that scripts/readme-actions.mjs generates from the action.yml files', () => {
    let result: { status: number; output: string };
    try {
      const out = execFileSync(process.execPath, [join(root, 'scripts', 'readme-actions.mjs'), '--check'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      result = { status: 0, output: out };
    } catch (e) {
      const err = e as { status: number; stderr: string };
      result = { status: err.status, output: err.stderr };
    }
    expect(result.output).not.toMatch(/out of date|needs the markers|does not exist/);
    expect(result.status).toBe(0);
  });
});

describe('scripts/readme-actions.mjs', () => {
  const script = join(root, 'scripts', 'readme-actions.mjs');
  function run(...args: string[]): { status: number; stdout: string; stderr: string } {
    try {
      const stdout = execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, stdout, stderr: '' };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { status: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  }

  it('refuses a README without the markers, saying which', () => {
    const file = join(tmpDir(), 'README.md');
    writeFileSync(file, '# Project\n');
    const r = run('--readme', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'needs the markers <!-- action-reference:start --> and <!-- action-reference:end -->',
    );
    expect(readFileSync(file, 'utf8')).toBe('# Project\n');
  });

  it('fills the section from every action.yml, leaves the rest alone, and then --check passes', () => {
    const file = join(tmpDir(), 'README.md');
    writeFileSync(
      file,
      'intro\n<!-- action-reference:start -->\nstale\n<!-- action-reference:end -->\noutro\n',
    );
    expect(run('--readme', file, '--check').status).toBe(1);
    expect(run('--readme', file).status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('intro\n<!-- action-reference:start -->\n')).toBe(true);
    expect(text.endsWith('<!-- action-reference:end -->\noutro\n')).toBe(true);
    expect(text).not.toContain('stale');
    for (const name of ACTION_NAMES) expect(text).toContain(`### ${name}`);
    expect(text).toContain('| `draft` | no | `false` | Open the pull request as a draft');
    expect(text).toContain('| `release-id` | yes |  |');
    expect(text).toContain('| `matrix` |');
    expect(run('--readme', file, '--check').status).toBe(0);
  });
});
