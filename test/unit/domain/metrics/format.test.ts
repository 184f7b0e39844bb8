import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  environmentMetricsLine,
  metricsCsv,
  metricsOpenMetrics,
  metricsTable,
  resolveWindow,
  summaryMayNeed,
} from '../../../../src/domain/metrics/index.js';
import { at, PROMOTIONS, RELEASES, WEEK } from './fixture.js';

const report = computeMetrics(RELEASES, PROMOTIONS, WEEK);

describe('metrics formats', () => {
  it('prints a table with value, target, verdict and DORA level per metric', () => {
    const text = metricsTable(report);
    const row = (label: string) => text.split('\n').find((l) => l.startsWith(label)) ?? '';
    expect(row('Deploy frequency')).toMatch(
      /^Deploy frequency\s+1\/day\s+> 1\/day\s+unhealthy\s+elite\s+7 deployments$/,
    );
    expect(row('Lead time')).toMatch(
      /42m30s\s+< 1h\s+healthy\s+elite\s+4 releases, p90 2h, from PR opened \(no first commit recorded\)$/,
    );
    expect(row('Failed deployment rate')).toMatch(
      /33\.3%\s+< 5%\s+unhealthy\s+low\s+2 of 6 finished, 1 in flight$/,
    );
    expect(row('Promotion completion rate')).toMatch(
      /50%\s+> 95%\s+unhealthy\s+-\s+1 completed, 1 halted, 2 in progress$/,
    );
    expect(row('Approval latency')).toMatch(/15m\s+< 30m\s+healthy\s+-\s+6 approvals, p90 50m, 1 waiting$/);
    expect(text).toContain('  prod: 5 (0.71/day)');
    expect(text).toContain('2 history entries were stamped before the entry they follow');
  });

  it('writes CSV with one row per metric', () => {
    const lines = metricsCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe('metric,value,unit,target,healthy_when,verdict,dora,count,since,until');
    expect(lines).toHaveLength(8);
    expect(lines[2]).toBe(
      'leadTime,2550,seconds,3600,below,healthy,elite,4,2026-11-02T00:00:00.000Z,2026-11-09T00:00:00.000Z',
    );
    // No data: an empty value, not a zero.
    const empty = metricsCsv(computeMetrics([], [], WEEK)).split('\r\n');
    expect(empty[2]?.startsWith('leadTime,,seconds,')).toBe(true);
  });

  it('writes Prometheus text a real parser reads back', () => {
    const families = parsePrometheusTextFormat(metricsOpenMetrics(report));
    const find = (name: string) => families.find((f) => f.name === name);
    expect(find('gitopshq_deploy_frequency_per_day')?.metrics).toEqual([
      { value: '1' },
      { value: String(2 / 7), labels: { environment: 'dev' } },
      { value: String(5 / 7), labels: { environment: 'prod' } },
    ]);
    expect(find('gitopshq_lead_time_seconds')?.metrics).toEqual([
      { value: '2550', labels: { quantile: '0.5' } },
      { value: '7200', labels: { quantile: '0.9' } },
    ]);
    expect(find('gitopshq_promotion_completion_ratio')?.type).toBe('GAUGE');
    const healthy = find('gitopshq_metric_healthy')?.metrics ?? [];
    expect(healthy.find((s) => s.labels?.metric === 'leadTime')?.value).toBe('1');
    expect(healthy.find((s) => s.labels?.metric === 'failedDeploymentRate')?.value).toBe('0');
    expect(metricsOpenMetrics(report).endsWith('# EOF\n')).toBe(true);
  });

  it('labels every sample with the filters, escaped', () => {
    const filtered = computeMetrics(RELEASES, PROMOTIONS, { ...WEEK, environment: 'prod', workload: 'a"b' });
    const families = parsePrometheusTextFormat(metricsOpenMetrics(filtered));
    expect(families.find((f) => f.name === 'gitopshq_deployments')?.metrics).toEqual([
      { value: '0', labels: { environment: 'prod', workload: 'a"b' } },
    ]);
  });
});

describe('the job-summary line', () => {
  it("gives the environment's last 7 days: deploy frequency and failed rate", () => {
    // prod, 7 days up to 11-09 00:00: r1, r2 x2, r3, r5 = 5 deployments (0.71/day); r2's first attempt failed,
    // r5 is in flight: 1 of 4.
    expect(environmentMetricsLine(RELEASES, 'prod', WEEK.until)).toBe(
      'Metrics for prod, last 7 days: 5 deployments (0.71/day, unhealthy: > 1/day), failed rate 25% (1 of 4, unhealthy: < 5%), 1 in flight',
    );
    expect(environmentMetricsLine([], 'qa', WEEK.until)).toBe(
      'Metrics for qa, last 7 days: 0 deployments (0/day, unhealthy: > 1/day), failed rate: no finished deployment yet',
    );
  });
});

describe('resolveWindow', () => {
  const now = new Date(at('11-30 12:00'));
  it('defaults to the 30 days up to now, and reads dates, instants and ages', () => {
    expect(resolveWindow({}, now)).toEqual({ since: new Date(at('10-31 12:00')), until: now });
    expect(resolveWindow({ since: '2026-11-01', until: '7d' }, now)).toEqual({
      since: new Date('2026-11-01T00:00:00Z'),
      until: new Date(at('11-23 12:00')),
    });
    expect(resolveWindow({ since: '2026-11-29T10:00+02:00' }, now).since.toISOString()).toBe(
      '2026-11-29T08:00:00.000Z',
    );
  });
  it('says what to write instead of a bad time, and refuses an empty window', () => {
    expect(() => resolveWindow({ since: 'yesterday' }, now)).toThrow(
      /--since 'yesterday' is not a time: use a date/,
    );
    expect(() => resolveWindow({ since: '1d', until: '2d' }, now)).toThrow(/must be before --until/);
  });
});

describe('summaryMayNeed', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it.each([
    ['api-prod-20261129-abcdef', 'prod', true],
    ['payment-api-prod-20261024-abcdef', 'prod', true], // 37 days back, the first day still read
    ['payment-api-prod-20261022-abcdef', 'prod', false],
    ['api-prod-20261129-abcdef', 'dev', false],
    ['api-preprod-20261129-abcdef', 'prod', false],
    ['hand-made-id', 'prod', true],
  ])('%s for %s: %s', (id, env, expected) => {
    expect(summaryMayNeed(id, env, now)).toBe(expected);
  });
});
