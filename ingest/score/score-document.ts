/* Scoreboard: one document's counts by entity and relation type, its misses and spurious items. */

import { matchEntities } from './match-entities.js';
import { matchRelations, type ScoredRelation } from './match-relations.js';
import type { Counts, GoldDocument, Prediction } from './score-types.js';

export interface DocumentScore {
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
  minister: Counts;
  /** Every distinct predicted relation, with whether it was right and the rules behind it. */
  scoredRelations: ScoredRelation[];
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  /** "A -TYPE-> B", with the rules that produced it. */
  spuriousRelations: { text: string; rules: string[] }[];
  warnings: string[];
}

/** `prediction` null counts as an empty prediction (nothing found). */
export function scoreDocument(gold: GoldDocument, prediction: Prediction | null): DocumentScore {
  const em = matchEntities(gold, prediction);
  const rm = matchRelations(gold, prediction, em);
  const nameOf = (end: Parameters<typeof rm.resolve>[0]): string => {
    const j = rm.resolve(end);
    return j === undefined ? String(end) : String(em.predicted[j]!.e.name);
  };
  return {
    entities: em.counts,
    relations: rm.counts,
    minister: em.minister,
    scoredRelations: rm.relations,
    missedEntities: em.gold.filter((_g, i) => em.goldToPred[i]! < 0).map((g) => `${g.type}:${g.e.name}`),
    spuriousEntities: em.predicted.filter((_p, j) => !em.predToGold.has(j)).map((p) => `${p.type}:${p.e.name}`),
    missedRelations: rm.missed.map((r) => `${r.source} -${r.type}-> ${r.target}`),
    spuriousRelations: rm.relations
      .filter((r) => !r.hit)
      .map((r) => ({ text: `${nameOf(r.relation.source)} -${r.relation.type}-> ${nameOf(r.relation.target)}`, rules: r.rules })),
    warnings: rm.warnings,
  };
}
