/* Types of the `minhash` package (CommonJS, untyped): only what Newsgraph uses. */

declare module 'minhash' {
  class Minhash {
    constructor(config?: { numPerm?: number; seed?: number });
    hashvalues: number[];
    update(shingle: string): void;
    jaccard(other: Minhash): number;
  }
  class LshIndex {
    constructor(args?: { bandSize?: number });
    insert(key: string, minhash: Minhash): void;
    query(minhash: Minhash): string[];
  }
  const minhash: { Minhash: typeof Minhash; LshIndex: typeof LshIndex };
  export default minhash;
}
