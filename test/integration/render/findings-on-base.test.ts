// `gitopshq diff`: a finding the base already had is marked "already on base" and, by default (--fail-on
// new-error), does not fail the diff; a finding the change brings does.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { Git } from '../../../src/git/git.js';
import { writeExampleRepo } from '../../../src/state/example-repo.js';
import { tmpDir } from '../../helpers/tmp.js';

async function run(repo: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main([...argv, '--repo', repo], {
    stdout: (t) => {
      out += `${t}\n`;
    },
    stderr: (t) => {
      err += `${t}\n`;
    },
  });
  return { code, out, err };
}

function append(repo: string, file: string, text: string) {
  const path = join(repo, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}${text}`);
}

/** Sets image.tag to latest, keeping the file's other lines. */
function latest(repo: string, file: string) {
  const path = join(repo, file);
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    /^ {2}tag: /m.test(text)
      ? text.replace(/^ {2}tag: .*$/m, '  tag: latest')
      : `${text}image:\n  tag: latest\n`,
  );
}

describe('gitopshq diff and findings already on base', () => {
  it('an old error is marked and does not fail by default; --fail-on error fails; a new error fails', async () => {
    const repo = tmpDir();
    await writeExampleRepo(repo, { git: true });
    const git = new Git(repo);
    // main already deploys a latest tag to staging (gitopshq.yaml forbids it): an error on every staging target.
    latest(repo, 'workloads/payment-api/values/staging.yaml');
    await git.addAll();
    await git.commit('latest in staging');
    await git.exec(['checkout', '-q', '-b', 'change']);
    append(repo, 'workloads/payment-api/values/staging.yaml', 'replicas: 4\n');
    await git.addAll();
    await git.commit('more replicas in staging');

    const r = await run(repo, 'diff', '--base', 'main', '--head', 'change');
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 targets affected, 3 changed');
    const lines = r.err.split('\n').filter((l) => l.includes('latest tag'));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/ error \[payment-api\/staging\/\w+\] .*\(already on base\)$/);

    const strict = await run(repo, 'diff', '--base', 'main', '--head', 'change', '--fail-on', 'error');
    expect(strict.code).toBe(1);
    const json = await run(repo, 'diff', '--base', 'main', '--head', 'change', '--output', 'json');
    const body = JSON.parse(json.out) as { findings: { target: string; onBase: boolean }[] };
    expect(body.findings.map((f) => f.onBase)).toEqual([true, true, true]);

    // The same error in dev is new: it fails, and only it is new.
    latest(repo, 'workloads/payment-api/values/dev.yaml');
    await git.addAll();
    await git.commit('latest in dev too');
    const worse = await run(repo, 'diff', '--base', 'main', '--head', 'change', '--output', 'json');
    expect(worse.code).toBe(1);
    const found = (JSON.parse(worse.out) as { findings: { target: string; onBase: boolean }[] }).findings;
    expect(found.filter((f) => !f.onBase).map((f) => f.target)).toEqual([
      'payment-api/dev/acme',
      'payment-api/dev/canary',
      'payment-api/dev/globex',
    ]);

    const bad = await run(repo, 'diff', '--base', 'main', '--head', 'change', '--fail-on', 'sometimes');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--fail-on must be one of new-error, error, warning, never');
  });
});
