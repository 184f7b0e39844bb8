import { UserError } from '../domain/errors.js';

/** For commands whose issue has not landed yet: a clear message, exit 2, never a silent success. */
export function notImplemented(what: string): never {
  throw new UserError(`${what} is not implemented yet`, [], 'usage');
}
