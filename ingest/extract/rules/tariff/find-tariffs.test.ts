/* Tests: tariff actors named after the tariff, and compound tariff objects. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';

const relations = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.map((x) => `${x.type} ${name.get(x.source)} -> ${name.get(x.target)}`);
};

describe('findTariffs', () => {
  it('when a relative clause names the imposer, then it imposes the tariff rather than the first country', () => {
    const r = relations('Peru fears a 15 percent tariff on imported trucks that the United States plans to impose.');
    expect(r.filter((x) => x.startsWith('IMPOSES'))).toEqual(['IMPOSES United States -> 15% tariff on trucks']);
  });

  it('when the tariff is passive "imposed by X on Y", then X imposes it and Y is targeted', () => {
    const r = relations('Tariffs of 20 percent imposed by Canada on Mexican steel angered Mexico.');
    expect(r).toEqual(expect.arrayContaining(['IMPOSES Canada -> 20% tariff on Mexican steel', 'TARGETS 20% tariff on Mexican steel -> Mexico']));
  });

  it('when the object is goods including a list, then the tariff targets the country and is on every listed product', () => {
    const r = relations('Brussels listed tariffs of 25 percent on 2.8 billion euros of U.S. goods including bourbon whiskey, motorcycles and orange juice.');
    expect(r).toEqual(expect.arrayContaining([
      expect.stringMatching(/^TARGETS 25% .* -> United States$/),
      expect.stringMatching(/^ON_PRODUCT 25% .* -> bourbon whiskey$/),
      expect.stringMatching(/^ON_PRODUCT 25% .* -> motorcycles$/),
      expect.stringMatching(/^ON_PRODUCT 25% .* -> orange juice$/),
    ]));
  });
});
