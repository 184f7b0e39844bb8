// The job summary: markdown built up by the handler and written once at the end, kept under GitHub's 1 MiB
// per-step limit (a bigger summary is rejected whole, so we cut it ourselves and say so).
import { appendFileSync } from 'node:fs';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** A collapsed block; the body is markdown (a blank line after <summary> makes GitHub render it). */
export function detailsBlock(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** A fenced block whose fence is longer than any backtick run inside, so content cannot close it. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

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

  heading(text: string, level: 1 | 2 | 3 = 2): this {
    return this.add(`${'#'.repeat(level)} ${text}`);
  }

  paragraph(text: string): this {
    return this.add(text);
  }

  table(headers: readonly string[], rows: readonly (readonly string[])[]): this {
    return this.add(markdownTable(headers, rows));
  }

  details(summary: string, body: string, open = false): this {
    return this.add(detailsBlock(summary, body, open));
  }

  code(text: string, lang = ''): this {
    return this.add(codeBlock(text, lang));
  }

  list(items: readonly string[]): this {
    return items.length ? this.add(items.map((i) => `- ${i}`).join('\n')) : this;
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
