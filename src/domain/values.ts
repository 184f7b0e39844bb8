// STUB — being written by the domain helper. Signatures are the contract.
export type Values = Record<string, unknown>;
/** base -> environment -> tenant: objects deep-merge, arrays and scalars replace; inputs are not mutated. */
export function layerValues(..._layers: (Values | undefined)[]): Values {
  throw new Error('not implemented yet');
}
