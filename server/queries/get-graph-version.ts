/* Server queries: a cheap fingerprint of the graph (documents, and node/relationship counts from the count store). */

import type { GraphExecutor } from '../executor.js';

/** Changes whenever an ingest adds a document, a node or a relationship, or an analyst decides or undoes; costs a few count-store reads. */
export async function getGraphVersion(ex: GraphExecutor): Promise<string> {
  const [row] = await ex.rows<{ docs: number; lastIngest: unknown; nodes: number; rels: number }>(
    // The newest ingest through the ingestedAt index (ordered, one row), not a scan of every Document;
    // decisions are few (each made by hand).
    `CALL () { MATCH (d:Document) WHERE d.ingestedAt IS NOT NULL WITH d.ingestedAt AS at ORDER BY at DESC LIMIT 1 RETURN collect(at) AS last }
     CALL () { MATCH (c:Decision) RETURN max(coalesce(c.undoneAt, c.at)) AS curated }
     RETURN COUNT { (:Document) } AS docs, coalesce(last[0], '') + '|' + coalesce(curated, '') AS lastIngest, COUNT { () } AS nodes, COUNT { ()-->() } AS rels`,
    {},
    { timeoutMs: 5_000 },
  );
  return row ? `${row.docs}|${String(row.lastIngest)}|${row.nodes}|${row.rels}` : 'empty';
}
