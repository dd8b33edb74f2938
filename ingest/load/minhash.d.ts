/* Types of the `minhash` package (CommonJS, untyped): only what Newsgraph uses. */

declare module 'minhash' {
  export class Minhash {
    constructor(config?: { numPerm?: number; seed?: number });
    hashvalues: number[];
    permA: number[];
    permB: number[];
    prime: number;
    maxHash: number;
    hash(shingle: string): number;
    update(shingle: string): void;
    jaccard(other: Minhash): number;
  }
  const minhash: { Minhash: typeof Minhash };
  export default minhash;
}
