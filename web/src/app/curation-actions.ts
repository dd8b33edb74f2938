/* App: the curation actions views may call — each stores one decision through the API, tells the analyst, and brings the view in line. */

import type { GraphNode } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import type { Decision, EntityPatch, ReviewVerdict } from '../api/curation-types.js';
import { curationChanged } from '../core/curation/curation-store.js';
import { describeDecision } from '../core/curation/describe-decision.js';
import { nameInView } from '../core/graph/index.js';
import { errorMessage, toast } from '../views/status.js';
import { afterEdit, afterMerge, afterUndo, applyVerdict } from './curation-sync.js';

export interface Curation {
  /** Each returns the stored decision, or null after telling the analyst why not. */
  review(relationId: string, verdict: ReviewVerdict): Promise<Decision | null>;
  merge(into: string, from: string[], label: string): Promise<Decision | null>;
  edit(id: string, patch: EntityPatch, label: string): Promise<Decision | null>;
  keepApart(ids: string[], label: string): Promise<Decision | null>;
  undo(decision: Decision): Promise<Decision | null>;
}

type EntityDecision = Decision & { entity?: GraphNode };

async function attempt(
  what: string,
  run: () => Promise<{ decision: Decision; entity?: GraphNode }>,
  after: (d: EntityDecision) => Promise<void> | void,
  done: string,
): Promise<Decision | null> {
  let decision: Decision;
  let entity: GraphNode | undefined;
  try {
    ({ decision, entity } = await run());
  } catch (error) {
    toast(`${what} failed: ${errorMessage(error)}`, 'error');
    return null;
  }
  try {
    await after({ ...decision, entity });
  } catch (error) {
    toast(`${done}, but the view could not be refreshed: ${errorMessage(error)}`, 'error');
    return decision;
  }
  toast(done);
  return decision;
}

export function createCuration(): Curation {
  return {
    review: (relationId, verdict) =>
      attempt(
        verdict === 'confirmed' ? 'Confirming' : 'Rejecting',
        () => api.reviewRelation(relationId, verdict),
        () => (applyVerdict(relationId, verdict), curationChanged()),
        verdict === 'confirmed' ? 'Relation confirmed.' : 'Relation rejected: it is hidden from every view and export.',
      ),
    merge: (into, from, label) =>
      attempt(
        'Merging',
        () => api.merge(into, from),
        () => afterMerge(into, from),
        label,
      ),
    edit: (id, patch, label) =>
      attempt(
        'Saving',
        () => api.editEntity(id, patch),
        (d) => afterEdit(id, d.entity),
        label,
      ),
    keepApart: (ids, label) =>
      attempt(
        'Keeping apart',
        () => api.keepApart(ids),
        () => curationChanged(),
        label,
      ),
    undo: (decision) =>
      attempt(
        'Undo',
        () => api.undoDecision(decision.id),
        (d) => afterUndo({ ...decision, ...d, targets: [...new Set([...(decision.targets ?? []), ...(d.targets ?? [])])] }),
        undoneText(decision),
      ),
  };
}

/** Read before the undo, while the view still shows what the decision named. */
function undoneText(decision: Decision): string {
  const words = describeDecision(decision, nameInView);
  return `Undone: ${words.title.toLowerCase()} (${words.line}).`;
}
