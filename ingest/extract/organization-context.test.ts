/* Tests: organizations named by their context (lists after a plural noun for companies, "shares in"). */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const organizations = (text: string): string[] =>
  extractDocument({ text })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name)
    .sort();

describe('organizations named by context', () => {
  it.each([
    ['It signed deals with the French companies Valorin, Terbac and Mosel.', ['Mosel', 'Terbac', 'Valorin']],
    ['Analysts said oil companies like Norvex, Palco Mobil and Fuel Petroleum would gain.', ['Fuel Petroleum', 'Norvex', 'Palco Mobil']],
    ["Shares in Germany's Kalwerk, the UK's Dorval and France's Melcor fell.", ['Dorval', 'Kalwerk', 'Melcor']],
    ["It weighs offers from firms such as France's Rabel Aviation and Sweden's Korsa.", ['Korsa', 'Rabel Aviation']],
    ["It will hurt Britain's sole producer, Kentshire company Lowfield Dairy Farms.", ['Lowfield Dairy Farms']],
    ['The Telvo company said it would bid.', []],
    ['Talks with Marlo company officials ended.', ['Marlo']],
    ['Chile and Peru are members of Vestacor.', ['Vestacor']],
    ['Bolivia joined Vestacor in 2012.', ['Vestacor']],
    ['Ministers from the Vestacor trade bloc met.', ['Vestacor']],
    ['Oil ministers of the 13-nation Vestacor met.', ['Vestacor']],
    ['Vestacor, which groups Chile and Peru, met.', ['Vestacor']],
    ['Chile joined Tom Reyes in praising the plan.', []],
  ])('when the sentence is "%s", then the organizations are %j', (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it('when people are listed after a noun that is not for companies, then they are no organizations', () => {
    expect(organizations('Ministers such as Tom Reyes and Jane Porter attended.')).toEqual([]);
  });
});
