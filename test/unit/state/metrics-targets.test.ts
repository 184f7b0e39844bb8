import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, targetsFromFile } from '../../../src/domain/metrics/index.js';
import { type ConfigFile, withConfigDefaults } from '../../../src/state/defaults.js';
import { schemaFor, validateDocument } from '../../../src/state/schema-validate.js';

const config = (targets: string) =>
  [
    'apiVersion: gitopshq.io/v1',
    'kind: Config',
    'environments:',
    '  - name: prod',
    'metrics:',
    '  targets:',
    ...targets.split('\n').map((l) => `    ${l}`),
    '',
  ].join('\n');

describe('gitopshq.yaml metrics.targets', () => {
  it('overrides the keys it sets, in the model units, and leaves the rest to the defaults', () => {
    const { value, findings } = validateDocument<ConfigFile>(
      config('leadTime: 2h\napprovalLatency: 900\nfailedDeploymentRate: 0.1'),
      'gitopshq.yaml',
      'gitopshq',
    );
    expect(findings).toEqual([]);
    expect(withConfigDefaults(value as ConfigFile).metrics).toEqual({
      targets: { leadTimeSeconds: 7200, approvalLatencySeconds: 900, failedDeploymentRate: 0.1 },
    });
  });

  it('names the line and what to write for a bad duration, ratio or key', () => {
    const { findings } = validateDocument(
      config('leadTime: 1 hour\nrollbackRate: 2\nleadtime: 1h'),
      'gitopshq.yaml',
      'gitopshq',
    );
    const messages = findings.map((f) => `${f.line}:${f.col} ${f.message}`);
    expect(messages).toContain(
      "7:15 metrics.targets.leadTime '1 hour' is not valid: expected a duration such as 90s, 30m, 1h or 2d (or a number of seconds)",
    );
    expect(messages).toContain('8:19 metrics.targets.rollbackRate must be <= 1');
    expect(messages.some((m) => m.startsWith("9:5 metrics.targets: unknown key 'leadtime'"))).toBe(true);
  });

  it("declares the same defaults in the schema as the metrics use (the playbook's ranges)", () => {
    const root = schemaFor('gitopshq') as {
      properties: {
        metrics: { properties: { targets: { properties: Record<string, { default: number | string }> } } };
      };
    };
    const props = root.properties.metrics.properties.targets.properties;
    const defaults = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.default]));
    expect(targetsFromFile(defaults)).toEqual(DEFAULT_TARGETS);
  });
});
