/* Tests: agreements and former states as named entities (full official names, historical states). */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const entities = (text: string, type: string): string[] =>
  extractDocument({ text })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('agreement names', () => {
  it('when an official name runs "… Agreement on X and Y", then the whole name is kept', () => {
    expect(entities('Brazil is a member of the General Agreement on Tariffs and Trade (GATT), officials said.', 'Agreement')).toEqual([
      'General Agreement on Tariffs and Trade',
    ]);
  });

  it('when the head comes before "of", then the name is an agreement', () => {
    expect(entities('Ministers recalled the Treaty of Rome on Tuesday.', 'Agreement')).toEqual(['Treaty of Rome']);
  });

  it('when a body\'s name has "on … and" followed by another name, then the two stay apart', () => {
    expect(entities('The Council on Foreign Relations and Bank of Japan agreed.', 'Organization')).toEqual([
      'Bank of Japan',
      'Council on Foreign Relations',
    ]);
  });
});

describe('former states', () => {
  it('when a dissolved state is named, then it is a Country of its own', () => {
    expect(entities('Trade between the Soviet Union and West Germany rose, as did Yugoslav exports.', 'Country')).toEqual([
      'Soviet Union',
      'West Germany',
      'Yugoslavia',
    ]);
  });
});

describe('events named by countries', () => {
  it('when a hyphenated country pair names a war, then the war is an Event and the countries stay', () => {
    expect(entities('Exports fell during the Iran-Iraq war, officials said.', 'Event')).toEqual(['Iran-Iraq war']);
    expect(entities('Exports fell during the Iran-Iraq war, officials said.', 'Country')).toEqual(['Iran', 'Iraq']);
  });

  it('when a country names a negotiating round, then the round is an Event, not the country', () => {
    expect(entities('Ministers launched the four-year Uruguay round of trade talks.', 'Event')).toEqual(['Uruguay Round']);
    expect(entities('Ministers launched the four-year Uruguay round of trade talks.', 'Country')).toEqual([]);
  });
});
