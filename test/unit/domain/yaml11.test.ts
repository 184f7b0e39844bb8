import { describe, expect, it } from 'vitest';
import { helmKey, helmPlainScalar, yaml11Mismatch } from '../../../src/domain/yaml11.js';

// Every expectation below was read from helm v4.1.4 (`{{ kindOf $v }} {{ toJson $v }}` of each value).
describe('helmPlainScalar: what Helm makes of an unquoted scalar', () => {
  it.each([
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['y', true],
    ['Y', true],
    ['on', true],
    ['On', true],
    ['no', false],
    ['n', false],
    ['off', false],
    ['Off', false],
    ['TRUE', true],
    ['0644', 420],
    ['+0644', 420],
    ['-0644', -420],
    ['0o17', 15],
    ['-0o17', -15],
    ['0x1F', 31],
    ['0x_1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['1__0', 10],
    ['08', 8],
    ['012345678', 12345678],
    ['09.5', 9.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['0.1e3', 100],
    ['00', 0],
    ['0', 0],
    ['~', null],
    ['Null', null],
    ['1:30', '1:30'],
    ['190:20:30', '190:20:30'],
    ['2001-12-14', '2001-12-14'],
    ['=', '='],
    ['1.4.2', '1.4.2'],
  ])('%s -> %o', (text, value) => {
    expect(helmPlainScalar(text)).toEqual(value);
  });

  it('keys become strings after the JSON round trip', () => {
    expect(helmKey('on')).toBe('true');
    expect(helmKey('n')).toBe('false');
    expect(helmKey('0644')).toBe('420');
    expect(helmKey('port')).toBe('port');
  });
});

describe('yaml11Mismatch', () => {
  it('is silent when YAML 1.1 and 1.2 agree', () => {
    expect(yaml11Mismatch('0o644', 420, 'value')).toBeUndefined();
    expect(yaml11Mismatch('true', true, 'value')).toBeUndefined();
    expect(yaml11Mismatch('1:30', '1:30', 'value')).toBeUndefined();
    expect(yaml11Mismatch('08', 8, 'value')).toBeUndefined();
    expect(yaml11Mismatch('1.10', 1.1, 'value')).toBeUndefined();
    expect(yaml11Mismatch('name', 'name', 'key')).toBeUndefined();
  });

  it('names both readings and what to write', () => {
    expect(yaml11Mismatch('0755', 755, 'value')).toContain('the number 493 to Helm');
    expect(yaml11Mismatch('0755', 755, 'value')).toContain('write 0o755 (or 493)');
    expect(yaml11Mismatch('off', 'off', 'value')).toContain('the boolean false to Helm');
    expect(yaml11Mismatch('y', 'y', 'key')).toContain('"true" to Helm');
  });
});
