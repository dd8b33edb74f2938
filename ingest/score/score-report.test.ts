/*
 * The scoreboard's matching rules equal those of the dev set's score.mjs: on the fixture's
 * hand-made predictions (aliases, altTypes, Minister as Person, duplicate nodes, symmetric and
 * repeated relations, unknown ends, a missing prediction), every per-type line, the Minister
 * diagnostic, each document's misses and the closing line are what score.mjs printed
 * (test/fixtures/score/expected-score-mjs.txt, from `node score.mjs gold predictions --verbose`).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixturePredictions } from '../../test/fixtures/score/load-score-fixture.js';
import { scoreCorpus } from './score-corpus.js';
import { detailReport, scoreReport, summaryLine } from './score-report.js';

const expected = readFileSync(join(import.meta.dirname, '../../test/fixtures/score/expected-score-mjs.txt'), 'utf8').split('\n');
const tables = expected.slice(
  expected.indexOf('Entities by type      gold  pred    tp      P      R     F1'),
  expected.findIndex((l) => l.startsWith('---')) - 1,
);
const details = expected.filter((l) => /^(--- | {2}(missed|spurious) )/.test(l)).map((l) => l.replace(/^--- (.*)\.json$/, '--- $1'));
const last = expected.find((l) => l.startsWith('entityF1='))!;

describe('scoreReport on the fixture', () => {
  const score = scoreCorpus(loadFixturePredictions());
  const report = scoreReport(score);

  it('prints the per-type tables score.mjs prints', () => {
    expect(tables.length).toBeGreaterThan(20);
    expect(report.lines).toEqual(tables);
  });

  it('ends with the line score.mjs ends with', () => {
    expect(summaryLine(score, report.entityF1, report.relationF1)).toBe(last);
    expect(last).toBe('entityF1=0.759 relationF1=0.710 docs=3');
  });

  it("lists each document's misses as score.mjs does, naming the rules of a spurious relation", () => {
    const lines = detailReport(score);
    expect(lines.map((l) => l.replace(/ \[[a-z.-]+(, [a-z.-]+)*\]/g, ''))).toEqual(details);
    expect(lines).toContain('  spurious entities: Place:Tokyo');
    expect(lines.join('\n')).toContain('Ortega -HOLDS_OFFICE-> Chile [office.title-before-name]');
  });

  it('counts a document without a prediction and warns of a gold relation with an unknown end', () => {
    expect(score.missing).toBe(1);
    expect(score.perDocument.find((d) => d.name === 'doc-b')!.score.warnings).toEqual([
      'gold relation with unknown endpoint: {"source":"Cecilia Lind","type":"MET_WITH","target":"Nobody Named"}',
    ]);
  });
});
