/* Server curation: confirm or reject one relationship. A rejected one keeps its evidence and is hidden
   from every view, export and search unless `include=rejected`; ingest keeps the verdict. */

import type { ReviewVerdict } from '../../ontology/curation.js';
import { ALL_RELATION_TYPES } from '../../ontology/relation-types.js';
import { AppError } from '../errors/app-error.js';
import type { WriteTx } from './decision-tx.js';
import { storable, type Props } from './entity-state.js';

// One index seek per type, as GET /api/relations/:id does.
const FIND = ALL_RELATION_TYPES.filter((t) => t !== 'MENTIONED_IN')
  .map((t) => `MATCH ()-[r:${t} {id: $id}]->() RETURN r`)
  .join(' UNION ALL ');

export interface ReviewRestore {
  id: string;
  before: { review: unknown; reviewNote: unknown; reviewedBy: unknown; reviewedAt: unknown };
}

export interface LockedRelation {
  eid: string;
  source: string;
  target: string;
  props: Props;
}

/** Write-locks a relationship found by its stable id; undefined when there is none. */
async function lockRelation(tx: WriteTx, id: string): Promise<LockedRelation | undefined> {
  const found = await tx.run(`CALL () { ${FIND} } WITH r LIMIT 1 SET r._lock = true REMOVE r._lock RETURN elementId(r) AS eid`, { id });
  const eid = found.records[0]?.get('eid') as string | undefined;
  if (!eid) return undefined;
  const row = (await tx.run('MATCH (a)-[r]->(b) WHERE elementId(r) = $eid RETURN a.id AS s, b.id AS t, properties(r) AS props', { eid }))
    .records[0];
  if (!row) return undefined;
  return { eid, source: row.get('s') as string, target: row.get('t') as string, props: row.get('props') as Props };
}

export async function applyReview(
  tx: WriteTx,
  id: string,
  verdict: ReviewVerdict,
  note: string | undefined,
  by: string,
): Promise<{ restore: ReviewRestore; rel: LockedRelation }> {
  const rel = await lockRelation(tx, id);
  if (!rel) throw AppError.notFound('Relationship', id);
  const p = rel.props;
  const restore: ReviewRestore = {
    id,
    before: {
      review: p.review ?? null,
      reviewNote: p.reviewNote ?? null,
      reviewedBy: p.reviewedBy ?? null,
      reviewedAt: p.reviewedAt ?? null,
    },
  };
  await tx.run('MATCH ()-[r]->() WHERE elementId(r) = $eid SET r += $set', {
    eid: rel.eid,
    set: { review: verdict, reviewNote: note ?? null, reviewedBy: by, reviewedAt: new Date().toISOString() },
  });
  return { restore, rel };
}

export async function undoReview(tx: WriteTx, r: ReviewRestore): Promise<void> {
  const rel = await lockRelation(tx, r.id);
  if (!rel) throw new AppError(409, 'cannot_undo', `Relationship ${r.id} no longer exists.`);
  await tx.run('MATCH ()-[r]->() WHERE elementId(r) = $eid SET r = $props', {
    eid: rel.eid,
    props: storable({ ...rel.props, ...r.before }),
  });
}
