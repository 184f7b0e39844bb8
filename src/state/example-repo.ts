// STUB — being written by the state helper. Signatures are the contract.
/** Writes the example GitOps repository of `gitopshq init` into `dir`; with `git`, also `git init` and commit on main. */
export async function writeExampleRepo(_dir: string, _opts: { git?: boolean } = {}): Promise<void> {
  throw new Error('not implemented yet');
}
