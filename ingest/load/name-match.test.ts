/* Ingest load: names compared token by token — people by surname and given names, things by significant words. */

import { describe, expect, it } from 'vitest';
import {
  compareEntities,
  compareEntityNames,
  comparePersons,
  compareThings,
  fullerName,
  isTellingAlias,
  personParts,
  storedKeys,
} from './name-match.js';

describe('comparePersons', () => {
  it('when titles, suffixes, initials, middle names or short forms differ, then it is still one person', () => {
    expect(personParts('President Robert K. Lindqvist, Jr.')).toEqual({ given: ['robert', 'k'], surname: 'lindqvist' });
    expect(comparePersons('Robert K. Lindqvist, Jr.', 'Bob Lindqvist')?.kind).toBe('same');
    expect(comparePersons('R. Lindqvist', 'Robert Lindqvist')?.kind).toBe('same');
    expect(comparePersons('Prime Minister Lindqvist', 'Robert Lindqvist')).toEqual({ kind: 'compatible', reason: 'surname alone' });
    expect(comparePersons('Annika Wahlstromberg', 'Annika Wahlstrombarg')?.reason).toMatch(/spelling variant/);
    // A short form of two names agrees with both, which stay two.
    expect(comparePersons('Pat Lindqvist', 'Patricia Lindqvist')?.kind).toBe('same');
    expect(comparePersons('Pat Lindqvist', 'Patrick Lindqvist')?.kind).toBe('same');
    expect(comparePersons('Patricia Lindqvist', 'Patrick Lindqvist')?.kind).toBe('different');
  });

  it('when given or middle names disagree, or a name is only a title, then it is not', () => {
    expect(comparePersons('Robert Lindqvist', 'Maria Lindqvist')).toEqual({
      kind: 'different',
      reason: 'same surname, different given names',
    });
    expect(comparePersons('John H. W. Marsh', 'John W. Marsh')?.kind).toBe('different');
    expect(comparePersons('Jr.', 'Robert Lindqvist')).toBeNull();
    expect(comparePersons('Senior Official', 'Robert Official')).toBeNull();
    expect(comparePersons('Robert Lindqvist', 'Robert Lindgren')).toBeNull();
  });
});

describe('compareThings', () => {
  it('when an acronym, another word order or a qualifier separates two names, then they meet', () => {
    expect(compareThings('NFA', 'Nordic Fisheries Authority')?.kind).toBe('same');
    expect(compareThings('Ministry of Fisheries', 'Fisheries Ministry')?.kind).toBe('same');
    expect(compareThings('Nordic Fisheries Ministry', 'Fisheries Ministry')?.kind).toBe('compatible');
  });

  it('when one name is the other with its country before it, then they are one; another country or a role keeps them two', () => {
    expect(compareThings('Harbour Safety Board', 'U.S. Harbour Safety Board')?.kind).toBe('same');
    expect(compareThings('Assembly', 'Japan Assembly')?.kind).toBe('same');
    expect(storedKeys('Organization', 'U.S. Harbour Safety Board')).toEqual(storedKeys('Organization', 'Harbour Safety Board'));
    expect(compareThings('Japan Harbour Safety Board', 'U.S. Harbour Safety Board')?.kind).toBe('different');
    expect(compareThings('Nordic Fisheries Ministry', 'Director of the Nordic Fisheries Ministry')?.kind).toBe('different');
    expect(compareThings('Fisheries Ministry', 'Fisheries Ministry-backed')?.kind).toBe('different');
    expect(compareThings('NFA', 'NFA Council')?.kind).toBe('different');
    expect(compareThings('Vestra Motor Co Ltd', 'Vestra Motor of Japan Inc')?.kind).toBe('different');
    expect(compareThings('Vestra Motor', 'Vestra Motor Group')?.kind).toBe('compatible');
    expect(compareThings('Andean Harbor Council', 'Andean Harbour Council')?.kind).toBe('same');
    expect(compareThings('UK Grain Trading Council', 'US Grain Trading Council')?.kind).not.toBe('same');
  });

  it('when only generic words or a head word are shared, then they do not', () => {
    expect(compareThings('crude salt', 'table salt')?.kind).toBe('different');
    expect(compareThings('agreement', 'Harbour Agreement')).toBeNull();
    expect(compareThings('salt', 'saltpetre')).toBeNull();
  });
});

describe('compareEntities and isTellingAlias', () => {
  it('when the names disagree, then an alias cannot make them one; titles and generic words are no telling alias', () => {
    expect(compareEntities('Person', ['Robert Lindqvist', 'Lindqvist'], ['Maria Lindqvist', 'Lindqvist'])?.kind).toBe('different');
    expect(compareEntities('Organization', ['Nordic Fisheries Authority'], ['NFA'])?.kind).toBe('same');
    expect(isTellingAlias('Person', 'President')).toBe(false);
    expect(isTellingAlias('Person', 'Lindqvist')).toBe(true);
    expect(isTellingAlias('Agreement', 'agreement')).toBe(false);
  });
});

describe('compareEntityNames', () => {
  it('when a surname alone meets a person who carries it as an alias, then it is only compatible; two bare surnames are one', () => {
    expect(compareEntityNames('Person', ['Lindqvist'], ['Robert Lindqvist', 'Lindqvist'])).toEqual({
      kind: 'compatible',
      reason: 'surname alone',
    });
    expect(compareEntityNames('Person', ['Lindqvist'], ['Lindqvist'])?.kind).toBe('same');
    expect(compareEntityNames('Person', ['R. Lindqvist'], ['Robert Lindqvist', 'Lindqvist'])?.kind).toBe('same');
    expect(compareEntityNames('Person', ['Maria Lindqvist'], ['Robert Lindqvist', 'Lindqvist'])?.kind).toBe('different');
  });
});

describe('fullerName', () => {
  it('when a fuller proper form of the name joins, then it is taken: given names added or spelt out, the long form of an acronym', () => {
    expect(fullerName('Person', 'Lindqvist', ['Robert K. Lindqvist'])).toBe('Robert K. Lindqvist');
    expect(fullerName('Person', 'R. Lindqvist', ['Robert Lindqvist'])).toBe('Robert Lindqvist');
    expect(fullerName('Person', 'Bob Lindqvist', ['Robert Lindqvist', 'Robert Karl Lindqvist'])).toBe('Robert Karl Lindqvist');
    expect(fullerName('Person', 'President Lindqvist', ['Lindqvist'])).toBe('Lindqvist');
    expect(fullerName('Person', 'Ana de la Vega', ['Ana Sofia de la Vega'])).toBe('Ana Sofia de la Vega');
    expect(fullerName('Organization', 'NFA', ['Nordic Fisheries Authority'])).toBe('Nordic Fisheries Authority');
  });

  it('when the other form is shorter, title-bearing, capitalised, another spelling or not an extension, then the name stays', () => {
    expect(fullerName('Person', 'Robert Lindqvist', ['Lindqvist', 'R. Lindqvist'])).toBeNull();
    expect(fullerName('Person', 'Lindqvist', ['Prime Minister Robert Lindqvist', 'ROBERT LINDQVIST', 'Robert Lindqvist, Jr.'])).toBeNull();
    expect(fullerName('Person', 'Robert Lindqvist', ['Robert Lindquist Berg'])).toBeNull();
    expect(fullerName('Person', 'Robert Lindqvist', ['Bob K. Lindqvist'])).toBeNull();
    expect(fullerName('Person', 'Robert K. Lindqvist', ['Robert Jan Lindqvist'])).toBeNull();
    expect(fullerName('Person', 'Lindqvist', ['Robert Lindqvst'])).toBeNull();
    expect(fullerName('Organization', 'Nordic Fisheries Authority', ['NFA'])).toBeNull();
    expect(fullerName('Organization', 'Fisheries Authority', ['Nordic Fisheries Authority'])).toBeNull();
  });
});
