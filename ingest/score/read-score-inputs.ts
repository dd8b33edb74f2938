/*
 * Scoreboard: reads GOLD_DIR/<name>.json and TEXT_DIR/<name>.txt. The documents scored are the gold
 * files (as score.mjs does): a gold file without its text is scored against an empty prediction,
 * a text without gold is skipped; both with a warning. A missing folder, a gold file that is not
 * JSON or not an annotation is an error naming it.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDocument } from './score-types.js';

export class ScoreInputError extends Error {}

export interface ScoreInput {
  name: string;
  gold: GoldDocument;
  /** Null when TEXT_DIR has no `<name>.txt`. */
  text: string | null;
}

function listDir(dir: string, what: string): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new ScoreInputError(`${what} ${dir} does not exist`);
  }
  if (!isDir) throw new ScoreInputError(`${what} ${dir} is not a folder`);
  return readdirSync(dir);
}

function readGold(file: string): GoldDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScoreInputError(`gold file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const g = parsed as GoldDocument | null;
  if (
    !g ||
    typeof g !== 'object' ||
    Array.isArray(g) ||
    (g.entities !== undefined && !Array.isArray(g.entities)) ||
    (g.relations !== undefined && !Array.isArray(g.relations))
  ) {
    throw new ScoreInputError(`gold file ${file} is not an annotation ({"entities": [...], "relations": [...]})`);
  }
  return g;
}

export function readScoreInputs(goldDir: string, textDir: string): { inputs: ScoreInput[]; warnings: string[] } {
  const goldNames = listDir(goldDir, 'gold folder')
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const textNames = new Set(
    listDir(textDir, 'text folder')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -'.txt'.length)),
  );
  if (goldNames.length === 0) throw new ScoreInputError(`gold folder ${goldDir} holds no .json files`);
  const warnings: string[] = [];
  const goldSet = new Set(goldNames);
  for (const name of [...textNames].sort()) if (!goldSet.has(name)) warnings.push(`${name}.txt has no gold ${name}.json: skipped`);
  const inputs = goldNames.map((name) => {
    const gold = readGold(join(goldDir, `${name}.json`));
    if (!textNames.has(name)) warnings.push(`no text ${name}.txt for gold ${name}.json: scored as an empty prediction`);
    return { name, gold, text: textNames.has(name) ? readFileSync(join(textDir, `${name}.txt`), 'utf8') : null };
  });
  return { inputs, warnings };
}
