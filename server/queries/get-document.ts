/* Server queries: one document's text and its mentions' offsets, for highlighting. */

import type { DocumentMention, DocumentResponse } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';

interface Row {
  document: DocumentResponse['document'];
  mentions: { entityId: string; labels: string[]; offsets: number[] | null }[];
}

export async function getDocument(ex: GraphExecutor, id: string): Promise<DocumentResponse | undefined> {
  const [row] = await ex.rows<Row>(
    `MATCH (d:Document {id: $id})
     RETURN {id: d.id, title: coalesce(d.title, d.id), source: d.source, url: d.url, publishedAt: d.publishedAt, dateSource: d.dateSource,
             outlet: d.outlet, duplicateOf: d.duplicateOf, text: coalesce(d.text, '')} AS document,
            COLLECT { MATCH (e)-[m:MENTIONED_IN]->(d) RETURN {entityId: e.id, labels: labels(e), offsets: m.offsets} } AS mentions`,
    { id },
  );
  if (!row) return undefined;
  const text = row.document.text;
  const mentions: DocumentMention[] = [];
  for (const m of row.mentions) {
    const type = (m.labels.find((l) => l !== 'Minister') ?? m.labels[0]) as DocumentMention['type'];
    const offsets = m.offsets ?? [];
    for (let i = 0; i + 1 < offsets.length; i += 2) {
      const start = Number(offsets[i]);
      const end = Number(offsets[i + 1]);
      if (start >= 0 && end > start && end <= text.length)
        mentions.push({ entityId: m.entityId, type, start, end, text: text.slice(start, end) });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { document: { ...row.document, publishedAt: row.document.publishedAt ? String(row.document.publishedAt) : null }, mentions };
}
