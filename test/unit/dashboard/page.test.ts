// The page writer: untrusted record strings stay text (escaped in the HTML, `<` escaped in the embedded JSON), the
// Content-Security-Policy admits exactly the page's own script and stylesheet, the site splits into the page and
// its details files, and the trend chart says its numbers to a screen reader.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { weeklyChart } from '../../../src/dashboard/chart.js';
import { CLIENT_SCRIPT } from '../../../src/dashboard/client-script.js';
import { DETAILS_PER_FILE, dashboardSite, embedJson } from '../../../src/dashboard/page.js';
import { age } from '../../../src/dashboard/sections.js';
import { buildDashboard } from '../../../src/domain/dashboard/build.js';
import type { DashboardMetric } from '../../../src/domain/dashboard/types.js';
import { DEMO_NOW, demoHistory, generatedHistory, XSS_TITLE } from '../../helpers/dashboard-history.js';

const metric: DashboardMetric = {
  key: 'leadTime',
  label: 'Lead time <for changes>',
  value: '42 min',
  target: '< 1 h',
  verdict: 'healthy',
  dora: 'elite',
  unit: 'minutes',
  weekly: [
    { week: '2026-11-09', value: 30 },
    { week: '2026-11-16', value: null },
    { week: '2026-11-23', value: 75 },
  ],
  targetValue: 60,
  better: 'lower',
};

function site(history = demoHistory()) {
  const data = buildDashboard({
    environments: [],
    tenants: [],
    workloads: [],
    ...history,
    metrics: [metric],
    stateBranch: 'gitopshq/state',
    now: DEMO_NOW,
  });
  return dashboardSite(data);
}

describe('the page', () => {
  const html = site().get('index.html') ?? '';

  it('escapes a hostile PR title wherever the HTML shows it, and never lets it end the data element', () => {
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      'payment-api: &lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;',
    );
    // The only </script> closings are the page's own: one per data element and one for the script.
    const elements = html.match(/<script\b/g)?.length ?? 0;
    expect(html.match(/<\/script>/g)?.length).toBe(elements);
    const data = [
      ...html.matchAll(/<script type="application\/json" class="gitopshq-data">(.*?)<\/script>/g),
    ];
    const rows = data.slice(1).flatMap((m) => JSON.parse(m[1] ?? '[]') as string[][]);
    expect(rows.map((r) => r[4])).toContain(XSS_TITLE);
  });

  it('embeds JSON that no </script>, <!-- or line separator can break out of', () => {
    const text = embedJson({ t: '</script><!-- \u2028\u2029' });
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ t: '</script><!-- \u2028\u2029' });
  });

  it('allows exactly its own script and stylesheet by hash (and the details files that script adds)', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}' 'strict-dynamic'`);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(html).toContain(`<script>${CLIENT_SCRIPT}</script>`);
    // No tag carries an event handler or a javascript: URL, and nothing is loaded from elsewhere.
    const markup = html.replace(/<script([^>]*)>[\s\S]*?<\/script>/g, '<script$1></script>');
    const tags = markup.match(/<[a-z][^>]*>/g) ?? [];
    expect(tags.filter((t) => /\son[a-z]+=|javascript:|\ssrc=/i.test(t))).toEqual([]);
  });

  it('puts the details of 10,000 releases in files of 500, loaded when a timeline needs one', () => {
    const big = site(generatedHistory(1_200));
    expect([...big.keys()]).toEqual(['index.html', 'details/0.js', 'details/1.js', 'details/2.js']);
    const first = big.get('details/0.js') ?? '';
    const list = JSON.parse(/^gitopshqDetails\(0,(.*)\);\n$/s.exec(first)?.[1] ?? '[]') as unknown[];
    expect(list).toHaveLength(DETAILS_PER_FILE);
    expect(list[0]).toHaveProperty('history');
    expect(list[0]).not.toHaveProperty('title');
  });

  it('shows the metric with its healthy range and verdict in words, not only in colour', () => {
    expect(html).toContain('<h3 id="metric-0-h">Lead time &lt;for changes&gt;</h3>');
    expect(html).toContain('42 min <span class="verdict v-healthy">healthy</span>');
    expect(html).toContain('Healthy: &lt; 1 h');
    expect(html).toContain('DORA level: elite');
  });
});

describe('weeklyChart', () => {
  const svg = weeklyChart({
    id: 'c',
    title: 'Lead time per week',
    unit: 'minutes',
    points: metric.weekly,
    target: 60,
    better: 'lower',
  });

  it('is an image with a title and a description that states the numbers', () => {
    expect(svg).toMatch(/^<svg class="chart" role="img" [^>]*aria-labelledby="c-title c-desc">/);
    expect(svg).toContain('<title id="c-title">Lead time per week</title>');
    expect(svg).toContain(
      '<desc id="c-desc">3 weeks from 2026-11-09 to 2026-11-23, in minutes. Lowest 30, highest 75. Latest (week of 2026-11-23): 75. Target: under 60.</desc>',
    );
  });

  it('draws a bar per week with data, a mark for a week without, and the target line', () => {
    expect(svg.match(/class="bar"/g)).toHaveLength(2);
    expect(svg.match(/class="bar-none"/g)).toHaveLength(1);
    expect(svg).toContain('week of 2026-11-16: no data');
    expect(svg).toMatch(/<line class="target" [^>]*\/><text [^>]*>target 60<\/text>/);
  });

  it('scales bars to the largest value: the 75-minute bar is 2.5 times the 30-minute one', () => {
    const heights = [...svg.matchAll(/class="bar" [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect((heights[1] ?? 0) / (heights[0] ?? 1)).toBeCloseTo(2.5, 1);
  });
});

describe('age', () => {
  it.each([
    ['2026-11-30T08:59:30.000Z', '30 s'],
    ['2026-11-30T08:15:00.000Z', '45 min'],
    ['2026-11-30T04:00:00.000Z', '5 h'],
    ['2026-11-27T09:00:00.000Z', '3 d'],
    ['2026-11-30T09:05:00.000Z', '0 s'],
  ])('%s -> %s', (from, expected) => {
    expect(age(from, DEMO_NOW)).toBe(expected);
  });
});
