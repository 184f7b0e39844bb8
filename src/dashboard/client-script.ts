// The page's only script, inlined (its hash is in the page's Content-Security-Policy). It draws what depends on the
// reader's choices from the embedded data: the releases list (search, filters, 50 rows a page, so 10,000 releases stay
// fast), a release's timeline (#release=ID), the matrix's workload filter and Environment Compare. Record strings
// reach the page only as textContent or attribute values set through the DOM, never as HTML.
// Plain ES2020 in a string: no template literals inside (this is one), no build step.
export const CLIENT_SCRIPT = String.raw`(function () {
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
