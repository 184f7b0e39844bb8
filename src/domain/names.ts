// STUB — being written by the domain helper. Signatures are the contract.
export type NameKind = 'workload' | 'environment' | 'tenant';
/** The problem with `value` as a `kind` name, or undefined when it is a valid DNS-1123 label. */
export function checkName(_kind: NameKind, _value: string): string | undefined {
  throw new Error('not implemented yet');
}
/** Throws NameError (a UserError) naming the kind, the value and what to change. */
export function assertName(_kind: NameKind, _value: string): void {
  throw new Error('not implemented yet');
}
