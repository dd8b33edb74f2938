/* Tests: a country named only as a currency is no mention (the dev set's hard case 2); the English display names. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';
import { countryGazetteer } from './country-gazetteer.js';

const countries = (text: string): string[] =>
  extractDocument({ text, source: 't' })
    .entities.filter((e) => e.type === 'Country')
    .map((e) => e.name)
    .sort();

describe('dropCurrencyOnlyCountries', () => {
  it.each([
    ['Kenya sold tea worth 40 mln U.S. dlrs to Pakistan last year.', ['Kenya', 'Pakistan']],
    ['The bank said the Korean won fell against the yen.', []],
    ['Chile earned 2 billion US$ from copper, and the United States bought most of it.', ['Chile', 'United States']],
    ['Exports to the U.S. rose, and were worth 5 mln U.S. dlrs.', ['United States']],
  ])('in "%s" the countries are %j', (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });
});

describe('country display names', () => {
  it('uses the English name news use where the library has the endonym, and still reads the endonym', () => {
    expect(countryGazetteer().byIso2.get('TR')?.name).toBe('Turkey');
    expect(countries('Ankara said Türkiye would cut duties.')).toEqual(['Turkey']);
    expect(countries('Turkish officials met in Geneva.')).toEqual(['Turkey']);
  });
});
