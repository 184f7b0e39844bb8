// `gitopshq dashboard` through main(): a usage error names what is missing and writes nothing; a repository whose
// state branch does not exist yet still gets a page (an empty board), and --output json says where it is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { tmpDir } from '../../helpers/tmp.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function initRepo(): Promise<string> {
  const repo = join(tmpDir(), 'gitops');
  expect((await run('init', repo)).code).toBe(0);
  return repo;
}

describe('gitopshq dashboard', () => {
  it('without --out: a usage error (exit 2), nothing written', async () => {
    const repo = await initRepo();
    const r = await run('dashboard', '--repo', repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out DIR is required');
    expect(readdirSync(repo)).not.toContain('index.html');
  });

  it('before any release: an empty board, and JSON that names the page', async () => {
    const repo = await initRepo();
    const out = join(tmpDir(), 'site');
    const r = await run('dashboard', '--repo', repo, '--out', out, '--output', 'json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(r.stdout) as Record<string, unknown>;
    const file = join(out, 'index.html');
    expect(summary).toMatchObject({
      file,
      url: pathToFileURL(file).href,
      stateBranch: 'gitopshq/state',
      releases: 0,
      promotions: 0,
      board: { awaiting: 0, deploying: 0, failed: 0, drift: 0, promotions: 0 },
    });
    expect(existsSync(join(out, 'details'))).toBe(false);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Nothing waits for a review.');
    // The example repository's environments and tenants, even with nothing deployed yet.
    expect(html).toMatch(
      /<th scope="row">dev<\/th>.*<th scope="row">staging<\/th>.*<th scope="row">prod<\/th>/s,
    );
    expect(html).toContain('<th scope="col">canary</th><th scope="col">acme</th><th scope="col">globex</th>');
  });
});
