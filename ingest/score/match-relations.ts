/*
 * Scoreboard: pairs predicted relations with gold ones. A prediction is right when its type is the
 * gold type and its ends are the gold ends' paired entities (either way round for MET_WITH and
 * TRADES_WITH); failing that, when its ends could merely stand for them (a duplicate or alias-only
 * node). A relation predicted twice (same type and ends) counts once; the copies' rules are pooled.
 */

import type { EntityMatch } from './match-entities.js';
import {
  bump,
  type Counts,
  type GoldDocument,
  type GoldRelation,
  type Prediction,
  type PredictedRelation,
  type RelationEnd,
} from './score-types.js';

const SYMMETRIC = new Set(['MET_WITH', 'TRADES_WITH']);
const IGNORED_RELATION_TYPES = new Set(['MENTIONED_IN']);

/** One distinct predicted relation after de-duplication. */
export interface ScoredRelation {
  relation: PredictedRelation;
  /** Indexes of its ends among the predicted entities (undefined when they name no entity). */
  a: number | undefined;
  b: number | undefined;
  /** Rules of every copy of the relation, each once, in order of first appearance. */
  rules: string[];
  hit: boolean;
}

export interface RelationMatch {
  counts: Record<string, Counts>;
  relations: ScoredRelation[];
  missed: GoldRelation[];
  /** Gold relations whose ends are not gold entity names (skipped). */
  warnings: string[];
  /** The predicted entity index an end refers to, by id, else by name. */
  resolve(end: RelationEnd): number | undefined;
}

/** The key of a relation; symmetric types put the smaller end first (numbers and strings compare as JavaScript does). */
function relationKey(type: string, a: number | string, b: number | string): string {
  return SYMMETRIC.has(type) && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;
}

export function matchRelations(goldDoc: GoldDocument, prediction: Prediction | null, entities: EntityMatch): RelationMatch {
  const { gold, predicted, predToGold, compatible } = entities;
  const warnings: string[] = [];
  const goldIndexByName = new Map(gold.map((g, i) => [g.e.name, i]));
  const goldRelations: { r: GoldRelation; key: string }[] = [];
  for (const r of goldDoc.relations ?? []) {
    const a = goldIndexByName.get(r.source);
    const b = goldIndexByName.get(r.target);
    if (a === undefined || b === undefined) {
      warnings.push(`gold relation with unknown endpoint: ${JSON.stringify(r)}`);
      continue;
    }
    goldRelations.push({ r, key: relationKey(r.type, a, b) });
  }
  const goldKeys = new Set(goldRelations.map((g) => g.key));

  const predIndexById = new Map<string, number>();
  const predIndexByName = new Map<string, number>();
  predicted.forEach((p, j) => {
    if (p.e.id !== null && p.e.id !== undefined) predIndexById.set(String(p.e.id), j);
    if (p.e.name !== null && p.e.name !== undefined && !predIndexByName.has(p.e.name)) predIndexByName.set(p.e.name, j);
  });
  const resolve = (end: RelationEnd): number | undefined => {
    let ref: unknown = end;
    if (ref && typeof ref === 'object') ref = (ref as { id?: unknown; name?: unknown }).id ?? (ref as { name?: unknown }).name;
    if (ref === null || ref === undefined) return undefined;
    const s = String(ref);
    return predIndexById.has(s) ? predIndexById.get(s) : predIndexByName.get(s);
  };

  const counts: Record<string, Counts> = {};
  for (const g of goldRelations) bump(counts, g.r.type, 'gold');

  const byKey = new Map<string, ScoredRelation>();
  const relations: ScoredRelation[] = [];
  for (const r of prediction && Array.isArray(prediction.relations) ? prediction.relations : []) {
    if (!r || IGNORED_RELATION_TYPES.has(r.type)) continue;
    const a = resolve(r.source);
    const b = resolve(r.target);
    const key = relationKey(r.type, `p${a ?? String(r.source)}`, `p${b ?? String(r.target)}`);
    const rules = Array.isArray(r.rules) ? r.rules : [];
    const seen = byKey.get(key);
    if (seen) {
      for (const rule of rules) if (!seen.rules.includes(rule)) seen.rules.push(rule);
      continue;
    }
    const scored: ScoredRelation = { relation: r, a, b, rules: [...new Set(rules)], hit: false };
    byKey.set(key, scored);
    bump(counts, r.type, 'pred');
    relations.push(scored);
  }

  const matchedGold = new Set<string>();
  // Pass 1: the ends are the one-to-one paired entities.
  for (const pr of relations) {
    const ga = pr.a === undefined ? undefined : predToGold.get(pr.a);
    const gb = pr.b === undefined ? undefined : predToGold.get(pr.b);
    if (ga === undefined || gb === undefined) continue;
    const k = relationKey(pr.relation.type, ga, gb);
    if (goldKeys.has(k) && !matchedGold.has(k)) {
      matchedGold.add(k);
      pr.hit = true;
      bump(counts, pr.relation.type, 'tp');
    }
  }
  // Pass 2: the ends are merely compatible (duplicate or alias-only nodes).
  for (const pr of relations) {
    if (pr.hit || pr.a === undefined || pr.b === undefined) continue;
    for (const g of goldRelations) {
      if (g.r.type !== pr.relation.type || matchedGold.has(g.key)) continue;
      const gs = goldIndexByName.get(g.r.source)!;
      const gt = goldIndexByName.get(g.r.target)!;
      const forward = compatible[pr.a]!.has(gs) && compatible[pr.b]!.has(gt);
      const reverse = SYMMETRIC.has(g.r.type) && compatible[pr.a]!.has(gt) && compatible[pr.b]!.has(gs);
      if (forward || reverse) {
        matchedGold.add(g.key);
        pr.hit = true;
        bump(counts, pr.relation.type, 'tp');
        break;
      }
    }
  }

  return { counts, relations, missed: goldRelations.filter((g) => !matchedGold.has(g.key)).map((g) => g.r), warnings, resolve };
}
