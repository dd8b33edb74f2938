/* Tests: PARTY_TO from agreement names and from the wording around them. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const parties = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations
    .filter((x) => x.type === 'PARTY_TO')
    .map((x) => `${name.get(x.source)} -> ${name.get(x.target)}`)
    .sort();
};

describe('agreement parties', () => {
  it('when a hyphenated name ends in "… Partnership Agreement", then the name keeps "Agreement" and both countries are parties', () => {
    expect(parties('The Japan-Australia Economic Partnership Agreement (JAEPA) entered into force in 2015.')).toEqual([
      'Australia -> Japan-Australia Economic Partnership Agreement',
      'Japan -> Japan-Australia Economic Partnership Agreement',
    ]);
  });

  it('when a hyphenated name mixes a country and a bloc, then only the country is a party', () => {
    expect(parties('The India-Mercosur Preferential Trade Agreement was signed in 2004.')).toEqual([
      'India -> India-Mercosur Preferential Trade Agreement',
    ]);
  });

  it('when a name and a demonym are joined ("the U.S.-Peruvian alliance"), then the alliance is an agreement of both', () => {
    expect(parties('The U.S.-Peruvian alliance has held for decades.')).toEqual([
      'Peru -> United States-Peru Alliance',
      'United States -> United States-Peru Alliance',
    ]);
  });

  it('when two demonyms are joined ("Peruvian-American"), then they describe people, not a party list', () => {
    expect(parties('The Peruvian-American alliance of growers met.')).toEqual([]);
  });

  it('when "X and Y, partners with Z in the <Agreement>", then all three are parties', () => {
    expect(parties('Chile and Peru, partners with Mexico in the Pacific Alliance Framework Agreement, met.')).toEqual([
      'Chile -> Pacific Alliance Framework Agreement',
      'Mexico -> Pacific Alliance Framework Agreement',
      'Peru -> Pacific Alliance Framework Agreement',
    ]);
  });

  it('when "under the <Agreement> between X and Y", then both are parties', () => {
    expect(parties('Under the Free Trade Agreement between Vietnam and Chile, duties fell.')).toEqual([
      'Chile -> Free Trade Agreement',
      'Vietnam -> Free Trade Agreement',
    ]);
  });

  it('when a country is a member of an agreement "with X and Y", then all three are parties', () => {
    expect(parties('Uruguay is a member of the Southern Common Market Agreement with Brazil and Paraguay.')).toEqual([
      'Brazil -> Southern Common Market Agreement',
      'Paraguay -> Southern Common Market Agreement',
      'Uruguay -> Southern Common Market Agreement',
    ]);
  });
});
