import { describe, expect, it } from 'vitest';
import { githubRepoFromRemote } from '../../../src/domain/remote-url.js';

describe('githubRepoFromRemote', () => {
  const gh = 'https://github.com';
  it('reads owner/repo from the shapes actions/checkout and people use', () => {
    const want = { owner: 'acme', repo: 'gitops' };
    expect(githubRepoFromRemote('https://github.com/acme/gitops', gh)).toEqual(want);
    expect(githubRepoFromRemote('https://github.com/acme/gitops.git', gh)).toEqual(want);
    expect(githubRepoFromRemote('https://x-access-token:t@github.com/acme/gitops.git', gh)).toEqual(want);
    expect(githubRepoFromRemote('git@github.com:acme/gitops.git', gh)).toEqual(want);
    expect(githubRepoFromRemote('ssh://git@github.com/acme/gitops.git', gh)).toEqual(want);
    expect(githubRepoFromRemote('http://127.0.0.1:4000/acme/gitops.git', 'http://127.0.0.1:4000')).toEqual(
      want,
    );
  });

  it('is undefined for another server or anything not owner/repo', () => {
    expect(githubRepoFromRemote('https://gitlab.com/acme/gitops.git', gh)).toBeUndefined();
    expect(
      githubRepoFromRemote('http://127.0.0.1:4001/acme/gitops.git', 'http://127.0.0.1:4000'),
    ).toBeUndefined();
    expect(githubRepoFromRemote('/tmp/gitops', gh)).toBeUndefined();
    expect(githubRepoFromRemote('https://github.com/acme/gitops/tree/main', gh)).toBeUndefined();
    expect(githubRepoFromRemote('https://github.com/acme/..', gh)).toBeUndefined();
    expect(githubRepoFromRemote('file:///acme/gitops', gh)).toBeUndefined();
  });
});
