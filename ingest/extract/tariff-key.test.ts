/* Tests: the same tariff phrased differently in two articles is one node. */

import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../extract-documents.js';
import { tariffKey } from './tariff-key.js';

describe('tariffKey', () => {
  it('when rate, product and target are the same, then the key is the same whatever the wording', () => {
    expect(tariffKey(50, undefined, 'Steel', 'country:CA')).toBe(tariffKey(50, undefined, 'steel', 'country:CA'));
  });

  it('when two articles phrase one tariff differently, then extraction gives one tariff node', () => {
    const r = extractDocuments([
      { text: 'Ankara imposed a 40 percent tariff on Greek cotton on Monday.', source: 'a' },
      { text: 'Turkey has set tariffs of 40 percent on cotton from Greece.', source: 'b' },
    ]);
    expect(r.entities.filter((e) => e.type === 'Tariff')).toHaveLength(1);
  });
});
