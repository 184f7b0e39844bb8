export const id = 2741;
export const ids = [2741];
export const modules = {

/***/ 12741:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dashboardCommand = void 0;
// `gitopshq dashboard --out DIR`: maps the command line to writeDashboard of src/usecases/dashboard.ts and its
// summary to a line naming the page to open (or JSON).
const node_path_1 = __webpack_require__(76760);
const node_url_1 = __webpack_require__(73136);
const errors_js_1 = __webpack_require__(10241);
const dashboard_js_1 = __webpack_require__(30108);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
const USAGE = 'dashboard --out DIR [--state-branch B]';
exports.dashboardCommand = {
    name: 'dashboard',
    readsRepo: true,
    usage: USAGE,
    summary: 'Write the delivery dashboard (a static site) from the state branch',
    help: [
        'Writes DIR/index.html: the morning board (awaiting approval and what each still needs, deploying, failed with',
        'the cause, drift, promotions in progress with their waves), what runs in each environment and tenant with',
        'Environment Compare, every release with its timeline, and the delivery metrics with weekly trends. One',
        'self-contained file (no CDN, nothing fetched): open it from disk or publish DIR to GitHub Pages',
        '(workflows-templates/gitopshq-dashboard.yml does so on a schedule). GITHUB_TOKEN, when set, authenticates',
        'the fetch of the state branch; GITHUB_REPOSITORY (owner/name) titles the page.',
        '',
        'Examples:',
        '  gitopshq dashboard --out site',
        '  gitopshq dashboard --repo ../gitops --out /tmp/dashboard --output json',
    ].join('\n'),
    options: { out: { type: 'string' }, 'state-branch': { type: 'string' } },
    async run(ctx, args) {
        const out = (0, command_js_1.stringOpt)(args, 'out');
        if (out === undefined || out === '') {
            throw new errors_js_1.UserError(`--out DIR is required\nUsage: gitopshq ${USAGE}`, [], 'usage');
        }
        if (args.positionals.length > 0) {
            throw new errors_js_1.UserError(`unexpected argument '${args.positionals[0]}'\nUsage: gitopshq ${USAGE}`, [], 'usage');
        }
        const result = await (0, dashboard_js_1.writeDashboard)({
            repo: ctx.repo,
            out: (0, node_path_1.resolve)(out),
            stateBranch: (0, command_js_1.stringOpt)(args, 'state-branch'),
            token: ctx.env.GITHUB_TOKEN || undefined,
            repository: ctx.env.GITHUB_REPOSITORY || undefined,
        });
        const error = (0, result_js_1.stepUserError)(result);
        if (error || result.value === undefined)
            throw error ?? new Error('dashboard returned nothing');
        const s = result.value;
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({ ...s, url: (0, node_url_1.pathToFileURL)(s.file).href }));
            return command_js_1.EXIT_OK;
        }
        const b = s.board;
        ctx.stdout(`wrote ${s.file} (${(s.bytes / 1024).toFixed(0)} KiB): ${s.releases} releases, ${s.promotions} promotions from ${s.stateBranch}\n` +
            `board: ${b.awaiting} awaiting approval, ${b.deploying} deploying, ${b.failed} failed, ${b.drift} drift, ` +
            `${b.promotions} promotions in progress\nopen ${(0, node_url_1.pathToFileURL)(s.file).href}`);
        return command_js_1.EXIT_OK;
    },
};


/***/ }),

/***/ 94296:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNumber = formatNumber;
exports.weeklyChart = weeklyChart;
// A weekly trend as a small hand-built SVG bar chart: no library to bundle, nothing fetched, readable at 320 px, and
// described for screen readers (role img, a title and a description that states the numbers, not just the shape).
const markdown_js_1 = __webpack_require__(74463);
const W = 320;
const H = 128;
const PAD = { left: 40, right: 8, top: 10, bottom: 22 };
/** 1234.5 -> `1235`, 12.34 -> `12.3`, 0.5 -> `0.5`: enough digits to tell bars apart, no more. */
function formatNumber(n) {
    const abs = Math.abs(n);
    if (abs >= 100)
        return String(Math.round(n));
    if (abs >= 10)
        return String(Math.round(n * 10) / 10);
    return String(Math.round(n * 100) / 100);
}
function weeklyChart(spec) {
    const { points } = spec;
    const values = points.map((p) => p.value).filter((v) => v !== null);
    const max = Math.max(...values, spec.target ?? 0, 0) || 1;
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const slot = plotW / Math.max(points.length, 1);
    const bar = Math.max(2, slot * 0.7);
    const y = (v) => PAD.top + plotH - (v / max) * plotH;
    const out = [];
    const titleId = `${spec.id}-title`;
    const descId = `${spec.id}-desc`;
    out.push(`<svg class="chart" role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-labelledby="${titleId} ${descId}">`, `<title id="${titleId}">${(0, markdown_js_1.escapeHtml)(spec.title)}</title>`, `<desc id="${descId}">${(0, markdown_js_1.escapeHtml)(describe(spec, values))}</desc>`, 
    // Axes: the baseline and the top of the scale, labelled in the unit.
    `<line class="axis" x1="${PAD.left}" y1="${y(0)}" x2="${W - PAD.right}" y2="${y(0)}"/>`, `<text class="tick" x="${PAD.left - 4}" y="${y(0)}" text-anchor="end" dominant-baseline="middle">0</text>`, `<text class="tick" x="${PAD.left - 4}" y="${y(max)}" text-anchor="end" dominant-baseline="middle">${formatNumber(max)}</text>`);
    points.forEach((p, i) => {
        const x = PAD.left + i * slot + (slot - bar) / 2;
        if (p.value === null) {
            out.push(`<rect class="bar-none" x="${x.toFixed(1)}" y="${y(0) - 2}" width="${bar.toFixed(1)}" height="2"><title>week of ${(0, markdown_js_1.escapeHtml)(p.week)}: no data</title></rect>`);
            return;
        }
        const top = y(p.value);
        out.push(`<rect class="bar" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${bar.toFixed(1)}" height="${(y(0) - top).toFixed(1)}"><title>week of ${(0, markdown_js_1.escapeHtml)(p.week)}: ${formatNumber(p.value)} ${(0, markdown_js_1.escapeHtml)(spec.unit)}</title></rect>`);
    });
    if (spec.target !== undefined) {
        const ty = y(spec.target).toFixed(1);
        out.push(`<line class="target" x1="${PAD.left}" y1="${ty}" x2="${W - PAD.right}" y2="${ty}"/>`, `<text class="tick" x="${W - PAD.right}" y="${Number(ty) - 3}" text-anchor="end">target ${formatNumber(spec.target)}</text>`);
    }
    const first = points[0]?.week;
    const last = points.at(-1)?.week;
    if (first) {
        out.push(`<text class="tick" x="${PAD.left}" y="${H - 6}">${(0, markdown_js_1.escapeHtml)(first)}</text>`);
    }
    if (last && last !== first) {
        out.push(`<text class="tick" x="${W - PAD.right}" y="${H - 6}" text-anchor="end">${(0, markdown_js_1.escapeHtml)(last)}</text>`);
    }
    out.push('</svg>');
    return out.join('');
}
function describe(spec, values) {
    const n = spec.points.length;
    if (values.length === 0)
        return `No data in the ${n} weeks shown.`;
    const latest = [...spec.points].reverse().find((p) => p.value !== null);
    const parts = [
        `${n} weeks from ${spec.points[0]?.week} to ${spec.points.at(-1)?.week}, in ${spec.unit}.`,
        `Lowest ${formatNumber(Math.min(...values))}, highest ${formatNumber(Math.max(...values))}.`,
    ];
    if (latest?.value != null)
        parts.push(`Latest (week of ${latest.week}): ${formatNumber(latest.value)}.`);
    if (spec.target !== undefined) {
        parts.push(`Target: ${spec.better === 'higher' ? 'at least' : 'under'} ${formatNumber(spec.target)}.`);
    }
    return parts.join(' ');
}


/***/ }),

/***/ 89241:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLIENT_SCRIPT = void 0;
// The page's only script, inlined (its hash is in the page's Content-Security-Policy). It draws what depends on the
// reader's choices from the embedded data: the releases list (search, filters, 50 rows a page, so 10,000 releases stay
// fast), a release's timeline (#release=ID), the matrix's workload filter and Environment Compare. Record strings
// reach the page only as textContent or attribute values set through the DOM, never as HTML.
// Plain ES2020 in a string: no template literals inside (this is one), no build step.
exports.CLIENT_SCRIPT = String.raw `(function () {
'use strict';
var T0 = performance.now();
var PAGE = 50;
var LABELS = { Draft: 'Draft', PendingApproval: 'Pending Approval', Approved: 'Approved', Deploying: 'Deploying',
  Deployed: 'Deployed', Synced: 'Synced', Healthy: 'Healthy', Failed: 'Failed', RolledBack: 'Rolled Back',
  Cancelled: 'Cancelled', missing: 'not recorded' };
// Rows: [id, workload, environment, tenants, title, state, version, last change], newest first.
var parts = document.querySelectorAll('script.gitopshq-data');
var data = JSON.parse(parts[0].textContent);
var releases = [];
for (var p = 1; p < parts.length; p++) releases = releases.concat(JSON.parse(parts[p].textContent));
var byId = new Map();
var hay = new Array(releases.length);
for (var i = 0; i < releases.length; i++) {
  var r = releases[i];
  byId.set(r[0], i);
  hay[i] = (r[0] + ' ' + r[4] + ' ' + r[3].join(' ') + ' ' + r[6]).toLowerCase();
}
function $(id) { return document.getElementById(id); }
function el(tag, attrs, kids) {
  var n = document.createElement(tag);
  if (attrs) for (var k in attrs) { if (k === 'text') n.textContent = attrs[k]; else n.setAttribute(k, attrs[k]); }
  if (kids) for (var j = 0; j < kids.length; j++) { var c = kids[j]; if (c != null) n.append(c); }
  return n;
}
function short(iso) { var m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso || ''); return m ? m[1] + ' ' + m[2] + 'Z' : (iso || ''); }
function badge(state) { return el('span', { 'class': 'state s-' + state, text: LABELS[state] || state }); }
function link(id, text) { return el('a', { href: '#release=' + encodeURIComponent(id), text: text || id }); }

var f = { q: $('f-q'), env: $('f-env'), tenant: $('f-tenant'), workload: $('f-workload'), state: $('f-state') };
var page = 0;
var matches = [];
function filter() {
  var q = f.q.value.trim().toLowerCase(), env = f.env.value, tenant = f.tenant.value;
  var workload = f.workload.value, state = f.state.value;
  matches = [];
  for (var i = 0; i < releases.length; i++) {
    var r = releases[i];
    if (env && r[2] !== env) continue;
    if (workload && r[1] !== workload) continue;
    if (state && r[5] !== state) continue;
    if (tenant && r[3].length > 0 && r[3].indexOf(tenant) < 0) continue;
    if (q && hay[i].indexOf(q) < 0) continue;
    matches.push(i);
  }
  page = 0;
  draw();
}
function draw() {
  var pages = Math.max(1, Math.ceil(matches.length / PAGE));
  if (page >= pages) page = pages - 1;
  var rows = document.createDocumentFragment();
  for (var i = page * PAGE; i < Math.min(matches.length, (page + 1) * PAGE); i++) {
    var r = releases[matches[i]];
    rows.append(el('tr', null, [
      el('td', null, [link(r[0])]), el('td', { text: r[1] }), el('td', { text: r[2] }),
      el('td', { text: r[3].join(', ') || '-' }), el('td', null, [badge(r[5])]),
      el('td', { 'class': 'ver', text: r[6] }), el('td', { text: short(r[7]) }), el('td', { text: r[4] })
    ]));
  }
  $('release-rows').replaceChildren(rows);
  $('release-count').textContent = matches.length + ' of ' + releases.length + ' releases match';
  $('page').textContent = 'Page ' + (page + 1) + ' of ' + pages;
  $('prev').disabled = page === 0;
  $('next').disabled = page >= pages - 1;
}
['q', 'env', 'tenant', 'workload', 'state'].forEach(function (k) {
  f[k].addEventListener(k === 'q' ? 'input' : 'change', filter);
});
$('filters').addEventListener('submit', function (e) { e.preventDefault(); });
$('prev').addEventListener('click', function () { page--; draw(); });
$('next').addEventListener('click', function () { page++; draw(); });

function facts(pairs) {
  var dl = el('dl', { 'class': 'facts' });
  pairs.forEach(function (p) { if (p[1] != null && p[1] !== '') dl.append(el('dt', { text: p[0] }), el('dd', null, [p[1]])); });
  return dl;
}
// A release's details live in details/<n>.js (data.perFile releases each), loaded when a timeline first needs them.
var details = new Map();
var waiting = new Map();
window.gitopshqDetails = function (n, list) {
  details.set(n, list);
  (waiting.get(n) || []).forEach(function (fn) { fn(); });
  waiting.delete(n);
};
function withDetails(i, done, failed) {
  var n = Math.floor(i / data.perFile);
  if (details.has(n)) return done(details.get(n)[i % data.perFile]);
  var again = function () { done(details.get(n)[i % data.perFile]); };
  if (waiting.has(n)) { waiting.get(n).push(again); return; }
  waiting.set(n, [again]);
  var s = document.createElement('script');
  s.src = data.dir + '/' + n + '.js';
  s.onerror = function () { waiting.delete(n); failed(s.src); };
  document.body.append(s);
}
function timeline(id) {
  var i = byId.get(id);
  var body = $('timeline-body');
  $('timeline').hidden = false;
  $('timeline-h').textContent = 'Release ' + id;
  if (i === undefined) {
    body.replaceChildren(el('p', { text: 'No release ' + id + ' on the state branch.' }));
    return;
  }
  body.replaceChildren(el('p', { 'class': 'muted', text: 'Loading…' }));
  withDetails(i, function (d) { drawTimeline(releases[i], d); }, function (src) {
    body.replaceChildren(el('p', { text: 'Could not load ' + src + ' (publish the details folder with index.html).' }));
  });
}
function drawTimeline(row, d) {
  var body = $('timeline-body');
  var r = { id: row[0], w: row[1], e: row[2], t: row[3], title: row[4], state: row[5], version: row[6] };
  for (var k in d) r[k] = d[k];
  var pr = r.pr ? el('a', { href: r.pr.url, text: '#' + r.pr.number + ' ' + r.title }) : document.createTextNode(r.title + ' (no pull request recorded)');
  var kids = [
    el('p', null, [pr]),
    facts([
      ['State', badge(r.state)], ['Workload', r.w], ['Environment', r.e], ['Tenants', r.t.join(', ') || 'all bound tenants'],
      ['Version', r.version], ['Author', r.author], ['Created', short(r.created)],
      ['Deploy commit', r.commit ? el('code', { text: r.commit }) : null],
      ['Rollback target', r.rollbackTarget ? link(r.rollbackTarget) : null],
      ['Rolled back to', r.rolledBackTo ? link(r.rolledBackTo) : null],
      ['Promoted from', r.promotedFrom ? link(r.promotedFrom) : null],
      ['Promotion', r.promotion || null]
    ]),
    el('h3', { text: 'Timeline' })
  ];
  var tl = el('ol', { 'class': 'tl' });
  r.history.forEach(function (h) {
    tl.append(el('li', null, [badge(h[0]), ' ', el('time', { datetime: h[1], text: short(h[1]) }), ' by ' + h[2],
      h[3] ? el('div', { 'class': 'muted', text: h[3] }) : null]));
  });
  kids.push(tl, el('h3', { text: 'Approvals' }));
  if (r.approvals.length === 0) kids.push(el('p', { 'class': 'muted', text: 'No review recorded.' }));
  else {
    var ul = el('ul');
    r.approvals.forEach(function (a) {
      ul.append(el('li', null, [el('strong', { text: a[0] }), ' ' + (a[1] === 'APPROVED' ? 'approved' : 'requested changes') + ' at ' + short(a[2]),
        a[3] ? el('blockquote', { text: a[3] }) : null]));
    });
    kids.push(ul);
  }
  kids.push(el('h3', { text: 'Health' }));
  if (!r.health) kids.push(el('p', { 'class': 'muted', text: 'No health report yet.' }));
  else {
    var h = r.health;
    kids.push(facts([['Status', h.status], ['Checked', short(h.checkedAt) + ' (' + h.source + ')'], ['Message', h.message],
      ['Drift', h.drift ? 'yes' : 'no']]));
    if (h.resources && h.resources.length) {
      var res = el('ul');
      h.resources.forEach(function (x) {
        res.append(el('li', { text: x.kind + '/' + x.name + ': ' + x.status + (x.drift ? ' (drifted)' : '') + (x.message ? ', ' + x.message : '') }));
      });
      kids.push(res);
    }
  }
  body.replaceChildren.apply(body, kids);
}
function route() {
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash.indexOf('release=') === 0) {
    timeline(hash.slice(8));
    $('timeline').scrollIntoView();
    $('timeline-h').focus();
  } else if (hash.indexOf('filter=') === 0) {
    var parts = hash.slice(7).split(':');
    if (f[parts[0]]) { f[parts[0]].value = parts[1] || ''; filter(); }
    $('releases').scrollIntoView();
  }
}
window.addEventListener('hashchange', route);

$('matrix-workload').addEventListener('change', function () {
  var w = this.value;
  document.querySelectorAll('.runs li').forEach(function (li) { li.hidden = w !== '' && li.getAttribute('data-workload') !== w; });
});

function compare() {
  var a = $('compare-a').value, b = $('compare-b').value, only = $('compare-diff').checked;
  var rows = new Map();
  data.matrix.forEach(function (m) {
    if (m.env !== a && m.env !== b) return;
    var key = m.workload + '\u0000' + m.tenant;
    var row = rows.get(key) || { workload: m.workload, tenant: m.tenant };
    row[m.env === a ? 'a' : 'b'] = m;
    if (a === b) row.b = m;
    rows.set(key, row);
  });
  var keys = Array.from(rows.keys()).sort();
  var tbody = el('tbody');
  var shown = 0;
  keys.forEach(function (k) {
    var row = rows.get(k);
    var va = row.a ? row.a.version : '-', vb = row.b ? row.b.version : '-';
    var differs = va !== vb;
    if (only && !differs) return;
    shown++;
    function cell(m) { return el('td', { 'class': differs ? 'differs' : '' }, m ? [link(m.id, m.version), ' ', badge(m.state)] : ['-']); }
    tbody.append(el('tr', null, [el('th', { scope: 'row', text: row.workload }), el('td', { text: row.tenant || 'no tenant' }),
      cell(row.a), cell(row.b), el('td', { text: differs ? 'differs' : 'same' })]));
  });
  var table = el('table', { 'class': 'diff' }, [
    el('caption', { text: a + ' compared with ' + b + ': ' + shown + ' row(s)' }),
    el('thead', null, [el('tr', null, [el('th', { scope: 'col', text: 'Workload' }), el('th', { scope: 'col', text: 'Tenant' }),
      el('th', { scope: 'col', text: a }), el('th', { scope: 'col', text: b }), el('th', { scope: 'col', text: 'Compared' })])]),
    tbody]);
  $('compare-out').replaceChildren(table);
}
if (data.environments.length > 1) $('compare-b').value = data.environments[1];
['compare-a', 'compare-b', 'compare-diff'].forEach(function (id) { $(id).addEventListener('change', compare); });

filter();
compare();
if (location.hash) route();
document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
document.documentElement.setAttribute('data-script-ms', String(Math.round(performance.now() - T0)));
})();`;


/***/ }),

/***/ 11613:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DETAILS_DIR = exports.DETAILS_PER_FILE = exports.RELEASES_PER_CHUNK = void 0;
exports.embedJson = embedJson;
exports.dashboardSite = dashboardSite;
exports.dashboardPage = dashboardPage;
// The dashboard as one self-contained index.html (docs/architecture.md#dashboard): styles, script and data inline, so
// it opens from file:// and from GitHub Pages alike, with nothing fetched. The Content-Security-Policy allows only
// this page's own script and stylesheet (by hash): even a string that slipped past escaping could not run.
const node_crypto_1 = __webpack_require__(77598);
const markdown_js_1 = __webpack_require__(74463);
const client_script_js_1 = __webpack_require__(89241);
const sections_js_1 = __webpack_require__(15434);
const styles_js_1 = __webpack_require__(3448);
const sha256 = (text) => `'sha256-${(0, node_crypto_1.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
const ESCAPES = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };
/**
 * JSON that may sit inside a <script> element: `<` is written as its JSON escape, so no `</script>` or `<!--` in a
 * record string can end the element early; U+2028/2029 too, which some parsers treat as line ends.
 */
function embedJson(value) {
    return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
}
/**
 * Releases per embedded JSON element. Chromium appends a long inline element's text chunk by chunk, which grows
 * with the square of its length: one 8 MB element took seconds to parse where many small ones take milliseconds.
 */
exports.RELEASES_PER_CHUNK = 250;
/** Releases per details file: a timeline loads one file of this many, not the whole history. */
exports.DETAILS_PER_FILE = 500;
exports.DETAILS_DIR = 'details';
const row = (r) => [r.id, r.w, r.e, r.t, r.title, r.state, r.version, r.changed];
/** What a timeline needs beyond the list's row. */
function details(r) {
    const { id: _i, w: _w, e: _e, t: _t, title: _ti, state: _s, version: _v, changed: _c, ...rest } = r;
    return rest;
}
/** The site: index.html and the details files (relative path -> content). */
function dashboardSite(data) {
    const files = new Map([['index.html', dashboardPage(data)]]);
    for (let i = 0, n = 0; i < data.releases.length; i += exports.DETAILS_PER_FILE, n++) {
        const part = data.releases.slice(i, i + exports.DETAILS_PER_FILE).map(details);
        // A script, not JSON: <script src> loads from file:// where fetch() may not. JSON is valid JavaScript here.
        files.set(`${exports.DETAILS_DIR}/${n}.js`, `gitopshqDetails(${n},${JSON.stringify(part)});\n`);
    }
    return files;
}
function dashboardPage(data) {
    const now = new Date(data.generatedAt);
    const title = `Delivery dashboard${data.repository ? ` · ${data.repository}` : ''}`;
    const csp = [
        "default-src 'none'",
        // strict-dynamic: the details files are trusted because this page's own script (allowed by hash) adds them.
        `script-src ${sha256(client_script_js_1.CLIENT_SCRIPT)} 'strict-dynamic'`,
        `style-src ${sha256(styles_js_1.STYLES)}`,
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    // The client needs the release rows and the matrix; the board and the metrics are already in the HTML.
    const head = {
        environments: data.environments,
        tenants: data.tenants,
        matrix: data.matrix,
        perFile: exports.DETAILS_PER_FILE,
        dir: exports.DETAILS_DIR,
    };
    const chunks = [embedJson(head)];
    for (let i = 0; i < data.releases.length; i += exports.RELEASES_PER_CHUNK) {
        chunks.push(embedJson(data.releases.slice(i, i + exports.RELEASES_PER_CHUNK).map(row)));
    }
    return [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="${(0, markdown_js_1.escapeHtml)(csp)}">`,
        `<title>${(0, markdown_js_1.escapeHtml)(title)}</title>`,
        `<style>${styles_js_1.STYLES}</style></head><body>`,
        '<a class="skip" href="#main">Skip to content</a>',
        `<header><h1>${(0, markdown_js_1.escapeHtml)(title)}</h1>`,
        `<p class="muted">From the state branch <code>${(0, markdown_js_1.escapeHtml)(data.stateBranch)}</code> at ` +
            `<time datetime="${(0, markdown_js_1.escapeHtml)(data.generatedAt)}">${(0, markdown_js_1.escapeHtml)((0, sections_js_1.shortTime)(data.generatedAt))}</time>: ` +
            `${data.counts.releases} releases, ${data.counts.promotions} promotions. Ages are as of then.</p>`,
        '<nav aria-label="Sections"><a href="#board">Morning board</a><a href="#matrix">What runs where</a>' +
            '<a href="#releases">Releases</a><a href="#metrics">Metrics</a></nav></header>',
        '<main id="main">',
        (0, sections_js_1.boardSection)(data, now),
        (0, sections_js_1.matrixSection)(data, now),
        (0, sections_js_1.releasesSection)(data),
        (0, sections_js_1.metricsSection)(data),
        '</main>',
        chunks.map((c) => `<script type="application/json" class="gitopshq-data">${c}</script>`).join('\n'),
        `<script>${client_script_js_1.CLIENT_SCRIPT}</script>`,
        '</body></html>',
        '',
    ].join('\n');
}


/***/ }),

/***/ 15434:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BOARD_LIMIT = void 0;
exports.shortTime = shortTime;
exports.age = age;
exports.stateBadge = stateBadge;
exports.boardSection = boardSection;
exports.matrixSection = matrixSection;
exports.metricsSection = metricsSection;
exports.releasesSection = releasesSection;
const lifecycle_js_1 = __webpack_require__(46788);
const markdown_js_1 = __webpack_require__(74463);
const chart_js_1 = __webpack_require__(94296);
/** Items a board list shows; the rest are one click away in the releases list, filtered. */
exports.BOARD_LIMIT = 25;
/** `2026-11-26T10:01:02.345Z` -> `2026-11-26 10:01Z`. */
function shortTime(iso) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
    return m ? `${m[1]} ${m[2]}Z` : iso;
}
/** How long ago, in the largest unit that is at least 1: `45 s`, `12 min`, `5 h`, `3 d`. */
function age(fromIso, now) {
    const s = Math.max(0, (now.getTime() - Date.parse(fromIso)) / 1000);
    if (!Number.isFinite(s))
        return '?';
    if (s < 60)
        return `${Math.floor(s)} s`;
    if (s < 3600)
        return `${Math.floor(s / 60)} min`;
    if (s < 86_400)
        return `${Math.floor(s / 3600)} h`;
    return `${Math.floor(s / 86_400)} d`;
}
const stateLabel = (s) => (s === 'missing' ? 'not recorded' : lifecycle_js_1.STATE_LABELS[s]);
function stateBadge(state) {
    return `<span class="state s-${state}">${(0, markdown_js_1.escapeHtml)(stateLabel(state))}</span>`;
}
const releaseLink = (id, text = id) => `<a href="#release=${(0, markdown_js_1.escapeHtml)(id)}">${(0, markdown_js_1.escapeHtml)(text)}</a>`;
function time(iso, now) {
    return `<time datetime="${(0, markdown_js_1.escapeHtml)(iso)}" title="${(0, markdown_js_1.escapeHtml)(shortTime(iso))}">${(0, markdown_js_1.escapeHtml)(age(iso, now))} ago</time>`;
}
function more(total, filter, what) {
    if (total <= exports.BOARD_LIMIT)
        return '';
    return `<p class="more"><a href="#filter=${(0, markdown_js_1.escapeHtml)(filter)}">All ${total} ${(0, markdown_js_1.escapeHtml)(what)} in the releases list</a></p>`;
}
function list(items, empty, item) {
    if (items.length === 0)
        return `<p class="empty">${(0, markdown_js_1.escapeHtml)(empty)}</p>`;
    return `<ul class="items">${items.slice(0, exports.BOARD_LIMIT).map(item).join('')}</ul>`;
}
function awaitingItem(a, now) {
    return (`<li>${releaseLink(a.id)} <span class="muted">${(0, markdown_js_1.escapeHtml)(a.environment)}</span> ${(0, markdown_js_1.escapeHtml)(a.title)}` +
        `<br><span class="muted">by ${(0, markdown_js_1.escapeHtml)(a.author)}, waiting ${time(a.since, now)}</span>` +
        `<br>Needs: ${a.needs.map((n) => `<span class="need">${(0, markdown_js_1.escapeHtml)(n)}</span>`).join(', ')}` +
        // The gate's own list is exact; an estimate (no gate verdict on the record yet) says so.
        `${a.needsFrom === 'estimate' ? ' <span class="muted">(estimated from the recorded approvals; no gate verdict yet)</span>' : ''}</li>`);
}
function boardItem(b, now) {
    const detail = b.detail ? `<br><span class="cause">${(0, markdown_js_1.escapeHtml)(b.detail)}</span>` : '';
    return (`<li>${releaseLink(b.id)} ${stateBadge(b.state)} <span class="muted">${(0, markdown_js_1.escapeHtml)(b.environment)}</span> ` +
        `${(0, markdown_js_1.escapeHtml)(b.title)} <span class="muted">${time(b.since, now)}</span>${detail}</li>`);
}
function promotionItem(p, now) {
    const waves = p.waves
        .map((w) => {
        const rel = w.releases.length === 0
            ? '<span class="muted">not opened yet</span>'
            : w.releases.map((r) => `${releaseLink(r.id)} ${stateBadge(r.state)}`).join(' ');
        const skipped = w.skipped ? `<br><span class="cause">${(0, markdown_js_1.escapeHtml)(w.skipped)}</span>` : '';
        return `<li>Wave ${w.wave} (${(0, markdown_js_1.escapeHtml)(w.tenants.join(', ') || 'no tenant')}): ${rel}${skipped}</li>`;
    })
        .join('');
    return (`<li><strong>${(0, markdown_js_1.escapeHtml)(p.id)}</strong>: ${releaseLink(p.source)} ${(0, markdown_js_1.escapeHtml)(p.from)} → ${(0, markdown_js_1.escapeHtml)(p.to)}` +
        ` <span class="muted">by ${(0, markdown_js_1.escapeHtml)(p.actor)}, ${time(p.created, now)}</span><ul class="waves">${waves}</ul></li>`);
}
function boardSection(data, now) {
    const b = data.board;
    const cards = [
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
        .map(([id, title, n]) => `<li><a href="#${id}"><span class="n" data-count="${id}">${n}</span> ${(0, markdown_js_1.escapeHtml)(title.toLowerCase())}</a></li>`)
        .join('');
    const body = cards
        .map(([id, title, n, html]) => `<section class="card" id="${id}" aria-labelledby="${id}-h"><h3 id="${id}-h">${(0, markdown_js_1.escapeHtml)(title)} (${n})</h3>${html}</section>`)
        .join('');
    return (`<section id="board" aria-labelledby="board-h"><h2 id="board-h">Morning board</h2>` +
        `<ul class="counts">${counts}</ul><div class="cards">${body}</div></section>`);
}
function matrixCell(entries, now) {
    if (entries.length === 0)
        return '<span class="muted">nothing deployed</span>';
    const items = entries.map((m) => {
        const back = m.rolledBackTo ? ` <span class="muted">→ ${releaseLink(m.rolledBackTo)}</span>` : '';
        return (`<li data-workload="${(0, markdown_js_1.escapeHtml)(m.workload)}">${releaseLink(m.id, m.workload)} <span class="ver">${(0, markdown_js_1.escapeHtml)(m.version)}</span> ` +
            `${stateBadge(m.state)} <span class="muted">${time(m.since, now)}</span>${back}</li>`);
    });
    return `<ul class="runs">${items.join('')}</ul>`;
}
const options = (values, label = (v) => v) => values.map((v) => `<option value="${(0, markdown_js_1.escapeHtml)(v)}">${(0, markdown_js_1.escapeHtml)(label(v))}</option>`).join('');
function matrixSection(data, now) {
    const cells = new Map();
    for (const m of data.matrix) {
        const key = `${m.env}\u0000${m.tenant}`;
        cells.set(key, [...(cells.get(key) ?? []), m]);
    }
    const tenantName = (t) => (t === '' ? 'no tenant' : t);
    const head = data.tenants.map((t) => `<th scope="col">${(0, markdown_js_1.escapeHtml)(tenantName(t))}</th>`).join('');
    const rows = data.environments
        .map((env) => {
        const tds = data.tenants
            .map((t) => `<td>${matrixCell(cells.get(`${env}\u0000${t}`) ?? [], now)}</td>`)
            .join('');
        return `<tr><th scope="row">${(0, markdown_js_1.escapeHtml)(env)}</th>${tds}</tr>`;
    })
        .join('');
    const envs = data.environments;
    return (`<section id="matrix" aria-labelledby="matrix-h"><h2 id="matrix-h">What runs where</h2>` +
        `<p class="muted">Each workload's latest release to start deploying per environment and tenant, its state and age.</p>` +
        `<p><label for="matrix-workload">Workload</label> <select id="matrix-workload"><option value="">all</option>${options(data.workloads)}</select></p>` +
        `<div class="scroll"><table class="matrix"><caption>Environment × tenant</caption><thead><tr><th scope="col">Environment</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>` +
        `<h3 id="compare-h">Environment compare</h3>` +
        `<p><label for="compare-a">Compare</label> <select id="compare-a">${options(envs)}</select> ` +
        `<label for="compare-b">with</label> <select id="compare-b">${options(envs)}</select> ` +
        `<label><input type="checkbox" id="compare-diff"> only differences</label></p>` +
        `<div id="compare-out" aria-live="polite"></div></section>`);
}
function metricCard(m, i) {
    const dora = m.dora ? `<p class="muted">DORA level: ${(0, markdown_js_1.escapeHtml)(m.dora)}</p>` : '';
    const verdict = m.verdict === 'no-data' ? 'no data' : m.verdict;
    const chart = (0, chart_js_1.weeklyChart)({
        id: `chart-${i}`,
        title: `${m.label} per week`,
        unit: m.unit,
        points: m.weekly,
        ...(m.targetValue !== undefined ? { target: m.targetValue } : {}),
        better: m.better,
    });
    return (`<section class="card metric" aria-labelledby="metric-${i}-h"><h3 id="metric-${i}-h">${(0, markdown_js_1.escapeHtml)(m.label)}</h3>` +
        `<p class="value">${(0, markdown_js_1.escapeHtml)(m.value)} <span class="verdict v-${(0, markdown_js_1.escapeHtml)(m.verdict)}">${(0, markdown_js_1.escapeHtml)(verdict)}</span></p>` +
        `<p class="muted">Healthy: ${(0, markdown_js_1.escapeHtml)(m.target)}</p>${dora}${chart}</section>`);
}
function metricsSection(data) {
    const cards = data.metrics.length
        ? data.metrics.map(metricCard).join('')
        : '<p class="empty">No metrics were computed.</p>';
    const w = data.metricsWindow;
    const window = w
        ? `<p class="muted">From ${(0, markdown_js_1.escapeHtml)(shortTime(w.since))} to ${(0, markdown_js_1.escapeHtml)(shortTime(w.until))}, judged against the healthy ranges of gitopshq.yaml (<code>metrics.targets</code>) or the playbook's; one bar per week.</p>`
        : '';
    return `<section id="metrics" aria-labelledby="metrics-h"><h2 id="metrics-h">Delivery metrics</h2>${window}<div class="cards">${cards}</div></section>`;
}
function releasesSection(data) {
    const states = Object.keys(lifecycle_js_1.STATE_LABELS);
    return (`<section id="releases" aria-labelledby="releases-h"><h2 id="releases-h">Releases</h2>` +
        `<form id="filters" class="filters" role="search" aria-label="Filter releases">` +
        `<label>Search <input id="f-q" type="search" placeholder="id, title, version" autocomplete="off"></label>` +
        `<label>Environment <select id="f-env"><option value="">all</option>${options(data.environments)}</select></label>` +
        `<label>Tenant <select id="f-tenant"><option value="">all</option>${options(data.tenants.filter((t) => t !== ''))}</select></label>` +
        `<label>Workload <select id="f-workload"><option value="">all</option>${options(data.workloads)}</select></label>` +
        `<label>State <select id="f-state"><option value="">all</option>${options(states, (s) => lifecycle_js_1.STATE_LABELS[s])}</select></label>` +
        `</form><p id="release-count" aria-live="polite">Loading ${data.releases.length} releases…</p>` +
        `<div class="scroll"><table class="releases"><caption class="sr-only">Releases, newest first</caption><thead><tr>` +
        `<th scope="col">Release</th><th scope="col">Workload</th><th scope="col">Env</th><th scope="col">Tenants</th>` +
        `<th scope="col">State</th><th scope="col">Version</th><th scope="col">Last change</th><th scope="col">Title</th>` +
        `</tr></thead><tbody id="release-rows"></tbody></table></div>` +
        `<nav class="pager" aria-label="Pages of releases"><button type="button" id="prev">Previous</button> ` +
        `<span id="page"></span> <button type="button" id="next">Next</button></nav></section>` +
        `<section id="timeline" aria-labelledby="timeline-h" hidden><h2 id="timeline-h" tabindex="-1">Release</h2><div id="timeline-body"></div></section>`);
}


/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STYLES = void 0;
// The page's one stylesheet, inlined (no CDN, works from file://). Colours keep WCAG AA contrast on white: the axe
// check in the browser tests fails a serious colour-contrast violation.
exports.STYLES = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--link:#0550ae}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:var(--soft)}
header h1{margin:0 0 4px;font-size:20px}
header nav a{margin-right:14px}
main{padding:8px 20px 40px;max-width:1400px}
h2{font-size:18px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:0 0 6px}
a{color:var(--link)}
.muted{color:var(--muted)}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:10px}
.counts li a{display:block;padding:6px 12px;border:1px solid var(--line);border-radius:6px;text-decoration:none;color:var(--fg)}
.counts .n{font-weight:700;font-size:18px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;overflow-wrap:anywhere}
.items{margin:0;padding-left:18px}.items>li{margin-bottom:6px}
.waves{padding-left:16px}
.need{background:#fff8c5;border:1px solid #d4a72c;border-radius:4px;padding:0 4px}
.cause{color:#82071e}
.state{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;border:1px solid;white-space:nowrap}
.s-Healthy,.s-Synced{color:#116329;background:#dafbe1;border-color:#4ac26b}
.s-Failed,.s-RolledBack{color:#82071e;background:#ffebe9;border-color:#ff8182}
.s-Deploying,.s-Deployed,.s-Approved{color:#0550ae;background:#ddf4ff;border-color:#54aeff}
.s-PendingApproval,.s-Draft{color:#7d4e00;background:#fff8c5;border-color:#d4a72c}
.s-Cancelled,.s-missing{color:#57606a;background:#f6f8fa;border-color:#d0d7de}
.verdict{font-size:12px;padding:0 6px;border-radius:10px;border:1px solid}
.v-healthy{color:#116329;background:#dafbe1;border-color:#4ac26b}
.v-unhealthy{color:#82071e;background:#ffebe9;border-color:#ff8182}
.v-no-data{color:#57606a;background:#f6f8fa;border-color:#d0d7de}
.metric .value{font-size:20px;font-weight:600;margin:0}
.chart{display:block;max-width:100%;height:auto}
.chart .bar{fill:#218bff}.chart .bar-none{fill:#8c959f}
.chart .axis{stroke:#57606a}.chart .target{stroke:#bf3989;stroke-dasharray:4 3}
.chart .tick{font-size:10px;fill:#57606a}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
.matrix td{min-width:180px}
.runs{list-style:none;margin:0;padding:0}.runs li{margin-bottom:3px}
.ver{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.filters{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
input,select,button{font:inherit;padding:3px 6px}
.pager{margin-top:8px}
.diff td.differs{background:#fff8c5}
#timeline{border:2px solid var(--link);border-radius:6px;padding:4px 14px 14px;margin-top:20px}
.tl{list-style:none;padding:0;border-left:3px solid var(--line);margin-left:6px}
.tl li{padding:2px 0 8px 12px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dl.facts dt{color:var(--muted)}
`;


/***/ }),

/***/ 26844:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingItemPhrases = missingItemPhrases;
exports.approvalMissingPhrases = approvalMissingPhrases;
function missingItemPhrases(item) {
    switch (item.kind) {
        case 'changes-requested':
            return [`changes requested by ${item.reviewers.join(', ')} to be resolved`];
        case 'approvals':
            return [`${item.needed} more approval${item.needed === 1 ? '' : 's'} (of ${item.required})`];
        case 'team':
            return [`an approval from team ${item.team}`];
        case 'team-members-unknown':
            return [
                `an approval from team ${item.team} (its members could not be read${item.forbidden ? ': the token may not read team membership' : ''})`,
            ];
        case 'codeowners':
            return [`a code owner approval (${item.owners.join(' or ')})`];
        case 'codeowners-file':
            return ['a code owner approval'];
    }
}
function breakGlassPhrase(item) {
    switch (item.kind) {
        case 'not-allowed':
            return 'no break-glass';
        case 'label':
            return `the ${item.label} label`;
        case 'approval':
            return `an approval from team ${item.teams.join(' or ')}`;
        case 'team-members-unknown':
            return `an approval from team ${item.team} (its members could not be read)`;
    }
}
/** Everything the gate found missing: the policy's items, then a freeze in force that break-glass has not passed. */
function approvalMissingPhrases(items, freeze) {
    const out = items.flatMap(missingItemPhrases);
    if (freeze?.status.frozen && !freeze.passes) {
        const until = freeze.status.untilLocal ?? freeze.status.until;
        const end = `the freeze ${freeze.status.freeze ?? ''} to end${until ? ` (${until})` : ''}`;
        if (freeze.missing.some((m) => m.kind === 'not-allowed'))
            out.push(`${end}; it allows no break-glass`);
        else {
            const glass = freeze.missing.map(breakGlassPhrase).join(' and ');
            out.push(glass ? `${end}, or break-glass: ${glass}` : end);
        }
    }
    return out;
}


/***/ }),

/***/ 27600:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBot = exports.MAX_DESCRIPTION = void 0;
exports.teamKey = teamKey;
exports.decideApproval = decideApproval;
exports.clipDescription = clipDescription;
// Whether a pull request's reviews satisfy an environment's approval policy, and if not, exactly what is missing.
// GitHub Environments accept any one reviewer; this gate counts distinct humans with write permission, ignores
// approvals from the author (unless allowed) and from anyone who pushed to the PR, honours each reviewer's latest
// opinion on the current head, and fails closed whenever a fact it needs is unknown.
const codeowners_js_1 = __webpack_require__(43699);
const reviews_js_1 = __webpack_require__(89377);
/** The key of a CODEOWNERS team (`@org/slug`) in PullRequestFacts.teams: org and slug, lowercase. */
function teamKey(org, slug) {
    return `${org}/${slug}`.toLowerCase();
}
const WRITE = new Set(['admin', 'maintain', 'write']);
exports.MAX_DESCRIPTION = 140;
const isBot = (login) => login.toLowerCase().endsWith('[bot]');
exports.isBot = isBot;
function decideApproval(policy, pr) {
    const key = (login) => login.toLowerCase();
    const permissions = new Map(Object.entries(pr.permissions).map(([k, v]) => [key(k), v]));
    const pushers = new Set(pr.pushers.map(key));
    const author = key(pr.author);
    const counted = [];
    const ignored = [];
    const blockers = [];
    for (const opinion of (0, reviews_js_1.latestOpinions)(pr.reviews)) {
        const who = key(opinion.reviewer);
        const permission = permissions.get(who);
        if ((0, exports.isBot)(who)) {
            if (opinion.state === 'APPROVED')
                ignored.push({ reviewer: opinion.reviewer, why: 'bot' });
            continue;
        }
        if (opinion.state === 'CHANGES_REQUESTED') {
            // As on GitHub, only a reviewer who could merge blocks; an unknown permission blocks too (fail closed).
            if (permission === undefined || WRITE.has(permission))
                blockers.push(opinion.reviewer);
            continue;
        }
        const why = who === author && !policy.allowSelfApproval
            ? 'author'
            : who !== author && pushers.has(who)
                ? 'pusher'
                : permission === undefined
                    ? 'permission-unknown'
                    : !WRITE.has(permission)
                        ? 'no-write-permission'
                        : policy.dismissStaleApprovals && opinion.commit !== pr.headSha
                            ? 'stale'
                            : undefined;
        if (why === undefined)
            counted.push(opinion.reviewer);
        else
            ignored.push({ reviewer: opinion.reviewer, why });
    }
    const missing = [];
    if (blockers.length > 0)
        missing.push({ kind: 'changes-requested', reviewers: blockers });
    const approvers = new Set(counted.map(key));
    const isMember = (team) => {
        const members = pr.teams[team] ?? pr.teams[team.toLowerCase()];
        if (members?.status !== 'known')
            return undefined;
        return members.members.some((m) => approvers.has(key(m)));
    };
    for (const team of policy.teams) {
        const satisfied = isMember(team);
        if (satisfied === undefined) {
            const forbidden = (pr.teams[team] ?? pr.teams[team.toLowerCase()])?.status === 'forbidden';
            missing.push({ kind: 'team-members-unknown', team, forbidden });
        }
        else if (!satisfied) {
            missing.push({ kind: 'team', team });
        }
    }
    if (counted.length < policy.required) {
        missing.push({
            kind: 'approvals',
            required: policy.required,
            valid: counted.length,
            needed: policy.required - counted.length,
        });
    }
    if (policy.codeowners)
        missing.push(...codeownerGaps(pr, approvers, isMember));
    // Keep the order a reader acts on: blockers, then counts and teams, then code owners.
    missing.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    return {
        approved: missing.length === 0,
        missing,
        description: describe(missing, counted, policy),
        counted,
        ignored,
    };
}
const ORDER = {
    'changes-requested': 0,
    'team-members-unknown': 1,
    approvals: 2,
    team: 3,
    'codeowners-file': 4,
    codeowners: 5,
};
function codeownerGaps(pr, approvers, isMember) {
    if (pr.codeowners === undefined)
        return [{ kind: 'codeowners-file' }];
    const gaps = new Map();
    const unknownTeams = new Set();
    for (const path of pr.changedPaths) {
        const { owners } = (0, codeowners_js_1.ownersOf)(pr.codeowners, path);
        // A path no rule owns needs no code owner, as on GitHub.
        if (owners.length === 0)
            continue;
        let satisfied = false;
        const unknown = [];
        for (const owner of owners) {
            if (owner.kind === 'user' && approvers.has(owner.login.toLowerCase()))
                satisfied = true;
            if (owner.kind === 'team') {
                const member = isMember(teamKey(owner.org, owner.slug));
                if (member === true)
                    satisfied = true;
                if (member === undefined)
                    unknown.push(owner.slug);
            }
        }
        if (satisfied)
            continue;
        for (const team of unknown)
            unknownTeams.add(team);
        const id = owners.map(codeowners_js_1.formatOwner).join(' ');
        const gap = gaps.get(id) ?? { owners, paths: [] };
        gap.paths.push(path);
        gaps.set(id, gap);
    }
    const items = [...unknownTeams].map((team) => ({
        kind: 'team-members-unknown',
        team,
        forbidden: false,
    }));
    for (const gap of gaps.values()) {
        items.push({ kind: 'codeowners', owners: gap.owners.map(codeowners_js_1.formatOwner), paths: gap.paths });
    }
    return items;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function describe(missing, counted, policy) {
    if (missing.length === 0) {
        if (policy.required === 0 && policy.teams.length === 0 && !policy.codeowners) {
            return clipDescription('no approval required');
        }
        return clipDescription(counted.length === 0 ? 'approved' : `approved by ${counted.join(', ')}`);
    }
    const parts = [];
    const teams = missing.flatMap((m) => (m.kind === 'team' ? [m.team] : []));
    const count = missing.find((m) => m.kind === 'approvals');
    for (const m of missing) {
        if (m.kind === 'changes-requested')
            parts.push(`changes requested by ${m.reviewers.join(', ')}`);
        if (m.kind === 'team-members-unknown') {
            parts.push(m.forbidden
                ? `team ${m.team} unreadable (token lacks org Members read): fails closed`
                : `team ${m.team} members unknown: fails closed`);
        }
    }
    // The approvals still needed: enough for the count and one from each missing team (one person may be both).
    const needed = Math.max(count?.kind === 'approvals' ? count.needed : 0, teams.length);
    if (needed > 0) {
        const more = counted.length > 0 ? ' more' : '';
        const what = `needs ${needed}${more} approval${needed === 1 ? '' : 's'}`;
        if (teams.length === 0)
            parts.push(what);
        else if (teams.length === 1) {
            parts.push(needed === 1 ? `${what} from team ${teams[0]}` : `${what}, one from team ${teams[0]}`);
        }
        else
            parts.push(`${what}, one from each of teams ${teams.join(', ')}`);
    }
    if (missing.some((m) => m.kind === 'codeowners-file')) {
        parts.push('needs a code owner approval but the base branch has no CODEOWNERS file');
    }
    const gaps = missing.flatMap((m) => (m.kind === 'codeowners' ? [m] : []));
    if (gaps.length > 0) {
        const paths = gaps.reduce((n, g) => n + g.paths.length, 0);
        const owners = [...new Set(gaps.flatMap((g) => g.owners))];
        parts.push(`needs a code owner approval for ${plural(paths, 'path')} (${owners.join(' or ')})`);
    }
    return clipDescription(parts.join('; '));
}
/** A commit status description as GitHub takes it: at most 140 characters, cut with an ellipsis. */
function clipDescription(text) {
    return text.length <= exports.MAX_DESCRIPTION ? text : `${text.slice(0, exports.MAX_DESCRIPTION - 1)}…`;
}


/***/ }),

/***/ 43699:
/***/ ((__unused_webpack_module, exports) => {


// CODEOWNERS as GitHub reads it: one rule a line (a gitignore-style pattern, then owners), the LAST matching rule
// decides a path's owners, a rule without owners makes its paths unowned. GitHub's differences from gitignore are
// kept: no `!` negation, no `[...]` ranges, and `docs/*` owns the files directly in docs/ but not deeper ones.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatOwner = formatOwner;
exports.parseCodeowners = parseCodeowners;
exports.ownersOf = ownersOf;
exports.patternRegex = patternRegex;
function formatOwner(owner) {
    if (owner.kind === 'user')
        return `@${owner.login}`;
    if (owner.kind === 'team')
        return `@${owner.org}/${owner.slug}`;
    return owner.email;
}
function parseCodeowners(text) {
    const rules = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const tokens = tokenize(raw);
        const first = tokens[0];
        if (first === undefined)
            return;
        const problem = patternProblem(first.text);
        if (problem !== undefined) {
            problems.push({ line, col: first.col, message: problem });
            return;
        }
        const owners = [];
        for (const token of tokens.slice(1)) {
            const owner = parseOwner(token.text);
            if (owner === undefined) {
                problems.push({
                    line,
                    col: token.col,
                    message: `'${token.text}' is not an owner; write @user, @org/team or an email address`,
                });
                return;
            }
            owners.push(owner);
        }
        rules.push({ pattern: first.text, owners, line, regex: patternRegex(first.text) });
    });
    return { rules, problems };
}
/** The owners of `path` (repository-relative): those of the last rule that matches it; [] when unowned. */
function ownersOf(codeowners, path) {
    const clean = path.replace(/^\/+/, '');
    for (let i = codeowners.rules.length - 1; i >= 0; i--) {
        const rule = codeowners.rules[i];
        if (rule?.regex.test(clean))
            return { owners: rule.owners, rule };
    }
    return { owners: [] };
}
/** Whitespace-separated tokens up to an unescaped `#` that starts a token, with their 1-based columns. */
function tokenize(raw) {
    const tokens = [];
    let i = 0;
    while (i < raw.length) {
        while (i < raw.length && /\s/.test(raw[i] ?? ''))
            i++;
        if (i >= raw.length || raw[i] === '#')
            break;
        const col = i + 1;
        let text = '';
        while (i < raw.length && !/\s/.test(raw[i] ?? '')) {
            // `\ ` keeps a space in a pattern and `\#` a literal hash; the escape stays for patternRegex to read.
            if (raw[i] === '\\' && i + 1 < raw.length) {
                text += raw.slice(i, i + 2);
                i += 2;
            }
            else {
                text += raw[i];
                i++;
            }
        }
        tokens.push({ text, col });
    }
    return tokens;
}
function patternProblem(pattern) {
    if (pattern.startsWith('!')) {
        return `'${pattern}': CODEOWNERS has no negation ('!'); GitHub ignores this line`;
    }
    if (/(^|[^\\])\[/.test(pattern)) {
        return `'${pattern}': CODEOWNERS has no character ranges ('[...]'); GitHub ignores this line`;
    }
    return undefined;
}
function parseOwner(text) {
    const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/.exec(text);
    if (team?.[1] !== undefined && team[2] !== undefined)
        return { kind: 'team', org: team[1], slug: team[2] };
    const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(text);
    if (user?.[1] !== undefined)
        return { kind: 'user', login: user[1] };
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text))
        return { kind: 'email', email: text };
    return undefined;
}
const escapeRegex = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * gitignore rules: a leading or inner `/` anchors the pattern at the root, otherwise it matches at any depth; a
 * trailing `/` matches only a directory; a match on a directory covers everything below it, except for a pattern
 * ending in `/*` (GitHub's documented exception).
 */
function patternRegex(pattern) {
    let p = pattern;
    const dirOnly = p.endsWith('/') && !p.endsWith('\\/');
    if (dirOnly)
        p = p.replace(/\/+$/, '');
    const anchored = p.includes('/');
    p = p.replace(/^\/+/, '');
    const filesOnly = p.endsWith('/*') && !p.endsWith('\\*');
    let body = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i] ?? '';
        if (c === '\\' && i + 1 < p.length) {
            body += escapeRegex(p[i + 1] ?? '');
            i++;
        }
        else if (c === '*' && p[i + 1] === '*') {
            const slashBefore = i === 0 || p[i - 1] === '/';
            const slashAfter = p[i + 2] === '/';
            if (slashBefore && slashAfter) {
                body += '(?:[^/]+/)*';
                i += 2;
            }
            else if (slashBefore && i + 2 >= p.length) {
                body += '.*';
                i++;
            }
            else {
                body += '[^/]*';
                i++;
            }
        }
        else if (c === '*') {
            body += '[^/]*';
        }
        else if (c === '?') {
            body += '[^/]';
        }
        else {
            body += escapeRegex(c);
        }
    }
    const prefix = anchored ? '^' : '^(?:[^/]+/)*';
    const suffix = dirOnly ? '/.+$' : filesOnly ? '$' : '(?:/.+)?$';
    return new RegExp(prefix + body + suffix);
}


/***/ }),

/***/ 19860:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.approvalNeeds = approvalNeeds;
// What a release awaiting approval still needs, for the morning board. Exact when approve-gate has judged the release:
// it keeps what it found missing on the record (`approvalMissing`, knowing team members, CODEOWNERS and freezes).
// Otherwise (no gate verdict yet, or a record written before the field) an estimate: the gate's own decision
// (approval-policy.ts) over the approvals the record keeps, with the facts the record lacks (permissions, team
// members, CODEOWNERS, the PR head) stated where they are assumed. The gate's `gitopshq/approval` commit status stays
// the authority on whether a PR may merge.
const approval_missing_js_1 = __webpack_require__(26844);
const approval_policy_js_1 = __webpack_require__(27600);
/**
 * The policy's missing items in words. `policy` undefined: the release's environment is not in gitopshq.yaml.
 * Recorded approvals are the gate's own reading (the reviewers it saw, each one's latest opinion): they count as
 * written by people with write access; team membership is unknown here, so every required team is listed until the
 * gate moves the release on; with `dismissStaleApprovals`, only approvals of the newest reviewed commit count.
 */
function approvalNeeds(policy, record) {
    if (record.approvalMissing !== undefined && record.approvalMissing.length > 0) {
        return { needs: [...record.approvalMissing], from: 'gate' };
    }
    return { needs: estimatedNeeds(policy, record), from: 'estimate' };
}
function estimatedNeeds(policy, record) {
    if (policy === undefined)
        return [`a policy: environment ${record.environment} is not in gitopshq.yaml`];
    const approvals = [...record.approvals].sort((a, b) => a.at.localeCompare(b.at));
    const head = approvals.at(-1)?.commit ?? '';
    const decision = (0, approval_policy_js_1.decideApproval)(policy, {
        author: record.author,
        headSha: head,
        pushers: [],
        changedPaths: [],
        reviews: approvals.map((a) => ({
            reviewer: a.reviewer,
            state: a.state,
            commitId: a.commit,
            submittedAt: a.at,
        })),
        permissions: Object.fromEntries(approvals.map((a) => [a.reviewer, 'write'])),
        teams: Object.fromEntries(policy.teams.map((t) => [t, { status: 'known', members: [] }])),
        codeowners: undefined,
    });
    if (decision.approved)
        return ['a gate run: the recorded approvals satisfy the policy'];
    return decision.missing.flatMap(approval_missing_js_1.missingItemPhrases);
}


/***/ }),

/***/ 31631:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.versionOf = versionOf;
exports.releaseView = releaseView;
exports.buildDashboard = buildDashboard;
const promotion_override_js_1 = __webpack_require__(61926);
const approval_needs_js_1 = __webpack_require__(19860);
const needsOf = (n) => ({ needs: n.needs, needsFrom: n.from });
const IN_FLIGHT = new Set(['Deploying', 'Deployed', 'Synced']);
/** States whose manifests may still run, so a drift report on them still matters. */
const RUNNING = new Set(['Deployed', 'Synced', 'Healthy', 'Failed']);
/** What a release ships, as people name it: the chart version, an image tag, else its first update. */
function versionOf(changes) {
    if (changes.chartVersion)
        return `chart ${changes.chartVersion}`;
    const tag = changes.updates.find((u) => /(^|\.)tag$/i.test(u.path));
    if (tag)
        return tag.value;
    const first = changes.updates[0];
    if (!first)
        return '-';
    const more = changes.updates.length > 1 ? ` (+${changes.updates.length - 1})` : '';
    return `${first.path}=${first.value}${more}`;
}
/** The latest time the release entered `state`, or undefined. */
function lastEntered(r, state) {
    for (let i = r.history.length - 1; i >= 0; i--) {
        const h = r.history[i];
        if (h?.state === state)
            return h.at;
    }
    return undefined;
}
const changedAt = (r) => r.history.at(-1)?.at ?? r.createdAt;
function releaseView(r) {
    const v = {
        id: r.id,
        w: r.workload,
        e: r.environment,
        t: r.tenants,
        title: r.title,
        author: r.author,
        created: r.createdAt,
        state: r.state,
        changed: changedAt(r),
        version: versionOf(r.changes),
        history: r.history.map((h) => (h.note ? [h.state, h.at, h.actor, h.note] : [h.state, h.at, h.actor])),
        approvals: r.approvals.map((a) => a.comment ? [a.reviewer, a.state, a.at, a.comment] : [a.reviewer, a.state, a.at]),
    };
    if (r.pullRequest)
        v.pr = { number: r.pullRequest.number, url: r.pullRequest.url };
    if (r.deploy)
        v.commit = r.deploy.commit;
    if (r.health) {
        const { status, message, checkedAt, drift, source, resources } = r.health;
        v.health = { status, message, checkedAt, drift, source, ...(resources ? { resources } : {}) };
    }
    if (r.rollbackTarget)
        v.rollbackTarget = r.rollbackTarget;
    if (r.rolledBackTo)
        v.rolledBackTo = r.rolledBackTo;
    if (r.promotedFrom)
        v.promotedFrom = r.promotedFrom;
    if (r.promotion)
        v.promotion = r.promotion;
    return v;
}
function boardItem(r, since, detail) {
    const item = {
        id: r.id,
        title: r.title,
        workload: r.workload,
        environment: r.environment,
        state: r.state,
        since,
    };
    if (detail)
        item.detail = detail;
    return item;
}
function failureCause(r) {
    const entry = [...r.history].reverse().find((h) => h.state === 'Failed');
    const parts = [entry?.note, r.health && r.health.status !== 'Healthy' ? r.health.message : undefined];
    const cause = [...new Set(parts.filter((p) => Boolean(p)))].join('; ');
    return cause || 'no cause recorded';
}
function driftDetail(r) {
    const drifted = (r.health?.resources ?? []).filter((x) => x.drift).map((x) => `${x.kind}/${x.name}`);
    return drifted.length > 0 ? `drifted: ${drifted.join(', ')}` : (r.health?.message ?? 'drift detected');
}
/** Code-unit order: ISO times and ids sort correctly by it, and it is far cheaper than localeCompare at 10,000. */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a, b) => cmp(b.since, a.since);
function promotionViews(promotions, byId) {
    return promotions
        .filter((p) => p.state === 'InProgress')
        .sort((a, b) => cmp(b.createdAt, a.createdAt))
        .map((p) => ({
        id: p.id,
        source: p.source,
        from: p.from,
        to: p.to,
        actor: p.actor,
        created: p.createdAt,
        waves: p.waves.map((w) => ({
            wave: w.wave,
            tenants: w.tenants,
            releases: w.releases.map((id) => ({ id, state: byId.get(id)?.state ?? 'missing' })),
            ...(w.skippedWaves ? { skipped: (0, promotion_override_js_1.waveSkipText)(w.skippedWaves) } : {}),
        })),
    }));
}
function buildDashboard(input) {
    const policies = new Map(input.environments.map((e) => [e.name, e.approvals]));
    const bound = new Map(input.workloads.map((w) => [w.name, w.tenants]));
    const byId = new Map(input.releases.map((r) => [r.id, r]));
    const board = { awaiting: [], deploying: [], failed: [], drift: [], promotions: [] };
    const running = new Map();
    const envs = new Set(input.environments.map((e) => e.name));
    const tenants = new Set([...input.tenants].sort((a, b) => a.wave - b.wave).map((t) => t.name));
    const workloads = new Set(input.workloads.map((w) => w.name));
    for (const r of input.releases) {
        envs.add(r.environment);
        workloads.add(r.workload);
        if (r.state === 'PendingApproval') {
            board.awaiting.push({
                id: r.id,
                title: r.title,
                workload: r.workload,
                environment: r.environment,
                author: r.author,
                since: lastEntered(r, 'PendingApproval') ?? r.createdAt,
                ...needsOf((0, approval_needs_js_1.approvalNeeds)(policies.get(r.environment), r)),
            });
        }
        if (IN_FLIGHT.has(r.state))
            board.deploying.push(boardItem(r, changedAt(r)));
        if (r.state === 'Failed')
            board.failed.push(boardItem(r, changedAt(r), failureCause(r)));
        if (r.health?.drift && RUNNING.has(r.state)) {
            board.drift.push(boardItem(r, r.health.checkedAt, driftDetail(r)));
        }
        const deployed = lastEntered(r, 'Deploying');
        if (deployed === undefined)
            continue;
        const targets = r.tenants.length > 0 ? r.tenants : (bound.get(r.workload) ?? []);
        for (const tenant of targets.length > 0 ? targets : ['']) {
            const key = `${r.environment}\u0000${tenant}\u0000${r.workload}`;
            const seen = running.get(key);
            if (seen && (seen.since > deployed || (seen.since === deployed && seen.id > r.id)))
                continue;
            const entry = {
                env: r.environment,
                tenant,
                workload: r.workload,
                id: r.id,
                version: versionOf(r.changes),
                state: r.state,
                since: deployed,
            };
            if (r.rolledBackTo)
                entry.rolledBackTo = r.rolledBackTo;
            running.set(key, entry);
        }
    }
    board.awaiting.sort((a, b) => cmp(a.since, b.since));
    board.deploying.sort(newestFirst);
    board.failed.sort(newestFirst);
    board.drift.sort(newestFirst);
    board.promotions = promotionViews(input.promotions, byId);
    const matrix = [...running.values()];
    for (const m of matrix)
        tenants.add(m.tenant);
    const tenantList = [...tenants];
    // The tenant-less column goes last, after the configured tenants in wave order.
    if (tenants.has(''))
        tenantList.push(...tenantList.splice(tenantList.indexOf(''), 1));
    matrix.sort((a, b) => cmp(a.env, b.env) || cmp(a.tenant, b.tenant) || cmp(a.workload, b.workload));
    const releases = [...input.releases]
        .sort((a, b) => cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id))
        .map(releaseView);
    const data = {
        generatedAt: input.now.toISOString(),
        stateBranch: input.stateBranch,
        environments: [...envs],
        tenants: tenantList,
        workloads: [...workloads].sort(),
        board,
        matrix,
        releases,
        metrics: input.metrics,
        counts: { releases: input.releases.length, promotions: input.promotions.length },
    };
    if (input.repository)
        data.repository = input.repository;
    if (input.metricsWindow)
        data.metricsWindow = input.metricsWindow;
    return data;
}


/***/ }),

/***/ 73985:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PANEL_ORDER = void 0;
exports.metricsPanel = metricsPanel;
// The delivery metrics as the dashboard's panel shows them: the report of src/domain/metrics (computeMetrics), each
// metric's value in words, its healthy range, verdict and DORA level, and its weekly series on a scale a chart
// reads (deployments a day, minutes, percent).
const index_js_1 = __webpack_require__(17366);
/** The playbook's six, in its order, then recovery time (DORA's fourth key). */
exports.PANEL_ORDER = [
    'deployFrequency',
    'leadTime',
    'failedDeploymentRate',
    'rollbackRate',
    'approvalLatency',
    'promotionCompletion',
    'recoveryTime',
];
const CHART = {
    'per-day': { unit: 'deployments a day', scale: (v) => v },
    seconds: { unit: 'minutes', scale: (v) => v / 60 },
    ratio: { unit: '%', scale: (v) => v * 100 },
};
function metricsPanel(report) {
    return exports.PANEL_ORDER.map((name) => {
        const m = report.metrics[name];
        const chart = CHART[m.target.unit];
        const p90 = 'p90Seconds' in m && m.p90Seconds !== null ? `, p90 ${(0, index_js_1.formatDuration)(m.p90Seconds)}` : '';
        const median = 'medianSeconds' in m ? ' median' : '';
        // Lead time says where its clock started (the first commit, or the PR opened when the record has none).
        const from = name === 'leadTime' ? (0, index_js_1.leadFrom)(report.metrics.leadTime) : '';
        const metric = {
            key: name,
            label: index_js_1.METRIC_LABELS[name],
            value: m.value === null ? 'no data' : `${(0, index_js_1.formatValue)(m.value, m.target.unit)}${median}${p90}${from}`,
            target: m.target.text,
            verdict: m.verdict,
            unit: chart.unit,
            weekly: m.weekly.map((w) => ({
                week: w.weekStart,
                value: w.value === null ? null : chart.scale(w.value),
            })),
            targetValue: chart.scale(m.target.value),
            better: m.target.healthyWhen === 'above' ? 'higher' : 'lower',
        };
        if (m.dora)
            metric.dora = m.dora;
        return metric;
    });
}


/***/ }),

/***/ 74463:
/***/ ((__unused_webpack_module, exports) => {


// Markdown primitives for everything we show on GitHub (job summaries, PR comments). Pure strings, no I/O, so the
// core wrapper and the render reports share one set; see docs/architecture.md for why it sits in the domain.
//
// Untrusted text (PR titles, values, file contents, manifest names) reaches a comment only through `escapeText`,
// `inlineCode`, `codeBlock`, a plain table cell or the `html` template, each of which makes it show literally
// where it is put: it can neither close a fence, split a table row, open an HTML comment that hides the rest
// of the comment, nor become a link, emphasis or math.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeHtml = escapeHtml;
exports.escapeText = escapeText;
exports.inlineCode = inlineCode;
exports.codeBlock = codeBlock;
exports.html = html;
exports.joinHtml = joinHtml;
exports.detailsBlock = detailsBlock;
exports.markdownTable = markdownTable;
exports.link = link;
exports.bulletList = bulletList;
/** HTML text content: `&`, `<`, `>` and `"` as entities. */
function escapeHtml(text) {
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
function escapeText(text) {
    return escapeHtml(text)
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(LINE_START_MARKER, '$1\\$2')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** What starts a list item or a heading underline at the start of a line: `- x`, `+ x`, `= x`, `1. x`, `1) x`. */
const LINE_START_MARKER = /^(\d*)([-+=.)])/;
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
/**
 * An inline code span, delimited by more backticks than any run inside. Padded with a space where the text
 * starts or ends with a backtick or a space, which the parser would otherwise eat or read as a delimiter.
 * A code span has no line breaks: they become spaces, as GitHub would show them anyway.
 */
function inlineCode(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    if (flat === '')
        return '';
    const ticks = '`'.repeat(longestBacktickRun(flat) + 1);
    const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/**
 * A fenced block whose fence is longer than any backtick run inside (at least three), so the content cannot
 * close it. One trailing newline is dropped (it would show as an empty last line). `lang` must be a plain word.
 */
function codeBlock(text, lang = '') {
    if (!/^[\w+.-]*$/.test(lang))
        throw new Error(`code block language must be a plain word, not '${lang}'`);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${lang}\n${text.replace(/\r?\n$/, '')}\n${fence}`;
}
/**
 * A tagged template for HTML: every interpolated value is escaped unless it is itself `Html`.
 * `html\`<code>${name}</code>\`` is safe whatever `name` holds.
 */
function html(strings, ...values) {
    let out = strings[0] ?? '';
    values.forEach((v, i) => {
        out += typeof v === 'object' ? v.html : escapeHtml(String(v));
        out += strings[i + 1] ?? '';
    });
    return { html: out };
}
/** Joins pieces of HTML, escaping plain strings. */
function joinHtml(parts, separator = '') {
    return { html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : p.html)).join(separator) };
}
/**
 * A collapsed block with a markdown body. The `<summary>` line is raw HTML, where markdown escapes do not apply:
 * a plain string is HTML-escaped, and line breaks are flattened because a blank line would end the HTML block.
 */
function detailsBlock(summary, body, open = false) {
    const head = (typeof summary === 'string' ? escapeHtml(summary) : summary.html).replace(/\s*[\r\n]+\s*/g, ' ');
    return `<details${open ? ' open' : ''}><summary>${head}</summary>\n\n${body}\n\n</details>`;
}
function cell(c) {
    if (typeof c === 'string')
        return escapeText(c);
    if (c.code === '')
        return '';
    if (/\\\|/.test(c.code))
        return `<code>${escapeText(c.code)}</code>`;
    return inlineCode(c.code).replace(/\|/g, '\\|');
}
const RULE = { left: ':---', right: '---:', center: ':---:' };
/** A GitHub table; `align` gives a column's alignment by index (default: left, unmarked). */
function markdownTable(headers, rows, align = []) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
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
function link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return escapeText(text);
    const dest = url.replace(/[\s<>()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(text)}](${dest})`;
}
/** A bullet list of markdown items (escape untrusted parts first). */
function bulletList(items) {
    return items.map((i) => `- ${i}`).join('\n');
}


/***/ }),

/***/ 61926:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SKIP_REASON_MAX = exports.SKIP_REASON_MIN = exports.SKIP_WAVES_ROLES = void 0;
exports.skipReasonProblem = skipReasonProblem;
exports.skipWavesVerdict = skipWavesVerdict;
exports.skippedText = skippedText;
exports.waveSkip = waveSkip;
exports.waveSkipText = waveSkipText;
/** Repository roles that may skip waves (GitHub's: admin, maintain, write, triage, read, none). */
exports.SKIP_WAVES_ROLES = ['admin', 'maintain'];
exports.SKIP_REASON_MIN = 10;
exports.SKIP_REASON_MAX = 300;
/**
 * Why `reason` cannot be recorded as a skip-waves reason, or undefined. One line of printable text, long enough to
 * say something: it is stored in the promotion, shown in the job summary, the pull request and the dashboard.
 */
function skipReasonProblem(reason) {
    const text = reason.trim();
    if (/^(true|false|yes|no|on|off|1|0)$/i.test(text)) {
        return `skip-waves takes the reason for skipping, not ${JSON.stringify(text)}: say why the earlier waves may wait (at least ${exports.SKIP_REASON_MIN} characters)`;
    }
    if (text.length < exports.SKIP_REASON_MIN) {
        return `the skip-waves reason is too short (${text.length} characters): say why the earlier waves may wait, in at least ${exports.SKIP_REASON_MIN} characters`;
    }
    if (text.length > exports.SKIP_REASON_MAX) {
        return `the skip-waves reason is too long (${text.length} characters, at most ${exports.SKIP_REASON_MAX}): link to the incident or ticket instead`;
    }
    // Control characters (new lines included) and bidirectional overrides would let a reason forge lines of the
    // summary or hide text from the reviewer.
    const bad = [...text].find((c) => /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(c));
    if (bad !== undefined) {
        const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
        return `the skip-waves reason must be one line of printable text: it contains U+${code}`;
    }
    return undefined;
}
/** Whether `actor`, whose repository role is `permission`, may skip `skipped`. */
function skipWavesVerdict(actor, permission, skipped) {
    if (exports.SKIP_WAVES_ROLES.includes(permission))
        return { ok: true, permission };
    return {
        ok: false,
        reason: `${actor} may not skip ${skippedText(skipped)}: skip-waves is allowed to repository admins and maintainers (${actor}'s role is ${permission}); promote the earlier waves first, or ask a release manager`,
    };
}
/** `wave 0 (canary)` or `wave 0 (canary) and wave 1 (acme, globex)`, at most five tenants a wave. */
function skippedText(skipped) {
    const one = (s) => {
        const names = s.tenants.length <= 5 ? s.tenants : [...s.tenants.slice(0, 5), `${s.tenants.length - 5} more`];
        return `wave ${s.wave} (${names.join(', ')})`;
    };
    return skipped.map(one).join(' and ');
}
/** The record of a skip, written on the wave it opened. */
function waveSkip(input) {
    return {
        actor: input.actor,
        at: input.at.toISOString(),
        reason: input.reason.trim(),
        permission: input.permission,
        waves: input.skipped.map((s) => ({ wave: s.wave, tenants: [...s.tenants] })),
    };
}
/** One line for a summary, the CLI and the dashboard: `skipped wave 0 (canary): by erin (maintain): "why"`. */
function waveSkipText(skip) {
    return `skipped ${skippedText(skip.waves)} on purpose: by ${skip.actor} (${skip.permission}) at ${skip.at}: "${skip.reason}"`;
}


/***/ }),

/***/ 89377:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeReviewState = normalizeReviewState;
exports.latestOpinions = latestOpinions;
const STATES = new Set([
    'APPROVED',
    'CHANGES_REQUESTED',
    'COMMENTED',
    'DISMISSED',
    'PENDING',
]);
/** The REST spelling of a review state, or undefined for a state GitHub does not have. */
function normalizeReviewState(state) {
    const upper = state.trim().toUpperCase();
    return STATES.has(upper) ? upper : undefined;
}
/**
 * The latest APPROVED or CHANGES_REQUESTED review of each reviewer, oldest opinion first.
 * `reviews` must be in the order GitHub lists them (oldest first). Logins compare case-insensitively, as GitHub's do.
 */
function latestOpinions(reviews) {
    const byReviewer = new Map();
    for (const review of reviews) {
        const state = normalizeReviewState(review.state);
        const key = review.reviewer.toLowerCase();
        if (state === 'APPROVED' || state === 'CHANGES_REQUESTED') {
            // Delete first so a reviewer who changes their mind moves to the end, like their newest review.
            byReviewer.delete(key);
            byReviewer.set(key, {
                reviewer: review.reviewer,
                state,
                commit: review.commitId,
                at: review.submittedAt ?? '',
            });
        }
        else if (state === 'DISMISSED') {
            byReviewer.delete(key);
        }
    }
    return [...byReviewer.values()];
}


/***/ }),

/***/ 30108:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dashboardFiles = dashboardFiles;
exports.writeSite = writeSite;
exports.writeDashboard = writeDashboard;
// `gitopshq dashboard --out DIR`: the delivery dashboard of the GitOps repository at `repo`, written as a static site
// (DIR/index.html, self-contained) from the state branch's releases and promotions, gitopshq.yaml and the workloads.
// Flow: docs/architecture.md#dashboard. The records are read as `release list` reads them (origin's state branch
// when there is an origin, the checkout untouched); nothing but DIR is written.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const page_js_1 = __webpack_require__(11613);
const build_js_1 = __webpack_require__(31631);
const metrics_panel_js_1 = __webpack_require__(73985);
const errors_js_1 = __webpack_require__(10241);
const index_js_1 = __webpack_require__(17366);
const repo_js_1 = __webpack_require__(53413);
const local_store_js_1 = __webpack_require__(4151);
const result_js_1 = __webpack_require__(48155);
/** The site for records already in hand (relative path -> content), for tests and benchmarks that skip git. */
function dashboardFiles(input) {
    const data = (0, build_js_1.buildDashboard)(input);
    return { files: (0, page_js_1.dashboardSite)(data), data };
}
/** Writes the site into `dir`, replacing the details of an earlier run (nothing else in `dir` is touched). */
async function writeSite(dir, files) {
    await (0, promises_1.rm)((0, node_path_1.join)(dir, page_js_1.DETAILS_DIR), { recursive: true, force: true });
    let bytes = 0;
    for (const [path, text] of files) {
        const file = (0, node_path_1.join)(dir, path);
        await (0, promises_1.mkdir)((0, node_path_1.dirname)(file), { recursive: true });
        await (0, promises_1.writeFile)(file, text);
        bytes += Buffer.byteLength(text);
    }
    return bytes;
}
async function writeDashboard(req) {
    const store = await (0, local_store_js_1.localReadingStore)(req.repo, {
        ...(req.stateBranch !== undefined ? { stateBranch: req.stateBranch } : {}),
        ...(req.token ? { token: req.token } : {}),
        cache: req.cache ?? true,
    });
    if ('outcome' in store)
        return store;
    let snapshot;
    try {
        snapshot = await (0, repo_js_1.loadRepo)(req.repo);
    }
    catch (e) {
        if (e instanceof errors_js_1.ValidationError)
            return (0, result_js_1.failed)({ message: e.message, findings: e.findings });
        throw e;
    }
    // One pass over the state branch (ls-tree and one cat-file --batch), as `gitopshq metrics` reads it.
    const { releases, promotions } = await store.readAll();
    const now = req.now ?? new Date();
    // Twelve weeks: one bar a week in each trend chart.
    const report = (0, index_js_1.computeMetrics)(releases, promotions, {
        since: new Date(now.getTime() - 84 * 86_400_000),
        until: now,
        targets: snapshot.config.metrics?.targets ?? {},
        requiredTeams: Object.fromEntries(snapshot.config.environments.map((e) => [e.name, [...e.approvals.teams]])),
    });
    const { files, data } = dashboardFiles({
        environments: snapshot.config.environments,
        tenants: snapshot.config.tenants,
        workloads: [...snapshot.workloads.values()].map((w) => ({
            name: w.config.name,
            tenants: w.config.tenants,
        })),
        releases,
        promotions,
        metrics: (0, metrics_panel_js_1.metricsPanel)(report),
        metricsWindow: { since: report.window.since, until: report.window.until },
        stateBranch: store.branch,
        ...(req.repository ? { repository: req.repository } : {}),
        now,
    });
    const dir = (0, node_path_1.resolve)(req.out);
    const siteBytes = await writeSite(dir, files);
    const b = data.board;
    return (0, result_js_1.succeeded)({
        file: (0, node_path_1.join)(dir, 'index.html'),
        bytes: Buffer.byteLength(files.get('index.html') ?? ''),
        siteBytes,
        stateBranch: store.branch,
        releases: releases.length,
        promotions: promotions.length,
        board: {
            awaiting: b.awaiting.length,
            deploying: b.deploying.length,
            failed: b.failed.length,
            drift: b.drift.length,
            promotions: b.promotions.length,
        },
    });
}


/***/ })

};
