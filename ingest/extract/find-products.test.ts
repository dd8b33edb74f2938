/* Tests: findProducts. */

import { describe, expect, it } from 'vitest';
import { findProducts } from './find-products.js';

describe('findProducts', () => {
  it.each([
    ['Canadian steel', ['steel']],
    ['softwood lumber and dairy', ['softwood lumber', 'dairy']],
    ['electric vehicles', ['electric vehicles']],
    ['most Canadian imports', []],
    ['Hyundai Steel', []],
  ])('when the text is "%s", then the products are %j', (text, expected) => {
    expect(findProducts(text, 0).map((p) => p.name)).toEqual(expected);
  });
});
