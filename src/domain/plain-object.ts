// A module of its own so that code which needs only this check (the action entry's context) does not bundle the
// whole values module.

/**
 * A mapping as JSON or YAML parsing makes it (the one check of its kind; render's `isObject` is deliberately
 * looser, so that redaction also catches a Map). Arrays, Maps, Dates and class instances are not.
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
