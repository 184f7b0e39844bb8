import { appendFileSync } from 'node:fs';
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

describe('gitopshq validate: values Helm reads as YAML 1.1', () => {
  it('warns at file:line:col for octal, yes/on and keys, and still exits 0', async () => {
    const dir = join(tmpDir(), 'gitops');
    expect((await run('init', dir, '--no-git')).code).toBe(0);
    // dev.yaml has 7 lines; these start at line 8.
    appendFileSync(
      join(dir, 'workloads/payment-api/values/dev.yaml'),
      'volume:\n  defaultMode: 0644\n  quoted: "0644"\n  explicit: 0o644\nfeature:\n  enabled: yes\n  on: true\n  time: 1:30\n',
    );
    const r = await run('validate', '--repo', dir);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toEqual([
      'workloads/payment-api/values/dev.yaml:9:16: warning: `0644` is the number 420 to Helm (YAML 1.1) but the number 644 in YAML 1.2 (the template engine, most editors): write 0o644 (or 420) for the number both read alike, or quote it ("0644") for the string',
      'workloads/payment-api/values/dev.yaml:13:12: warning: `yes` is the boolean true to Helm (YAML 1.1) but the string "yes" in YAML 1.2 (the template engine, most editors): write true for the boolean, or quote it ("yes") for the string',
      'workloads/payment-api/values/dev.yaml:14:3: warning: the key `on` is "true" to Helm (YAML 1.1) but "on" in YAML 1.2: quote it ("on")',
      'ok: 12 files valid (3 warnings)',
    ]);
    const json = JSON.parse((await run('validate', '--repo', dir, '--output', 'json')).out) as {
      valid: boolean;
      warnings: { line: number; severity: string }[];
    };
    expect(json.valid).toBe(true);
    expect(json.warnings.map((w) => [w.line, w.severity])).toEqual([
      [9, 'warning'],
      [13, 'warning'],
      [14, 'warning'],
    ]);
  });
});
