/* Tests: the signing rules' examples, run through the whole extractor. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';
import { examples } from './examples.js';

const credited = (text: string, rule: string): boolean => extractDocument({ text }).relations.some((r) => r.rules.includes(rule));

describe('signing rules', () => {
  for (const [rule, { match, noMatch }] of Object.entries(examples)) {
    it.each(match)(`${rule} matches "%s"`, (text) => expect(credited(text, rule)).toBe(true));
    it.each(noMatch)(`${rule} does not match "%s"`, (text) => expect(credited(text, rule)).toBe(false));
  }

  it('when a country signs a deal with another, then both sign and both are parties', () => {
    const r = extractDocument({ text: 'Ukraine signed a gas supply deal with Hungary on Friday.' });
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    const facts = r.relations
      .filter((x) => x.type === 'SIGNED' || x.type === 'PARTY_TO')
      .map((x) => `${name.get(x.source)} ${x.type} ${name.get(x.target)}`)
      .sort();
    expect(facts).toEqual([
      'Hungary PARTY_TO gas supply deal',
      'Hungary SIGNED gas supply deal',
      'Ukraine PARTY_TO gas supply deal',
      'Ukraine SIGNED gas supply deal',
    ]);
  });
});
