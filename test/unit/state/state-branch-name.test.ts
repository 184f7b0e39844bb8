// One resolver for the state branch, shared by the actions and the CLI: the input, then gitopshq.yaml's
// stateBranch, then gitopshq/state.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickStateBranch, resolveStateBranch } from '../../../src/state/state-branch-name.js';
import { tmpDir } from '../../helpers/tmp.js';

describe('pickStateBranch', () => {
  it.each([
    ['ops/state', 'cfg/state', 'ops/state', 'input'],
    ['ops/state', undefined, 'ops/state', 'input'],
    [undefined, 'cfg/state', 'cfg/state', 'gitopshq.yaml'],
    ['', 'cfg/state', 'cfg/state', 'gitopshq.yaml'], // an action input left unset arrives empty
    ['  ', 'cfg/state', 'cfg/state', 'gitopshq.yaml'],
    [undefined, undefined, 'gitopshq/state', 'default'],
    ['', '', 'gitopshq/state', 'default'],
  ])('input %j, gitopshq.yaml %j -> %s (%s)', (input, configured, branch, source) => {
    expect(pickStateBranch(input, configured)).toEqual({ branch, source });
  });
});

describe('resolveStateBranch reads gitopshq.yaml', () => {
  const repo = (config?: string) => {
    const dir = tmpDir('state-branch-');
    if (config !== undefined) writeFileSync(join(dir, 'gitopshq.yaml'), config);
    return dir;
  };
  const header = 'apiVersion: gitopshq.io/v1\nkind: Config\n';

  it.each([
    ['stateBranch set', `${header}stateBranch: ops/releases\n`, undefined, 'ops/releases'],
    ['stateBranch set, input wins', `${header}stateBranch: ops/releases\n`, 'mine/state', 'mine/state'],
    ['no stateBranch', header, undefined, 'gitopshq/state'],
    ['no gitopshq.yaml', undefined, undefined, 'gitopshq/state'],
    [
      'an otherwise invalid config still names it',
      `${header}environments: 3\nstateBranch: x/state\n`,
      '',
      'x/state',
    ],
    ['not YAML at all', '{{{', undefined, 'gitopshq/state'],
  ])('%s', async (_, config, input, branch) => {
    expect((await resolveStateBranch(repo(config), input)).branch).toBe(branch);
  });
});
