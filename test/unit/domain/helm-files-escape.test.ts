import { describe, expect, it } from 'vitest';
import { filesEscapes } from '../../../src/domain/helm-files-escape.js';

describe('a chart template that asks Helm for a file outside the chart', () => {
  it('is found on its line and column, for each .Files function and quoting', () => {
    const text = [
      'data:',
      '  a: {{ .Files.Get "../../../../etc/passwd" | b64enc }}',
      '  b: {{ $.Files.Glob `/etc/*` }}',
      '  c: {{ .Files.Get "config/app.ini" }}',
      '  d: {{ .Files.Lines "files/../../x" }}',
    ].join('\n');
    expect(filesEscapes(text)).toEqual([
      { line: 2, col: 9, path: '../../../../etc/passwd' },
      { line: 3, col: 10, path: '/etc/*' },
      { line: 5, col: 9, path: 'files/../../x' },
    ]);
  });

  it('leaves files inside the chart alone', () => {
    expect(filesEscapes('{{ .Files.Get "files/a..b.txt" }} {{ .Files.AsConfig }}')).toEqual([]);
  });
});
