// The committed bundle, run as a runner runs it. Tests never rebuild dist/ (slow): run `npm run build` first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSha, repositoryDispatchEvent } from '../../src/sandbox/events/index.js';
import { PROJECT_ROOT, runBundle } from '../../src/sandbox/runner/index.js';

const TOKEN = 'ghs_e2eToken0123456789abcdefABCDEF';
const event = repositoryDispatchEvent({ eventType: 'build-done', clientPayload: { tag: '1.4.2' } });

describe('create-release bundle', () => {
  it('exists (run `npm run build` if this fails)', () => {
    expect(existsSync(join(PROJECT_ROOT, 'dist', 'create-release', 'index.js')), 'run npm run build').toBe(
      true,
    );
  });

  it('with valid inputs reads them and fails as not implemented, as an error annotation', async () => {
    const r = await runBundle({
      name: 'create-release',
      inputs: {
        workload: 'web-api',
        environment: 'staging',
        updates: 'image.tag=1.4.2\nreplicas=3',
        tenants: 'acme',
      },
      event,
      token: TOKEN,
      sha: fakeSha('build'),
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toEqual([
      {
        type: 'error',
        message:
          'create-release failed: create-release is not implemented yet in this version of GitOpsHQ Actions',
      },
    ]);
    expect(r.outputs).toEqual({});
    expect(r.summary).toContain('## create-release failed');
  });

  it('reports every input problem together: a YAML 1.1 boolean, a missing input, a bad name', async () => {
    const r = await runBundle({
      name: 'create-release',
      inputs: { environment: 'Staging', draft: 'yes', updates: 'image.tag' },
      event,
      token: TOKEN,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toHaveLength(1);
    const message = r.annotations[0]?.message ?? '';
    expect(message).toMatch(/^create-release failed: 4 inputs need changing:\n/);
    expect(message).toContain('- workload: is required');
    expect(message).toMatch(/- environment: .*DNS-1123/);
    expect(message).toContain("- updates: line 1: 'image.tag' has no '='");
    expect(message).toContain('- draft: "yes" is not a boolean: use true or false');
  });

  it('masks the token (the default github.token) before it could appear in any log line', async () => {
    const r = await runBundle({
      name: 'create-release',
      inputs: { workload: 'web-api' },
      event,
      token: TOKEN,
    });
    expect(r.commands[0]).toMatchObject({ command: 'add-mask', data: TOKEN });
    expect(r.masked).toContain(TOKEN);
    expect(r.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(r.commands.filter((c) => c.command === 'add-mask')).toHaveLength(1);
    expect(r.stderr).not.toContain(TOKEN);
  });
});

describe('root action bundle', () => {
  it('dispatches on command to the chosen action', async () => {
    const r = await runBundle({
      name: 'main',
      inputs: { command: 'promote', 'release-id': 'web-api-staging-20260115-a1b2c3' },
      event,
      token: TOKEN,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      'promote failed: promote is not implemented yet in this version of GitOpsHQ Actions',
    ]);
  });

  it('checks what the chosen command needs: promote requires release-id', async () => {
    const r = await runBundle({ name: 'main', inputs: { command: 'promote' }, event, token: TOKEN });
    expect(r.annotations.map((a) => a.message)).toEqual([
      "promote failed: 1 input needs changing:\n- release-id: is required: set it in the step's `with:`",
    ]);
  });

  it('names the commands when command is wrong', async () => {
    const r = await runBundle({ name: 'main', inputs: { command: 'release' }, event, token: TOKEN });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toBe(
      'gitopshq failed: the command input is "release": set it to one of create-release, preview, approve-gate, deploy, promote, verify-health',
    );
  });
});
