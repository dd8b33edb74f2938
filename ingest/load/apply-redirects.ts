/* Ingest load: curation outlives ingest — rows naming an entity id that an analyst merged away (or
 * retyped) are rewritten onto the id that now stands for it, before anything is written. */

import { entityLabelOfId, MERGED_ID_LABEL } from '../../ontology/curation.js';
import { orientRelation, relationId } from '../../ontology/ids.js';
import type { EntityLabel } from '../../ontology/labels.js';
import { MENTIONED_IN } from '../../ontology/relation-types.js';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import type { DocumentRows, EntityGroup, MentionGroup, RelationGroup } from './graph-rows.js';

/** Every entity id the rows name (entities and relation endpoints). */
export function entityIdsOf(docs: DocumentRows[]): string[] {
  const ids = new Set<string>();
  for (const d of docs) {
    for (const g of d.entities) for (const r of g.rows) ids.add(r.id);
    for (const g of d.relations) {
      for (const r of g.rows) {
        ids.add(r.source);
        ids.add(r.target);
      }
    }
  }
  return [...ids];
}

/** The merged-away ids among `ids` and where each now points (one index seek per id). */
export async function readRedirects(tx: Transaction | ManagedTransaction, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run(`UNWIND $ids AS id MATCH (m:${MERGED_ID_LABEL} {id: id}) RETURN m.id AS id, m.to AS to`, { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('to') as string]));
}

function relabel(labels: EntityLabel[], to: string): EntityLabel[] {
  const primary = entityLabelOfId(to);
  if (!primary || primary === labels[0]) return labels;
  // Minister only ever sits on a Person.
  return primary === 'Person' ? [primary, ...labels.slice(1)] : [primary];
}

/** One document's rows with every redirected id replaced; relation and mention ids follow their endpoints. */
export function applyRedirects(doc: DocumentRows, redirects: Map<string, string>): DocumentRows {
  if (redirects.size === 0) return doc;
  const to = (id: string): string => redirects.get(id) ?? id;
  const entities: EntityGroup[] = [];
  for (const group of doc.entities) {
    for (const row of group.rows) {
      const id = to(row.id);
      const labels = id === row.id ? group.labels : relabel(group.labels, id);
      const key = labels.join(':');
      const target =
        entities.find((g) => g.labels.join(':') === key) ?? (entities.push({ labels, rows: [] }), entities[entities.length - 1]!);
      target.rows.push(id === row.id ? row : { ...row, id });
    }
  }
  const relations: RelationGroup[] = [];
  for (const group of doc.relations) {
    for (const row of group.rows) {
      const [source, target] = orientRelation(group.type, to(row.source), to(row.target));
      // Two names of one entity stated together ("A met B", B merged into A): no self-loop.
      if (source === target) continue;
      const from = entityLabelOfId(source) ?? group.from;
      const toLabel = entityLabelOfId(target) ?? group.to;
      const key = `${group.type}:${from}:${toLabel}`;
      const out =
        relations.find((g) => `${g.type}:${g.from}:${g.to}` === key) ??
        (relations.push({ type: group.type, from, to: toLabel, rows: [] }), relations[relations.length - 1]!);
      const moved = source !== row.source || target !== row.target;
      out.rows.push(moved ? { ...row, source, target, id: relationId(group.type, source, target) } : row);
    }
  }
  const mentions: MentionGroup[] = [];
  for (const group of doc.mentions) {
    for (const row of group.rows) {
      const entityId = to(row.entityId);
      const label = entityLabelOfId(entityId) ?? group.label;
      const out = mentions.find((g) => g.label === label) ?? (mentions.push({ label, rows: [] }), mentions[mentions.length - 1]!);
      const known = out.rows.find((m) => m.entityId === entityId && m.docId === row.docId);
      if (known) {
        // Two merged names mentioned in one document: one MENTIONED_IN edge counting both.
        known.count += row.count;
        known.sentences = [...known.sentences, ...row.sentences.filter((s) => !known.sentences.includes(s))];
        known.offsets = [...known.offsets, ...row.offsets];
      } else
        out.rows.push(entityId === row.entityId ? { ...row } : { ...row, entityId, id: relationId(MENTIONED_IN, entityId, row.docId) });
    }
  }
  const count = (groups: { rows: unknown[] }[]): number => groups.reduce((n, g) => n + g.rows.length, 0);
  return { ...doc, entities, relations, mentions, rowCount: count(entities) + count(relations) + count(mentions) };
}
