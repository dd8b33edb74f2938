import { describe, expect, it } from 'vitest';
import { loadFixturePredictions } from '../../test/fixtures/score/load-score-fixture.js';
import { confidenceJson, measuredConfidence, smoothedPrecision } from './measured-confidence.js';
import { ruleReport } from './rule-report.js';
import { ruleScores, type RuleInfo } from './rule-scores.js';
import { scoreCorpus } from './score-corpus.js';

const catalogue = new Map<string, RuleInfo>([
  ['office.title-names-country', { emits: ['HOLDS_OFFICE'] }],
  ['office.title-before-name', { emits: ['HOLDS_OFFICE'] }],
  ['office.appositive-title', { emits: ['HOLDS_OFFICE', 'AFFILIATED_WITH'] }],
  ['office.never-fires', { emits: ['HOLDS_OFFICE'] }],
  ['visit.visit-verb', { emits: ['VISITED'] }],
  ['visit.travel-to-place', { emits: ['VISITED'] }],
  ['visit.hosted-guest', { emits: ['VISITED'] }],
  ['tariff.product', { emits: ['ON_PRODUCT'] }],
  ['tariff.listed-product', { emits: ['ON_PRODUCT'] }],
  ['tariff.target', { emits: ['TARGETS'] }],
  ['tariff.imposer-in-sentence', { emits: ['IMPOSES'] }],
]);

describe('ruleScores on the fixture', () => {
  const families = ruleScores(scoreCorpus(loadFixturePredictions()), catalogue);
  const rule = (id: string) => families.flatMap((f) => f.rules).find((r) => r.id === id)!;
  const family = (name: string) => families.find((f) => f.family === name)!;

  it('credits a right relation to each of its rules and blames a wrong one on each', () => {
    expect(rule('office.title-names-country')).toMatchObject({ predicted: 2, tp: 2, precision: 1 });
    expect(rule('office.title-before-name')).toMatchObject({ predicted: 1, tp: 0, precision: 0 });
    // One right visit found by three rules (two copies of it), one wrong visit, one with an unknown end.
    expect(rule('visit.visit-verb')).toMatchObject({ predicted: 2, tp: 1, precision: 0.5 });
    expect(rule('visit.travel-to-place')).toMatchObject({ predicted: 2, tp: 1 });
    expect(rule('visit.hosted-guest')).toMatchObject({ predicted: 1, tp: 1 });
  });

  it('measures recall against the gold relations of the types a rule emits', () => {
    expect(rule('office.title-names-country')).toMatchObject({ gold: 3, recall: 2 / 3 });
    expect(rule('office.appositive-title')).toMatchObject({ gold: 4, tp: 1, recall: 0.25 });
    expect(family('office')).toMatchObject({ emits: ['AFFILIATED_WITH', 'HOLDS_OFFICE'], predicted: 4, tp: 3, gold: 4, recall: 0.75 });
  });

  it('counts a relation found by two rules of one family once for the family', () => {
    expect(family('visit')).toMatchObject({ predicted: 3, tp: 1, gold: 1 });
    expect(family('tariff')).toMatchObject({ predicted: 3, tp: 2, gold: 3 });
  });

  it('lists unfired catalogue rules and rules the catalogue lacks, sorted by family then id', () => {
    expect(rule('office.never-fires')).toMatchObject({ predicted: 0, tp: 0 });
    expect(rule('structure.country-named-agreement')).toMatchObject({ emits: ['PARTY_TO'], predicted: 2, tp: 2, gold: 2 });
    expect(families.map((f) => f.family)).toEqual(['location', 'meeting', 'office', 'signing', 'structure', 'tariff', 'trade', 'visit']);
    expect(family('office').rules.map((r) => r.id)).toEqual([
      'office.appositive-title',
      'office.never-fires',
      'office.title-before-name',
      'office.title-names-country',
    ]);
    const lines = ruleReport(families);
    expect(lines[0]).toContain('R = tp / gold relations of the types the rule emits');
    expect(lines.find((l) => l.trim().startsWith('office.never-fires'))).toMatch(
      /^\s+office\.never-fires\s+0\s+0\s+-\s+0\.000\s+3\s+HOLDS_OFFICE$/,
    );
  });

  it('writes smoothed precision, to two decimals, for the rules that fired, keys sorted', () => {
    expect(smoothedPrecision(2, 2)).toBe(0.75);
    expect(smoothedPrecision(0, 1)).toBe(0.33);
    const c = measuredConfidence(families, 'gold / 3 docs / 2026-01-02');
    expect(c.rules['office.title-names-country']).toBe(0.75);
    expect(c.rules['office.title-before-name']).toBe(0.33);
    expect(c.rules['visit.visit-verb']).toBe(0.5);
    expect(c.rules).not.toHaveProperty('office.never-fires');
    expect(Object.keys(c.rules)).toEqual([...Object.keys(c.rules)].sort());
    expect(JSON.parse(confidenceJson(c))).toEqual(c);
    expect(confidenceJson(c).startsWith('{\n  "measuredOn": "gold / 3 docs / 2026-01-02",\n  "rules": {\n')).toBe(true);
  });
});
