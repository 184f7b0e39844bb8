// The options every JSON Schema validator of ours is compiled with: at run time for messages
// (src/state/schema-validate.ts adds allErrors and verbose) and at build time for the precompiled yes/no validators
// (scripts/generate-validators.ts writes src/state/schema-validators.generated.ts). One list, so the two can never
// disagree on what is valid; test/unit/state/schema-precompiled.test.ts checks they agree on real documents.
import type { Options } from 'ajv/dist/2020.js';

export const AJV_OPTIONS = {
  strict: true,
  // The freeze window's if/then/else names keys declared by its parent object, which strictRequired rejects.
  strictRequired: false,
  // values files may be empty (null) as well as a mapping.
  allowUnionTypes: true,
  discriminator: true,
} as const satisfies Options;
