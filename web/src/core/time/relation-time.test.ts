/* Core/time: sources and dates of a relationship, with fallbacks, and its conflicting values. */

import { describe, expect, it } from 'vitest';
import type { DocumentSummary, GraphEdge } from '../../../../ontology/api-types.js';
import { conflictValues, edgeConflict, edgeSources, sourcesLine } from './relation-time.js';

const edge = (extra: Partial<GraphEdge> & Record<string, unknown> = {}, properties: GraphEdge['properties'] = {}): GraphEdge =>
  ({
    id: 'rel:x',
    type: 'IMPOSES',
    source: 'a',
    target: 'b',
    properties,
    confidence: 0.8,
    evidenceCount: 2,
    rules: [],
    ...extra,
  }) as GraphEdge;
const doc = (id: string, publishedAt: string | null): DocumentSummary => ({ id, title: id, source: null, url: null, publishedAt });

describe('relationship time and sources', () => {
  it('when the server sends sources and firstSeen, then the line reads "3 sources · first seen 2 Mar 2025"', () => {
    expect(sourcesLine(edge({ sources: 3, firstSeen: '2025-03-02T08:00:00Z' }))).toBe('3 sources · first seen 2 Mar 2025');
  });

  it('when it does not, then sources are the documents and dates theirs', () => {
    const docs = [doc('d1', '2025-03-09'), doc('d2', '2025-03-02'), doc('d3', null)];
    expect(edgeSources(edge(), docs)).toBe(3);
    expect(edgeSources(edge({}, { docIds: ['d1', 'd2'] }))).toBe(2);
    expect(sourcesLine(edge(), docs)).toBe('3 sources · first seen 2 Mar 2025 · last seen 9 Mar 2025');
    expect(sourcesLine(edge(), [doc('d1', null)])).toBe('1 source');
  });

  it('when a relationship is flagged conflict, then its values are read with documents and dates', () => {
    const e = edge(
      { conflict: true },
      { conflictValues: ['{"value":"25%","docId":"d1","date":"2025-03-02"}', '{"rate":50,"docId":"d2"}'] },
    );
    expect(edgeConflict(e)).toBe(true);
    expect(conflictValues(e)).toEqual([
      { value: '25%', outlet: null, docId: 'd1', date: '2025-03-02' },
      { value: '50%', outlet: null, docId: 'd2', date: null },
    ]);
    const claims = edge({
      conflict: true,
      claims: [{ property: 'valueUsd', scope: '2024', value: 40.5e9, docId: 'd1', date: '2025-01-02', outlet: 'Wire' }],
    });
    expect(conflictValues(claims)).toEqual([{ value: 'US$ 40.5 billion (2024)', outlet: 'Wire', docId: 'd1', date: '2025-01-02' }]);
    expect(edgeConflict(edge())).toBe(false);
    // A claim nobody disputes (one document's portfolio) is not shown among the conflicting values.
    const mixed = edge({
      conflict: true,
      claims: [
        { property: 'title', scope: null, value: 'Prime Minister', docId: 'd1', date: '2024-01-16', outlet: null },
        { property: 'title', scope: null, value: 'Minister', docId: 'd2', date: '2024-11-19', outlet: null },
        { property: 'portfolio', scope: null, value: 'Foreign Affairs', docId: 'd2', date: '2024-11-19', outlet: null },
      ],
    });
    expect(conflictValues(mixed).map((v) => v.value)).toEqual(['Prime Minister', 'Minister']);
  });
});
