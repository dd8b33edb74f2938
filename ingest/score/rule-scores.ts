/*
 * Scoreboard: credit and blame per rule. A right relation counts as a true positive for each rule
 * that produced it, a wrong one as a false positive for each. A rule's recall is its true
 * positives over the gold relations of the types it may emit; a family's, over those of the types
 * any of its rules may emit (a relation found by two rules of one family counts once for it).
 */

import { precisionRecall } from './precision-recall.js';
import type { CorpusScore } from './score-corpus.js';

/** What the scoreboard needs to know of a catalogue rule. */
export interface RuleInfo {
  emits: readonly string[];
}

export interface RuleScore {
  id: string;
  family: string;
  /** Relation types the rule may emit (unknown rules: the types it was seen emitting). */
  emits: string[];
  predicted: number;
  tp: number;
  /** Gold relations of the types in `emits`. */
  gold: number;
  precision: number;
  recall: number;
}

export interface FamilyScore extends Omit<RuleScore, 'id'> {
  rules: RuleScore[];
}

const familyOf = (ruleId: string): string => ruleId.split('.')[0] ?? ruleId;

function finish<T extends { predicted: number; tp: number; gold: number; precision: number; recall: number }>(s: T): T {
  const m = precisionRecall(s.tp, s.predicted, s.gold);
  s.precision = m.p;
  s.recall = m.r;
  return s;
}

/** Every catalogue rule (fired or not) and every rule seen on a relation, grouped by family, sorted by family then id. */
export function ruleScores(score: CorpusScore, catalogue: ReadonlyMap<string, RuleInfo>): FamilyScore[] {
  const goldOf = (types: Iterable<string>): number => {
    let n = 0;
    for (const t of types) n += score.relations[t]?.gold ?? 0;
    return n;
  };
  const rules = new Map<string, RuleScore>();
  const ruleFor = (id: string): RuleScore => {
    let r = rules.get(id);
    if (!r) {
      r = { id, family: familyOf(id), emits: [...(catalogue.get(id)?.emits ?? [])], predicted: 0, tp: 0, gold: 0, precision: 0, recall: 0 };
      rules.set(id, r);
    }
    return r;
  };
  for (const id of catalogue.keys()) ruleFor(id);
  const families = new Map<string, FamilyScore>();
  const familyFor = (name: string): FamilyScore => {
    let f = families.get(name);
    if (!f) {
      f = { family: name, emits: [], predicted: 0, tp: 0, gold: 0, precision: 0, recall: 0, rules: [] };
      families.set(name, f);
    }
    return f;
  };

  for (const { score: doc } of score.perDocument) {
    for (const rel of doc.scoredRelations) {
      const credited = new Set<string>();
      for (const id of rel.rules) {
        const r = ruleFor(id);
        r.predicted++;
        if (rel.hit) r.tp++;
        if (!catalogue.has(id) && !r.emits.includes(rel.relation.type)) r.emits.push(rel.relation.type);
        credited.add(r.family);
      }
      for (const name of credited) {
        const f = familyFor(name);
        f.predicted++;
        if (rel.hit) f.tp++;
      }
    }
  }

  for (const r of rules.values()) {
    r.emits.sort();
    r.gold = goldOf(r.emits);
    finish(r);
    const f = familyFor(r.family);
    f.rules.push(r);
    for (const t of r.emits) if (!f.emits.includes(t)) f.emits.push(t);
  }
  for (const f of families.values()) {
    f.emits.sort();
    f.gold = goldOf(f.emits);
    f.rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    finish(f);
  }
  return [...families.values()].sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
}
