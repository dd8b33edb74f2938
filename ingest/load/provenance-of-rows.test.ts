/* Ingest load: what new documents add to a row's provenance, and when the stored figure must be recounted. */

import { describe, expect, it } from 'vitest';
import type { DocumentRows } from './graph-rows.js';
import { documentProvenance, rowProvenance } from './provenance-of-rows.js';

const doc = (id: string, props: Record<string, string>): DocumentRows => ({
  document: { id, source: `${id}.txt`, props, signature: null },
  entities: [],
  relations: [],
  mentions: [],
  rowCount: 0,
});

const created = [
  doc('a', { publishedAt: '2025-03-04T09:00:00Z', outlet: 'Harbour Times' }),
  doc('b', { publishedAt: '2025-03-02', outlet: 'Daily Ledger' }),
  doc('c', { outlet: 'Harbour Times' }),
  doc('d', { publishedAt: '2025-03-09' }),
];
// c repeats a (new in this transaction); d repeats "old", a document stored before.
const documents = documentProvenance(created, [
  { id: 'c', other: 'a', similarity: 0.9, root: 'a' },
  { id: 'd', other: 'old', similarity: 0.85, root: 'old' },
]);

describe('rowProvenance', () => {
  it('when new documents of new stories support a row, then it adds their days, sorted outlets and one source per story', () => {
    expect(rowProvenance(['a', 'b', 'c'], documents)).toEqual({
      firstSeen: '2025-03-02',
      lastSeen: '2025-03-04',
      outlets: ['Daily Ledger', 'Harbour Times'],
      sources: 2,
      recount: false,
    });
  });

  it('when a document repeats a stored story, or was not created now, then the row asks for a recount', () => {
    expect(rowProvenance(['b', 'd'], documents)).toMatchObject({ sources: 2, lastSeen: '2025-03-09', recount: true });
    expect(rowProvenance(['b', 'elsewhere'], documents)).toMatchObject({ sources: 1, recount: true });
    expect(rowProvenance(['a'], documentProvenance([], []))).toEqual({
      firstSeen: null,
      lastSeen: null,
      outlets: [],
      sources: 0,
      recount: true,
    });
  });
});
