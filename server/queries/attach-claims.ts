/*
 * Server queries: the claims of relationships, completed with each document's date and outlet. A title or a trade
 * value is kept per document on the relationship; a tariff's rate lives on its Tariff node, so the claims of an
 * IMPOSES are the rates of every Tariff of the same measure (same imposer, kind, product and target) with their documents.
 */

import type { Claim, GraphEdge } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';

const TARIFF_CLAIMS = `
UNWIND $ids AS id
MATCH (a)-[r:IMPOSES {id: id}]->(t:Tariff) WHERE t.measure IS NOT NULL
MATCH (a)-[s:IMPOSES]->(t2:Tariff {measure: t.measure})
UNWIND coalesce(s.docIds, []) AS docId
RETURN id, t2.id AS nodeId, t2.rate AS rate, t.measure AS measure, docId`;

const DOCS = `
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, CASE WHEN d.publishedAt IS NULL THEN null ELSE left(toString(d.publishedAt), 10) END AS date, d.outlet AS outlet`;

const byDate = (a: Claim, b: Claim): number =>
  (a.date ?? '9999') < (b.date ?? '9999')
    ? -1
    : (a.date ?? '9999') > (b.date ?? '9999')
      ? 1
      : a.docId < b.docId
        ? -1
        : a.docId > b.docId
          ? 1
          : 0;

/**
 * `all`: every edge gets its claims (relation details); otherwise only conflicting edges do and the others get []
 * (graph payloads stay small).
 */
export async function attachClaims(ex: GraphExecutor, edges: GraphEdge[], { all = false }: { all?: boolean } = {}): Promise<GraphEdge[]> {
  const wanted = (e: GraphEdge): boolean => all || e.conflict === true;
  const out = edges.map((e) => ({ ...e, claims: wanted(e) ? [...(e.claims ?? [])] : [] }));
  const tariffEdges = out.filter((e) => wanted(e) && e.type === 'IMPOSES');
  if (tariffEdges.length > 0) {
    const rows = await ex.rows<{ id: string; nodeId: string; rate: number; measure: string; docId: string }>(TARIFF_CLAIMS, {
      ids: tariffEdges.map((e) => e.id),
    });
    const byEdge = new Map(tariffEdges.map((e) => [e.id, e]));
    for (const r of rows)
      byEdge.get(r.id)?.claims!.push({
        property: 'rate',
        scope: r.measure,
        value: Number(r.rate),
        docId: r.docId,
        date: null,
        outlet: null,
        nodeId: r.nodeId,
      });
  }
  const docIds = [...new Set(out.flatMap((e) => e.claims!.map((c) => c.docId)))];
  if (docIds.length === 0) return out;
  const docs = new Map(
    (await ex.rows<{ id: string; date: string | null; outlet: string | null }>(DOCS, { ids: docIds })).map((d) => [d.id, d]),
  );
  for (const e of out) {
    e.claims = e
      .claims!.map((c) => ({ ...c, date: docs.get(c.docId)?.date ?? null, outlet: docs.get(c.docId)?.outlet ?? null }))
      .sort(byDate);
  }
  return out;
}
