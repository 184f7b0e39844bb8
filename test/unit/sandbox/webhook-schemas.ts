// Validators for GitHub's official webhook payload schemas (@octokit/openapi-webhooks), for tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const DOC_ID = 'github-webhooks';

let ajv: Ajv | undefined;

function instance(): Ajv {
  if (ajv) return ajv;
  const file = require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // The document is OpenAPI, not a JSON Schema: keywords such as `example` and `discriminator` are not ours to
  // police, and its structure is not checked against a meta-schema.
  ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, logger: false });
  ajv.addFormat('date-time', (s: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s),
  );
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-template', (s: string) => URL.canParse(s.replace(/\{[^}]*\}/g, 'x')));
  ajv.addFormat('email', (s: string) => /^[^@\s]+@[^@\s]+$/.test(s));
  ajv.addFormat('date', (s: string) => /^\d{4}-\d\d-\d\d$/.test(s));
  ajv.addSchema({ ...doc, $id: DOC_ID });
  return ajv;
}

const cache = new Map<string, ValidateFunction>();

/** `schema` is a component name such as `webhook-pull-request-opened`. */
export function webhookValidator(schema: string): ValidateFunction {
  let v = cache.get(schema);
  if (!v) {
    v = instance().compile({ $ref: `${DOC_ID}#/components/schemas/${schema}` });
    cache.set(schema, v);
  }
  return v;
}

export function webhookErrors(schema: string, payload: unknown): string[] {
  const v = webhookValidator(schema);
  return v(payload) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
