/* Tests: resolveEntities (through extractDocument: one document). */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const people = (text: string): string[] =>
  extractDocument({ text })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('resolveEntities', () => {
  it.each([
    ['Thank you, Mr. Prime Minister, for the welcome. Tom Berg spoke.', ['Tom Berg']],
    ['Thank you, Mr. Senior Official. Tom Berg spoke.', ['Tom Berg']],
  ])('when a title stands where a name would (%s), then it names no one', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a surname', 'Brazilian President Luiz Lula da Silva arrived. Lula said he was pleased.', ['Luiz Lula da Silva']],
    [
      'a name tail at a sentence start',
      'Commission President Ursula von der Leyen arrived. Von der Leyen said so.',
      ['Ursula von der Leyen'],
    ],
    ['a longer form with a second surname', 'President Marisol Quintero spoke. Marisol Quintero Vidal wrote later.', ['Marisol Quintero']],
  ])('when %s refers back to a person, then it resolves to the full name', (_what, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('when a title alone names the only holder, then it resolves to that person', () => {
    const r = extractDocument({ text: 'Prime Minister Alden Marsh spoke.\n— Prime Minister of Canada (@CanadianPM) September 19, 2025' });
    const holder = r.entities.find((e) => e.type === 'Person');
    expect(holder?.mentions?.map((m) => m.text)).toEqual(['Alden Marsh', 'Prime Minister of Canada']);
  });

  it('when demonyms appear, then they are mentions of the country', () => {
    const r = extractDocument({ text: 'Canadian officials met Mexicans in Ottawa.' });
    expect(r.entities.filter((e) => e.type === 'Country').map((e) => [e.id, e.aliases])).toEqual([
      ['country:CA', ['Canadian']],
      ['country:MX', ['Mexicans']],
    ]);
  });

  it('when an undefined acronym spells a named agreement, then it resolves to it', () => {
    const r = extractDocument({ text: 'The United States-Mexico-Canada Agreement took effect. A review of USMCA follows.' });
    expect(r.entities.filter((e) => e.type === 'Agreement')).toHaveLength(1);
  });
});

describe('organizations named by their context', () => {
  const orgs = (text: string): string[] =>
    extractDocument({ text })
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name)
      .sort();
  it.each([
    ['Shares in Veltrax fell 3%.', ['Veltrax']],
    ['The deal was signed by state-owned Petrovia.', ['Petrovia']],
    ['"We are checking," Hans Bauer, a Skyline spokesman, said.', ['Skyline']],
    ['Prices rose, said Dmitry Orlov, an analyst at brokerage Kapita.', ['Kapita']],
    ["Ruhi Kaya, Telsa's chief operating officer, attended.", ['Telsa']],
    ['Prices rose, Norcom vice president Peter Holm said.', ['Norcom']],
    ['Drillco said in a statement that output rose.', ['Drillco']],
  ])('when the text is "%s", then the organizations are %j', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('when a place owns a capitalised title ("Gibraltar\'s Chief Minister"), then it is no organization', () => {
    expect(orgs("Gibraltar's Chief Minister Peter Bruno spoke.")).toEqual([]);
  });
});
