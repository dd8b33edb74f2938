import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCORE_FIXTURE } from '../../test/fixtures/score/load-score-fixture.js';
import { ScoreInputError } from './read-score-inputs.js';
import { runScoreboard } from './run-scoreboard.js';

const gold = join(SCORE_FIXTURE, 'gold');
const texts = join(SCORE_FIXTURE, 'texts');
const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-score-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('runScoreboard', () => {
  it('extracts each text, scores the gold set and prints types, rules and the closing line', () => {
    const board = runScoreboard({ goldDir: gold, textDir: texts, now: new Date('2026-01-02T10:00:00Z') });
    expect(board.score.docs).toBe(3);
    expect(board.lines).toContain('Entities by type      gold  pred    tp      P      R     F1');
    expect(board.lines).toContain('Relations by type     gold  pred    tp      P      R     F1');
    expect(board.lines.some((l) => l.startsWith('Relations by rule'))).toBe(true);
    expect(board.lines.some((l) => /^ {4}office\.title-names-country /.test(l))).toBe(true);
    expect(board.lines.at(-1)).toMatch(/^entityF1=\d\.\d{3} relationF1=\d\.\d{3} docs=3$/);
    expect(board.confidence.measuredOn).toBe('score/gold / 3 docs / 2026-01-02');
    // The texts went through the extractor: something was found in them.
    expect(Object.values(board.score.entities).some((c) => c.pred > 0)).toBe(true);
  });

  it('warns of a text without gold (skipped) and of gold without text (an empty prediction)', () => {
    const board = runScoreboard({ goldDir: gold, textDir: texts });
    expect(board.warnings).toContain('unannotated.txt has no gold unannotated.json: skipped');
    expect(board.warnings).toContain('no text doc-c.txt for gold doc-c.json: scored as an empty prediction');
    expect(board.score.missing).toBe(1);
    expect(board.score.perDocument.map((d) => d.name)).toEqual(['doc-a', 'doc-b', 'doc-c']);
  });

  it("lists each document's misses with --verbose", () => {
    const board = runScoreboard({ goldDir: gold, textDir: texts, verbose: true });
    expect(board.lines).toContain('--- doc-c');
    expect(board.lines).toContain('  missed relations: Ottawa -LOCATED_IN-> Canada');
  });

  it('names a missing folder', () => {
    expect(() => runScoreboard({ goldDir: join(scratch, 'nowhere'), textDir: texts })).toThrow(
      new ScoreInputError(`gold folder ${join(scratch, 'nowhere')} does not exist`),
    );
    expect(() => runScoreboard({ goldDir: gold, textDir: join(scratch, 'nowhere') })).toThrow(/text folder .*nowhere does not exist/);
  });

  it('names a gold file that is not JSON or not an annotation', () => {
    const bad = join(scratch, 'bad-gold');
    mkdirSync(bad);
    cpSync(join(gold, 'doc-a.json'), join(bad, 'doc-a.json'));
    writeFileSync(join(bad, 'doc-b.json'), '{"entities": [');
    expect(() => runScoreboard({ goldDir: bad, textDir: texts })).toThrow(/gold file .*doc-b\.json is not valid JSON/);
    writeFileSync(join(bad, 'doc-b.json'), '{"entities": {}}');
    expect(() => runScoreboard({ goldDir: bad, textDir: texts })).toThrow(/gold file .*doc-b\.json is not an annotation/);
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect(() => runScoreboard({ goldDir: empty, textDir: texts })).toThrow(/holds no \.json files/);
  });
});
