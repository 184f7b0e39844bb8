import { describe, expect, it } from 'vitest';
import { createKubeSchemaValidator } from '../../../src/render/kube-schema.js';
import { renderTargets } from '../../../src/render/planner.js';
import { formatRenderFinding } from '../../../src/render/types.js';
import { tmpDir } from '../../helpers/tmp.js';
import { config, snapshot, WEB_TEMPLATES, WEB_VALUES, workload, writeFiles } from './fixtures.js';

function webRepo(templates: Record<string, string>, values = WEB_VALUES, policies = {}) {
  const root = tmpDir();
  writeFiles(
    root,
    Object.fromEntries(Object.entries(templates).map(([f, t]) => [`workloads/web/templates/${f}`, t])),
  );
  const w = workload(root, {
    name: 'web',
    namespace: 'shop',
    source: { type: 'template', path: 'templates' },
    tenants: ['acme', 'globex'],
    base: values,
    tenantValues: { prod: { acme: { replicas: 5 } } },
  });
  return snapshot(root, config(['dev', 'prod'], policies), [w]);
}

const kubeSchema = createKubeSchemaValidator();

describe('template engine', () => {
  it('renders every non-partial template with the layered values, sorted by kind', async () => {
    const snap = webRepo(WEB_TEMPLATES);
    const { sets } = await renderTargets(
      [{ target: { workload: 'web', environment: 'prod', tenant: 'acme' }, snapshot: snap }],
      { kubeSchema },
    );
    const [set] = sets;
    expect(set?.findings).toEqual([]);
    expect(
      set?.manifests.map((m) => `${m.object.kind}/${(m.object.metadata as { name: string }).name}`),
    ).toEqual(['Secret/web-db', 'Deployment/web', 'Service/web']);
    const deployment = set?.manifests[1]?.object as {
      spec: { replicas: number; template: { metadata: { labels: Record<string, string> } } };
    };
    expect(deployment.spec.replicas).toBe(5);
    expect(deployment.spec.template.metadata.labels).toEqual({
      'app.kubernetes.io/name': 'web',
      'app.kubernetes.io/instance': 'web-prod-acme',
      'app.kubernetes.io/managed-by': 'gitopshq',
      'gitopshq.io/environment': 'prod',
      'gitopshq.io/tenant': 'acme',
    });
    expect(set?.manifests[0]?.file).toBe('workloads/web/templates/secret.yaml');
    expect(set?.hash).toMatch(/^[0-9a-f]{64}$/);
    // Same input, same bytes.
    const again = await renderTargets([
      { target: { workload: 'web', environment: 'prod', tenant: 'acme' }, snapshot: snap },
    ]);
    expect(again.sets[0]?.yaml).toBe(set?.yaml);
    expect(again.sets[0]?.hash).toBe(set?.hash);
  });

  it('names the file, line and variable when a value is missing, and renders nothing', async () => {
    const snap = webRepo(WEB_TEMPLATES, { ...WEB_VALUES, image: { repository: 'ghcr.io/acme/web' } });
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: snap },
    ]);
    const [set] = sets;
    expect(set?.manifests).toEqual([]);
    expect(set?.findings).toHaveLength(1);
    const f = set?.findings[0];
    expect(f).toMatchObject({
      severity: 'error',
      rule: 'template',
      target: 'web/dev/acme',
      file: 'workloads/web/templates/deployment.yaml',
      line: 17,
    });
    expect(f?.message).toContain('values.image.tag is undefined');
    expect(formatRenderFinding(f!)).toMatch(
      /^workloads\/web\/templates\/deployment\.yaml:17:\d+: error \[web\/dev\/acme\]/,
    );
  });

  it('names a missing object passed through filters (toYaml | nindent)', async () => {
    const { resources: _r, ...noResources } = WEB_VALUES;
    const snap = webRepo(WEB_TEMPLATES, noResources);
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: snap },
    ]);
    expect(sets[0]?.findings[0]).toMatchObject({ file: 'workloads/web/templates/deployment.yaml', line: 18 });
    expect(sets[0]?.findings[0]?.message).toContain('values.resources is undefined');
  });

  it("reports a required(...) value with the template's own message and line", async () => {
    const snap = webRepo(WEB_TEMPLATES, { ...WEB_VALUES, image: { tag: '1' } });
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'globex' }, snapshot: snap },
    ]);
    expect(sets[0]?.findings[0]).toMatchObject({
      rule: 'template',
      file: 'workloads/web/templates/deployment.yaml',
      line: 17,
    });
    expect(sets[0]?.findings[0]?.message).toContain('values.image.repository is required');
  });

  it('checks built-in kinds against the Kubernetes schema (wrong field types)', async () => {
    const bad = WEB_TEMPLATES['deployment.yaml']!.replace(
      'replicas: {{ values.replicas | default(1) }}',
      'replicas: "three"',
    ).replace(
      '          resources:',
      '          ports:\n            - containerPort: http\n          resources:',
    );
    const snap = webRepo({ ...WEB_TEMPLATES, 'deployment.yaml': bad });
    const { sets } = await renderTargets(
      [{ target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: snap }],
      { kubeSchema },
    );
    const schema = sets[0]?.findings.filter((f) => f.rule === 'schema');
    expect(schema?.map((f) => [f.resource, f.path])).toEqual([
      ['Deployment/shop/web', 'spec.replicas'],
      ['Deployment/shop/web', 'spec.template.spec.containers[0].ports[0].containerPort'],
    ]);
    expect(schema?.[0]?.message).toBe('must be integer, not string "three"');
  });

  it('applies the policies of gitopshq.yaml: latest tag, limits, privileged', async () => {
    const priv = WEB_TEMPLATES['deployment.yaml']!.replace(
      '          resources:',
      '          securityContext:\n            privileged: true\n          resources:',
    );
    const snap = webRepo(
      { ...WEB_TEMPLATES, 'deployment.yaml': priv },
      { ...WEB_VALUES, image: { repository: 'nginx', tag: 'latest' }, resources: { limits: { cpu: '1' } } },
      { forbidLatestTag: true, requireResourceLimits: true, forbidPrivileged: true },
    );
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: snap },
    ]);
    expect(sets[0]?.findings.map((f) => [f.rule, f.resource, f.path])).toEqual([
      ['policy/latest-tag', 'Deployment/shop/web', 'spec.template.spec.containers[0].image'],
      ['policy/resource-limits', 'Deployment/shop/web', 'spec.template.spec.containers[0].resources.limits'],
      [
        'policy/privileged',
        'Deployment/shop/web',
        'spec.template.spec.containers[0].securityContext.privileged',
      ],
    ]);
    expect(sets[0]?.findings[1]?.message).toContain('no memory limit');
    // Policies off: the same render is clean.
    const off = webRepo(
      { ...WEB_TEMPLATES, 'deployment.yaml': priv },
      { ...WEB_VALUES, image: { repository: 'nginx', tag: 'latest' } },
    );
    const clean = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: off },
    ]);
    expect(clean.sets[0]?.findings).toEqual([]);
  });

  it('finds a resource rendered twice and a document without metadata.name', async () => {
    const snap = webRepo({
      ...WEB_TEMPLATES,
      'extra.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n',
    });
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: snap },
    ]);
    expect(sets[0]?.findings.map((f) => [f.rule, f.resource, f.path ?? ''])).toEqual([
      ['structure', 'ConfigMap/shop/?', 'metadata.name'],
      ['duplicate', 'Service/shop/web', ''],
    ]);
  });

  it('reports YAML that the templates made invalid, at the template file', async () => {
    const snap = webRepo({
      ...WEB_TEMPLATES,
      'broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: [\n',
    });
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: snap },
    ]);
    expect(sets[0]?.findings[0]).toMatchObject({ rule: 'yaml', file: 'workloads/web/templates/broken.yaml' });
    expect(sets[0]?.manifests).toEqual([]);
  });

  it('is not a way to run code: constructors and prototypes are unreachable from a template', async () => {
    const attempts = [
      "{{ ''.constructor.constructor('return process.pid')() }}",
      "{{ range.constructor('return process.pid')() }}",
      "{{ constructor.constructor('return process.pid')() }}",
      '{{ values.__proto__.polluted }}',
    ];
    for (const attempt of attempts) {
      const snap = webRepo({
        ...WEB_TEMPLATES,
        'evil.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  pid: "${attempt.replace(/"/g, "'")}"\n`,
      });
      const { sets } = await renderTargets([
        { target: { workload: 'web', environment: 'dev', tenant: 'acme' }, snapshot: snap },
      ]);
      expect(sets[0]?.yaml).not.toContain(String(process.pid));
      expect(sets[0]?.findings[0]).toMatchObject({
        rule: 'template',
        file: 'workloads/web/templates/evil.yaml',
        line: 6,
      });
    }
  });
});
