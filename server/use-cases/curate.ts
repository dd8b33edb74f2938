/* Server use cases: the curation decisions — each one transaction that locks, checks, applies and
   records a :Decision (who, when, what was asked, what undo needs); undo restores what it changed. */

import type { DecisionResponse, EntityDecisionResponse, ReviewDecisionResponse } from '../../ontology/api-types.js';
import type { ReviewVerdict } from '../../ontology/curation.js';
import type { ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { edgeMap } from '../queries/cypher-fragments.js';
import { toGraphEdge, type EdgeMap } from '../queries/to-graph-element.js';
import { inWriteTransaction, laterDecisionOn, lockDecision, markUndone, recordDecision } from '../curation/decision-tx.js';
import { applyEdit, undoEdit, type EditRequest, type EditRestore } from '../curation/edit-entity.js';
import { lockEntities, missingEntity, readEntity } from '../curation/entity-state.js';
import { applyMerge, undoMerge, type MergeRestore } from '../curation/merge-entities.js';
import { applyReview, undoReview, type ReviewRestore } from '../curation/review-relation.js';

export interface MergeRequest {
  into: string;
  from: string[];
  allowTypeChange?: boolean;
}

export function mergeUseCase(ctx: ServerContext, req: MergeRequest, by: string): Promise<EntityDecisionResponse> {
  const from = [...new Set(req.from)];
  if (from.includes(req.into)) throw AppError.badRequest('merge_into_itself', `Cannot merge ${req.into} into itself.`);
  return inWriteTransaction(ctx, async (tx) => {
    const restore = await applyMerge(tx, req.into, from, req.allowTypeChange === true);
    const decision = await recordDecision(tx, {
      kind: 'merge',
      by,
      payload: {
        into: req.into,
        from,
        allowTypeChange: req.allowTypeChange === true,
        names: restore.merged.map((m) => m.props.name ?? m.id),
      },
      restore,
      targets: [req.into, ...from],
    });
    return { decision, entity: await readEntity(tx, req.into) };
  });
}

export function editUseCase(ctx: ServerContext, id: string, edit: EditRequest, by: string): Promise<EntityDecisionResponse> {
  if (edit.name === undefined && edit.type === undefined && !edit.addAliases?.length && !edit.removeAliases?.length) {
    throw AppError.badRequest('invalid_request', 'Nothing to change: send name, type, addAliases or removeAliases.');
  }
  return inWriteTransaction(ctx, async (tx) => {
    const { restore, id: newId } = await applyEdit(tx, id, edit);
    const decision = await recordDecision(tx, {
      kind: 'edit',
      by,
      payload: { id, ...edit, ...(newId !== id ? { newId } : {}), previousName: restore.before.name },
      restore,
      targets: newId !== id ? [id, newId] : [id],
    });
    return { decision, entity: await readEntity(tx, newId) };
  });
}

export function keepApartUseCase(ctx: ServerContext, ids: string[], by: string): Promise<{ decision: DecisionResponse }> {
  const unique = [...new Set(ids)].sort();
  if (unique.length < 2) throw AppError.badRequest('invalid_request', 'keep-apart needs at least two different entity ids.');
  return inWriteTransaction(ctx, async (tx) => {
    const states = await lockEntities(tx, unique);
    for (const id of unique) if (!states.has(id)) throw await missingEntity(tx, id);
    const names = unique.map((id) => states.get(id)!.props.name ?? id);
    return {
      decision: await recordDecision(tx, { kind: 'keep-apart', by, payload: { ids: unique, names }, restore: null, targets: unique }),
    };
  });
}

export function reviewUseCase(
  ctx: ServerContext,
  id: string,
  verdict: ReviewVerdict,
  note: string | undefined,
  by: string,
): Promise<ReviewDecisionResponse> {
  return inWriteTransaction(ctx, async (tx) => {
    const { restore, rel } = await applyReview(tx, id, verdict, note, by);
    const decision = await recordDecision(tx, {
      kind: 'review',
      by,
      payload: { relationId: id, verdict, ...(note ? { note } : {}), source: rel.source, target: rel.target },
      restore,
      targets: [id, rel.source, rel.target],
    });
    const edge = await tx.run(`MATCH ()-[r]->() WHERE elementId(r) = $eid RETURN ${edgeMap('r')} AS edge`, { eid: rel.eid });
    return { decision, edge: toGraphEdge(edge.records[0]!.get('edge') as EdgeMap) };
  });
}

export function undoUseCase(ctx: ServerContext, id: string, by: string): Promise<{ decision: DecisionResponse }> {
  return inWriteTransaction(ctx, async (tx) => {
    const d = await lockDecision(tx, id);
    if (!d) throw AppError.notFound('Decision', id);
    if (d.undone) throw new AppError(409, 'already_undone', `Decision ${id} was already undone.`);
    const later = await laterDecisionOn(tx, id, d.at, d.targets ?? []);
    if (later)
      throw new AppError(409, 'later_decision', `A later decision (${later}) changed the same entities or relationships: undo it first.`);
    const restore = JSON.parse(d.restore) as unknown;
    if (d.kind === 'merge') await undoMerge(tx, restore as MergeRestore);
    else if (d.kind === 'edit') await undoEdit(tx, restore as EditRestore);
    else if (d.kind === 'review') await undoReview(tx, restore as ReviewRestore);
    return { decision: await markUndone(tx, id, by) };
  });
}
