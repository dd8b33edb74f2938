/* Server queries: unit tests of the Lucene query builder. */

import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene } from './build-lucene-query.js';

describe('buildLuceneQuery', () => {
  it('when one short term is given, then it is exact or prefix, not fuzzy', () => {
    expect(buildLuceneQuery('Ca')).toBe('((ca^3 OR ca*^2))');
  });

  it('when two terms are given, then both must match and the phrase is boosted', () => {
    expect(buildLuceneQuery('alden marsh')).toBe(
      '((alden^3 OR alden*^2 OR alden~1) AND (marsh^3 OR marsh*^2 OR marsh~1)) OR "alden marsh"^6',
    );
  });

  it('when fuzzy matching is off, then long terms are exact or prefix only', () => {
    expect(buildLuceneQuery('alden marsh', { fuzzy: false })).toBe('((alden^3 OR alden*^2) AND (marsh^3 OR marsh*^2)) OR "alden marsh"^6');
  });

  it('when the text is only syntax, then there is no query', () => {
    expect(buildLuceneQuery('  "(*)" ')).toBeUndefined();
    expect(escapeLucene('a:b(c)')).toBe('a\\:b\\(c\\)');
  });
});
