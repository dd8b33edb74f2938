/* Tests: tariff actors named after the tariff, and compound tariff objects. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';
import { examples } from './examples.js';

const relations = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.map((x) => `${x.type} ${name.get(x.source)} -> ${name.get(x.target)}`);
};

describe('findTariffs', () => {
  it('when a relative clause names the imposer, then it imposes the tariff rather than the first country', () => {
    const r = relations('Peru fears a 15 percent tariff on imported trucks that the United States imposed last week.');
    expect(r.filter((x) => x.startsWith('IMPOSES'))).toEqual(['IMPOSES United States -> 15% tariff on trucks']);
  });

  it('when the tariff is on imports from a country whose good the sentence names, then it is named "<rate>% tariff on <Demonym> <good>"', () => {
    const r = relations('Copper imports from Chile fell 20 pct because of a 10 pct duty on imports from Chile.');
    expect(r).toEqual(
      expect.arrayContaining(['ON_PRODUCT 10% tariff on Chilean copper -> copper', 'TARGETS 10% tariff on Chilean copper -> Chile']),
    );
  });

  it('when the good comes before the rate, then the tariff is on it and targets its demonym country', () => {
    expect(relations('Kenya said a loophole subjects Ugandan coffee to a preferential four pct import duty.')).toEqual(
      expect.arrayContaining(['ON_PRODUCT 4% tariff on Ugandan coffee -> coffee', 'TARGETS 4% tariff on Ugandan coffee -> Uganda']),
    );
    expect(
      relations('The Commission is tough on imports of goods such as Korean televisions, where it has imposed 15 pct anti-dumping duties.'),
    ).toEqual(expect.arrayContaining(['ON_PRODUCT 15% tariff on Korean televisions -> televisions']));
    // The speaker reports the tariff; he does not impose it.
    expect(
      relations('Kenya said a loophole subjects Ugandan coffee to a preferential four pct import duty.').filter((x) =>
        x.startsWith('IMPOSES'),
      ),
    ).toEqual([]);
  });

  it("when an export tax has no target, then it is named after the exporter's goods", () => {
    expect(relations('Argentina will soon abolish export taxes on soybeans, the minister said.')).toEqual(
      expect.arrayContaining(['ON_PRODUCT tariff on Argentine soybeans -> soybeans']),
    );
  });

  it('when a duty is "zero", then it is a 0% tariff', () => {
    expect(relations('The subsidies came after the zero wheat duty was established in 1970.')).toContain(
      'ON_PRODUCT 0% tariff on wheat -> wheat',
    );
  });

  it('when the relative clause only plans or threatens the tariff, then nobody imposes it (hard case 1)', () => {
    for (const verb of ['plans to impose', 'threatened to impose']) {
      const r = relations(`Peru fears a 15 percent tariff on imported trucks that the United States ${verb}.`);
      expect(r.filter((x) => x.startsWith('IMPOSES'))).toEqual([]);
    }
  });

  it('when the tariff is passive "imposed by X on Y", then X imposes it and Y is targeted', () => {
    const r = relations('Tariffs of 20 percent imposed by Canada on Mexican steel angered Mexico.');
    expect(r).toEqual(
      expect.arrayContaining(['IMPOSES Canada -> 20% tariff on Mexican steel', 'TARGETS 20% tariff on Mexican steel -> Mexico']),
    );
  });

  it('when the object is goods including a list, then the tariff targets the country and is on every listed product', () => {
    const r = relations(
      'Brussels listed tariffs of 25 percent on 2.8 billion euros of U.S. goods including bourbon whiskey, motorcycles and orange juice.',
    );
    expect(r).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^TARGETS 25% .* -> United States$/),
        expect.stringMatching(/^ON_PRODUCT 25% .* -> bourbon whiskey$/),
        expect.stringMatching(/^ON_PRODUCT 25% .* -> motorcycles$/),
        expect.stringMatching(/^ON_PRODUCT 25% .* -> orange juice$/),
      ]),
    );
  });
});

describe('tariff rule examples', () => {
  for (const [id, { match, noMatch }] of Object.entries(examples)) {
    it.each(match)(`${id} matches "%s"`, (text) =>
      expect(extractDocument({ text }).relations.some((r) => r.rules.includes(id))).toBe(true),
    );
    if (noMatch.length)
      it.each(noMatch)(`${id} does not match "%s"`, (text) =>
        expect(extractDocument({ text }).relations.some((r) => r.rules.includes(id))).toBe(false),
      );
  }
});

describe('unrated and bloc tariffs', () => {
  it("when a bloc decides to impose duties on a country's good, then the bloc imposes a tariff named after the demonym and good", () => {
    const r = relations('The European Community decided to impose duties on Greek cotton yarn.');
    expect(r).toEqual(
      expect.arrayContaining([
        'IMPOSES European Community -> tariff on Greek cotton yarn',
        'TARGETS tariff on Greek cotton yarn -> Greece',
        'ON_PRODUCT tariff on Greek cotton yarn -> cotton yarn',
      ]),
    );
  });

  it("when the rate is spelt out in words, then it is the tariff's rate", () => {
    expect(relations('Malaysia imposed a five pct export tax on Malaysian palm oil.')).toContain(
      'IMPOSES Malaysia -> 5% tariff on Malaysian palm oil',
    );
  });

  it("when an export tax is on a country's own good, then that country imposes it and is not its target", () => {
    const r = relations('Exporters said a 10 pct export tax on Peruvian fishmeal had cut sales abroad.');
    expect(r.filter((x) => /^(IMPOSES|TARGETS)/.test(x))).toEqual(['IMPOSES Peru -> 10% tariff on Peruvian fish meal']);
  });
});
