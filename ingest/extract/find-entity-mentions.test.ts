/* Tests: findEntityMentions (runs, their classification, country lists, acronyms). */

import { describe, expect, it } from 'vitest';
import { findEntityMentions } from './find-entity-mentions.js';
import { tokenizeSentence } from './tokenize-sentence.js';

const read = (text: string): ReturnType<typeof findEntityMentions> =>
  findEntityMentions(tokenizeSentence({ index: 0, start: 0, end: text.length, text }), text);
const typed = (text: string): string[] => read(text).mentions.map((m) => `${m.type}:${m.text}`);

describe('findEntityMentions', () => {
  it('reads a name set in capitals at a sentence start in title case', () => {
    expect(read('TOMAS BERG-HOLM is a deputy minister.').mentions.map((m) => m.name)).toEqual(['Tomas Berg-Holm']);
    expect(read('PRIME MINISTER BERG: We agree.').mentions.map((m) => [m.name, m.form])).toEqual([['Berg', 'surname']]);
  });

  it.each([
    ['Canadian Prime Minister Mark Carney spoke.', ['Country:Canadian', 'Person:Mark Carney']],
    ['The Office of the U.S. Trade Representative opened a process.', ['Organization:Office of the U.S. Trade Representative']],
    ['He spoke at the University of Toronto.', ['Organization:University of Toronto']],
    ['They met at the National Palace in Mexico City.', ['Place:National Palace', 'Place:Mexico City']],
    ['It joined the Trans-Pacific Partnership.', ['Agreement:Trans-Pacific Partnership']],
    ['They renamed the Gulf of Mexico.', ['Place:Gulf of Mexico']],
    ['Duncan Wood of the Wilson Centre told AP.', ['Organization:Wilson Centre', 'Organization:AP']],
    ['NEW DELHI, Feb 28 - Talks resumed.', ['Place:NEW DELHI']],
    ['The Ministry of Trade, Industry and Energy said so.', ['Organization:Ministry of Trade, Industry and Energy']],
    ['He will travel to Osaka for the APEC summit.', ['Organization:APEC']],
    ['Daewoo Shipbuilding said it would hire.', ['Organization:Daewoo Shipbuilding']],
    ['Arcelor SA said prices would fall.', ['Organization:Arcelor SA']],
    ['The Ministry of Agriculture and Cooperatives said so.', ['Organization:Ministry of Agriculture and Cooperatives']],
    ['Lord Hill, European Parliament President, spoke.', ['Organization:European Parliament']],
    ['The U.S. Administration opposed the bill.', ['Country:U.S. Administration']],
    ['EUROPEAN COMMUNITY TO SET UP OFFICE IN PEKING', []],
    ['ANA MARIA RUIZ is a deputy minister of defense.', ['Person:ANA MARIA RUIZ']],
    ['SECRETARY HOLM: Thank you all for coming.', ['Person:HOLM']],
    ['WASHINGTON (Wire) - Talks resumed.', ['Place:WASHINGTON']],
    ['Commerce Department Deputy Secretary Ana Ruiz said so.', ['Organization:Commerce Department', 'Person:Ana Ruiz']],
    ['The Office of the Prime Minister said so.', ['Organization:Office of the Prime Minister']],
    ['The Government of India said so.', ['Country:India']],
    ['The heads of government of Peru and Chile met.', ['Country:Peru', 'Country:Chile']],
    ['Japanese and European Community ministers met.', ['Country:Japanese', 'Organization:European Community']],
    ['Any European Community decision would hurt exports.', ['Organization:European Community']],
    ['Talks with the EC resumed on Monday.', ['Organization:EC']],
    ['He hoped other G8 countries would follow.', ['Organization:G8']],
    ['Output will rise, the U.S. Embassy said.', ['Organization:U.S. Embassy', 'Country:U.S.']],
    ['Bonds were sent to U.S. Customs for entry.', ['Organization:U.S. Customs']],
    ['He said so in an interview with the daily Nordposten Avis.', ['Organization:Nordposten Avis']],
    ['Funds came from the Nordbank and others.', ['Organization:Nordbank']],
    ['The US-registered Balkan Oil Corporation will build it.', ['Country:US', 'Organization:Balkan Oil Corporation']],
  ])('when the sentence is "%s", then the mentions are %j', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it('when a minister is named with a portfolio and a possessive country, then the office is read', () => {
    const m = read("Canada's Foreign Affairs Minister Anita Anand arrived.").mentions.find((x) => x.type === 'Person');
    expect(m?.office).toMatchObject({ title: 'Minister', portfolio: 'Foreign Affairs', minister: true });
  });

  it('when a hyphenated party list names an agreement with an acronym, then both are read', () => {
    const found = read('a review of the U.S.-Mexico-Canada free trade agreement (USMCA) next year');
    const agreement = found.mentions.find((m) => m.type === 'Agreement');
    expect(agreement?.parties).toEqual(['US', 'MX', 'CA']);
    expect(found.acronyms.get('USMCA')).toBe(agreement);
    expect(found.mentions.filter((m) => m.type === 'Country').map((m) => m.key)).toEqual(['US', 'MX', 'CA']);
  });

  it('when a sentence starts with a capitalised common word, then it is no entity', () => {
    expect(typed('Despite ongoing efforts, Trade remains the anchor.')).toEqual([]);
    expect(read('Mending fences').candidates.every((c) => c.cue <= 0)).toBe(true);
  });

  it('when a government is named after its leader ("the Carter Administration", "the Carter administration"), then the leader is a person', () => {
    expect(
      read('Talks with Carter Administration officials ended.')
        .candidates.filter((c) => c.cue >= 2)
        .map((c) => c.tokens.map((t) => t.text).join(' ')),
    ).toEqual(['Carter']);
    expect(
      read('Talks with the Carter administration ended.')
        .candidates.filter((c) => c.cue >= 2)
        .map((c) => c.tokens.map((t) => t.text).join(' ')),
    ).toEqual(['Carter']);
  });
});
