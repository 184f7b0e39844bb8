// The parts of the page that are written once, at build time: the morning board, the environment x tenant matrix and
// the metrics. Every record string goes through `esc` (PR titles, notes and names are untrusted); the releases list
// and a release's timeline are drawn in the browser from the embedded data (client-script.ts), by textContent.
import type {
  AwaitingItem,
  BoardItem,
  DashboardData,
  DashboardMetric,
  MatrixEntry,
  PromotionView,
} from '../domain/dashboard/types.js';
import { STATE_LABELS } from '../domain/lifecycle.js';
import { escapeHtml as esc } from '../domain/markdown.js';
import type { ReleaseState } from '../domain/model.js';
import { weeklyChart } from './chart.js';

/** Items a board list shows; the rest are one click away in the releases list, filtered. */
export const BOARD_LIMIT = 25;

/** `2026-11-26T10:01:02.345Z` -> `2026-11-26 10:01Z`. */
export function shortTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}Z` : iso;
}

/** How long ago, in the largest unit that is at least 1: `45 s`, `12 min`, `5 h`, `3 d`. */
export function age(fromIso: string, now: Date): string {
  const s = Math.max(0, (now.getTime() - Date.parse(fromIso)) / 1000);
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.floor(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h`;
  return `${Math.floor(s / 86_400)} d`;
}

const stateLabel = (s: ReleaseState | 'missing') => (s === 'missing' ? 'not recorded' : STATE_LABELS[s]);

export function stateBadge(state: ReleaseState | 'missing'): string {
  return `<span class="state s-${state}">${esc(stateLabel(state))}</span>`;
}

const releaseLink = (id: string, text = id) => `<a href="#release=${esc(id)}">${esc(text)}</a>`;

function time(iso: string, now: Date): string {
  return `<time datetime="${esc(iso)}" title="${esc(shortTime(iso))}">${esc(age(iso, now))} ago</time>`;
}

function more(total: number, filter: string, what: string): string {
  if (total <= BOARD_LIMIT) return '';
  return `<p class="more"><a href="#filter=${esc(filter)}">All ${total} ${esc(what)} in the releases list</a></p>`;
}

function list<T>(items: readonly T[], empty: string, item: (t: T) => string): string {
  if (items.length === 0) return `<p class="empty">${esc(empty)}</p>`;
  return `<ul class="items">${items.slice(0, BOARD_LIMIT).map(item).join('')}</ul>`;
}

function awaitingItem(a: AwaitingItem, now: Date): string {
  return (
    `<li>${releaseLink(a.id)} <span class="muted">${esc(a.environment)}</span> ${esc(a.title)}` +
    `<br><span class="muted">by ${esc(a.author)}, waiting ${time(a.since, now)}</span>` +
    `<br>Needs: ${a.needs.map((n) => `<span class="need">${esc(n)}</span>`).join(', ')}` +
    // The gate's own list is exact; an estimate (no gate verdict on the record yet) says so.
    `${a.needsFrom === 'estimate' ? ' <span class="muted">(estimated from the recorded approvals; no gate verdict yet)</span>' : ''}</li>`
  );
}

function boardItem(b: BoardItem, now: Date): string {
  const detail = b.detail ? `<br><span class="cause">${esc(b.detail)}</span>` : '';
  return (
    `<li>${releaseLink(b.id)} ${stateBadge(b.state)} <span class="muted">${esc(b.environment)}</span> ` +
    `${esc(b.title)} <span class="muted">${time(b.since, now)}</span>${detail}</li>`
  );
}

function promotionItem(p: PromotionView, now: Date): string {
  const waves = p.waves
    .map((w) => {
      const rel =
        w.releases.length === 0
          ? '<span class="muted">not opened yet</span>'
          : w.releases.map((r) => `${releaseLink(r.id)} ${stateBadge(r.state)}`).join(' ');
      const skipped = w.skipped ? `<br><span class="cause">${esc(w.skipped)}</span>` : '';
      return `<li>Wave ${w.wave} (${esc(w.tenants.join(', ') || 'no tenant')}): ${rel}${skipped}</li>`;
    })
    .join('');
  return (
    `<li><strong>${esc(p.id)}</strong>: ${releaseLink(p.source)} ${esc(p.from)} → ${esc(p.to)}` +
    ` <span class="muted">by ${esc(p.actor)}, ${time(p.created, now)}</span><ul class="waves">${waves}</ul></li>`
  );
}

export function boardSection(data: DashboardData, now: Date): string {
  const b = data.board;
  const cards: [string, string, number, string][] = [
    [
      'awaiting',
      'Awaiting approval',
      b.awaiting.length,
      list(b.awaiting, 'Nothing waits for a review.', (a) => awaitingItem(a, now)) +
        more(b.awaiting.length, 'state:PendingApproval', 'releases awaiting approval'),
    ],
    [
      'deploying',
      'Deploying',
      b.deploying.length,
      list(b.deploying, 'Nothing is deploying.', (x) => boardItem(x, now)),
    ],
    [
      'failed',
      'Failed',
      b.failed.length,
      list(b.failed, 'No failed release.', (x) => boardItem(x, now)) +
        more(b.failed.length, 'state:Failed', 'failed releases'),
    ],
    ['drift', 'Drift', b.drift.length, list(b.drift, 'No drift reported.', (x) => boardItem(x, now))],
    [
      'promotions',
      'Promotions in progress',
      b.promotions.length,
      list(b.promotions, 'No promotion in progress.', (p) => promotionItem(p, now)),
    ],
  ];
  const counts = cards
    .map(
      ([id, title, n]) =>
        `<li><a href="#${id}"><span class="n" data-count="${id}">${n}</span> ${esc(title.toLowerCase())}</a></li>`,
    )
    .join('');
  const body = cards
    .map(
      ([id, title, n, html]) =>
        `<section class="card" id="${id}" aria-labelledby="${id}-h"><h3 id="${id}-h">${esc(title)} (${n})</h3>${html}</section>`,
    )
    .join('');
  return (
    `<section id="board" aria-labelledby="board-h"><h2 id="board-h">Morning board</h2>` +
    `<ul class="counts">${counts}</ul><div class="cards">${body}</div></section>`
  );
}

function matrixCell(entries: readonly MatrixEntry[], now: Date): string {
  if (entries.length === 0) return '<span class="muted">nothing deployed</span>';
  const items = entries.map((m) => {
    const back = m.rolledBackTo ? ` <span class="muted">→ ${releaseLink(m.rolledBackTo)}</span>` : '';
    return (
      `<li data-workload="${esc(m.workload)}">${releaseLink(m.id, m.workload)} <span class="ver">${esc(m.version)}</span> ` +
      `${stateBadge(m.state)} <span class="muted">${time(m.since, now)}</span>${back}</li>`
    );
  });
  return `<ul class="runs">${items.join('')}</ul>`;
}

const options = (values: readonly string[], label: (v: string) => string = (v) => v) =>
  values.map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`).join('');

export function matrixSection(data: DashboardData, now: Date): string {
  const cells = new Map<string, MatrixEntry[]>();
  for (const m of data.matrix) {
    const key = `${m.env}\u0000${m.tenant}`;
    cells.set(key, [...(cells.get(key) ?? []), m]);
  }
  const tenantName = (t: string) => (t === '' ? 'no tenant' : t);
  const head = data.tenants.map((t) => `<th scope="col">${esc(tenantName(t))}</th>`).join('');
  const rows = data.environments
    .map((env) => {
      const tds = data.tenants
        .map((t) => `<td>${matrixCell(cells.get(`${env}\u0000${t}`) ?? [], now)}</td>`)
        .join('');
      return `<tr><th scope="row">${esc(env)}</th>${tds}</tr>`;
    })
    .join('');
  const envs = data.environments;
  return (
    `<section id="matrix" aria-labelledby="matrix-h"><h2 id="matrix-h">What runs where</h2>` +
    `<p class="muted">Each workload's latest release to start deploying per environment and tenant, its state and age.</p>` +
    `<p><label for="matrix-workload">Workload</label> <select id="matrix-workload"><option value="">all</option>${options(data.workloads)}</select></p>` +
    `<div class="scroll"><table class="matrix"><caption>Environment × tenant</caption><thead><tr><th scope="col">Environment</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>` +
    `<h3 id="compare-h">Environment compare</h3>` +
    `<p><label for="compare-a">Compare</label> <select id="compare-a">${options(envs)}</select> ` +
    `<label for="compare-b">with</label> <select id="compare-b">${options(envs)}</select> ` +
    `<label><input type="checkbox" id="compare-diff"> only differences</label></p>` +
    `<div id="compare-out" aria-live="polite"></div></section>`
  );
}

function metricCard(m: DashboardMetric, i: number): string {
  const dora = m.dora ? `<p class="muted">DORA level: ${esc(m.dora)}</p>` : '';
  const verdict = m.verdict === 'no-data' ? 'no data' : m.verdict;
  const chart = weeklyChart({
    id: `chart-${i}`,
    title: `${m.label} per week`,
    unit: m.unit,
    points: m.weekly,
    ...(m.targetValue !== undefined ? { target: m.targetValue } : {}),
    better: m.better,
  });
  return (
    `<section class="card metric" aria-labelledby="metric-${i}-h"><h3 id="metric-${i}-h">${esc(m.label)}</h3>` +
    `<p class="value">${esc(m.value)} <span class="verdict v-${esc(m.verdict)}">${esc(verdict)}</span></p>` +
    `<p class="muted">Healthy: ${esc(m.target)}</p>${dora}${chart}</section>`
  );
}

export function metricsSection(data: DashboardData): string {
  const cards = data.metrics.length
    ? data.metrics.map(metricCard).join('')
    : '<p class="empty">No metrics were computed.</p>';
  const w = data.metricsWindow;
  const window = w
    ? `<p class="muted">From ${esc(shortTime(w.since))} to ${esc(shortTime(w.until))}, judged against the healthy ranges of gitopshq.yaml (<code>metrics.targets</code>) or the playbook's; one bar per week.</p>`
    : '';
  return `<section id="metrics" aria-labelledby="metrics-h"><h2 id="metrics-h">Delivery metrics</h2>${window}<div class="cards">${cards}</div></section>`;
}

export function releasesSection(data: DashboardData): string {
  const states = Object.keys(STATE_LABELS);
  return (
    `<section id="releases" aria-labelledby="releases-h"><h2 id="releases-h">Releases</h2>` +
    `<form id="filters" class="filters" role="search" aria-label="Filter releases">` +
    `<label>Search <input id="f-q" type="search" placeholder="id, title, version" autocomplete="off"></label>` +
    `<label>Environment <select id="f-env"><option value="">all</option>${options(data.environments)}</select></label>` +
    `<label>Tenant <select id="f-tenant"><option value="">all</option>${options(data.tenants.filter((t) => t !== ''))}</select></label>` +
    `<label>Workload <select id="f-workload"><option value="">all</option>${options(data.workloads)}</select></label>` +
    `<label>State <select id="f-state"><option value="">all</option>${options(states, (s) => STATE_LABELS[s as ReleaseState])}</select></label>` +
    `</form><p id="release-count" aria-live="polite">Loading ${data.releases.length} releases…</p>` +
    `<div class="scroll"><table class="releases"><caption class="sr-only">Releases, newest first</caption><thead><tr>` +
    `<th scope="col">Release</th><th scope="col">Workload</th><th scope="col">Env</th><th scope="col">Tenants</th>` +
    `<th scope="col">State</th><th scope="col">Version</th><th scope="col">Last change</th><th scope="col">Title</th>` +
    `</tr></thead><tbody id="release-rows"></tbody></table></div>` +
    `<nav class="pager" aria-label="Pages of releases"><button type="button" id="prev">Previous</button> ` +
    `<span id="page"></span> <button type="button" id="next">Next</button></nav></section>` +
    `<section id="timeline" aria-labelledby="timeline-h" hidden><h2 id="timeline-h" tabindex="-1">Release</h2><div id="timeline-body"></div></section>`
  );
}
