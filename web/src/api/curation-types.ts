/* API: the curation endpoints' JSON as the web reads it (decisions, review queue, entity edits). */

import type { GraphEdge, GraphNode, RelationDetailsResponse } from '../../../ontology/api-types.js';

export type ReviewVerdict = 'confirmed' | 'rejected';

export interface Decision {
  id: string;
  kind: string;
  by: string;
  at: string;
  payload: Record<string, unknown>;
  undone: boolean;
}

export interface DecisionsResponse {
  decisions: Decision[];
}

/** Every curation write answers with the decision it stored. */
export interface DecisionResponse {
  decision: Decision;
}

export type RelationReviewItem = RelationDetailsResponse;

export interface DuplicateCandidate {
  a: GraphNode;
  b: GraphNode;
  score: number;
  reasons: string[];
}

export interface ReviewQueueResponse<K extends 'relations' | 'duplicates'> {
  kind: K;
  items: K extends 'relations' ? RelationReviewItem[] : DuplicateCandidate[];
}

export interface EntityPatch {
  name?: string;
  type?: string;
  addAliases?: string[];
  removeAliases?: string[];
}

/** The review state an edge carries: confirmed edges get a mark, rejected ones leave the view. */
export function reviewOf(edge: GraphEdge): ReviewVerdict | null {
  const value = (edge as GraphEdge & { review?: unknown }).review ?? edge.properties.review;
  return value === 'confirmed' || value === 'rejected' ? value : null;
}
