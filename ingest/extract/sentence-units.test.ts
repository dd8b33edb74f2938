/* Tests: a sentence as units — mentions folded into one typed unit, other tokens kept with tags. */

import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../extract-documents.js';
import { sentenceUnits } from './sentence-units.js';

describe('sentenceUnits', () => {
  it('when a sentence names people and places, then each mention is one unit with its type', () => {
    const units = sentenceUnits(analyzeDocument({ text: 'Anne Cole met Luis Ortega in Lima.' }).views[0]!);
    expect(units.map((u) => (u.mention ? `[${u.mention.type}]` : u.lemma))).toEqual(['[Person]', 'meet', '[Person]', 'in', '[Place]', '.']);
    expect(units.map((u) => u.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('when mentions overlap, then the outermost one is the unit', () => {
    const units = sentenceUnits(analyzeDocument({ text: 'Canada and Mexico signed the Canada-Mexico Action Plan.' }).views[0]!);
    const agreement = units.filter((u) => u.mention?.type === 'Agreement');
    expect(agreement.map((u) => u.text)).toEqual(['Canada-Mexico Action Plan']);
    expect(units.filter((u) => u.mention?.type === 'Country')).toHaveLength(2);
  });
});
