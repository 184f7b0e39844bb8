// STUB — being written by the state helper. Signatures are the contract.
import type { Finding } from '../domain/errors.js';

export type SchemaName = 'gitopshq' | 'workload' | 'values' | 'release' | 'promotion';

/**
 * Parses YAML `text` (named `file` in findings) and validates it against schemas/<name>.schema.json.
 * Returns every problem at once, each positioned at the offending key or value; `value` is the parsed document
 * (undefined when the YAML itself could not be parsed).
 */
export function validateDocument<T>(
  _text: string,
  _file: string,
  _schema: SchemaName,
): { value: T | undefined; findings: Finding[] } {
  throw new Error('not implemented yet');
}
