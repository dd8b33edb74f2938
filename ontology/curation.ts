/* Ontology: curation — the labels of decision and redirect nodes, decision kinds, review verdicts. */

import { ID_PREFIX, type PrimaryEntityLabel } from './labels.js';

/** `(:Decision {id, kind, by, at, payload, undone, targets})`: one analyst decision, newest first in the history. */
export const DECISION_LABEL = 'Decision' as const;
/** `(:MergedId {id, to})`: an entity id merged away (or retyped) and the id that now stands for it; ingest resolves through it. */
export const MERGED_ID_LABEL = 'MergedId' as const;

export type DecisionKind = 'merge' | 'keep-apart' | 'edit' | 'review';

export const REVIEW_VERDICTS = ['confirmed', 'rejected'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

const LABEL_BY_PREFIX = new Map(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label as PrimaryEntityLabel]));

/** The primary label an entity id stands for (`person:…` → Person), or undefined. */
export function entityLabelOfId(id: string): PrimaryEntityLabel | undefined {
  return LABEL_BY_PREFIX.get(id.slice(0, id.indexOf(':')));
}
