/* Tests: mergeResults. */

import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../ontology/index.js';
import { mergeResults } from './merge-results.js';

const doc = (id: string, evidence: string, confidence: number, date?: string): ExtractionResult => ({
  documents: [{ id, title: id, source: id }],
  entities: [{ id: 'person:a-b', type: 'Person', labels: ['Person'], name: 'A B', aliases: [`B ${id}`], properties: {} }],
  relations: [
    {
      source: 'person:a-b',
      type: 'VISITED',
      target: 'country:CA',
      properties: date ? { date } : {},
      evidence: [evidence],
      docIds: [id],
      confidence,
      rules: [`visit.rule-${id}`],
    },
  ],
});

describe('mergeResults', () => {
  it('when two documents state the same relation, then evidence and documents are appended and the highest confidence kept', () => {
    const merged = mergeResults([doc('d1', 'one', 0.6), doc('d2', 'two', 0.9)]);
    expect(merged.relations).toHaveLength(1);
    expect(merged.relations[0]).toMatchObject({ evidence: ['one', 'two'], docIds: ['d1', 'd2'], confidence: 0.9 });
    expect(merged.entities[0]!.aliases).toEqual(['B d1', 'B d2']);
  });

  it('when dates differ in precision, then the most specific one is kept', () => {
    const merged = mergeResults([doc('d1', 'one', 0.6, '2026'), doc('d2', 'two', 0.6, '2026-07-01')]);
    expect(merged.relations[0]!.properties.date).toBe('2026-07-01');
  });

  it('when the same document comes twice, then nothing is added', () => {
    expect(mergeResults([doc('d1', 'one', 0.6), doc('d1', 'one', 0.6)])).toEqual(mergeResults([doc('d1', 'one', 0.6)]));
  });
});
