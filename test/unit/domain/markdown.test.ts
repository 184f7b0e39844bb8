import { describe, expect, it } from 'vitest';
import {
  bulletList,
  codeBlock,
  detailsBlock,
  escapeHtml,
  escapeText,
  html,
  inlineCode,
  joinHtml,
  link,
  markdownTable,
} from '../../../src/domain/markdown.js';

// Strings a pull request's author controls (a title, a value, a manifest name), each aimed at one way of
// breaking out of where it is put.
const HOSTILE = [
  'a | b',
  '```\n# heading\n```',
  '<!-- the rest of the comment disappears',
  '<img src=x onerror=alert(1)>',
  '</summary></details><b>x</b>',
  '[click](https://evil.example)',
  '**bold** _it_ ~~gone~~ $x$',
  'line one\n\nline two',
  '\\|',
  '- item',
  '1. item',
  '&lt; is not <',
];

/** Cells of a GFM table row: split on pipes that no backslash escapes (how GitHub splits a row). */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && i + 1 < row.length) {
      cur += c + row[i + 1];
      i++;
    } else if (c === '|') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.slice(1, -1).map((c) => c.trim());
}

/** What CommonMark shows for escaped inline text: backslash escapes and our entities undone. */
function unescapeText(md: string): string {
  return md
    .replace(/<br>/g, '\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** What GitHub shows for a code cell: pipes unescaped by the table, then the code span's content (or <code>). */
function shownCode(cell: string): string {
  const html = /^<code>(.*)<\/code>$/.exec(cell);
  if (html) return unescapeText(html[1] ?? '').replace(/\n/g, ' ');
  const span = /^(`+)(.*?)\1$/.exec(cell.replace(/\\\|/g, '|'));
  const inner = span?.[2] ?? '';
  return /^ .* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner;
}

describe('escapeText', () => {
  it.each(HOSTILE)('%j shows literally: no markup, no HTML, no line a block could start on', (text) => {
    const md = escapeText(text);
    expect(md).not.toMatch(/\n/);
    expect(md).not.toMatch(/<(?!br>)/);
    // Every markdown punctuation character is escaped, so nothing can open emphasis, code, a link or a cell.
    expect(md.replace(/\\./g, '')).not.toMatch(/[`*_[\]|~#$\\]/);
    expect(unescapeText(md)).toBe(text.replace(/\r\n|\r/g, '\n'));
  });

  it('leaves ordinary text readable', () => {
    expect(escapeText('web/prod/acme uses the latest tag')).toBe('web/prod/acme uses the latest tag');
    expect(escapeText('a < b & c')).toBe('a &lt; b &amp; c');
    expect(escapeText('- item')).toBe('\\- item');
    expect(escapeText('12. item')).toBe('12\\. item');
  });
});

describe('inlineCode', () => {
  it.each([
    ['image.tag', '`image.tag`'],
    ['a`b', '``a`b``'],
    ['``x``', '``` ``x`` ```'],
    ['`', '`` ` ``'],
    [' padded ', '`  padded  `'],
    ['two\nlines', '`two lines`'],
    ['<b>', '`<b>`'],
    ['', ''],
  ])('%j -> %j', (text, md) => {
    expect(inlineCode(text)).toBe(md);
  });
});

describe('codeBlock', () => {
  it('fences code with more backticks than it contains', () => {
    expect(codeBlock('a ``` b', 'yaml')).toBe('````yaml\na ``` b\n````');
    expect(codeBlock('+script: ```rm -rf /```\n', 'diff')).toBe('````diff\n+script: ```rm -rf /```\n````');
    expect(codeBlock('x')).toBe('```\nx\n```');
  });

  it('no line of hostile content can close the fence', () => {
    for (const text of HOSTILE) {
      const lines = codeBlock(text, 'text').split('\n');
      const fence = lines[0]?.replace(/text$/, '') ?? '';
      const closers = lines.filter((l) => /^ {0,3}`{3,}\s*$/.test(l) && l.trim().length >= fence.length);
      expect(closers).toEqual([fence]);
      expect(lines.at(-1)).toBe(fence);
    }
  });

  it('refuses a language that is not a plain word', () => {
    expect(() => codeBlock('x', 'js`\n<b>')).toThrow(/plain word/);
  });
});

describe('markdownTable', () => {
  it('escapes pipes and new lines in table cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'one\ntwo']])).toBe(
      '| a | b |\n| --- | --- |\n| x\\|y | one<br>two |',
    );
  });

  it('keeps every hostile cell in its own column, as text or as code', () => {
    const table = markdownTable(
      ['text', 'code', 'after'],
      HOSTILE.map((h) => [h, { code: h }, 'end']),
    );
    const rows = table.split('\n');
    expect(rows).toHaveLength(2 + HOSTILE.length);
    for (const [i, row] of rows.slice(2).entries()) {
      const [text, code, after] = cells(row);
      expect(cells(row)).toHaveLength(3);
      expect(after).toBe('end');
      expect(unescapeText(text ?? '')).toBe(HOSTILE[i]);
      expect(shownCode(code ?? '')).toBe(HOSTILE[i]?.replace(/\n/g, ' '));
    }
  });

  it('writes code with a backslash before a pipe as <code>, the one form GitHub keeps intact', () => {
    expect(
      markdownTable(['c'], [[{ code: 'a|b' }], [{ code: 'a\\|b' }]])
        .split('\n')
        .slice(2),
    ).toEqual(['| `a\\|b` |', '| <code>a\\\\\\|b</code> |']);
  });

  it('aligns columns', () => {
    expect(markdownTable(['n', 'count'], [['a', '3']], [undefined, 'right']).split('\n')[1]).toBe(
      '| --- | ---: |',
    );
  });
});

describe('html and detailsBlock', () => {
  it('escapes the details summary line', () => {
    expect(detailsBlock('<b>3</b> changes', 'body')).toBe(
      '<details><summary>&lt;b&gt;3&lt;/b&gt; changes</summary>\n\nbody\n\n</details>',
    );
  });

  it('escapes what is interpolated into html, not the template', () => {
    const name = '</summary><script>x</script>';
    const summary = html`${2} targets (${joinHtml([html`<code>${name}</code>`, 'a&b'], ', ')})`;
    expect(summary.html).toBe(
      '2 targets (<code>&lt;/summary&gt;&lt;script&gt;x&lt;/script&gt;</code>, a&amp;b)',
    );
  });

  it('a blank line in the summary cannot end the HTML block early', () => {
    const block = detailsBlock('one\n\n# two', 'body');
    expect(block.split('\n')[0]).toBe('<details><summary>one # two</summary>');
  });

  it('escapeHtml covers attribute quotes too', () => {
    expect(escapeHtml('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });
});

describe('link and bulletList', () => {
  it('keeps the destination inside its parentheses and links only http(s)', () => {
    expect(link('run', 'https://github.com/acme/gitops/actions/runs/7')).toBe(
      '[run](https://github.com/acme/gitops/actions/runs/7)',
    );
    expect(link('[x]', 'https://e.example/a b)(c')).toBe('[\\[x\\]](https://e.example/a%20b%29%28c)');
    expect(link('run', 'javascript:alert(1)')).toBe('run');
  });

  it('lists items one per line', () => {
    expect(bulletList(['a', 'b'])).toBe('- a\n- b');
  });
});
