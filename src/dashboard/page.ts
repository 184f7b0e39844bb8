// The dashboard as one self-contained index.html (docs/architecture.md#dashboard): styles, script and data inline, so
// it opens from file:// and from GitHub Pages alike, with nothing fetched. The Content-Security-Policy allows only
// this page's own script and stylesheet (by hash): even a string that slipped past escaping could not run.
import { createHash } from 'node:crypto';
import type { DashboardData, ReleaseView } from '../domain/dashboard/types.js';
import { escapeHtml as esc } from '../domain/markdown.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { boardSection, matrixSection, metricsSection, releasesSection, shortTime } from './sections.js';
import { STYLES } from './styles.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ESCAPES: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON that may sit inside a <script> element: `<` is written as its JSON escape, so no `</script>` or `<!--` in a
 * record string can end the element early; U+2028/2029 too, which some parsers treat as line ends.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Releases per embedded JSON element. Chromium appends a long inline element's text chunk by chunk, which grows
 * with the square of its length: one 8 MB element took seconds to parse where many small ones take milliseconds.
 */
export const RELEASES_PER_CHUNK = 250;
/** Releases per details file: a timeline loads one file of this many, not the whole history. */
export const DETAILS_PER_FILE = 500;
export const DETAILS_DIR = 'details';

/** A release in the list: [id, workload, environment, tenants, title, state, version, last change]. */
export type ReleaseRow = [string, string, string, string[], string, string, string, string];

const row = (r: ReleaseView): ReleaseRow => [r.id, r.w, r.e, r.t, r.title, r.state, r.version, r.changed];

/** What a timeline needs beyond the list's row. */
function details(
  r: ReleaseView,
): Omit<ReleaseView, 'id' | 'w' | 'e' | 't' | 'title' | 'state' | 'version' | 'changed'> {
  const { id: _i, w: _w, e: _e, t: _t, title: _ti, state: _s, version: _v, changed: _c, ...rest } = r;
  return rest;
}

/** The site: index.html and the details files (relative path -> content). */
export function dashboardSite(data: DashboardData): Map<string, string> {
  const files = new Map<string, string>([['index.html', dashboardPage(data)]]);
  for (let i = 0, n = 0; i < data.releases.length; i += DETAILS_PER_FILE, n++) {
    const part = data.releases.slice(i, i + DETAILS_PER_FILE).map(details);
    // A script, not JSON: <script src> loads from file:// where fetch() may not. JSON is valid JavaScript here.
    files.set(`${DETAILS_DIR}/${n}.js`, `gitopshqDetails(${n},${JSON.stringify(part)});\n`);
  }
  return files;
}

export function dashboardPage(data: DashboardData): string {
  const now = new Date(data.generatedAt);
  const title = `Delivery dashboard${data.repository ? ` · ${data.repository}` : ''}`;
  const csp = [
    "default-src 'none'",
    // strict-dynamic: the details files are trusted because this page's own script (allowed by hash) adds them.
    `script-src ${sha256(CLIENT_SCRIPT)} 'strict-dynamic'`,
    `style-src ${sha256(STYLES)}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The client needs the release rows and the matrix; the board and the metrics are already in the HTML.
  const head = {
    environments: data.environments,
    tenants: data.tenants,
    matrix: data.matrix,
    perFile: DETAILS_PER_FILE,
    dir: DETAILS_DIR,
  };
  const chunks = [embedJson(head)];
  for (let i = 0; i < data.releases.length; i += RELEASES_PER_CHUNK) {
    chunks.push(embedJson(data.releases.slice(i, i + RELEASES_PER_CHUNK).map(row)));
  }
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${STYLES}</style></head><body>`,
    '<a class="skip" href="#main">Skip to content</a>',
    `<header><h1>${esc(title)}</h1>`,
    `<p class="muted">From the state branch <code>${esc(data.stateBranch)}</code> at ` +
      `<time datetime="${esc(data.generatedAt)}">${esc(shortTime(data.generatedAt))}</time>: ` +
      `${data.counts.releases} releases, ${data.counts.promotions} promotions. Ages are as of then.</p>`,
    '<nav aria-label="Sections"><a href="#board">Morning board</a><a href="#matrix">What runs where</a>' +
      '<a href="#releases">Releases</a><a href="#metrics">Metrics</a></nav></header>',
    '<main id="main">',
    boardSection(data, now),
    matrixSection(data, now),
    releasesSection(data),
    metricsSection(data),
    '</main>',
    chunks.map((c) => `<script type="application/json" class="gitopshq-data">${c}</script>`).join('\n'),
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
