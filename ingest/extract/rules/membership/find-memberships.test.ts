/* Tests: the membership rules' examples, run through the whole extractor. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';
import { examples } from './examples.js';

const credited = (text: string, rule: string): boolean => extractDocument({ text }).relations.some((r) => r.rules.includes(rule));

describe('membership rules', () => {
  for (const [rule, { match, noMatch }] of Object.entries(examples)) {
    it.each(match)(`${rule} matches "%s"`, (text) => expect(credited(text, rule)).toBe(true));
    it.each(noMatch)(`${rule} does not match "%s"`, (text) => expect(credited(text, rule)).toBe(false));
  }

  it('when a bloc lists its members after "members", then each listed country is a member', () => {
    const r = extractDocument({ text: 'The Gulf Cooperation Council (GCC) met. GCC members Kuwait, Qatar, the UAE and Oman protested.' });
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    expect(
      r.relations
        .filter((x) => x.type === 'MEMBER_OF')
        .map((x) => name.get(x.source))
        .sort(),
    ).toEqual(['Kuwait', 'Oman', 'Qatar', 'United Arab Emirates']);
  });
});
