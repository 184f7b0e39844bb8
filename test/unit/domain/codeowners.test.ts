import { describe, expect, it } from 'vitest';
import { formatOwner, ownersOf, parseCodeowners, patternRegex } from '../../../src/domain/codeowners.js';

describe('CODEOWNERS patterns match as on GitHub', () => {
  const rows: [string, string, boolean][] = [
    ['*', 'a.txt', true],
    ['*', 'a/b/c.yaml', true],
    ['*.js', 'app.js', true],
    ['*.js', 'src/deep/app.js', true],
    ['*.js', 'app.jsx', false],
    ['*.YAML', 'a.yaml', false],
    // A trailing slash: a directory, and everything below it.
    ['/build/logs/', 'build/logs/a.log', true],
    ['/build/logs/', 'build/logs/x/y.log', true],
    ['/build/logs/', 'src/build/logs/a.log', false],
    ['/build/logs/', 'build/logs', false],
    // GitHub's exception: docs/* owns files directly in docs/, not nested ones.
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['docs/*', 'a/docs/x.md', false],
    // No slash but a trailing one: a directory of that name at any depth.
    ['apps/', 'apps/x.ts', true],
    ['apps/', 'src/apps/x/y.ts', true],
    ['apps/', 'apps', false],
    ['apps/', 'myapps/x.ts', false],
    ['/docs/', 'docs/a.md', true],
    ['/docs/', 'x/docs/a.md', false],
    ['**/logs', 'logs/a', true],
    ['**/logs', 'a/b/logs/c', true],
    ['**/logs', 'a/logs', true],
    ['**/logs', 'a/mylogs', false],
    ['docs/**/x.md', 'docs/x.md', true],
    ['docs/**/x.md', 'docs/a/b/x.md', true],
    ['docs/**/x.md', 'other/docs/x.md', false],
    ['docs/**', 'docs/a/b', true],
    ['docs/**', 'docs', false],
    ['/apps/github', 'apps/github', true],
    ['/apps/github', 'apps/github/x', true],
    ['/apps/github', 'apps/githubx', false],
    // No slash at all: a file or directory of that name at any depth.
    ['README.md', 'README.md', true],
    ['README.md', 'sub/README.md', true],
    ['README.md', 'README.mdx', false],
    ['workloads/*/values/prod.yaml', 'workloads/payment-api/values/prod.yaml', true],
    ['workloads/*/values/prod.yaml', 'workloads/a/b/values/prod.yaml', false],
    ['workloads/*/values/prod.yaml', 'x/workloads/a/values/prod.yaml', false],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file12.txt', false],
    ['file?.txt', 'file/.txt', false],
    ['my\\ file.txt', 'my file.txt', true],
    ['\\#notes', '#notes', true],
    ['a.b', 'axb', false],
  ];
  it.each(rows)('%s on %s: %s', (pattern, path, matches) => {
    expect(patternRegex(pattern).test(path)).toBe(matches);
  });
});

describe('parseCodeowners and ownersOf', () => {
  const file = [
    '# default owners',
    '*       @acme/platform   # an inline comment',
    '',
    '*.md    docs@example.com',
    'workloads/payment-api/   @rev-bob @acme/payments',
    '/workloads/payment-api/README.md',
    '!secret.yaml @nobody',
    'values/[a-z].yaml @x',
    'gitopshq.yaml @acme/sre not-an-owner',
  ].join('\n');
  const co = parseCodeowners(file);

  it('reads rules and owners, skips comments, and reports lines GitHub ignores with line:col', () => {
    expect(co.rules.map((r) => [r.line, r.pattern, r.owners.map(formatOwner)])).toEqual([
      [2, '*', ['@acme/platform']],
      [4, '*.md', ['docs@example.com']],
      [5, 'workloads/payment-api/', ['@rev-bob', '@acme/payments']],
      [6, '/workloads/payment-api/README.md', []],
    ]);
    expect(co.problems).toEqual([
      {
        line: 7,
        col: 1,
        message: "'!secret.yaml': CODEOWNERS has no negation ('!'); GitHub ignores this line",
      },
      {
        line: 8,
        col: 1,
        message:
          "'values/[a-z].yaml': CODEOWNERS has no character ranges ('[...]'); GitHub ignores this line",
      },
      {
        line: 9,
        col: 25,
        message: "'not-an-owner' is not an owner; write @user, @org/team or an email address",
      },
    ]);
  });

  const rows: [string, string[]][] = [
    ['gitopshq.yaml', ['@acme/platform']],
    ['notes.md', ['docs@example.com']],
    // The last matching rule wins, even over a more specific earlier one.
    ['workloads/payment-api/values/prod.yaml', ['@rev-bob', '@acme/payments']],
    ['workloads/payment-api/notes.md', ['@rev-bob', '@acme/payments']],
    // A rule without owners leaves its paths unowned.
    ['workloads/payment-api/README.md', []],
    ['/workloads/checkout/values.yaml', ['@acme/platform']],
  ];
  it.each(rows)('%s is owned by %j', (path, owners) => {
    expect(ownersOf(co, path).owners.map(formatOwner)).toEqual(owners);
  });

  it('an empty file owns nothing', () => {
    expect(ownersOf(parseCodeowners(''), 'a.txt')).toEqual({ owners: [] });
  });
});
