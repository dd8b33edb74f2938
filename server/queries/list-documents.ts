/* Server queries: the ingested documents, newest first, with how many entities each mentions. */

import type { DocumentsResponse } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';

export async function listDocuments(ex: GraphExecutor, p: { limit: number; offset: number }): Promise<DocumentsResponse> {
  const [row] = await ex.rows<DocumentsResponse>(
    `CALL () { MATCH (d:Document) RETURN count(d) AS total }
     CALL () {
       MATCH (d:Document)
       WITH d ORDER BY d.publishedAt DESC, d.ingestedAt DESC, d.title SKIP $offset LIMIT $limit
       RETURN collect({id: d.id, title: coalesce(d.title, d.id), source: d.source, url: d.url,
                       publishedAt: d.publishedAt, dateSource: d.dateSource, outlet: d.outlet, duplicateOf: d.duplicateOf, entityCount: COUNT { (d)<-[:MENTIONED_IN]-() }}) AS documents
     }
     RETURN documents, total`,
    { limit: p.limit, offset: p.offset },
  );
  return {
    documents: (row?.documents ?? []).map((d) => ({ ...d, publishedAt: d.publishedAt ? String(d.publishedAt) : null })),
    total: row?.total ?? 0,
  };
}
