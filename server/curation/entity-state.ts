/* Server curation: entities locked and read inside a decision's transaction, and values made storable again. */

import neo4j from 'neo4j-driver';
import type { GraphNode } from '../../ontology/api-types.js';
import { entityLabelOfId, MERGED_ID_LABEL } from '../../ontology/curation.js';
import { AppError } from '../errors/app-error.js';
import { nodeMap } from '../queries/cypher-fragments.js';
import { toGraphNode, type NodeMap } from '../queries/to-graph-element.js';
import type { WriteTx } from './decision-tx.js';

export type Props = Record<string, unknown>;

export interface EntityState {
  id: string;
  eid: string;
  labels: string[];
  props: Props;
}

/** The label of an entity id, or a 404 naming it. */
export function labelOrNotFound(id: string): string {
  const label = entityLabelOfId(id);
  if (!label) throw AppError.notFound('Entity', id);
  return label;
}

/** Write-locks the entities (in id order, so two decisions never wait on each other in a cycle) and
 *  reads them afresh after the locks are held: what a concurrent decision deleted is absent. */
export async function lockEntities(tx: WriteTx, ids: string[]): Promise<Map<string, EntityState>> {
  const found = new Map<string, EntityState>();
  for (const id of [...new Set(ids)].sort()) {
    const label = labelOrNotFound(id);
    await tx.run(`MATCH (n:${label} {id: $id}) SET n._lock = true REMOVE n._lock`, { id });
    const result = await tx.run(`MATCH (n:${label} {id: $id}) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props`, {
      id,
    });
    const row = result.records[0];
    if (row) found.set(id, { id, eid: row.get('eid') as string, labels: row.get('labels') as string[], props: row.get('props') as Props });
  }
  return found;
}

/** A missing entity: 409 when an analyst merged it away (saying into what), else 404. */
export async function missingEntity(tx: WriteTx, id: string): Promise<AppError> {
  const result = await tx.run(`MATCH (m:${MERGED_ID_LABEL} {id: $id}) RETURN m.to AS to`, { id });
  const to = result.records[0]?.get('to') as string | undefined;
  return to ? new AppError(409, 'already_merged', `Entity ${id} was merged into ${to}.`) : AppError.notFound('Entity', id);
}

/** The entity as the API shows it, read in the same transaction. */
export async function readEntity(tx: WriteTx, id: string): Promise<GraphNode> {
  const result = await tx.run(`MATCH (n:${labelOrNotFound(id)} {id: $id}) RETURN ${nodeMap('n')} AS node`, { id });
  return toGraphNode(result.records[0]!.get('node') as NodeMap);
}

/** The driver reads integers as JS numbers: whole numbers go back as Cypher integers (counts,
 *  offsets), except confidence, which is a float that may happen to be whole. */
export function storable(props: Props): Props {
  const conv = (key: string, v: unknown): unknown => {
    if (typeof v === 'number' && Number.isSafeInteger(v) && key !== 'confidence') return neo4j.int(v);
    if (Array.isArray(v)) return v.map((x) => conv(key, x));
    return v;
  };
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined && k !== '_lock') out[k] = conv(k, v);
  return out;
}

export const union = (a: unknown, b: unknown): unknown[] => {
  const out = Array.isArray(a) ? [...(a as unknown[])] : [];
  for (const x of Array.isArray(b) ? (b as unknown[]) : []) if (!out.includes(x)) out.push(x);
  return out;
};
