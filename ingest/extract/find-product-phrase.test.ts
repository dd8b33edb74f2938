/* Tests: open product phrases where the grammar names a good. */

import { describe, expect, it } from 'vitest';
import { productBefore, productPhrases } from './find-product-phrase.js';

describe('productPhrases', () => {
  it.each([
    ['frozen concentrated orange juice from Brazil', ['frozen concentrated orange juice']],
    ['maize and sorghum.', ['maize', 'sorghum']],
    ['engineering and electronic goods, officials said', ['engineering goods', 'electronic goods']],
    ['a range of unspecified electrical goods unless', ['electrical goods']],
    ['corn imports.', ['corn']],
    ['softwood shipped to U.S. markets', ['softwood']],
    ['imports from Canada', []],
    ['goods', []],
    ['Nestle products', []],
  ])('when the text is "%s", then the phrases are %j', (text, expected) => {
    expect(productPhrases(text, 0).map((p) => p.name)).toEqual(expected);
  });
});

describe('productBefore', () => {
  const known = (n: string) => ['steel', 'oil', 'crude oil', 'lumber'].includes(n);
  it.each([
    ['the rise in textile ', 'imports', 'textile'],
    ['Cairo stopped paying for arms ', 'purchases', 'arms'],
    ['Total ', 'exports', null],
    ['Japan was unfairly curbing ', 'imports', null],
    ['a debt deal to allow ', 'purchases', null],
    ['Brazilian ', 'imports', null],
    ['Lumber ', 'imports', 'lumber'],
    ['On the exports side, agricultural ', 'exports', 'agricultural exports'],
    ['the U.S. steel ', 'industry', 'steel'],
    ['the U.S. auto ', 'industry', null],
  ])('when "%s" comes before "%s", then the good is %j', (before, cue, expected) => {
    expect(productBefore(before, 0, cue, known)?.name ?? null).toEqual(expected);
  });
});
