/* Tests: open product phrases where the grammar names a good. */

import { describe, expect, it } from 'vitest';
import { productPhrases } from './find-product-phrase.js';

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
