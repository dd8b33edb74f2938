import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name.js';

describe('normaliseName', () => {
  it.each([
    ['The U.S.', 'us'],
    ["Japan's", 'japans'],
    ['São Paulo', 'sao paulo'],
    ['10 per cent tariffs', '10 percent tariff'],
    ['25 pct duties on steel', '25 percent duty on steel'],
    ['5% levy', '5 percent levy'],
    ['Trade & Industry', 'trade and industry'],
    ['EU-Japan  Economic\nPartnership', 'eu japan economic partnership'],
    ['the other', 'other'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('reads nothing as the empty name', () => {
    expect(normaliseName(null)).toBe('');
    expect(normaliseName(undefined)).toBe('');
  });
});
