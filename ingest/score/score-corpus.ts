/* Scoreboard: scores every document of a set and adds their counts up by type. */

import { scoreDocument, type DocumentScore } from './score-document.js';
import { emptyCounts, type Counts, type GoldDocument, type Prediction } from './score-types.js';

export interface ScoredInput {
  /** The document's name (its gold file without ".json"). */
  name: string;
  gold: GoldDocument;
  /** Null: nothing was predicted (e.g. the text is missing). */
  prediction: Prediction | null;
}

export interface CorpusScore {
  docs: number;
  /** Documents scored against an empty prediction. */
  missing: number;
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
  minister: Counts;
  perDocument: { name: string; score: DocumentScore }[];
}

function addInto(total: Record<string, Counts>, part: Record<string, Counts>): void {
  for (const [type, c] of Object.entries(part)) {
    const t = (total[type] ??= emptyCounts());
    t.gold += c.gold;
    t.pred += c.pred;
    t.tp += c.tp;
  }
}

export function scoreCorpus(inputs: readonly ScoredInput[]): CorpusScore {
  const out: CorpusScore = { docs: inputs.length, missing: 0, entities: {}, relations: {}, minister: emptyCounts(), perDocument: [] };
  for (const input of inputs) {
    if (!input.prediction) out.missing++;
    const score = scoreDocument(input.gold, input.prediction);
    addInto(out.entities, score.entities);
    addInto(out.relations, score.relations);
    out.minister.gold += score.minister.gold;
    out.minister.pred += score.minister.pred;
    out.minister.tp += score.minister.tp;
    out.perDocument.push({ name: input.name, score });
  }
  return out;
}
