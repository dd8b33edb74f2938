/* Tests: findMoney. */

import { describe, expect, it } from 'vitest';
import { findMoney } from './find-money.js';

describe('findMoney', () => {
  it.each([
    ['$40.5 billion', 40.5e9, 'USD'],
    ['$9.9 million', 9.9e6, 'USD'],
    ['50 million euros', 50e6, 'EUR'],
    ['A$287 billion', 287e9, 'AUD'],
    ['30 billion Canadian dollars', 30e9, 'CAD'],
  ])('when the text says %s, then the amount is %d %s', (text, amount, currency) => {
    expect(findMoney(`worth ${text} last year`, 0)[0]).toMatchObject({ amount, currency });
  });

  it('when a number has no currency, then it is no amount', () => {
    expect(findMoney('about 45 million tonnes', 0)).toEqual([]);
  });
});
