// Checks the simulator's traffic against GitHub's own OpenAPI description (@octokit/openapi, pinned exactly in
// package.json), so the simulator cannot drift from the real API unnoticed. The description (13 MB) is parsed once
// per process and each operation's schemas are compiled on first use; ajv resolves the description's $refs itself,
// which is why we read api.github.com.json rather than the 73 MB .deref.json (2 s to parse, no shared code).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { UserError } from '../../domain/errors.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  /** JSON pointer of the parameter object inside the description. */
  pointer: string;
  type: string | undefined;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  hasJsonBody: boolean;
  bodyRequired: boolean;
  /** Documented statuses with the pointer of their JSON schema (undefined: no JSON body documented). */
  responses: Map<string, string | undefined>;
}

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const JSON_CT = 'application/json';

// GitHub's description uses oneOf where branches overlap (private-user ⊇ public-user), which no real response could
// satisfy, and `nullable` next to oneOf without a type, which ajv rejects. Rewrite both the way GitHub means them.
function loosen(node: Json): void {
  if (Array.isArray(node)) {
    for (const n of node) loosen(n);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (node.oneOf !== undefined) {
    node.anyOf = node.oneOf;
    delete node.oneOf;
    delete node.discriminator;
  }
  if (node.nullable === true && node.type === undefined) {
    const { nullable: _n, ...rest } = node;
    for (const k of Object.keys(node)) delete node[k];
    node.anyOf = [rest, { type: 'null' }];
  }
  for (const v of Object.values(node)) loosen(v);
}

// Where GitHub's real answers contradict its description, the simulator answers as GitHub does, and the checker
// accepts exactly these contradictions (every one observed on api.github.com); nothing else is relaxed.
// - A `format: uri` string whose documented default is "" is "" when unset (deployment statuses without
//   target_url/log_url/environment_url answer ""), though "" is not a URI.
// - A label's description is null when the label has none; pull-request-simple's inline label schema says string
//   (the shared `label` schema already says nullable).
const NULLABLE_STRINGS = [
  '/components/schemas/pull-request-simple/properties/labels/items/properties/description',
];

function relax(doc: JsonObject, node: Json = doc): void {
  if (Array.isArray(node)) {
    for (const n of node) relax(doc, n);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (node.type === 'string' && node.format === 'uri' && node.default === '') {
    const { format: _f, ...rest } = node;
    for (const k of Object.keys(node)) delete node[k];
    node.anyOf = [
      { ...rest, format: 'uri' },
      { type: 'string', maxLength: 0 },
    ];
    return;
  }
  for (const v of Object.values(node)) relax(doc, v);
}

function relaxPointers(doc: JsonObject): void {
  for (const pointer of NULLABLE_STRINGS) {
    let node: Json | undefined = doc;
    for (const part of pointer.split('/').slice(1)) node = (node as JsonObject | undefined)?.[part];
    if (node && typeof node === 'object' && !Array.isArray(node)) node.nullable = true;
    else throw new Error(`the OpenAPI relaxation ${pointer} no longer matches the description: review it`);
  }
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const FORMATS = {
  'date-time': (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: (s: string) => URL.canParse(s),
  email: /^[^\s@]+@[^\s@]+$/,
  int32: { type: 'number' as const, validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 },
  int64: { type: 'number' as const, validate: (n: number) => Number.isSafeInteger(n) },
};

export class OpenApiChecker {
  readonly version: string;
  private readonly doc: JsonObject;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly operations = new Map<string, Operation>();

  constructor(file: string) {
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
    this.version = String((this.doc.info as JsonObject).version);
    loosen(this.doc.paths ?? null);
    loosen(this.doc.components ?? null);
    relaxPointers(this.doc);
    relax(this.doc);
    // Formats ajv does not know (uri-template, repo.nwo, …) are documentation, not constraints: not logged.
    this.ajv = new Ajv({
      strict: false,
      validateSchema: false,
      allErrors: true,
      formats: FORMATS,
      logger: false,
    });
    this.ajv.addSchema(this.doc as object, 'gh');
  }

  private at(pointer: string): Json | undefined {
    let node: Json | undefined = this.doc;
    for (const part of pointer.split('/').slice(1)) {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
      node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
  }

  /** Follows a `$ref` inside the description; returns the object and its pointer. */
  private deref(node: Json | undefined, pointer: string): { node: JsonObject; pointer: string } | undefined {
    let current = node;
    let at = pointer;
    for (let i = 0; i < 10 && current && typeof current === 'object' && !Array.isArray(current); i++) {
      const ref = current.$ref;
      if (typeof ref !== 'string') return { node: current, pointer: at };
      at = ref.slice(1);
      current = this.at(at);
    }
    return undefined;
  }

  operation(method: string, path: string): Operation {
    const key = `${method} ${path}`;
    const cached = this.operations.get(key);
    if (cached) return cached;
    const opPointer = `/paths/${esc(path)}/${method.toLowerCase()}`;
    const op = this.at(opPointer) as JsonObject | undefined;
    if (!op) throw new Error(`@octokit/openapi ${this.version} has no operation ${method} ${path}`);
    const parameters: Parameter[] = [];
    ((op.parameters as Json[] | undefined) ?? []).forEach((p, i) => {
      const r = this.deref(p, `${opPointer}/parameters/${i}`);
      if (!r) return;
      const schema = this.deref(r.node.schema, `${r.pointer}/schema`);
      parameters.push({
        name: String(r.node.name),
        in: r.node.in as Parameter['in'],
        required: r.node.required === true,
        pointer: r.pointer,
        type: typeof schema?.node.type === 'string' ? schema.node.type : undefined,
      });
    });
    const body = this.deref(op.requestBody, `${opPointer}/requestBody`);
    const responses = new Map<string, string | undefined>();
    for (const status of Object.keys((op.responses as JsonObject | undefined) ?? {})) {
      const r = this.deref((op.responses as JsonObject)[status], `${opPointer}/responses/${status}`);
      const hasJson = Boolean(
        r && ((r.node.content as JsonObject | undefined)?.[JSON_CT] as JsonObject)?.schema,
      );
      responses.set(status, hasJson && r ? `${r.pointer}/content/${esc(JSON_CT)}/schema` : undefined);
    }
    const operation: Operation = {
      operationId: String(op.operationId),
      method,
      path,
      parameters,
      hasJsonBody: Boolean((body?.node.content as JsonObject | undefined)?.[JSON_CT]),
      bodyRequired: body?.node.required === true,
      responses,
    };
    if (operation.hasJsonBody && body) {
      operation.responses.set('__body', `${body.pointer}/content/${esc(JSON_CT)}/schema`);
    }
    this.operations.set(key, operation);
    return operation;
  }

  private validator(pointer: string): ValidateFunction {
    let v = this.compiled.get(pointer);
    if (!v) {
      v = this.ajv.compile({ $ref: `gh#${pointer}` });
      this.compiled.set(pointer, v);
    }
    return v;
  }

  private check(pointer: string, value: unknown, where: string): string | undefined {
    const v = this.validator(pointer);
    if (v(value)) return undefined;
    return (v.errors ?? [])
      .slice(0, 5)
      .map(
        (e) =>
          `${where}${e.instancePath} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
      )
      .join('; ');
  }

  /** Problems with a request (path params, query, JSON body); undefined when it conforms. */
  checkRequest(
    op: Operation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): string | undefined {
    const problems: string[] = [];
    for (const p of op.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const raw = p.in === 'path' ? pathParams[p.name] : (query.get(p.name) ?? undefined);
      if (raw === undefined) {
        if (p.required) problems.push(`${p.in} parameter ${p.name} is required`);
        continue;
      }
      const problem = this.check(`${p.pointer}/schema`, coerce(raw, p.type), `${p.in}.${p.name}`);
      if (problem) problems.push(problem);
    }
    if (op.hasJsonBody) {
      if (body === undefined) {
        if (op.bodyRequired) problems.push('a JSON request body is required');
      } else {
        const problem = this.check(op.responses.get('__body') as string, body, 'body');
        if (problem) problems.push(problem);
      }
    }
    return problems.length ? problems.join('; ') : undefined;
  }

  /** Problems with a response; undefined when it conforms. */
  checkResponse(op: Operation, status: number, body: unknown): string | undefined {
    const key = String(status);
    if (!op.responses.has(key)) {
      // Any endpoint may answer 401/403/404/5xx for reasons of auth, rate limits or outages, and 422 for input
      // GitHub rejects (a SHA that does not exist); GitHub documents those once for the whole API and leaves many
      // out per operation, so such answers only need GitHub's error shapes.
      if (status === 401 || status === 403 || status === 404 || status >= 500) {
        return this.check('/components/schemas/basic-error', body, 'response');
      }
      if (status === 422) return this.check('/components/schemas/validation-error', body, 'response');
      return `status ${status} is not a documented response (documented: ${[...op.responses.keys()]
        .filter((s) => s !== '__body')
        .join(', ')})`;
    }
    const pointer = op.responses.get(key);
    if (pointer === undefined) return undefined;
    return this.check(pointer, body, 'response');
  }
}

function coerce(raw: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

let shared: OpenApiChecker | undefined;

/** The description of api.github.com from the installed @octokit/openapi, loaded once per process. */
export function githubOpenApi(): OpenApiChecker {
  if (!shared) {
    const require = createRequire(import.meta.url);
    let pkg: string;
    try {
      pkg = require.resolve('@octokit/openapi/package.json');
    } catch {
      // The published CLI carries no devDependencies; the sandbox checks every exchange against this 13 MB file.
      throw new UserError(
        "the sandbox needs GitHub's OpenAPI description (@octokit/openapi), a development dependency: run it from a clone of gitopshq-actions (`npm ci && npm run demo`), or add it next to gitopshq with `npm i -D @octokit/openapi@23.0.2`",
        [],
        'usage',
      );
    }
    shared = new OpenApiChecker(join(dirname(pkg), 'generated', 'api.github.com.json'));
  }
  return shared;
}
