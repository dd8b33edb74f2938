/* Tests: the matcher — unit tests, optional and repeated steps, sub-sequences, captures. */

import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../extract-documents.js';
import { matchPattern, unitPasses, type Pattern } from './match-pattern.js';
import { sentenceUnits, type Unit } from './sentence-units.js';
import { list } from './rules/pattern-parts.js';

function units(text: string): Unit[] {
  return sentenceUnits(analyzeDocument({ text }).views[0]!);
}
const captured = (text: string, pattern: Pattern, name: string): string[][] =>
  matchPattern(pattern, units(text)).map((m) => (m.captures[name] ?? []).map((u) => u.text));

describe('matchPattern', () => {
  it('when a pattern names entity types and lemmas, then it matches the mentions as single units', () => {
    const p: Pattern = [{ type: 'Person', as: 'a' }, { lemma: 'meet' }, { type: 'Person', as: 'b' }];
    const [m] = matchPattern(p, units('Anne Cole met Luis Ortega in Lima.'));
    expect(m?.captures['a']?.map((u) => u.text)).toEqual(['Anne Cole']);
    expect(m?.captures['b']?.map((u) => u.text)).toEqual(['Luis Ortega']);
  });

  it('when a lemma does not fit, then nothing matches', () => {
    expect(matchPattern([{ type: 'Person' }, { lemma: 'meet' }, { type: 'Person' }], units('Anne Cole praised Luis Ortega.'))).toEqual([]);
  });

  it('when a step is optional, then the pattern matches with and without it', () => {
    const p: Pattern = [{ type: 'Person', as: 'a' }, { lemma: 'meet' }, { lower: 'with', op: '?' }, { type: 'Person', as: 'b' }];
    expect(captured('Anne Cole met with Luis Ortega.', p, 'b')).toEqual([['Luis Ortega']]);
    expect(captured('Anne Cole met Luis Ortega.', p, 'b')).toEqual([['Luis Ortega']]);
  });

  it('when a repeated sub-sequence captures a list, then every member is collected under one name', () => {
    const p: Pattern = [{ lemma: 'visit' }, ...list('Country', 'c')];
    expect(captured('Anne Cole visited Peru, Chile and Bolivia.', p, 'c')).toEqual([['Peru', 'Chile', 'Bolivia']]);
  });

  it('when a repetition is bounded by max, then a longer run does not match', () => {
    const p: Pattern = [{ type: 'Person' }, { entity: false, not: { lower: '.' }, op: '*', max: 2 }, { type: 'Country', as: 'c' }];
    expect(captured('Anne Cole went to Peru.', p, 'c')).toEqual([['Peru']]);
    expect(captured('Anne Cole went on and on to Peru.', p, 'c')).toEqual([]);
  });

  it('when a required sub-sequence holds only optional steps, then it may match nothing', () => {
    const p: Pattern = [{ lemma: 'meet' }, { seq: [{ lower: 'with', op: '?' }] }, { type: 'Person', as: 'b' }];
    expect(captured('Anne Cole met Luis Ortega.', p, 'b')).toEqual([['Luis Ortega']]);
  });
});

describe('unitPasses', () => {
  const [anne, met] = units('Anne Cole met Luis Ortega.');
  it('when a test lists several negative tests, then a unit passing any of them fails', () => {
    expect(unitPasses({ not: [{ lower: 'x' }, { type: 'Person' }] }, anne!)).toBe(false);
    expect(unitPasses({ not: [{ lower: 'x' }, { type: 'Person' }] }, met!)).toBe(true);
  });
  it('when a lemma test meets a capitalised word the tagger left alone, then its lower-cased form counts', () => {
    const [talks] = units('Talks ended on Friday.');
    expect(unitPasses({ lemma: 'talks' }, talks!)).toBe(true);
  });
});
