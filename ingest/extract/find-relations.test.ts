/* Tests: the relation rules, one sentence or two at a time, through the whole pipeline. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const relations = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.map((x) => `${x.type} ${name.get(x.source)} -> ${name.get(x.target)}`);
};

describe('relation rules', () => {
  it.each([
    ['HOLDS_OFFICE', 'Japanese Prime Minister Shigeru Ishiba spoke.', 'HOLDS_OFFICE Shigeru Ishiba -> Japan'],
    ['HOLDS_OFFICE', "Germany's Development Minister Svenja Schulze spoke.", 'HOLDS_OFFICE Svenja Schulze -> Germany'],
    ['HOLDS_OFFICE', 'Peter Novak, the Czech foreign minister, spoke.', 'HOLDS_OFFICE Peter Novak -> Czechia'],
    ['HOLDS_OFFICE', 'Danielle Smith, premier of the province of Alberta, spoke.', 'HOLDS_OFFICE Danielle Smith -> Alberta'],
    [
      'HOLDS_OFFICE',
      "Kenya's Ministry of Trade and Industry said talks would resume. Trade Minister Rebecca Miano will lead the delegation.",
      'HOLDS_OFFICE Rebecca Miano -> Kenya',
    ],
    [
      'AFFILIATED_WITH',
      'Tomas Hale, professor emeritus at the University of Eastbrook, said so.',
      'AFFILIATED_WITH Tomas Hale -> University of Eastbrook',
    ],
    [
      'IMPOSES',
      'Trump imposed tariffs of 50 percent on Canadian steel. U.S. President Donald Trump agreed.',
      'IMPOSES United States -> 50% tariff on Canadian steel',
    ],
    ['TARGETS', 'Mexico also faces a 25 percent "fentanyl tariff" from Washington.', 'TARGETS 25% fentanyl tariff on Mexico -> Mexico'],
    ['ON_PRODUCT', 'India keeps tariffs of up to 150 percent on European wines.', 'ON_PRODUCT 150% tariff on wines -> wines'],
    [
      'MET_WITH',
      'Indian Prime Minister Narendra Modi met Brazilian President Luiz Lula da Silva in New Delhi.',
      'MET_WITH Luiz Lula da Silva -> Narendra Modi',
    ],
    ['VISITED', "During Japanese Prime Minister Fumio Kishida's visit to Canberra, ministers spoke.", 'VISITED Fumio Kishida -> Canberra'],
    [
      'MET_WITH',
      'Kenyan Trade Minister Moses Kuria met President Ernesto Zedillo at Los Pinos, the presidential residence.',
      'MET_WITH Ernesto Zedillo -> Moses Kuria',
    ],
    ['TRADES_WITH', 'Bilateral trade between Japan and India was valued at $22 billion in 2023.', 'TRADES_WITH India -> Japan'],
    ['FUNDS', 'Norway pledged $30 million to the World Food Programme to feed refugees.', 'FUNDS Norway -> World Food Programme'],
    ['MEMBER_OF', 'Kenya is a member of the East African Community.', 'MEMBER_OF Kenya -> East African Community'],
    ['SIGNED', 'Chile and Peru signed the Pacific Alliance Framework Agreement.', 'SIGNED Chile -> Pacific Alliance Framework Agreement'],
    ['PARTY_TO', 'The Canada-Mexico Action Plan sets goals.', 'PARTY_TO Canada -> Canada-Mexico Action Plan'],
    ['LOCATED_IN', 'They met in Banff, Alberta, last year.', 'LOCATED_IN Banff -> Alberta'],
    [
      'REVIEWS',
      'A joint review of the North American Free Trade Agreement (NAFTA) is set for July 1, 2026.',
      'REVIEWS NAFTA joint review -> North American Free Trade Agreement',
    ],
  ])('when a sentence states %s, then the relation is read: %s', (_type, text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it.each([
    [
      'a non-member',
      'Both trade through the Trans-Pacific Partnership, of which the U.S. is not a member.',
      'MEMBER_OF United States -> Trans-Pacific Partnership',
    ],
    ['a denied membership', 'Brazil is not a member of the Belt and Road Initiative.', 'MEMBER_OF Brazil -> Belt and Road Initiative'],
    ['an application to join', 'China has applied to join the Trans-Pacific Partnership.', 'MEMBER_OF China -> Trans-Pacific Partnership'],
    [
      'a meeting that did not happen',
      'Prime Minister Elena Marsh did not meet President Rosa Quintero.',
      'MET_WITH Rosa Quintero -> Elena Marsh',
    ],
    [
      "a president whose country the dateline's president already holds",
      'LIMA, May 4 (Wire) - Peruvian President Dina Boluarte met trade officials on Monday. President Joe Biden has threatened a 15 percent tariff on Peruvian copper.',
      'HOLDS_OFFICE Joe Biden -> Peru',
    ],
  ])('when a sentence states %s, then no relation is read', (_what, text, unexpected) => {
    expect(relations(text)).not.toContain(unexpected);
  });

  it('when a review date is stated, then the agreement carries reviewOn and the event its date', () => {
    const r = extractDocument({ text: 'A joint review of the North American Free Trade Agreement (NAFTA) is set for July 1, 2026.' });
    expect(r.entities.find((e) => e.type === 'Agreement')?.properties).toMatchObject({ acronym: 'NAFTA', reviewOn: '2026-07-01' });
    expect(r.entities.find((e) => e.type === 'Event')?.properties.date).toBe('2026-07-01');
  });

  it('when trade is valued, then valueUsd and year are properties of TRADES_WITH', () => {
    const r = extractDocument({ text: 'Bilateral trade between Japan and India was valued at $22 billion in 2023.' });
    expect(r.relations.find((x) => x.type === 'TRADES_WITH')?.properties).toEqual({ valueUsd: 22e9, year: 2023 });
  });
});
