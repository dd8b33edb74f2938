/* Tests: "both countries", "the two nations" stand for the two countries the article is about. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const relations = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.map((x) => `${x.type} ${name.get(x.source)} -> ${name.get(x.target)}`);
};

describe('country-pair references', () => {
  it('when "both countries are members of" two bodies follows two named countries, then both are members of both', () => {
    const r = relations(
      'Norway and Chile agreed on Monday to cut fish duties. Both countries are members of the Asia-Pacific Economic Cooperation forum and of the World Trade Organization.',
    );
    expect(r).toEqual(
      expect.arrayContaining([
        'MEMBER_OF Norway -> World Trade Organization',
        'MEMBER_OF Chile -> World Trade Organization',
        'MEMBER_OF Norway -> Asia-Pacific Economic Cooperation',
        'MEMBER_OF Chile -> Asia-Pacific Economic Cooperation',
      ]),
    );
  });

  it('when "the two nations traded" follows two named countries, then they trade with each other', () => {
    expect(relations('Kenya and Egypt signed a customs accord. The two nations traded $900 million of goods in 2019.')).toContain(
      'TRADES_WITH Egypt -> Kenya',
    );
  });

  it('when a pair phrase is negated, then there is no membership', () => {
    expect(
      relations('Norway and Chile met. The two countries are not members of the World Trade Organization.').filter((x) =>
        x.startsWith('MEMBER_OF'),
      ),
    ).toEqual([]);
  });

  it('when "both countries belong to" follows other countries in the same sentence, then the article\'s two countries are the members', () => {
    const r = relations(
      'Morocco courts Korean investors. Morocco hopes to sell more phosphate to South Korea. Morocco trades with Spain and France, and both countries belong to the World Trade Organization.',
    );
    expect(r.filter((x) => x.startsWith('MEMBER_OF')).sort()).toEqual([
      'MEMBER_OF Morocco -> World Trade Organization',
      'MEMBER_OF South Korea -> World Trade Organization',
    ]);
  });
});
