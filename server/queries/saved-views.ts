/* Server queries: saved views as (:SavedView) nodes — state, positions and camera kept as JSON strings. */

import type { Transaction } from 'neo4j-driver';
import { SAVED_VIEW_LABEL, type SavedView, type SavedViewSummary } from '../../ontology/saved-views.js';
import type { GraphExecutor } from '../executor.js';

/** A (:SavedView) as stored: the summary's fields, with state, positions and camera as JSON strings. */
type ViewNode = Omit<SavedViewSummary, 'link'> & { state: string; positions?: string; camera?: string | null };

const SUMMARY = `{id: v.id, name: v.name, state: v.state, nodeCount: v.nodeCount, createdBy: v.createdBy, createdAt: v.createdAt,
  updatedBy: v.updatedBy, updatedAt: v.updatedAt, savedAt: v.savedAt}`;
const FULL = `v {.id, .name, .state, .positions, .camera, .nodeCount, .createdBy, .createdAt, .updatedBy, .updatedAt, .savedAt}`;

function toSummary(v: ViewNode): SavedViewSummary {
  const state = JSON.parse(v.state) as { link?: string };
  return {
    id: v.id,
    name: v.name,
    link: state.link ?? '',
    nodeCount: Number(v.nodeCount),
    createdBy: v.createdBy,
    createdAt: v.createdAt,
    updatedBy: v.updatedBy,
    updatedAt: v.updatedAt,
    savedAt: v.savedAt,
  };
}

function toView(v: ViewNode): SavedView {
  return {
    ...toSummary(v),
    state: JSON.parse(v.state) as SavedView['state'],
    positions: JSON.parse(v.positions ?? '{}') as SavedView['positions'],
    camera: v.camera ? (JSON.parse(v.camera) as SavedView['camera']) : null,
  };
}

export async function listViews(ex: GraphExecutor): Promise<SavedViewSummary[]> {
  const rows = await ex.rows<{ v: ViewNode }>(`MATCH (v:${SAVED_VIEW_LABEL}) RETURN ${SUMMARY} AS v ORDER BY v.updatedAt DESC, v.id`);
  return rows.map((r) => toSummary(r.v));
}

export async function readView(ex: GraphExecutor, id: string): Promise<SavedView | undefined> {
  const [row] = await ex.rows<{ v: ViewNode }>(`MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) RETURN ${FULL} AS v`, { id });
  return row ? toView(row.v) : undefined;
}

/** What a write sets: JSON-encoded parts, each optional on update. */
export interface ViewWrite {
  name?: string;
  state?: string;
  positions?: string;
  nodeCount?: number;
  camera?: string | null;
}

export async function createView(tx: Transaction, id: string, w: Required<ViewWrite>, by: string, at: string): Promise<SavedView> {
  const result = await tx.run(
    `CREATE (v:${SAVED_VIEW_LABEL} {id: $id, name: $w.name, state: $w.state, positions: $w.positions, camera: $w.camera,
       nodeCount: $w.nodeCount, createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at, savedAt: $at})
     RETURN ${FULL} AS v`,
    { id, w, by, at },
  );
  return toView(result.records[0]!.get('v') as ViewNode);
}

/** Updates the given parts; a new state, positions or camera moves `savedAt` (a rename does not). */
export async function updateView(tx: Transaction, id: string, w: ViewWrite, by: string, at: string): Promise<SavedView | undefined> {
  const content = w.state !== undefined || w.positions !== undefined || w.camera !== undefined;
  const result = await tx.run(
    `MATCH (v:${SAVED_VIEW_LABEL} {id: $id})
     SET v.name = coalesce($w.name, v.name), v.state = coalesce($w.state, v.state),
         v.positions = coalesce($w.positions, v.positions), v.nodeCount = coalesce($w.nodeCount, v.nodeCount),
         v.camera = CASE WHEN $setCamera THEN $w.camera ELSE v.camera END,
         v.updatedBy = $by, v.updatedAt = $at, v.savedAt = CASE WHEN $content THEN $at ELSE v.savedAt END
     RETURN ${FULL} AS v`,
    {
      id,
      w: {
        name: w.name ?? null,
        state: w.state ?? null,
        positions: w.positions ?? null,
        nodeCount: w.nodeCount ?? null,
        camera: w.camera ?? null,
      },
      setCamera: w.camera !== undefined,
      content,
      by,
      at,
    },
  );
  const record = result.records[0];
  return record ? toView(record.get('v') as ViewNode) : undefined;
}

export async function deleteView(tx: Transaction, id: string): Promise<boolean> {
  const result = await tx.run(`MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) DELETE v RETURN count(*) AS n`, { id });
  return Number(result.records[0]?.get('n') ?? 0) > 0;
}
