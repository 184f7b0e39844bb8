#!/usr/bin/env node
// Deletes dist/, rebuilds it, and fails on any difference from what is committed (new, changed or deleted
// files alike: `git status --porcelain` catches what `git diff dist/` would miss).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
const status = execFileSync(
  'git',
  [
    'status',
    '--porcelain',
    '--untracked-files=all',
    '--',
    'dist',
    'README.md',
    'src/state/example-repo/workflows.generated.ts',
    'src/state/schema-validators.generated.ts',
  ],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (status.trim() !== '') {
  console.error('check-dist: dist/ does not match the source. Run `npm run build` and commit the result:');
  console.error(status);
  execFileSync(
    'git',
    [
      '--no-pager',
      'diff',
      '--stat',
      '--',
      'dist',
      'README.md',
      'src/state/example-repo/workflows.generated.ts',
      'src/state/schema-validators.generated.ts',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  process.exit(1);
}
console.log('check-dist: dist/ matches the source');
