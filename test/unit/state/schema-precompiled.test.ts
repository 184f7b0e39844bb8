// The build-time validators (src/state/schema-validators.generated.ts) must call valid exactly what ajv compiled at
// run time calls valid, for every schema: the state repository's real files and the record fixtures, each also
// broken in the ways a hand edit breaks a file (a key missing, a wrong type, an unknown key, a bad name).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exampleFiles } from '../../../src/state/example-repo.js';
import { AJV_OPTIONS } from '../../../src/state/schema-options.js';
import { SCHEMAS, type SchemaName } from '../../../src/state/schema-sources.js';
import { isValidValue } from '../../../src/state/schema-validate.js';

const root = join(import.meta.dirname, '..', '..', '..');

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Ways a hand edit breaks a document, applied at every key of its top level. */
function variants(doc: unknown): unknown[] {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return [doc];
  const out: unknown[] = [doc, { ...doc, unknownKey: 1 }];
  for (const key of Object.keys(doc)) {
    const { [key]: _dropped, ...without } = doc as Record<string, unknown>;
    out.push(without);
    out.push({ ...doc, [key]: 42 });
    out.push({ ...doc, [key]: 'Not A Valid Name!' });
    out.push({ ...doc, [key]: [] });
  }
  return out;
}

describe('the precompiled JSON Schema validators', () => {
  const runtime = new Ajv2020({ ...AJV_OPTIONS, allErrors: true });
  const texts = [
    ...yamlFilesUnder(join(root, 'test', 'fixtures', 'records-v1')),
    ...[...exampleFiles()]
      .filter(([path]) => path.endsWith('.yaml') && !path.includes('/templates/'))
      .map(([, text]) => text),
  ];
  // Every document of every file that is YAML at all (chart templates are not, before rendering).
  const docs = texts
    .flatMap((t) => parseAllDocuments(t))
    .filter((d) => 'errors' in d && d.errors.length === 0)
    .flatMap((d) => variants(d.toJS() as unknown))
    .concat([null, 42, 'text', [1, 2]]);

  it.each(Object.keys(SCHEMAS) as SchemaName[])('agree with ajv at run time on %s', (name) => {
    const validate = runtime.compile(SCHEMAS[name]);
    let valid = 0;
    for (const doc of docs) {
      const expected = validate(doc) === true;
      if (expected) valid++;
      expect(isValidValue(name, doc), JSON.stringify(doc).slice(0, 200)).toBe(expected);
    }
    // Both outcomes are exercised for every schema: the test would mean nothing if all were one or the other.
    expect(valid).toBeGreaterThan(0);
    expect(valid).toBeLessThan(docs.length);
  });
});
