/* Server curation: how two relationships or two entities combine in a merge; duplicate candidates by name. */

import { describe, expect, it } from 'vitest';
import { candidatePairs, queueEntity, scoreNames } from '../queries/duplicate-candidates.js';
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
  const entity = (id: string, type: string, name: string, ...aliases: string[]) => queueEntity(id, type, name, aliases);

  it('when names are alike within one type, then they pair; other types, unrelated names and kept-apart pairs do not', () => {
    const a = entity('person:jane-doe', 'Person', 'Jane Doe');
    const b = entity('person:jane-q-doe', 'Person', 'Jane Q. Doe');
    const c = entity('org:doe-holdings', 'Organization', 'Doe Holdings');
    const d = entity('person:john-roe', 'Person', 'John Roe');
    const pairs = candidatePairs([a, b, c, d], new Set());
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([['person:jane-doe', 'person:jane-q-doe']]);
    expect(pairs[0]!.reasons).toEqual(['given names, initials and middle names agree']);
    expect(candidatePairs([a, b], new Set(['person:jane-doe\u0000person:jane-q-doe']))).toEqual([]);
  });

  it('when two people share a surname but not their given names, then they are not proposed; a surname alone is, weaker', () => {
    const pairs = candidatePairs(
      [
        entity('person:anna-berg', 'Person', 'Anna Berg'),
        entity('person:lars-berg', 'Person', 'Lars Berg'),
        entity('person:berg', 'Person', 'Berg'),
      ],
      new Set(),
    );
    expect(pairs.map((p) => [p.a.id, p.b.id, p.nameScore])).toEqual([
      ['person:anna-berg', 'person:berg', 0.65],
      ['person:berg', 'person:lars-berg', 0.65],
    ]);
  });

  it('when two entities share only a title or a generic word as alias, then that is no evidence', () => {
    const a = entity('person:anna-berg', 'Person', 'Anna Berg', 'President', 'Berg');
    const b = entity('person:olaf-dahl', 'Person', 'Olaf Dahl', 'President');
    expect(scoreNames(a, b)).toBeNull();
    const x = entity('agreement:harbour-accord', 'Agreement', 'Harbour Accord', 'agreement');
    const y = entity('agreement:fishing-accord', 'Agreement', 'Fishing Accord', 'agreement');
    expect(scoreNames(x, y)).toBeNull();
  });

  it('when an acronym meets its long form, or two kinds of one product meet, then the first pairs and the second does not', () => {
    const pairs = candidatePairs(
      [
        entity('org:nfa', 'Organization', 'NFA'),
        entity('org:nordic-fisheries-authority', 'Organization', 'Nordic Fisheries Authority'),
        entity('product:crude-salt', 'Product', 'crude salt'),
        entity('product:table-salt', 'Product', 'table salt'),
      ],
      new Set(),
    );
    expect(pairs.map((p) => [p.a.id, p.b.id, p.reasons[0]])).toEqual([
      ['org:nfa', 'org:nordic-fisheries-authority', 'acronym of "nordic fisheries authority"'],
    ]);
  });
});
