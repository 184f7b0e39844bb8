import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { tmpDir } from '../../helpers/tmp.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The example repository of `gitopshq init`: prod is frozen from Friday 18:00 to Monday 07:00, Berlin time. */
async function exampleRepo(): Promise<string> {
  const dir = join(tmpDir(), 'gitops');
  expect((await run('init', dir, '--no-git')).code).toBe(0);
  return dir;
}

const SATURDAY = '2026-11-28T12:00:00Z';
const weekendGlass = { allowed: true, label: 'break-glass', teams: ['sre'] };
const REASON = 'Nobody is on call to watch a weekend production release';

describe('gitopshq freeze status', () => {
  it('--output json: each environment, frozen or not, with until as an instant and break-glass', async () => {
    const dir = await exampleRepo();
    const r = await run('freeze', 'status', '--repo', dir, '--at', SATURDAY, '--output', 'json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.at).toBe('2026-11-28T12:00:00.000Z');
    const open = {
      frozen: false,
      freeze: null,
      until: null,
      untilLocal: null,
      reason: null,
      breakGlass: null,
      active: [],
    };
    expect(body.environments).toEqual([
      { name: 'dev', ...open },
      { name: 'staging', ...open },
      {
        name: 'prod',
        frozen: true,
        freeze: 'weekend',
        until: '2026-11-30T06:00:00.000Z',
        untilLocal: 'Mon 07:00 Europe/Berlin',
        reason: REASON,
        breakGlass: weekendGlass,
        active: [
          {
            name: 'weekend',
            timezone: 'Europe/Berlin',
            reason: REASON,
            // When this occurrence began (Friday 18:00 in Berlin): break-glass covers this occurrence only.
            since: '2026-11-27T17:00:00.000Z',
            until: '2026-11-30T06:00:00.000Z',
            breakGlass: weekendGlass,
          },
        ],
      },
    ]);
  });

  it('text: a line per environment saying by what, until when in the zone, why, and how break-glass works', async () => {
    const dir = await exampleRepo();
    const r = await run('freeze', 'status', '--repo', dir, '--at', SATURDAY);
    expect(r).toEqual({
      code: 0,
      err: '',
      out: [
        'at 2026-11-28T12:00:00.000Z',
        'dev: not frozen',
        'staging: not frozen',
        `prod: frozen by weekend until Mon 07:00 Europe/Berlin (2026-11-30T06:00:00.000Z); why: ${REASON}; break-glass: label the PR 'break-glass' and get an approval from team sre (recorded in the release)`,
      ].join('\n'),
    });
  });

  it('--env picks one environment; across the spring-forward weekend Monday 07:00 is 05:00Z', async () => {
    const dir = await exampleRepo();
    const r = await run(
      'freeze',
      'status',
      '--repo',
      dir,
      '--env',
      'prod',
      '--at',
      '2026-03-28T12:00:00+01:00',
      '--output',
      'json',
    );
    const body = JSON.parse(r.out);
    expect(body.environments.map((e: { name: string; until: string }) => [e.name, e.until])).toEqual([
      ['prod', '2026-03-30T05:00:00.000Z'],
    ]);
    const wednesday = await run(
      'freeze',
      'status',
      '--repo',
      dir,
      '--env',
      'prod',
      '--at',
      '2026-12-02T12:00:00Z',
    );
    expect(wednesday.out).toBe('at 2026-12-02T12:00:00.000Z\nprod: not frozen');
  });

  it('an adjacent freeze extends until; a freeze without break-glass says so', async () => {
    const dir = await exampleRepo();
    const config = join(dir, 'gitopshq.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'freezes:\n',
        'freezes:\n  - { name: migration, timezone: Europe/Berlin, start: "2026-11-30T07:00", end: "2026-11-30T09:30", reason: database migration }\n',
      ),
    );
    const r = await run('freeze', 'status', '--repo', dir, '--at', SATURDAY);
    expect(r.out.split('\n')).toEqual([
      'at 2026-11-28T12:00:00.000Z',
      'dev: not frozen',
      'staging: not frozen',
      // migration comes first in the file, but on Saturday only the weekend is in force; it ends into migration.
      `prod: frozen by weekend until Mon 09:30 Europe/Berlin (2026-11-30T08:30:00.000Z); why: ${REASON}; break-glass: label the PR 'break-glass' and get an approval from team sre (recorded in the release)`,
    ]);
    const monday = await run(
      'freeze',
      'status',
      '--repo',
      dir,
      '--env',
      'staging',
      '--at',
      '2026-11-30T07:00:00Z',
    );
    expect(monday.out).toBe(
      'at 2026-11-30T07:00:00.000Z\nstaging: frozen by migration until Mon 09:30 Europe/Berlin (2026-11-30T08:30:00.000Z); why: database migration; no break-glass: releases wait until it ends',
    );
  });

  it('refuses a local time, an unknown environment and a missing subcommand (exit 2)', async () => {
    const dir = await exampleRepo();
    const local = await run('freeze', 'status', '--repo', dir, '--at', '2026-11-28T12:00');
    expect(local.code).toBe(2);
    expect(local.err).toContain(
      "--at '2026-11-28T12:00' is not an instant; write it with a zone: 2026-11-28T12:00:00Z or 2026-11-28T13:00+01:00",
    );
    const env = await run('freeze', 'status', '--repo', dir, '--env', 'qa');
    expect(env.code).toBe(2);
    expect(env.err).toContain("--env: unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod)");
    expect((await run('freeze', '--repo', dir)).code).toBe(2);
    expect((await run('freeze', 'thaw', '--repo', dir)).err).toContain("unknown subcommand 'thaw'");
  });

  it('an invalid freeze is a finding at file:line:col (exit 1), never an open environment', async () => {
    const dir = await exampleRepo();
    const config = join(dir, 'gitopshq.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('timezone: Europe/Berlin', 'timezone: Europe/Berln'),
    );
    const r = await run('freeze', 'status', '--repo', dir, '--at', SATURDAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /gitopshq\.yaml:\d+:\d+: freezes\[0\]\.timezone 'Europe\/Berln' is not an IANA time zone; use a name such as Europe\/Berlin/,
    );
    expect(r.out).toBe('');
  });
});
