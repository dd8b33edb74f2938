/*
 * Scoreboard: pairs gold and predicted entities one-to-one. Two entities may pair when the
 * prediction's type is the gold type (or one of its altTypes; a Minister counts as a Person) and
 * their normalised names are equal, or one's name is one of the other's aliases. The pairing is a
 * maximum bipartite matching that takes exact-name pairs first.
 */

import { normaliseName } from './normalise-name.js';
import {
  bump,
  emptyCounts,
  type Counts,
  type GoldDocument,
  type GoldEntity,
  type Prediction,
  type PredictedEntity,
} from './score-types.js';

const IGNORED_ENTITY_TYPES = new Set(['Document']);

interface GoldEntityInfo {
  e: GoldEntity;
  type: string;
  types: Set<string>;
  name: string;
  aliases: Set<string>;
}

interface PredictedEntityInfo {
  e: PredictedEntity;
  type: string;
  name: string;
  aliases: Set<string>;
}

export interface EntityMatch {
  gold: GoldEntityInfo[];
  predicted: PredictedEntityInfo[];
  /** goldToPred[i]: index of the predicted entity paired with gold entity i, or -1. */
  goldToPred: number[];
  /** Predicted index → the gold index it is paired with. */
  predToGold: Map<number, number>;
  /** compatible[j]: every gold entity predicted entity j could stand for (ignoring one-to-one). */
  compatible: Set<number>[];
  /** By type; a prediction paired through an altType counts under the gold type. */
  counts: Record<string, Counts>;
  /** The Minister label on Person entities (diagnostic only). */
  minister: Counts;
}

/** The type a predicted entity is scored as: its type (or first label), Minister read as Person. */
function predictedType(e: PredictedEntity): string {
  const t = e.type || (Array.isArray(e.labels) ? e.labels[0] : undefined) || 'Unknown';
  return t === 'Minister' ? 'Person' : t;
}

function hasMinister(e: PredictedEntity): boolean {
  return (Array.isArray(e.labels) && e.labels.includes('Minister')) || e.type === 'Minister';
}

/** Candidates of one gold entity, in order of preference; `exact` are the equal-name ones. */
type Candidates = number[] & { exact: number[] };

/** Kuhn's augmenting paths after a greedy pass over exact-name pairs; returns goldToPred. */
function maximumMatching(candidates: Candidates[]): number[] {
  const predOwner = new Map<number, number>();
  const goldToPred: number[] = new Array<number>(candidates.length).fill(-1);
  const augment = (u: number, seen: Set<number>): boolean => {
    for (const v of candidates[u]!) {
      if (seen.has(v)) continue;
      seen.add(v);
      if (!predOwner.has(v) || augment(predOwner.get(v)!, seen)) {
        predOwner.set(v, u);
        goldToPred[u] = v;
        return true;
      }
    }
    return false;
  };
  for (let u = 0; u < candidates.length; u++) {
    for (const v of candidates[u]!.exact) {
      if (!predOwner.has(v)) {
        predOwner.set(v, u);
        goldToPred[u] = v;
        break;
      }
    }
  }
  for (let u = 0; u < candidates.length; u++) if (goldToPred[u] === -1) augment(u, new Set());
  return goldToPred;
}

const normalisedAliases = (aliases: unknown): Set<string> =>
  new Set((Array.isArray(aliases) ? (aliases as unknown[]) : []).map(normaliseName).filter(Boolean));

export function matchEntities(goldDoc: GoldDocument, prediction: Prediction | null): EntityMatch {
  const goldEntities = (goldDoc.entities ?? []).filter((e) => !IGNORED_ENTITY_TYPES.has(e.type));
  const predEntities = (prediction && Array.isArray(prediction.entities) ? prediction.entities : []).filter(
    (e) => !IGNORED_ENTITY_TYPES.has(predictedType(e)),
  );

  const gold: GoldEntityInfo[] = goldEntities.map((e) => ({
    e,
    type: e.type,
    types: new Set([e.type, ...(e.altTypes ?? [])]),
    name: normaliseName(e.name),
    aliases: normalisedAliases(e.aliases),
  }));
  const predicted: PredictedEntityInfo[] = predEntities.map((e) => ({
    e,
    type: predictedType(e),
    name: normaliseName(e.name),
    aliases: normalisedAliases(e.aliases),
  }));

  const candidates: Candidates[] = gold.map((g) => {
    const exact: number[] = [];
    const other: number[] = [];
    predicted.forEach((p, j) => {
      if (!g.types.has(p.type) || (!p.name && !g.name)) return;
      if (p.name && p.name === g.name) exact.push(j);
      else if ((p.name && g.aliases.has(p.name)) || (g.name && p.aliases.has(g.name))) other.push(j);
    });
    return Object.assign([...exact, ...other], { exact });
  });
  const goldToPred = maximumMatching(candidates);
  const predToGold = new Map<number, number>();
  goldToPred.forEach((j, i) => {
    if (j >= 0) predToGold.set(j, i);
  });
  const compatible = predicted.map(() => new Set<number>());
  candidates.forEach((list, i) => list.forEach((j) => compatible[j]!.add(i)));

  const counts: Record<string, Counts> = {};
  gold.forEach((g, i) => {
    bump(counts, g.type, 'gold');
    if (goldToPred[i]! >= 0) {
      bump(counts, g.type, 'tp');
      bump(counts, g.type, 'pred');
    }
  });
  predicted.forEach((p, j) => {
    if (!predToGold.has(j)) bump(counts, p.type, 'pred');
  });

  const minister = emptyCounts();
  gold.forEach((g, i) => {
    if (g.type !== 'Person') return;
    const goldMinister = Array.isArray(g.e.labels) && g.e.labels.includes('Minister');
    if (goldMinister) minister.gold++;
    const j = goldToPred[i]!;
    if (j >= 0 && hasMinister(predicted[j]!.e)) {
      minister.pred++;
      if (goldMinister) minister.tp++;
    }
  });
  predicted.forEach((p, j) => {
    if (!predToGold.has(j) && hasMinister(p.e)) minister.pred++;
  });

  return { gold, predicted, goldToPred, predToGold, compatible, counts, minister };
}
