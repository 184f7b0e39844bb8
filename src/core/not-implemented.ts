import { UserError } from '../domain/errors.js';
import type { ActionName } from './contract.js';

/** For an action whose use case has not landed: its inputs are still read and checked first. */
export function notImplemented(name: ActionName): never {
  throw new UserError(`${name} is not implemented yet in this version of GitOpsHQ Actions`);
}
