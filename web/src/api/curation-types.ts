/* API: the curation endpoints' JSON as the web reads it — the shapes of ontology/api-types.ts under the names the views use. */

import type {
  DecisionResponse,
  DuplicateCandidate,
  EntityDecisionResponse,
  ReviewDecisionResponse,
  ReviewQueueResponse,
  ReviewRelationItem,
} from '../../../ontology/api-types.js';
import type { ReviewVerdict } from '../../../ontology/curation.js';

export type { DecisionsResponse } from '../../../ontology/api-types.js';
export type { DuplicateCandidate, EntityDecisionResponse, ReviewDecisionResponse, ReviewQueueResponse, ReviewVerdict };

/** One stored decision. */
export type Decision = DecisionResponse;
/** What keep-apart and undo answer. */
export interface DecisionOnlyResponse {
  decision: Decision;
}
export type RelationReviewItem = ReviewRelationItem;

export interface EntityPatch {
  name?: string;
  type?: string;
  addAliases?: string[];
  removeAliases?: string[];
}
