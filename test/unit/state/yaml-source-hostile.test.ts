// Hostile YAML read by every reader of the repository and the state branch (parseYamlSource): refused with one
// finding at the place to edit, in milliseconds, never a crash, a hang or a value that is not plain data.
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/domain/errors.js';
import { decodeUtf8 } from '../../../src/state/utf8.js';
import { MAX_YAML_BYTES, MAX_YAML_DEPTH, parseYamlSource } from '../../../src/state/yaml-source.js';

const problems = (text: string) => parseYamlSource(text, 'f.yaml').findings.map(formatFinding);

describe('parseYamlSource on hostile input', () => {
  it('refuses a file over the size limit without parsing it', () => {
    const text = `k: "${'x'.repeat(MAX_YAML_BYTES)}"\n`;
    const started = performance.now();
    const source = parseYamlSource(text, 'f.yaml');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(source.value).toBeUndefined();
    expect(source.findings.map(formatFinding)).toEqual([
      'f.yaml:1:1: the file is 4.0 MiB, over the 4 MiB a GitOpsHQ YAML file may have: it is not read; split it or remove what does not belong in it',
    ]);
  });

  it('refuses a NUL byte and other control characters where they are', () => {
    expect(problems('a: 1\nb: "x\0y"\n')).toEqual([
      'f.yaml:2:6: invalid YAML: a NUL byte (U+0000), which a YAML file may not contain: remove it (write \\x00 inside a double-quoted string if the value needs it)',
    ]);
    expect(problems('a: \u001b[31mred\n')[0]).toMatch(
      /^f\.yaml:1:4: invalid YAML: the control character U\+001B/,
    );
    // Tab, LF and CR are YAML's own; a BOM at the start is allowed.
    expect(problems('\uFEFFa:\r\n  - "\tb"\n')).toEqual([]);
  });

  it('refuses flow nesting past the limit at once, however deep (the parser took seconds)', () => {
    const started = performance.now();
    const deep = problems(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(deep).toEqual([
      `f.yaml:1:${4 + MAX_YAML_DEPTH}: nested more than ${MAX_YAML_DEPTH} levels deep, which no GitOpsHQ file needs: flatten it (the file is not read)`,
    ]);
    // Brackets in strings and comments are not nesting.
    expect(problems(`a: "${'['.repeat(200)}" # ${'{'.repeat(200)}\nb: '${'['.repeat(200)}'\n`)).toEqual([]);
    expect(problems(`a: ${'['.repeat(MAX_YAML_DEPTH - 1)}1${']'.repeat(MAX_YAML_DEPTH - 1)}\n`)).toEqual([]);
  });

  it('refuses block nesting past the limit with one finding, not one per level', () => {
    const text = `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^f\.yaml:\d+:\d+: nested more than 64 levels deep/);
  });

  it('refuses tags that are not plain data, at their line, and keeps the core ones', () => {
    expect(problems('a: 1\nf: !!js/function "function () {}"\n')).toEqual([
      'f.yaml:2:18: the tag !!js/function is not allowed: GitOpsHQ files hold plain data (maps, lists, strings, numbers, booleans, null); remove the tag',
    ]);
    expect(problems('b: !!binary "@@@"\n')[0]).toContain('the tag !!binary is not allowed');
    expect(problems('r: !Ref Bucket\n')[0]).toContain('the tag !Ref is not allowed');
    expect(problems('p: !!python/object/apply:os.system ["id"]\n')[0]).toContain(
      'the tag !!python/object/apply:os.system is not allowed',
    );
    expect(parseYamlSource('v: !!str 1.10\nm: !!map {a: 1}\nn: ! 2\n', 'f.yaml')).toMatchObject({
      findings: [],
      value: { v: '1.10', m: { a: 1 }, n: '2' },
    });
  });

  it('says what an alias bomb and a second document are in the words of the file', () => {
    const laughs = `a: &a [x, x, x, x, x, x, x, x, x]\n${'bcdefgh'
      .split('')
      .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)
      .join('\n')}\n`;
    expect(problems(laughs)).toEqual([
      'f.yaml:1:1: invalid YAML: anchors and aliases expand to too many nodes (an alias bomb): write the values out instead of repeating aliases',
    ]);
    expect(problems('a: 1\n---\nb: 2\n')).toEqual([
      'f.yaml:2:1: invalid YAML: a second document (after ---) follows the first: this file holds one document; remove the --- and what follows it',
    ]);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8, keeping a BOM as node does', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFa: é\n'))).toEqual({ ok: true, text: '\uFEFFa: é\n' });
  });

  it('names the line, column and byte of the first invalid sequence', () => {
    const latin1 = Buffer.concat([Buffer.from('a: 1\nb: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(decodeUtf8(latin1)).toEqual({ ok: false, line: 2, col: 7, byte: 'E9' });
    expect(decodeUtf8(Buffer.from([0x61, 0xc3, 0x28]))).toEqual({ ok: false, line: 1, col: 2, byte: 'C3' });
  });
});
