import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../../src/domain/errors.js';
import { applyValueUpdates } from '../../../src/domain/value-path.js';

// A values file as people write them: header comment, inline comments, blank lines, nested maps,
// a list of env vars, quoted strings of both styles, Helm's `resources: {}`.
const VALUES = `# Default values for web-api.
# This is a YAML-formatted file.

replicaCount: 2   # scaled by HPA in prod

image:
  repository: ghcr.io/acme/web-api
  # Overrides the image tag whose default is the chart appVersion.
  tag: "1.4.1"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 8080

env:
  - name: LOG_LEVEL
    value: 'info'
  - name: FEATURE_X
    value: "false"

resources: {}

ingress:
  enabled: false
  hosts: [web.acme.test]
  annotations:
    kubernetes.io/ingress.class: nginx
`;

/** VALUES with the line `from` replaced by the lines `to` (exactly once). */
function replaced(from: string, to: string): string {
  const parts = VALUES.split(from);
  if (parts.length !== 2) throw new Error(`fixture: ${JSON.stringify(from)} must occur exactly once`);
  return parts.join(to);
}

function set(text: string, ...args: string[]): string {
  const updates = args.map((a) => {
    const eq = a.indexOf('=');
    return { path: a.slice(0, eq), value: a.slice(eq + 1) };
  });
  return applyValueUpdates(text, updates, 'workloads/web-api/values/prod.yaml');
}

function userError(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('applyValueUpdates on a commented values file (exact bytes)', () => {
  const cases: [string, string[], string][] = [
    ['nested scalar keeps its quotes', ['image.tag=1.4.2'], replaced('  tag: "1.4.1"\n', '  tag: "1.4.2"\n')],
    [
      'plain scalar stays plain',
      ['image.pullPolicy=Always'],
      replaced('pullPolicy: IfNotPresent', 'pullPolicy: Always'),
    ],
    ['inline comment survives', ['replicaCount=3'], replaced('replicaCount: 2   #', 'replicaCount: 3   #')],
    [
      'longer value, comment stays after it',
      ['replicaCount=12'],
      replaced('replicaCount: 2   #', 'replicaCount: 12   #'),
    ],
    [
      'single-quoted string stays single-quoted',
      ['env[0].value=debug'],
      replaced("value: 'info'", "value: 'debug'"),
    ],
    ['list item field', ['env[1].value=x'], replaced('value: "false"', 'value: "x"')],
    ['list item name (plain)', ['env[1].name=FEATURE_Y'], replaced('name: FEATURE_X', 'name: FEATURE_Y')],
    [
      'a bare number over a quoted string stays a string, in its quotes',
      ['env[1].value=1'],
      replaced('value: "false"', 'value: "1"'),
    ],
    [
      'quoted number stays a string',
      ['replicaCount="3"'],
      replaced('replicaCount: 2 ', 'replicaCount: "3" '),
    ],
    [
      'key with dots in brackets',
      ['ingress.annotations["kubernetes.io/ingress.class"]=traefik'],
      replaced('class: nginx', 'class: traefik'),
    ],
    ['flow list item', ['ingress.hosts[0]=www.acme.test'], replaced('[web.acme.test]', '[www.acme.test]')],
    [
      'flow list append',
      ['ingress.hosts[1]=api.acme.test'],
      replaced('[web.acme.test]', '[web.acme.test, api.acme.test]'),
    ],
    [
      'flow list append, quoted where flow needs it',
      ['ingress.hosts[1]=a,b'],
      replaced('[web.acme.test]', '[web.acme.test, "a,b"]'),
    ],
    [
      'flow list replaced whole',
      ['ingress.hosts=[a.test, b.test]'],
      replaced('[web.acme.test]', '[a.test, b.test]'),
    ],
    [
      'new key at the end of a nested map',
      ['service.targetPort=http'],
      replaced('  port: 8080\n', '  port: 8080\n  targetPort: http\n'),
    ],
    [
      'new nested keys',
      ['service.annotations.team=platform'],
      replaced('  port: 8080\n', '  port: 8080\n  annotations:\n    team: platform\n'),
    ],
    ['new top-level key goes at the end', ['nodeSelector.zone=a'], `${VALUES}nodeSelector:\n  zone: a\n`],
    [
      'new key in a list item map',
      ['env[0].valueFrom=x'],
      replaced("    value: 'info'\n", "    value: 'info'\n    valueFrom: x\n"),
    ],
    [
      'append a list item',
      ['env[2].name=REGION', 'env[2].value=eu'],
      replaced('    value: "false"\n', '    value: "false"\n  - name: REGION\n    value: eu\n'),
    ],
    [
      '`{}` becomes a block',
      ['resources.limits.cpu=500m', 'resources.limits.memory=512Mi'],
      replaced('resources: {}\n', 'resources:\n  limits:\n    cpu: 500m\n    memory: 512Mi\n'),
    ],
    ['bool', ['ingress.enabled=true'], replaced('enabled: false', 'enabled: true')],
    ['1.10 is a float, written as typed', ['service.port=1.10'], replaced('port: 8080', 'port: 1.10')],
    ['"1.10" into a plain scalar is quoted', ['service.port="1.10"'], replaced('port: 8080', 'port: "1.10"')],
    [
      "'1.10' keeps the user's single quotes",
      ["service.port='1.10'"],
      replaced('port: 8080', "port: '1.10'"),
    ],
    [
      '0755 over a plain string stays the string "0755" (quoted, so neither YAML 1.2 nor 1.1 reads a number)',
      ['service.type=0755'],
      replaced('type: ClusterIP', 'type: "0755"'),
    ],
    [
      'a YAML 1.1 boolean word is quoted for Helm',
      ['service.type=yes'],
      replaced('type: ClusterIP', 'type: "yes"'),
    ],
    ['": " is quoted', ['service.type=a: b'], replaced('type: ClusterIP', 'type: "a: b"')],
    ['" #" is quoted', ['service.type=a #b'], replaced('type: ClusterIP', 'type: "a #b"')],
    ['leading * is quoted', ['service.type=*x'], replaced('type: ClusterIP', 'type: "*x"')],
    ['leading @ is quoted', ['service.type=@x'], replaced('type: ClusterIP', 'type: "@x"')],
    ['empty value is an empty string', ['service.type='], replaced('type: ClusterIP', 'type: ""')],
    ['null', ['service.type=null'], replaced('type: ClusterIP', 'type: null')],
    [
      'a quote inside single quotes is doubled',
      ["env[0].value=it's"],
      replaced("value: 'info'", "value: 'it''s'"),
    ],
    ['several updates in order', ['image.tag=2.0.0', 'image.tag=2.0.1'], replaced('"1.4.1"', '"2.0.1"')],
  ];
  it.each(cases)('%s', (_name, updates, expected) => {
    const out = set(VALUES, ...updates);
    expect(out).toBe(expected);
  });

  it('CRLF input keeps CRLF, also in new lines', () => {
    const crlf = VALUES.replace(/\n/g, '\r\n');
    const out = set(crlf, 'image.tag=1.4.2', 'service.annotations.team=platform', 'resources.limits.cpu=1');
    const expected = replaced('  tag: "1.4.1"\n', '  tag: "1.4.2"\n')
      .replace('  port: 8080\n', '  port: 8080\n  annotations:\n    team: platform\n')
      .replace('resources: {}\n', 'resources:\n  limits:\n    cpu: 1\n')
      .replace(/\n/g, '\r\n');
    expect(out).toBe(expected);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('typed values read back as YAML 1.2 data', () => {
    const out = set(
      VALUES,
      'replicaCount=3',
      'image.tag=1.10',
      'service.port="8081"',
      'ingress.enabled=True',
      'service.type=~',
      'env[0].value=0x10',
    );
    const data = parse(out) as Record<string, Record<string, unknown>>;
    expect(data.replicaCount).toBe(3);
    // A string stays a string: unquoted 1.10 over the quoted "1.4.1" is written "1.10", never the float 1.1.
    expect(data.image?.tag).toBe('1.10');
    expect(data.service?.port).toBe('8081');
    expect(data.ingress?.enabled).toBe(true);
    expect(data.service?.type).toBeNull();
    // env values are strings already, so 0x10 stays the string it spells.
    expect((data.env as unknown as { value: unknown }[])[0]?.value).toBe('0x10');
  });
});

describe('documents without a block map', () => {
  const cases: [string, string, string[], string][] = [
    ['empty file', '', ['image.tag=1.0'], 'image:\n  tag: 1.0\n'],
    ['only comments', '# env overrides\n', ['replicaCount=3'], '# env overrides\nreplicaCount: 3\n'],
    ['`{}`', '{}\n', ['a.b=1', 'a.c=2'], 'a:\n  b: 1\n  c: 2\n'],
    ['`{}` with a comment', '# none yet\n{}\n', ['x=1'], '# none yet\nx: 1\n'],
    ['`---` then `{}`', '--- {}\n', ['x=1'], '---\nx: 1\n'],
    ['no final newline stays so', 'a: 1', ['b=2'], 'a: 1\nb: 2'],
    ['a new list under a new key', '', ['args[0]=--verbose'], 'args:\n  - --verbose\n'],
    ['a list of maps', 'a: 1\n', ['hosts[0].name=x'], 'a: 1\nhosts:\n  - name: x\n'],
    [
      'an empty value becomes a block',
      'podAnnotations:\nb: 1\n',
      ['podAnnotations.x=y'],
      'podAnnotations:\n  x: "y"\nb: 1\n',
    ],
    [
      'an empty value with a comment',
      'extra: # none\nb: 1\n',
      ['extra.k=v'],
      'extra: # none\n  k: v\nb: 1\n',
    ],
    ['an empty value set', 'tag:\nb: 1\n', ['tag=v1.0'], 'tag: v1.0\nb: 1\n'],
    ['`[]` gets its first item', 'args: []\n', ['args[0]=run'], 'args:\n  - run\n'],
    [
      'a block literal is replaced, the next key stays',
      'cfg: |\n  a\n  b\nnext: 1\n',
      ['cfg=x'],
      'cfg: x\nnext: 1\n',
    ],
    ['a key with a space stays bare', 'a: 1\n', ['["my key"]=1'], 'a: 1\nmy key: 1\n'],
    ['a key that needs quotes', 'a: 1\n', ['["a: b"]=1', '["true"]=2'], 'a: 1\n"a: b": 1\n"true": 2\n'],
    ['a nested list item field in a seq of seqs', 'm:\n  - - a\n', ['m[0][1]=b'], 'm:\n  - - a\n    - b\n'],
  ];
  it.each(cases)('%s', (_name, input, updates, expected) => {
    expect(set(input, ...updates)).toBe(expected);
  });
});

// Positions point at the key that names the offending value (where a person looks), not at the value under it.
describe('errors name the file, the position and the path', () => {
  const file = 'workloads/web-api/values/prod.yaml';
  const cases: [string, string, string][] = [
    [
      'through a scalar',
      'image.tag.x=1',
      `${file}:9:3: cannot set image.tag.x: image.tag is a string scalar ("1.4.1"), not a map or list, so nothing can be set under it`,
    ],
    [
      'index far past the end',
      'env[5].name=X',
      `${file}:16:1: cannot set env[5].name: env has 2 items; [5] is past the end (use [2] to append)`,
    ],
    [
      'a key on a list',
      'env.name=X',
      `${file}:16:1: cannot set env.name: env is a list, not a map; use an index such as env[0]`,
    ],
    [
      'an index on a map',
      'image[0]=X',
      `${file}:6:1: cannot set image[0]: image is a map, not a list; use a key, not [0]`,
    ],
    [
      'an index past the end of a flow list',
      'ingress.hosts[2]=b',
      `${file}:26:3: cannot set ingress.hosts[2]: ingress.hosts has 1 item; [2] is past the end (use [1] to append)`,
    ],
    [
      'replacing a block map',
      'image=nginx',
      `${file}:6:1: cannot set image: image is a map with 3 keys; set one entry (image.KEY=VALUE) or edit the file by hand to replace it`,
    ],
    [
      'a new nested list must start at [0]',
      'tolerations[0].keys[2]=x',
      `${file}:1:1: cannot set tolerations[0].keys[2]: tolerations[0].keys does not exist yet, so its first item is [0], not [2]`,
    ],
  ];
  it.each(cases)('%s', (_name, update, message) => {
    const e = userError(() => set(VALUES, update));
    expect(e.message).toBe(message);
    expect(e.findings[0]?.file).toBe(file);
  });

  it('rejects a file that is not valid YAML, with the position', () => {
    expect(userError(() => set('a: 1\na: 2\n', 'b=1')).message).toBe(
      `${file}:2:1: cannot set b: ${file} is not valid YAML: Map keys must be unique; fix it first`,
    );
  });

  const others: [string, string, string, string][] = [
    [
      'several documents',
      'a: 1\n---\nb: 2\n',
      'a=2',
      'holds several YAML documents (---); a values file holds one',
    ],
    ['a list where a map is', '- a\n', 'x=1', 'the document is a list, not a map; use an index such as [0]'],
    ['an alias', 'a: &x 1\nb: *x\n', 'b=2', 'b is an alias (*x); set the anchored value instead'],
    ['an explicit tag', 'a: !!str 1\n', 'a=2', 'a has an explicit tag'],
    ['a bad value', 'a: 1\n', 'a=[1, 2', "value '[1, 2' looks like a flow list"],
  ];
  it.each(others)('%s', (_name, input, update, fragment) => {
    expect(userError(() => set(input, update)).message).toContain(fragment);
  });

  it('leaves the input untouched when a later update fails', () => {
    const input = 'a: 1\n';
    expect(() => set(input, 'a=2', 'a.b=3')).toThrow(UserError);
    expect(input).toBe('a: 1\n');
  });
});

describe('anchors', () => {
  it('setting an anchored value changes what its aliases read', () => {
    const out = set('base: &b 1\ncopy: *b\n', 'base=2');
    expect(out).toBe('base: &b 2\ncopy: *b\n');
    expect(parse(out)).toEqual({ base: 2, copy: 2 });
  });
});

describe('flow collections are edited in flow style', () => {
  const cases: [string, string, string[], string][] = [
    ['new key in a flow map', 'r: {a: 1}\n', ['r.b=2'], 'r: {a: 1, b: 2}\n'],
    [
      'new nested key in a flow map',
      'r: {a: 1}  # keep\n',
      ['r.b.c[0]=x'],
      'r: {a: 1, b: {c: [x]}}  # keep\n',
    ],
    ['`{}` inside a flow map', 'r: {a: {}}\n', ['r.a.b=1'], 'r: {a: {b: 1}}\n'],
    [
      'a flow list of maps',
      'l: [{name: a}]\n',
      ['l[0].v=1', 'l[1].name=b'],
      'l: [{name: a, v: 1}, {name: b}]\n',
    ],
    [
      'a YAML 1.1 boolean word as a new key is quoted for Helm',
      'l: {a: 1}\n',
      ['l.n=b'],
      'l: {a: 1, "n": b}\n',
    ],
    ['a key that needs quotes in flow', 'r: {a: 1}\n', ['r["x,y"]=z'], 'r: {a: 1, "x,y": z}\n'],
  ];
  it.each(cases)('%s', (_name, input, updates, expected) => {
    expect(set(input, ...updates)).toBe(expected);
  });
});
