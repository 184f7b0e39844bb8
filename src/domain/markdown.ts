// Markdown primitives for everything we show on GitHub (job summaries, PR comments). Pure strings, no I/O, so the
// core wrapper and the render reports share one set; see docs/architecture.md for why it sits in the domain.
//
// Untrusted text (PR titles, values, file contents, manifest names) reaches a comment only through `escapeText`,
// `inlineCode`, `codeBlock`, a plain table cell or the `html` template, each of which makes it show literally
// where it is put: it can neither close a fence, split a table row, open an HTML comment that hides the rest
// of the comment, nor become a link, emphasis or math.

/** HTML text content: `&`, `<`, `>` and `"` as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Markdown punctuation that can start markup inline: emphasis, code, links, tables, strike-through, headings,
 * GitHub math (`$x$`). A backslash before any ASCII punctuation is an escape in CommonMark, so this is safe.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~#$]/g;

/**
 * Text shown literally in a paragraph, a list item or a table cell. Line breaks become `<br>`: a blank line
 * would end the paragraph (or the table) and let the rest of the text start a block of its own.
 */
export function escapeText(text: string): string {
  return escapeHtml(text)
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(LINE_START_MARKER, '$1\\$2')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** What starts a list item or a heading underline at the start of a line: `- x`, `+ x`, `= x`, `1. x`, `1) x`. */
const LINE_START_MARKER = /^(\d*)([-+=.)])/;

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}

/**
 * An inline code span, delimited by more backticks than any run inside. Padded with a space where the text
 * starts or ends with a backtick or a space, which the parser would otherwise eat or read as a delimiter.
 * A code span has no line breaks: they become spaces, as GitHub would show them anyway.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  if (flat === '') return '';
  const ticks = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/**
 * A fenced block whose fence is longer than any backtick run inside (at least three), so the content cannot
 * close it. One trailing newline is dropped (it would show as an empty last line). `lang` must be a plain word.
 */
export function codeBlock(text: string, lang = ''): string {
  if (!/^[\w+.-]*$/.test(lang)) throw new Error(`code block language must be a plain word, not '${lang}'`);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${lang}\n${text.replace(/\r?\n$/, '')}\n${fence}`;
}

/** HTML we wrote ourselves, with every interpolated value already escaped; see `html`. */
export interface Html {
  readonly html: string;
}

/**
 * A tagged template for HTML: every interpolated value is escaped unless it is itself `Html`.
 * `html\`<code>${name}</code>\`` is safe whatever `name` holds.
 */
export function html(strings: TemplateStringsArray, ...values: readonly (string | number | Html)[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += typeof v === 'object' ? v.html : escapeHtml(String(v));
    out += strings[i + 1] ?? '';
  });
  return { html: out };
}

/** Joins pieces of HTML, escaping plain strings. */
export function joinHtml(parts: readonly (string | Html)[], separator = ''): Html {
  return { html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : p.html)).join(separator) };
}

/**
 * A collapsed block with a markdown body. The `<summary>` line is raw HTML, where markdown escapes do not apply:
 * a plain string is HTML-escaped, and line breaks are flattened because a blank line would end the HTML block.
 */
export function detailsBlock(summary: string | Html, body: string, open = false): string {
  const head = (typeof summary === 'string' ? escapeHtml(summary) : summary.html).replace(
    /\s*[\r\n]+\s*/g,
    ' ',
  );
  return `<details${open ? ' open' : ''}><summary>${head}</summary>\n\n${body}\n\n</details>`;
}

/**
 * A table cell: plain text (escaped), or `{ code }` shown as inline code. A pipe ends a cell even inside a code
 * span, so pipes are escaped there too; GitHub drops that backslash before it parses the span. A backslash
 * right before a pipe cannot survive that in a code span, so such code is written as `<code>` with escaped text.
 */
export type Cell = string | { readonly code: string };

export type Align = 'left' | 'right' | 'center' | undefined;

function cell(c: Cell): string {
  if (typeof c === 'string') return escapeText(c);
  if (c.code === '') return '';
  if (/\\\|/.test(c.code)) return `<code>${escapeText(c.code)}</code>`;
  return inlineCode(c.code).replace(/\|/g, '\\|');
}

const RULE = { left: ':---', right: '---:', center: ':---:' } as const;

/** A GitHub table; `align` gives a column's alignment by index (default: left, unmarked). */
export function markdownTable(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  align: readonly Align[] = [],
): string {
  const line = (cells: readonly Cell[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${headers
    .map((_, i) => {
      const a = align[i];
      return a ? RULE[a] : '---';
    })
    .join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/**
 * A link whose text is escaped and whose destination cannot break out of the parentheses: spaces, `<`, `>`,
 * parentheses and backslashes are percent-encoded. Only http(s) destinations are linked; anything else is text.
 */
export function link(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeText(text);
  const dest = url.replace(
    /[\s<>()\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeText(text)}](${dest})`;
}

/** A bullet list of markdown items (escape untrusted parts first). */
export function bulletList(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}
