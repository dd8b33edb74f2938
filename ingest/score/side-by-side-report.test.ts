/* Tests: two scored sets side by side — one row per type, genre and fired rule, each set in its own column. */

import { describe, expect, it } from 'vitest';
import { scoreCorpus } from './score-corpus.js';
import { ruleScores } from './rule-scores.js';
import { sideBySide } from './side-by-side-report.js';
import type { GoldDocument, Prediction } from './score-types.js';

const gold: GoldDocument = {
  entities: [
    { name: 'Anne Cole', type: 'Person' },
    { name: 'Peru', type: 'Country' },
  ],
  relations: [{ source: 'Anne Cole', type: 'VISITED', target: 'Peru' }],
};
const right: Prediction = {
  entities: [
    { id: 'p', type: 'Person', name: 'Anne Cole' },
    { id: 'c', type: 'Country', name: 'Peru' },
  ],
  relations: [{ source: 'p', type: 'VISITED', target: 'c', rules: ['visit.travel-verb'] }],
};
const catalogue = new Map([['visit.travel-verb', { emits: ['VISITED'] }]]);

describe('sideBySide', () => {
  const tuned = scoreCorpus([{ name: 'gov-01', gold, prediction: right }]);
  const held = scoreCorpus([{ name: '001', gold, prediction: { entities: right.entities, relations: [] } }]);
  const lines = sideBySide(
    { label: 'tuned on', score: tuned, families: ruleScores(tuned, catalogue) },
    { label: 'check set', score: held, families: ruleScores(held, catalogue) },
  );
  const row = (label: string): string => lines.find((l) => l.trimStart().startsWith(`${label} `))!;

  it('when a relation is found in one set and missed in the other, then its row shows both', () => {
    expect(row('VISITED')).toMatch(/1\/1\s+1\.000 1\.000 1\.000\s+0\/1\s+0\.000 0\.000 0\.000/);
  });
  it('when documents are named by genre, then each genre gets a row', () => {
    expect(row('gov')).toContain('1/1');
    expect(row('other')).toContain('0/1');
  });
  it('when a rule fired in either set, then it has a row', () => {
    expect(row('visit.travel-verb')).toContain('1/1');
  });
});
