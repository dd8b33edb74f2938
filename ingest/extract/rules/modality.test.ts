/* Tests: modality and negation cues — what keeps a construction from yielding a relation. */

import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../extract-documents.js';
import { matchPattern, type Pattern } from '../match-pattern.js';
import { sentenceUnits } from '../sentence-units.js';
import { isIrrealis } from './modality.js';

const MEET: Pattern = [{ type: 'Person' }, { not: { lower: '.' }, op: '*', max: 6 }, { lemma: 'meet' }, { type: 'Person' }];

function irrealis(text: string): boolean[] {
  const units = sentenceUnits(analyzeDocument({ text }).views[0]!);
  return matchPattern(MEET, units).map((m) => isIrrealis(units, m));
}

describe('isIrrealis', () => {
  it('when the meeting happened, then the match is asserted', () => {
    expect(irrealis('Anne Cole met Luis Ortega on Monday.')).toEqual([false]);
  });
  it.each([
    'Anne Cole will meet Luis Ortega on Monday.',
    'Anne Cole is expected to meet Luis Ortega.',
    'Anne Cole did not meet Luis Ortega.',
    'Anne Cole hopes to meet Luis Ortega.',
    'Anne Cole could meet Luis Ortega.',
  ])('when the clause is planned, possible or negated (%s), then the match is not asserted', (text) => {
    expect(irrealis(text)).toEqual([true]);
  });
});
