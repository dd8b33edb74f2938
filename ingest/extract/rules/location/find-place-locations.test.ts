/* Tests: LOCATED_IN read from wording around a place name. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';

const located = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => `${name.get(x.source)} -> ${name.get(x.target)}`);
};

describe('findPlaceLocations', () => {
  it.each([
    ['Officials gathered in the Brazilian city of Belo Horizonte on Monday.', 'Belo Horizonte -> Brazil'],
    ['A factory in Chittagong in southern Bangladesh will close.', 'Chittagong -> Bangladesh'],
    ['Delegates met in Osaka, Japan, on Friday.', 'Osaka -> Japan'],
    ["It will open an office in Guadalajara, Mexico's second-largest city.", 'Guadalajara -> Mexico'],
  ])('when the sentence is "%s", then %s', (text, expected) => {
    expect(located(text)).toContain(expected);
  });

  it('when a capital is named without its country, then it is located nowhere (no world knowledge)', () => {
    expect(located('Ministers met in Canberra on Monday and flew to Tokyo on Tuesday.')).toEqual([]);
  });

  it('when a wire dateline is cut by a line wrap, then its city is a place and the paired country contains it', () => {
    const text =
      'MINISTERS AGREE ON FARM TRADE\n\n    KASHIKOJIMA, JAPAN, April 26 - Canadian Trade Minister Helena\nDrummond said talks went well.';
    expect(located(text)).toContain('Kashikojima -> Japan');
  });

  it('when two capitals are listed with a comma, then neither is located in the other', () => {
    expect(located('Seoul, Canberra mark a decade of free trade.')).not.toContain('Seoul -> Canberra');
  });

  it('when "the northern city of X" names no country, then X is in the dateline\'s country', () => {
    expect(located('LIMA, May 2 (AP) - Peru opened talks on Monday. A plant will open in the northern city of Trujillo.')).toContain(
      'Trujillo -> Peru',
    );
  });
});
