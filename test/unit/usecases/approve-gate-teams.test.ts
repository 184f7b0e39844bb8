// The teams approve-gate asks GitHub about are told apart by organisation and slug: gitopshq.yaml's `sre` is the
// repository owner's team, and a CODEOWNERS `@other/sre` is another team, asked about on its own.
import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../../src/domain/codeowners.js';
import type { FreezeStatus } from '../../../src/domain/freeze.js';
import { teamsToAsk } from '../../../src/usecases/approve-gate-teams.js';

const thawed = { active: [] } as unknown as FreezeStatus;

describe('teamsToAsk', () => {
  it("keeps a CODEOWNERS team of another organisation apart from the policy's team of the same slug", () => {
    const owners = parseCodeowners('* @other/sre\ndocs/ @acme/sre\n');
    const keys = teamsToAsk(['sre'], thawed, owners, ['values.yaml', 'docs/a.md'], 'acme');
    expect(keys).toEqual([
      { org: 'acme', slug: 'sre' },
      { org: 'other', slug: 'sre' },
    ]);
  });

  it('asks once for a team named by the policy and by CODEOWNERS, whatever the case', () => {
    const keys = teamsToAsk(['SRE'], thawed, parseCodeowners('* @Acme/sre\n'), ['a'], 'acme');
    expect(keys).toHaveLength(1);
  });

  it("asks by GitHub's lowercase slug, whichever spelling came last (CODEOWNERS @acme/SRE after the policy's sre)", () => {
    const keys = teamsToAsk(['sre'], thawed, parseCodeowners('* @acme/SRE\n'), ['a'], 'acme');
    expect(keys).toEqual([{ org: 'acme', slug: 'sre' }]);
  });
});
