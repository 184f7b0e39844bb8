// The job summary: markdown built up by the handler and written once at the end, kept under GitHub's 1 MiB
// per-step limit (a bigger summary is rejected whole, so we cut it ourselves and say so).
import { appendFileSync } from 'node:fs';
import {
  type Align,
  bulletList,
  type Cell,
  codeBlock,
  detailsBlock,
  type Html,
  markdownTable,
} from '../domain/markdown.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Cuts `text` to at most `limit` UTF-8 bytes at a line boundary, noting what was cut. */
export function fitSummary(text: string, limit = SUMMARY_LIMIT_BYTES): string {
  const size = Buffer.byteLength(text);
  if (size <= limit) return text;
  const note = `\n\n> [!WARNING]\n> The summary was cut: it was ${Math.ceil(size / 1024)} KiB and GitHub accepts at most ${Math.floor(limit / 1024)} KiB per step. The full output is in the log.\n`;
  const room = limit - Buffer.byteLength(note);
  let cut = Buffer.from(text).subarray(0, Math.max(0, room)).toString('utf8');
  // A cut in the middle of a multi-byte character leaves U+FFFD; a cut mid-line leaves broken markdown.
  cut = cut.replace(/\uFFFD$/, '');
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  return cut + note;
}

export class SummaryBuilder {
  #parts: string[] = [];

  /** `heading`, `paragraph`, `list` and `add` take markdown: escape untrusted parts with `escapeText`. */
  heading(text: string, level: 1 | 2 | 3 = 2): this {
    return this.add(`${'#'.repeat(level)} ${text}`);
  }

  paragraph(text: string): this {
    return this.add(text);
  }

  /** Cells are plain text (escaped) or `{ code }`; see `markdownTable`. */
  table(headers: readonly Cell[], rows: readonly (readonly Cell[])[], align?: readonly Align[]): this {
    return this.add(markdownTable(headers, rows, align));
  }

  details(summary: string | Html, body: string, open = false): this {
    return this.add(detailsBlock(summary, body, open));
  }

  code(text: string, lang = ''): this {
    return this.add(codeBlock(text, lang));
  }

  list(items: readonly string[]): this {
    return items.length ? this.add(bulletList(items)) : this;
  }

  add(markdown: string): this {
    this.#parts.push(markdown);
    return this;
  }

  isEmpty(): boolean {
    return this.#parts.length === 0;
  }

  toMarkdown(): string {
    return this.#parts.length ? `${this.#parts.join('\n\n')}\n` : '';
  }

  /** Appends to GITHUB_STEP_SUMMARY; a no-op outside a runner. Returns what was written. */
  write(env: NodeJS.ProcessEnv = process.env): string {
    const file = env.GITHUB_STEP_SUMMARY;
    const text = fitSummary(this.toMarkdown());
    if (file && text) appendFileSync(file, text);
    return text;
  }
}
