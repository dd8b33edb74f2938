/* Ingest load: a text's MinHash signature over word shingles, and its LSH band keys, for near-duplicate detection. */

import minhash from 'minhash';

/** Words per shingle: three-word shingles tell a re-sent or lightly edited story from another one on the same event. */
const SHINGLE_WORDS = 3;
export const SIGNATURE_SIZE = 64;
/** 16 bands of 4 values: texts whose shingle sets overlap by 0.8 share a band with probability ≈ 0.9998. */
export const BAND_COUNT = 16;
const BAND_ROWS = SIGNATURE_SIZE / BAND_COUNT;
/** Shorter texts (a headline, a caption) have too few shingles for the estimate to mean anything. */
const MIN_SHINGLES = 8;
/** Document properties that hold the band keys, one range index each (graph/ensure-schema). */
export const BAND_PROPERTIES = Array.from({ length: BAND_COUNT }, (_, i) => `lsh${i}`);

/** Lower-cased words (letters and digits), punctuation and spacing ignored. */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

export interface TextSignature {
  /** SIGNATURE_SIZE minimum hash values (integers). */
  values: number[];
  /** One key per band ("v1.v2.v3.v4"); two texts sharing any band key are candidates. */
  bands: string[];
}

// The library's permutations (seeded, so the same in every process), read once. Its `update` hashes the shingle
// again for every permutation; `minHashValues` hashes it once and applies the same arithmetic, so the values (and the
// signatures stored in graphs built before) are unchanged.
const PERMUTATIONS = new minhash.Minhash({ numPerm: SIGNATURE_SIZE, seed: 1 });

/** The library's `hashvalues` after `update(s)` for every shingle, computed in one pass per shingle. */
export function minHashValues(set: Iterable<string>): number[] {
  const { permA, permB, prime } = PERMUTATIONS;
  const values = new Array<number>(SIGNATURE_SIZE).fill(PERMUTATIONS.maxHash);
  for (const s of set) {
    const h = PERMUTATIONS.hash(s);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = (permA[i]! * h + permB[i]!) % prime;
      if (v < values[i]!) values[i] = v;
    }
  }
  return values;
}

/** The signature of a text, or null when it is too short to compare. Same text, same signature, in any process. */
export function textSignature(text: string): TextSignature | null {
  const set = shingles(text);
  if (set.size < MIN_SHINGLES) return null;
  const values = minHashValues(set).map((v) => Math.round(v));
  const bands = Array.from({ length: BAND_COUNT }, (_, b) => values.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).join('.'));
  return { values, bands };
}

/** The share of equal positions: an estimate of the two texts' shingle-set Jaccard similarity. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
