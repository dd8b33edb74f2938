/* Ingest load: MinHash signatures tell a re-sent or lightly edited copy from another article on the same event. */

import { describe, expect, it } from 'vitest';
import { schemaStatements } from '../../graph/ensure-schema.js';
import { DIFFERENT, EDITED, ORIGINAL, RESENT } from './duplicate-texts.js';
import minhash from 'minhash';
import {
  BAND_COUNT,
  BAND_PROPERTIES,
  SIGNATURE_SIZE,
  estimateSimilarity,
  minHashValues,
  shingles,
  textSignature,
} from './text-signature.js';

const similarity = (a: string, b: string): number => estimateSimilarity(textSignature(a)!.values, textSignature(b)!.values);
const sharesBand = (a: string, b: string): boolean => textSignature(a)!.bands.some((band, i) => textSignature(b)!.bands[i] === band);

describe('textSignature', () => {
  it('when a text is signed twice, then the signature is the same integers, with one key per band', () => {
    const sig = textSignature(ORIGINAL)!;
    expect(sig.values).toHaveLength(SIGNATURE_SIZE);
    expect(sig.values.every(Number.isInteger)).toBe(true);
    expect(sig.bands).toHaveLength(BAND_COUNT);
    expect(textSignature(ORIGINAL)).toEqual(sig);
  });

  it('when shingles are hashed in one pass, then the values are the library update’s, shingle by shingle', () => {
    for (const text of [ORIGINAL, EDITED, DIFFERENT]) {
      const reference = new minhash.Minhash({ numPerm: SIGNATURE_SIZE, seed: 1 });
      for (const s of shingles(text)) reference.update(s);
      expect(minHashValues(shingles(text))).toEqual(reference.hashvalues);
    }
    expect(minHashValues([])).toEqual(new Array(SIGNATURE_SIZE).fill(2 ** 32 - 1));
  });

  it('when a story is re-sent or lightly edited, then it is similar above the default threshold and shares a band', () => {
    expect(similarity(ORIGINAL, RESENT)).toBeGreaterThanOrEqual(0.8);
    expect(similarity(ORIGINAL, EDITED)).toBeGreaterThanOrEqual(0.8);
    expect(sharesBand(ORIGINAL, RESENT) && sharesBand(ORIGINAL, EDITED)).toBe(true);
  });

  it('when another article reports the same event in its own words, then it is far below the threshold', () => {
    expect(similarity(ORIGINAL, DIFFERENT)).toBeLessThan(0.3);
  });

  it('when a text is too short to compare, then it has no signature', () => {
    expect(textSignature('Canada and Mexico met.')).toBeNull();
    expect(shingles('The U.S. cut it, the U.S. said')).toEqual(
      new Set(['the u.s cut', 'u.s cut it', 'cut it the', 'it the u.s', 'the u.s said']),
    );
  });

  it('when the schema is bootstrapped, then every band property has its index', () => {
    const statements = schemaStatements().join('\n');
    for (const p of BAND_PROPERTIES) expect(statements).toContain(`ON (d.${p})`);
    expect(statements).not.toContain(`lsh${BAND_COUNT})`);
  });
});
