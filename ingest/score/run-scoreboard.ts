/* Scoreboard: extracts every text in-process, scores it against its gold, and prints the per-type and per-rule tables. */

import { basename, dirname, resolve } from 'node:path';
import { extractDocument } from '../extract-documents.js';
import { CATALOGUE } from '../extract/rules/catalogue.js';
import { measuredConfidence, type MeasuredConfidence } from './measured-confidence.js';
import { readScoreInputs } from './read-score-inputs.js';
import { ruleReport } from './rule-report.js';
import { ruleScores, type FamilyScore, type RuleInfo } from './rule-scores.js';
import { scoreCorpus, type CorpusScore } from './score-corpus.js';
import { detailReport, scoreReport, summaryLine } from './score-report.js';
import type { Prediction } from './score-types.js';

export interface ScoreboardOptions {
  goldDir: string;
  textDir: string;
  verbose?: boolean;
  /** Defaults to the extractor's catalogue. */
  catalogue?: ReadonlyMap<string, RuleInfo>;
  /** Defaults to now (only the date is written). */
  now?: Date;
}

export interface Scoreboard {
  lines: string[];
  /** The per-rule scores, as `--check` compares them. */
  families: FamilyScore[];
  warnings: string[];
  score: CorpusScore;
  /** What `--write-confidence` writes. */
  confidence: MeasuredConfidence;
}

/** The prediction score.mjs would read from `extract --json` output. */
function predictionOf(text: string, source: string): Prediction {
  const result = extractDocument({ text, source });
  return {
    entities: result.entities.map((e) => ({ id: e.id, type: e.type, labels: e.labels, name: e.name, aliases: e.aliases })),
    relations: result.relations.map((r) => ({ source: r.source, type: r.type, target: r.target, rules: r.rules })),
  };
}

export function runScoreboard(options: ScoreboardOptions): Scoreboard {
  const { inputs, warnings } = readScoreInputs(options.goldDir, options.textDir);
  const score = scoreCorpus(
    inputs.map((i) => ({ name: i.name, gold: i.gold, prediction: i.text === null ? null : predictionOf(i.text, `${i.name}.txt`) })),
  );
  for (const { name, score: d } of score.perDocument) for (const w of d.warnings) warnings.push(`${name}.json: ${w}`);
  const report = scoreReport(score);
  const families = ruleScores(score, options.catalogue ?? CATALOGUE);
  const lines = [
    `gold: ${options.goldDir}  texts: ${options.textDir}  docs: ${score.docs}  missing texts: ${score.missing}`,
    '',
    ...report.lines,
    '',
    ...ruleReport(families),
    '',
    ...(options.verbose ? [...detailReport(score), ''] : []),
    summaryLine(score, report.entityF1, report.relationF1),
  ];
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  const goldDir = resolve(options.goldDir);
  const confidence = measuredConfidence(families, `${basename(dirname(goldDir))}/${basename(goldDir)} / ${score.docs} docs / ${date}`);
  return { lines, families, warnings, score, confidence };
}
