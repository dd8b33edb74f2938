/* Score CLI: `npm run score -- GOLD_DIR TEXT_DIR [--verbose] [--write-confidence]` — extraction measured against gold annotations. */

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { confidenceJson } from '../score/measured-confidence.js';
import { ScoreInputError } from '../score/read-score-inputs.js';
import { runScoreboard } from '../score/run-scoreboard.js';
import { sideBySide } from '../score/side-by-side-report.js';
import { describeError } from './describe-error.js';

interface Flags {
  verbose?: boolean;
  writeConfidence?: boolean;
  /** A second gold and text folder, scored beside the first (never used for confidence). */
  check?: string[];
}

const CONFIDENCE_FILE = join(import.meta.dirname, '..', 'extract', 'rules', 'rule-confidence.json');

/** Exit codes: 0 scored, 2 the inputs could not be read. */
function run(goldDir: string, textDir: string, flags: Flags): number {
  const base = process.env.INIT_CWD ?? process.cwd();
  const board = runScoreboard({ goldDir: resolve(base, goldDir), textDir: resolve(base, textDir), verbose: flags.verbose });
  for (const w of board.warnings) process.stderr.write(`score: warning: ${w}\n`);
  process.stdout.write(`${board.lines.join('\n')}\n`);
  if (flags.check) {
    const [checkGold, checkText] = flags.check;
    if (!checkGold || !checkText || flags.check.length !== 2) throw new ScoreInputError('--check takes two folders: GOLD_DIR TEXT_DIR');
    const check = runScoreboard({ goldDir: resolve(base, checkGold), textDir: resolve(base, checkText) });
    for (const w of check.warnings) process.stderr.write(`score: warning (check set): ${w}\n`);
    const tuned = { label: 'tuned on', score: board.score, families: board.families };
    const held = { label: 'check set', score: check.score, families: check.families };
    process.stdout.write(`\nSide by side: ${goldDir} | ${checkGold}\n${sideBySide(tuned, held).join('\n')}\n`);
    process.stdout.write(`check: ${check.lines[check.lines.length - 1]}\n`);
  }
  if (flags.writeConfidence) {
    writeFileSync(CONFIDENCE_FILE, confidenceJson(board.confidence));
    process.stderr.write(
      `score: wrote the measured confidence of ${Object.keys(board.confidence.rules).length} rules to ${CONFIDENCE_FILE}\n`,
    );
  }
  return 0;
}

const program = new Command()
  .name('score')
  .description(
    'Extracts every TEXT_DIR/<name>.txt and scores it against GOLD_DIR/<name>.json: precision, recall and F1 per entity type, relation type and rule.',
  )
  .argument('<goldDir>', 'folder of gold annotations (<name>.json)')
  .argument('<textDir>', 'folder of the texts (<name>.txt)')
  .option('-v, --verbose', "list each document's missed and spurious entities and relations")
  .option(
    '--check <dirs...>',
    'score a second GOLD_DIR TEXT_DIR (a check set) and print both sets side by side; confidences come from the first only',
  )
  .option('--write-confidence', "write each fired rule's smoothed precision to ingest/extract/rules/rule-confidence.json")
  .action((goldDir: string, textDir: string, flags: Flags) => {
    try {
      process.exitCode = run(goldDir, textDir, flags);
    } catch (error) {
      process.stderr.write(`score: ${error instanceof ScoreInputError ? error.message : describeError(error)}\n`);
      process.exitCode = 2;
    }
  });

program.parse(process.argv);
