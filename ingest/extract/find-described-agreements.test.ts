/* Tests: unnamed deals named by the text's own descriptor when the text signs or agrees them. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const agreements = (text: string): string[] =>
  extractDocument({ text })
    .entities.filter((e) => e.type === 'Agreement')
    .map((e) => e.name)
    .sort();

describe('described agreements', () => {
  it.each([
    ['Ukraine signed a gas supply deal with Hungary on Friday.', 'gas supply deal'],
    ['The two governments sealed a customs protocol in Vienna.', 'customs protocol'],
    [
      'Norway and Iceland signed a memorandum of understanding on fisheries co-operation.',
      'memorandum of understanding on fisheries co-operation',
    ],
    ['Peru and Chile have renewed their new textile export agreement.', 'textile export agreement'],
    ['Kenya said a 10-year accord for the supply of crude oil was signed in Nairobi.', '10-year accord for the supply of crude oil'],
    ['Officials recalled a two billion dollar accord signed in Cairo last month.', 'two billion dollar accord'],
    ['Under a verbal understanding between the two ministers, Peru will cut its duties.', 'verbal understanding'],
    [
      'CHILE SAYS PERU COMPLYING WITH COPPER PACT\n\nLIMA, May 3 - Officials said Peru was complying with the pact signed in March.',
      'copper pact',
    ],
    ['Chile agrees to cut duties\n\nThe minister said the accord was reached after talks in Lima.', 'accord'],
    ['Chile and Peru signed a protocol of accession to the old treaty.', 'protocol of accession'],
    [
      'Chile and Peru signed a memorandum of understanding to expand port cooperation to cut delays.',
      'memorandum of understanding to expand port cooperation',
    ],
    ["Officials said Peru's fisheries access agreement covers anchovy.", "Peru's fisheries access agreement"],
    ['Chile and Peru signed a port access agreement to cut delays.', 'port access agreement'],
    ['Peru cuts fees\n\nBy signing the agreement on Tuesday, the ministers of Chile and Peru ended a dispute.', 'agreement'],
  ])('when "%s", then the deal is "%s"', (text, name) => {
    expect(agreements(text)).toEqual([name]);
  });

  it.each([
    ['He is expected to strike a similar debt relief pact in Kenya.'],
    ['Ministers discussed a possible trade deal with Chile.'],
    ['Kestrel signed a $3bn deal.'],
    ['Chile signed a deal to buy 20,000 tonnes of wheat.'],
    ["Officials discussed Peru's proposed fisheries agreement."],
    ['Japan signed a new agreement with Peru.'],
    ['Under a proposed fisheries deal, Peru would cut its catch.'],
    ['Chile agrees to cut duties\n\nThe minister said the accord would be signed after talks in Lima.'],
    ['CHILE SAYS PERU COMPLYING WITH COPPER PACT\n\nLIMA, May 3 - Officials said Peru was complying with its duties.'],
  ])('when "%s", then no deal is named', (text) => {
    expect(agreements(text)).toEqual([]);
  });

  it("when an acronym follows the description, then it is not taken as the deal's acronym", () => {
    const r = extractDocument({
      text: 'Algeria signed a 20-year accord for the delivery of liquefied natural gas (LNG) with a U.S. group.',
    });
    expect(r.entities.find((e) => e.type === 'Agreement')?.properties.acronym).toBeUndefined();
  });
});
