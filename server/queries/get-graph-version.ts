/* Server queries: a cheap fingerprint of the graph (documents, and node/relationship counts from the count store). */

import type { GraphExecutor } from '../executor.js';

/** Changes whenever an ingest adds a document, a node or a relationship, or an analyst decides or undoes; costs a few count-store reads. */
export async function getGraphVersion(ex: GraphExecutor): Promise<string> {
  const [row] = await ex.rows<{ docs: number; lastIngest: unknown; nodes: number; rels: number }>(
    `CALL () { MATCH (d:Document) RETURN count(d) AS docs, max(d.ingestedAt) AS lastIngest }
     CALL () { MATCH (c:Decision) RETURN max(coalesce(c.undoneAt, c.at)) AS curated }
     RETURN docs, coalesce(lastIngest, '') + '|' + coalesce(curated, '') AS lastIngest, COUNT { () } AS nodes, COUNT { ()-->() } AS rels`,
    {},
    { timeoutMs: 5_000 },
  );
  return row ? `${row.docs}|${String(row.lastIngest)}|${row.nodes}|${row.rels}` : 'empty';
}
