// The JSON Schemas of the state repository's files (schemas/*.schema.json), bundled as JSON imports (the CLI and the
// actions are one file each). Read by the run-time validator (schema-validate.ts) and by the build-time compiler
// (scripts/generate-validators.ts).
import type { SchemaObject } from 'ajv/dist/2020.js';
import gitopshqSchema from '../../schemas/gitopshq.schema.json' with { type: 'json' };
import promotionSchema from '../../schemas/promotion.schema.json' with { type: 'json' };
import releaseSchema from '../../schemas/release.schema.json' with { type: 'json' };
import valuesSchema from '../../schemas/values.schema.json' with { type: 'json' };
import workloadSchema from '../../schemas/workload.schema.json' with { type: 'json' };

export type SchemaName = 'gitopshq' | 'workload' | 'values' | 'release' | 'promotion';

export const SCHEMAS: Record<SchemaName, SchemaObject> = {
  gitopshq: gitopshqSchema,
  workload: workloadSchema,
  values: valuesSchema,
  release: releaseSchema,
  promotion: promotionSchema,
};
