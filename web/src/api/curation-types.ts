/* API: the curation endpoints' JSON as the web reads it (decisions, review queue, entity edits). */

import type { GraphEdge, GraphNode } from '../../../ontology/api-types.js';

export type ReviewVerdict = 'confirmed' | 'rejected';

export interface Decision {
  id: string;
  kind: 'merge' | 'keep-apart' | 'edit' | 'review';
  by: string;
  at: string;
  payload: Record<string, unknown>;
  /** Entity and relationship ids the decision touched. */
  targets: string[];
  undone: boolean;
  undoneBy: string | null;
  undoneAt: string | null;
}

export interface DecisionsResponse {
  decisions: Decision[];
}

/** Every curation write answers with the decision it stored; entity edits and merges with the entity as it now is. */
export interface DecisionResponse {
  decision: Decision;
}
export interface EntityDecisionResponse extends DecisionResponse {
  /** After a type change, under its new id. */
  entity: GraphNode;
}
export interface ReviewDecisionResponse extends DecisionResponse {
  edge: GraphEdge;
}

export interface RelationReviewItem {
  edge: GraphEdge;
  sourceNode: GraphNode;
  targetNode: GraphNode;
  evidence: string[];
  rules: string[];
}

export interface DuplicateCandidate {
  a: GraphNode;
  b: GraphNode;
  score: number;
  nameSimilarity: number;
  sharedAliases: string[];
  sharedNeighbors: number;
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
