/* Scoreboard: the shapes it reads (gold annotations, predictions) and the counts it keeps. */

/** One gold entity: a type, a name, and the other names and types it may be matched by. */
export interface GoldEntity {
  name: string;
  type: string;
  labels?: string[];
  aliases?: string[];
  /** Other types a prediction may carry and still match (counted under `type`). */
  altTypes?: string[];
  properties?: Record<string, unknown>;
}

/** One gold relation; its ends are gold entity names. */
export interface GoldRelation {
  source: string;
  type: string;
  target: string;
  properties?: Record<string, unknown>;
}

/** A gold file: `GOLD_DIR/<name>.json`. */
export interface GoldDocument {
  entities?: GoldEntity[];
  relations?: GoldRelation[];
}

/** An entity as `extract` prints it (only the fields the scoreboard reads). */
export interface PredictedEntity {
  id?: string | number | null;
  type?: string;
  labels?: string[];
  name?: string | null;
  aliases?: string[];
}

/** An end of a predicted relation: an entity id (or, failing that, a name), or an object with one. */
export type RelationEnd = string | number | { id?: string | number | null; name?: string | null } | null | undefined;

export interface PredictedRelation {
  source: RelationEnd;
  type: string;
  target: RelationEnd;
  /** Ids of the rules that produced it (credited or blamed by the per-rule table). */
  rules?: string[];
}

/** What the extractor found in one document. */
export interface Prediction {
  entities?: PredictedEntity[];
  relations?: PredictedRelation[];
}

export interface Counts {
  gold: number;
  pred: number;
  tp: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, pred: 0, tp: 0 };
}

/** Adds `k` to the counts of `type` in a by-type table, creating them at zero. */
export function bump(table: Record<string, Counts>, type: string, k: keyof Counts, by = 1): void {
  table[type] ??= emptyCounts();
  table[type][k] += by;
}
