/* Server curation: how two relationships or two entities combine in a merge; duplicate candidates by name. */

import { describe, expect, it } from 'vitest';
import { candidatePairs, nameSimilarity, normalizeName } from '../queries/duplicate-candidates.js';
import { combineEntity, combineRelation } from './merge-entities.js';

describe('combineRelation', () => {
  it('when the survivor already has the relationship, then evidence, documents and rules unite, the highest confidence and its own values stay', () => {
    const out = combineRelation(
      'MET_WITH',
      { id: 'rel:a', evidence: ['s1'], docIds: ['d1'], rules: ['r1'], confidence: 0.5, place: 'X' },
      { id: 'rel:b', evidence: ['s2', 's1'], docIds: ['d2'], rules: ['r2'], confidence: 0.8, place: 'Y', review: 'rejected' },
    );
    expect(out).toEqual({
      id: 'rel:a',
      evidence: ['s1', 's2'],
      docIds: ['d1', 'd2'],
      rules: ['r1', 'r2'],
      confidence: 0.8,
      place: 'X',
      review: 'rejected',
    });
  });

  it('when two mentions of one document combine, then counts add and offsets concatenate', () => {
    expect(
      combineRelation(
        'MENTIONED_IN',
        { id: 'm', count: 1, sentences: ['a'], offsets: [0, 2] },
        { id: 'n', count: 2, sentences: ['b'], offsets: [5, 7] },
      ),
    ).toEqual({
      id: 'm',
      count: 3,
      sentences: ['a', 'b'],
      offsets: [0, 2, 5, 7],
    });
  });
});

describe('combineEntity', () => {
  it('when an entity is merged in, then its name and aliases become aliases, counts add, dates widen and its id is remembered', () => {
    const out = combineEntity(
      { id: 'person:jane-doe', name: 'Jane Doe', aliases: ['Doe'], mentionCount: 2, firstSeen: '2024-02-01', lastSeen: '2024-03-01' },
      {
        id: 'person:j-doe',
        name: 'J. Doe',
        aliases: ['Jane Doe', 'Doe'],
        mentionCount: 1,
        firstSeen: '2024-01-01',
        lastSeen: '2024-02-15',
        mergedFrom: ['person:jd'],
        born: '1970',
      },
    );
    expect(out).toEqual({
      id: 'person:jane-doe',
      name: 'Jane Doe',
      aliases: ['Doe', 'J. Doe'],
      mentionCount: 3,
      firstSeen: '2024-01-01',
      lastSeen: '2024-03-01',
      mergedFrom: ['person:j-doe', 'person:jd'],
      born: '1970',
      curated: true,
    });
  });
});

describe('duplicate candidates', () => {
  const entity = (id: string, type: string, ...names: string[]) => {
    const n = names.map(normalizeName);
    return { id, type, names: n, tokens: new Set(n.flatMap((x) => x.split(' ')).filter((t) => t.length >= 3)) };
  };

  it('when names are alike within one type, then they pair; other types, unrelated names and kept-apart pairs do not', () => {
    const a = entity('person:jane-doe', 'Person', 'Jane Doe');
    const b = entity('person:jane-q-doe', 'Person', 'Jane Q. Doe');
    const c = entity('org:doe-holdings', 'Organization', 'Doe Holdings');
    const d = entity('person:john-roe', 'Person', 'John Roe');
    const pairs = candidatePairs([a, b, c, d], new Set());
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([['person:jane-doe', 'person:jane-q-doe']]);
    expect(candidatePairs([a, b], new Set(['person:jane-doe\u0000person:jane-q-doe']))).toEqual([]);
  });

  it('when a surname alone names a person, then it is as good as a close spelling', () => {
    expect(nameSimilarity(['doe'], ['jane doe'])).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity(['jane doe'], ['john roe'])).toBeLessThan(0.85);
  });
});
